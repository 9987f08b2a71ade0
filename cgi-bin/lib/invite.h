/* invite: the mail with a single-use link that lets a person choose a
 * password, for every way an account comes to be (an admin creates it, a
 * module invites someone) and for "forgot your password". */
#ifndef INVITE_H
#define INVITE_H

/* Issues a new activation link for the account (earlier ones stop
 * working), valid conf.activation_hours, and queues the mail to the
 * account's address in its language. Call inside the transaction that
 * creates or re-invites the account. Returns 0 or -1. */
int invite_send(long long user_id);

/* The same with the mail made by xsl/mail/<template>.xsl (a module's or
 * an organisation's own invitation; it gets the same data). */
int invite_send_as(long long user_id, const char *template);

/* The same for a password reset: a link valid conf.reset_minutes. */
int invite_reset(long long user_id);

#endif
