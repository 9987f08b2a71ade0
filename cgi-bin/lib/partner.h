/* partner: what the partner portal's screens share: who asks (the
 * persona), which requests they may reach (in the SQL), the lines of a
 * request's permanent history, the notices mailed about it, and the
 * reading of list parameters. */
#ifndef PARTNER_H
#define PARTNER_H

#include <stdbool.h>

#include "req.h"

struct persona {
	bool agency;  /* agency staff: every request of its agency */
	bool care;    /* care coordination: answers, private details, reports */
	bool finance; /* finance: confirmations */
	long long org; /* the user's organisation (users.org_id) */
};

/* Reads the persona from the user's permissions. Agency staff are never
 * a partner persona at the same time: partner.agency wins. */
void partner_persona(const struct req *r, struct persona *p);

/* Writes content/persona with the persona's agency, care and finance
 * flags ("1" or "0"), from which the stylesheets choose what to show. */
void partner_persona_xml(struct req *r, const struct persona *p);

/* The SQL condition that request r (alias r) is one the persona may
 * reach, and its four parameters ("iiii"). */
#define PARTNER_OWNS                                                           \
	"((? = 1 AND r.agency_org_id = ?) OR (? = 0 AND r.provider_org_id = "  \
	"?))"
#define PARTNER_OWNS_ARGS(p)                                                   \
	(long long)(p)->agency, (p)->org, (long long)(p)->agency, (p)->org

/* Writes one line of the request's history (kind: a code the catalog
 * words as partner.event.<kind>; detail: the person's own words or "";
 * other: the linked request, report or confirmation, 0 when none;
 * private: a line finance users do not receive). Call it inside the
 * change's transaction. 0 or -1. */
int partner_event(long long request, long long actor, const char *kind,
                  const char *detail, long long other, bool private_line);

/* Queues the notice `what` (mail partner-notice: subject and text
 * mail.partner.<what>.*) about request to one user, in their language,
 * with a link to path (a local path and query). Inside the transaction.
 * 0 or -1. */
int partner_notify_user(long long user, const char *what, long long request,
                        const char *path);

/* The same to every active user of organisation org holding permission
 * perm. 0 or -1. */
int partner_notify_org(long long org, const char *perm, const char *what,
                       long long request, const char *path);

/* "%s%" with LIKE's wildcards in s escaped, from the request's pool. */
const char *partner_like(struct req *r, const char *s);

/* Reads the query's page (1 when absent) and dir ("asc"/"desc", dflt
 * when absent). Returns 0, or 400 when either is malformed. */
int partner_paging(struct req *r, long long *page, const char **dir,
                   const char *dflt);

/* Reads a required positive id from the query (form false) or the form.
 * 0, or 400 when it is absent or malformed. */
int partner_id(struct req *r, const char *name, bool form, long long *out);

/* Sends the browser to path with "done=code" for its flash: 303. */
int partner_done(struct req *r, const char *path, long long id,
                 const char *code);

/* Writes a JSON object of text fields for the audit trail's before and
 * after values: keys[i] with vals[i] (NULL: null). From the pool. */
const char *partner_json(struct req *r, const char *const *keys,
                         const char *const *vals, size_t n);

#endif
