/* req: one HTTP request and what the program answers to it. */
#ifndef REQ_H
#define REQ_H

#include <stdbool.h>
#include <time.h>

#include <libxml/tree.h>

#include "buf.h"
#include "parse.h"
#include "pool.h"
#include "token.h"

struct user {
	long long id;
	const char *email;
	const char *name;
	const char *org;
	long long org_id;
	const char *lang;
};

struct req {
	struct pool pool; /* everything below that is allocated lives here */

	/* What came in. */
	const char *method;      /* GET, HEAD or POST */
	const char *uri;         /* path and query, as sent */
	const char *path;        /* uri up to '?' */
	const char *remote_addr; /* client address, from the web server */
	const char *user_agent;  /* "" when absent */
	const char *accept;
	const char *accept_language;
	const char *origin; /* NULL when absent */
	const char
	    *authorization; /* the Authorization header, "" when absent */
	const char *host;
	bool https;
	/* The client certificate the web server verified (TLS with optional
	 * client certificates): its PEM, URL-encoded or not, and the
	 * verification result (SUCCESS, NONE, FAILED:reason); NULL when the
	 * server passes none. */
	const char *client_cert;
	const char *client_verify;
	struct fields query, form, cookies;

	/* Who asks, once the session is loaded. */
	const char *lang; /* "fr" or "en" */
	bool logged_in;
	bool pending; /* password given, MFA not yet: stage is "mfa" or
	               * "enrol", and only screens with pending_ok open */
	const char *stage;
	bool
	    session_expired; /* a session cookie came that is no longer valid */
	struct user user;
	unsigned char session_hash[32];
	const char **perms;
	size_t nperms;
	char csrf[TOKEN_TEXT];

	/* What goes out. */
	xmlDocPtr doc;
	xmlNodePtr root, content, errors;
	struct buf headers;   /* extra header lines, each ending in CRLF */
	const char *location; /* for 3xx */
	/* A download instead of a page: when download_type is set and the
	 * handler returns 200, download is the body, sent as is with that
	 * Content-Type and, when download_name is set, as an attachment of
	 * that file name (printable ASCII, no quote or backslash). */
	const char *download_type;
	const char *download_name;
	struct buf download;
	struct timespec start;
	char ref[9]; /* error reference shown to the user and logged */
};

/* The first value of a query parameter, a form field or a cookie; NULL
 * when absent. */
const char *req_query(const struct req *r, const char *name);
const char *req_form(const struct req *r, const char *name);
const char *req_cookie(const struct req *r, const char *name);

/* True when the user holds permission perm. */
bool req_can(const struct req *r, const char *perm);

/* Adds a header line ("Name: value") to the response. The value must not
 * hold CR or LF: such a header is dropped and -1 returned. */
int req_header(struct req *r, const char *name, const char *value);

/* Sets a cookie with HttpOnly, SameSite=Lax, Path=/ and, under HTTPS,
 * Secure. max_age < 0 leaves it a session cookie; 0 deletes it. */
int req_set_cookie(struct req *r, const char *name, const char *value,
                   long max_age);

/* The session cookie's name: __Host-sid under HTTPS, sid otherwise. */
const char *req_cookie_name(const struct req *r, const char *base);

/* Answers with a 303 redirect to the local path target; returns 303. */
int req_redirect(struct req *r, const char *target);

/* Where to go once signed in: next when it is a local path and not a step
 * of signing in itself (/login…, /mfa…), otherwise "/". */
const char *req_after_login(const char *next);

/* True when s is a path on this site that is safe to redirect to: it
 * starts with one '/', not "//" or "/\", and holds only printable ASCII. */
bool req_local_path(const char *s);

#endif
