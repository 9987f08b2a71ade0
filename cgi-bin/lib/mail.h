/* mail: messages made by XSLT, kept in the outbox table inside the
 * caller's transaction, and delivered to sendmail after the response. */
#ifndef MAIL_H
#define MAIL_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "buf.h"

struct mail;

/* Starts a message made by xsl/mail/<template>.xsl in lang ("fr" or "en").
 * Its data root is <mail template=".." lang=".." base=".."/>; add the
 * template's data under mail_data(). Returns NULL when memory runs out. */
struct mail *mail_new(const char *template, const char *lang);
xmlNodePtr mail_data(struct mail *m);

/* Renders the message for the address `to` and writes it to the outbox;
 * call it inside the transaction of the change it reports, so both commit
 * or neither. Frees m in every case. Returns 0, or -1 when the address or
 * the subject would break a header, the template fails, or the insert
 * fails. */
int mail_queue(struct mail *m, const char *to);

/* Renders the whole RFC 5322 message for `to` into out, without queueing
 * it or freeing m; *subject (when not NULL) gets a copy of the subject to
 * free. Returns 0 or -1. mail_queue() is this and the outbox insert. */
int mail_message(struct mail *m, const char *to, struct buf *out,
                 const char **subject);

/* Frees a message that was not queued. */
void mail_free(struct mail *m);

/* True when this process queued mail since the last mail_deliver(). */
bool mail_waiting(void);

/* Pipes up to max due messages to `sendmail -t -i`; a failure stays queued
 * with its error and a later attempt time (1, 2, 4 … up to 360 minutes).
 * Returns the number sent, or -1 when the outbox cannot be read. */
int mail_deliver(int max);

#endif
