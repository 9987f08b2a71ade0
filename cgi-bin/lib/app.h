/* app: what every screen program shares: the request loop, the session,
 * the permission and CSRF checks, rendering and the error pages. */
#ifndef APP_H
#define APP_H

#include "req.h"

/* A handler fills r (page content, errors, cookies) and returns the HTTP
 * status: 200, 409 or 422 render its page; 303 redirects to r->location;
 * any other status shows the error page for it. A handler that returns
 * 500 after a database failure is answered 503 when the server is down. */
typedef int (*handler_fn)(struct req *r);

/* The perm of a screen any logged-in user may see. */
#define PERM_USER ""

struct screen {
	const char *name; /* xsl/<name>.xsl, log and audit name */
	const char *path; /* the one URL path it answers */
	const char *perm; /* permission required; PERM_USER: any logged-in
	                   * user; NULL: public */
	handler_fn get;   /* GET and HEAD; NULL: not allowed */
	handler_fn post;  /* POST; NULL: not allowed */
	long body_max;    /* bytes; 0: conf.body_max */
	bool pending_ok;  /* opens to sessions still waiting for MFA too */
	bool bearer;      /* a public screen (perm NULL) whose handler checks
	                   * an API token in the Authorization header itself
	                   * and answers 401 without one; --describe says
	                   * auth=bearer */
};

/* Runs the screen: "--describe" prints what it is and exits; otherwise it
 * serves FastCGI requests until killed, or one CGI request when started as
 * CGI. Returns the process exit status. */
int app_main(const struct screen *s, int argc, char **argv);

/* Runs fn once after the answer to the current request is sent: work the
 * user need not wait for, such as delivering the SMS the request queued
 * (mail has its own). Asking twice for the same fn runs it once. */
void app_defer(void (*fn)(void));

/* Shows the error page for status with the given message keys instead of
 * the generic ones for that status; returns status. */
int app_fail(struct req *r, int status, const char *title_key,
             const char *text_key);

#endif
