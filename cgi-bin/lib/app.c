#include "app.h"

#include <ctype.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <fcgiapp.h>
#include <libxml/parser.h>
#include <libxslt/xsltutils.h>
#include <mysql.h>

#include "activation.h"
#include "conf.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "page.h"
#include "render.h"
#include "session.h"
#include "utf8.h"

extern char **environ;

#define MAIL_AFTER_REQUEST 20 /* messages sent after one answer */
#define DEFER_MAX          8  /* app_defer() calls per request */

static void (*deferred[DEFER_MAX])(void);
static size_t ndeferred;

/* Where a request comes from and its answer goes: FastCGI streams, or the
 * process's own standard streams under CGI. */
struct io {
	FCGX_Stream *in, *out;
	char **envp;
};

struct status_text {
	int code;
	const char *reason;
	const char *title; /* message keys of the generic error page */
	const char *text;
};

static const struct status_text statuses[] = {
    {200, "OK", NULL, NULL},
    {303, "See Other", NULL, NULL},
    {400, "Bad Request", "http.400.title", "http.400.text"},
    {401, "Unauthorized", "http.401.title", "http.401.text"},
    {403, "Forbidden", "http.403.title", "http.403.text"},
    {404, "Not Found", "http.404.title", "http.404.text"},
    {405, "Method Not Allowed", "http.405.title", "http.405.text"},
    {409, "Conflict", NULL, NULL},
    {413, "Content Too Large", "http.413.title", "http.413.text"},
    {422, "Unprocessable Content", NULL, NULL},
    {500, "Internal Server Error", "http.500.title", "http.500.text"},
    {503, "Service Unavailable", "http.503.title", "http.503.text"},
};

static const struct status_text *status_find(int code)
{
	for (size_t i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
		if (statuses[i].code == code)
			return &statuses[i];
	return &statuses[10]; /* 500 */
}

static const char *io_param(const struct io *io, const char *name)
{
	return FCGX_GetParam(name, io->envp);
}

static size_t io_read(const struct io *io, char *buf, size_t n)
{
	if (io->in != NULL)
		return (size_t)FCGX_GetStr(buf, (int)n, io->in);
	return fread(buf, 1, n, stdin);
}

static void io_write(const struct io *io, const void *buf, size_t n)
{
	if (n == 0)
		return;
	if (io->out != NULL)
		FCGX_PutStr(buf, (int)n, io->out);
	else
		fwrite(buf, 1, n, stdout);
}

/* A header value usable as text: absent or not valid UTF-8 reads as "". */
static const char *header_text(const struct io *io, const char *name)
{
	const char *v = io_param(io, name);

	if (v == NULL || !utf8_valid_text(v, strlen(v)))
		return "";
	return v;
}

/* The language from the Accept-Language header: the first of fr and en
 * by quality, French when neither is named. */
static const char *accept_lang(const char *h)
{
	double best_q = -1;
	const char *best = "fr";

	while (h != NULL && *h != '\0') {
		const char *end = strchr(h, ',');
		size_t len = end != NULL ? (size_t)(end - h) : strlen(h);
		const char *q = memchr(h, ';', len);
		double qv = 1.0;
		const char *tag = h;

		while (*tag == ' ')
			tag++;
		if (q != NULL) {
			const char *qq = strstr(q, "q=");
			if (qq != NULL && qq < h + len)
				qv = atof(qq + 2);
		}
		if ((strncasecmp(tag, "fr", 2) == 0 ||
		     strncasecmp(tag, "en", 2) == 0) &&
		    (tag[2] == '-' || tag[2] == ';' || tag[2] == ',' ||
		     tag[2] == '\0' || tag[2] == ' ') &&
		    qv > best_q) {
			best_q = qv;
			best =
			    tolower((unsigned char)tag[0]) == 'f' ? "fr" : "en";
		}
		h = end != NULL ? end + 1 : NULL;
	}
	return best;
}

static const char *pick_lang(const struct req *r)
{
	const char *c = req_cookie(r, req_cookie_name(r, "lang"));

	if (c != NULL && (strcmp(c, "fr") == 0 || strcmp(c, "en") == 0))
		return c;
	if (r->logged_in && r->user.lang != NULL)
		return r->user.lang;
	return accept_lang(r->accept_language);
}

static bool wants_xml(const struct req *r)
{
	return strstr(r->accept, "application/xml") != NULL &&
	       strstr(r->accept, "text/html") == NULL;
}

static void common_headers(struct buf *h, int status)
{
	const struct status_text *st = status_find(status);

	buf_printf(h, "Status: %d %s\r\n", status, st->reason);
	buf_puts(h, "Content-Security-Policy: default-src 'self'; "
	            "script-src 'self'; style-src 'self'; img-src 'self' "
	            "data:; form-action 'self'; frame-ancestors 'none'; "
	            "base-uri 'none'; object-src 'none'\r\n"
	            "X-Content-Type-Options: nosniff\r\n"
	            "X-Frame-Options: DENY\r\n"
	            "Referrer-Policy: same-origin\r\n"
	            "Cache-Control: no-store\r\n"
	            "Vary: Accept, Accept-Language, Cookie\r\n");
}

/* Builds a fresh page for the error status. */
static int error_page(struct req *r, int status, const char *title,
                      const char *text)
{
	const struct status_text *st = status_find(status);
	xmlNodePtr n;
	char code[8];

	page_end(r);
	if (page_begin(r, "error") == -1)
		return -1;
	page_envelope(r);
	snprintf(code, sizeof code, "%d", status);
	n = page_add(page_content(r), "status", NULL);
	page_attr(n, "code", code);
	page_attr(n, "title", title != NULL ? title : st->title);
	page_attr(n, "text", text != NULL ? text : st->text);
	page_attr(n, "ref", r->ref);
	return 0;
}

int app_fail(struct req *r, int status, const char *title_key,
             const char *text_key)
{
	error_page(r, status, title_key, text_key);
	return -status; /* negative: the page is already made */
}

/* True when name may stand in a Content-Disposition filename="…". */
static bool download_name_ok(const char *name)
{
	for (const char *c = name; *c != '\0'; c++)
		if (*c < 0x20 || *c > 0x7e || *c == '"' || *c == '\\')
			return false;
	return *name != '\0';
}

/* Sends a handler's download (struct req): returns the bytes of the body,
 * or -1 when its file name is unfit (nothing is sent). */
static long respond_download(struct req *r, const struct io *io, bool head)
{
	struct buf h = {0};

	if (r->download_name != NULL && !download_name_ok(r->download_name))
		return -1;
	common_headers(&h, 200);
	buf_printf(&h, "Content-Type: %s\r\n", r->download_type);
	if (r->download_name != NULL)
		buf_printf(&h,
		           "Content-Disposition: attachment; "
		           "filename=\"%s\"\r\n",
		           r->download_name);
	buf_add(&h, r->headers.data, r->headers.len);
	buf_printf(&h, "Content-Length: %lu\r\n\r\n",
	           (unsigned long)r->download.len);
	io_write(io, h.data, h.len);
	if (!head)
		io_write(io, r->download.data, r->download.len);
	buf_free(&h);
	return (long)r->download.len;
}

/* Writes the whole response. */
static size_t respond(struct req *r, const struct screen *s,
                      const struct io *io, int status, bool head, bool xml_mode)
{
	struct buf h = {0};
	xmlChar *body = NULL;
	int len = 0;
	const char *ctype = "text/html; charset=utf-8";
	long n;

	if (status == 200 && r->download_type != NULL) {
		if ((n = respond_download(r, io, head)) >= 0)
			return (size_t)n;
		log_error("ref=%s bad download name", r->ref);
		status = 500;
		error_page(r, status, NULL, NULL);
	}
	if (status == 303) {
		common_headers(&h, status);
		buf_printf(&h, "Location: %s\r\n", r->location);
		buf_add(&h, r->headers.data, r->headers.len);
		buf_puts(&h, "Content-Length: 0\r\n\r\n");
		io_write(io, h.data, h.len);
		buf_free(&h);
		return 0;
	}
	if (r->doc != NULL && (wants_xml(r) || xml_mode)) {
		xmlDocDumpFormatMemoryEnc(r->doc, &body, &len, "UTF-8", 0);
		/* nginx's xslt filter transforms text/xml; application/xml is
		 * the page itself, for a client that asked for it. */
		ctype = wants_xml(r) ? "application/xml; charset=utf-8"
		                     : "text/xml; charset=utf-8";
	} else if (r->doc != NULL &&
	           render_html(r->doc, s->name, &body, &len) == -1) {
		body = NULL;
	}
	if (body == NULL) {
		/* The last resort when even the error page cannot be made. */
		static const char plain[] =
		    "Erreur interne du serveur / Internal server error\n";
		status = 500;
		common_headers(&h, status);
		buf_puts(&h, "Content-Type: text/plain; charset=utf-8\r\n");
		buf_printf(&h, "Content-Length: %lu\r\n\r\n",
		           (unsigned long)(sizeof plain - 1));
		io_write(io, h.data, h.len);
		if (!head)
			io_write(io, plain, sizeof plain - 1);
		buf_free(&h);
		return sizeof plain - 1;
	}
	common_headers(&h, status);
	buf_printf(&h, "Content-Type: %s\r\n", ctype);
	buf_printf(&h, "Content-Language: %s\r\n", r->lang);
	if (status == 405) {
		buf_printf(&h, "Allow: %s%s\r\n", s->get ? "GET, HEAD" : "",
		           s->post ? (s->get ? ", POST" : "POST") : "");
	}
	buf_add(&h, r->headers.data, r->headers.len);
	buf_printf(&h, "Content-Length: %d\r\n\r\n", len);
	io_write(io, h.data, h.len);
	if (!head)
		io_write(io, body, (size_t)len);
	xmlFree(body);
	buf_free(&h);
	return (size_t)len;
}

/* Reads the body of a POST into r->form; returns 0 or an HTTP status. */
static int read_body(struct req *r, const struct screen *s, const struct io *io,
                     const struct parse_limits *lim)
{
	const char *cl = io_param(io, "CONTENT_LENGTH");
	const char *ct = io_param(io, "CONTENT_TYPE");
	long max = s->body_max > 0 ? s->body_max : conf.body_max;
	unsigned long long n = 0;
	char *body, *end;

	if (cl != NULL && *cl != '\0') {
		n = strtoull(cl, &end, 10);
		if (*end != '\0' || *cl == '-')
			return 400;
	}
	if (n > (unsigned long long)max)
		return 413;
	if (n == 0)
		return 0;
	if ((body = pool_alloc(&r->pool, (size_t)n + 1)) == NULL)
		return 500;
	if (io_read(io, body, (size_t)n) != (size_t)n)
		return 400;
	if (ct == NULL)
		return 400;
	if (strncasecmp(ct, "application/x-www-form-urlencoded", 33) == 0)
		return parse_urlencoded(&r->form, &r->pool, body, (size_t)n,
		                        lim);
	if (strncasecmp(ct, "multipart/form-data", 19) == 0)
		return parse_multipart(&r->form, &r->pool, ct, body, (size_t)n,
		                       lim);
	return 400;
}

/* Sends the browser to the login page, to come back to where it went. */
static int to_login(struct req *r)
{
	struct buf to = {0};
	const char *next = strcmp(r->method, "POST") == 0 ? r->path : r->uri;

	buf_puts(&to, "/login?next=");
	buf_urlencode(&to, req_local_path(next) ? next : "/");
	buf_puts(&to, r->session_expired ? "&msg=expired" : "&msg=required");
	r->location = pool_strdup(&r->pool, to.data);
	buf_free(&to);
	return 303;
}

/* True when a POST comes from this site: no Origin header (older
 * browsers, non-browser clients), or one that names this host. The Host
 * some web servers pass has no port (Debian's fastcgi_params sends
 * $host): the server's port then completes it. */
static bool same_origin(const struct req *r, const char *port)
{
	const char *o = r->origin, *rest;
	size_t hl = strlen(r->host);

	if (o == NULL)
		return true;
	if (strncmp(o, "https://", 8) == 0)
		rest = o + 8;
	else if (strncmp(o, "http://", 7) == 0)
		rest = o + 7;
	else
		return false;
	if (strcmp(rest, r->host) == 0)
		return true;
	return hl > 0 && port != NULL && strchr(r->host, ':') == NULL &&
	       strncmp(rest, r->host, hl) == 0 && rest[hl] == ':' &&
	       strcmp(rest + hl + 1, port) == 0;
}

/* Runs the checks of DESIGN.md section 2 in order, then the handler.
 * Returns the status; a negative one means the error page is built. */
static int dispatch(struct req *r, const struct screen *s, const struct io *io,
                    bool *head)
{
	struct parse_limits lim = {(size_t)conf.fields_max,
	                           (size_t)conf.field_max, 128};
	const char *q = io_param(io, "QUERY_STRING");
	const char *cookie = io_param(io, "HTTP_COOKIE");
	handler_fn fn;
	int rc;

	if (cookie != NULL)
		parse_cookies(&r->cookies, &r->pool, cookie, &lim);
	r->lang = pick_lang(r);
	if (strcmp(r->method, "GET") == 0 || strcmp(r->method, "HEAD") == 0) {
		fn = s->get;
		*head = r->method[0] == 'H';
	} else if (strcmp(r->method, "POST") == 0) {
		fn = s->post;
	} else {
		fn = NULL;
	}
	if (fn == NULL)
		return 405;
	if (strcmp(r->path, s->path) != 0)
		return 404;
	if (q != NULL && (rc = parse_urlencoded(&r->query, &r->pool, q,
	                                        strlen(q), &lim)) != 0)
		return rc;
	if (fn == s->post && (rc = read_body(r, s, io, &lim)) != 0)
		return rc;
	if (db_open() == -1)
		return 503;
	if (session_load(r) == -1)
		return db_unavailable() ? 503 : 500;
	r->lang = pick_lang(r);
	if (session_csrf(r) == -1)
		return 500;
	if (s->pending_ok) {
		if (!r->logged_in && !r->pending)
			return to_login(r);
	} else if (s->perm != NULL && !r->logged_in) {
		return to_login(r);
	}
	if (s->perm != NULL && *s->perm != '\0' && !req_can(r, s->perm))
		return 403;
	if (fn == s->post && (!same_origin(r, io_param(io, "SERVER_PORT")) ||
	                      !session_csrf_ok(r)))
		return app_fail(r, 403, "http.csrf.title", "http.csrf.text");
	if (page_begin(r, s->name) == -1)
		return 500;
	page_envelope(r);
	rc = fn(r);
	if (rc == 500 && db_unavailable())
		rc = 503;
	else if (rc == 500 && db_conflict()) /* a deadlock, or Galera's
	                                      * write-set conflict */
		rc =
		    app_fail(r, 409, "err.conflict.title", "err.conflict.page");
	return rc;
}

static void handle(const struct screen *s, const struct io *io, bool xml)
{
	struct req r = {0};
	const char *https, *render;
	bool head = false;
	size_t sent;
	int status;
	char *qmark;
	unsigned char ref[4];
	struct timespec end;

	clock_gettime(CLOCK_REALTIME, &r.start);
	token_random(ref, sizeof ref);
	snprintf(r.ref, sizeof r.ref, "%02X%02X%02X%02X", ref[0], ref[1],
	         ref[2], ref[3]);
	r.method = io_param(io, "REQUEST_METHOD");
	if (r.method == NULL)
		r.method = "GET";
	r.uri = header_text(io, "REQUEST_URI");
	if (*r.uri != '/')
		r.uri = "/";
	r.path = pool_strdup(&r.pool, r.uri);
	if (r.path != NULL && (qmark = strchr(r.path, '?')) != NULL)
		*qmark = '\0';
	r.remote_addr = header_text(io, "REMOTE_ADDR");
	r.user_agent = header_text(io, "HTTP_USER_AGENT");
	r.accept = header_text(io, "HTTP_ACCEPT");
	r.accept_language = header_text(io, "HTTP_ACCEPT_LANGUAGE");
	r.origin = io_param(io, "HTTP_ORIGIN");
	r.authorization = header_text(io, "HTTP_AUTHORIZATION");
	r.host = header_text(io, "HTTP_HOST");
	https = io_param(io, "HTTPS");
	r.https = https != NULL && strcasecmp(https, "on") == 0;
	r.client_cert = io_param(io, "SSL_CLIENT_CERT");
	r.client_verify = io_param(io, "SSL_CLIENT_VERIFY");
	render = io_param(io, "PASSERELLE_RENDER");
	if (render != NULL)
		xml = strcmp(render, "xml") == 0;
	r.lang = "fr";

	if (r.path == NULL) {
		status = 500;
	} else {
		status = dispatch(&r, s, io, &head);
	}
	if (status < 0) {
		status = -status;
	} else if (status != 200 && status != 303 && status != 409 &&
	           status != 422) {
		error_page(&r, status, NULL, NULL);
	}
	if (status >= 500)
		log_error("ref=%s status=%d %s %s", r.ref, status, r.method,
		          r.path);
	sent = respond(&r, s, io, status, head, xml);
	clock_gettime(CLOCK_REALTIME, &end);
	log_info("access %s %s %d %lu %.2fms user=%lld ref=%s", r.method,
	         r.path != NULL ? r.path : "-", status, (unsigned long)sent,
	         (double)(end.tv_sec - r.start.tv_sec) * 1e3 +
	             (double)(end.tv_nsec - r.start.tv_nsec) / 1e6,
	         r.logged_in ? r.user.id : 0, r.ref);
	db_rollback(); /* a handler that forgot is not left in a transaction */
	page_end(&r);
	buf_free(&r.headers);
	buf_free(&r.download);
	pool_clear(&r.pool);
}

void app_defer(void (*fn)(void))
{
	for (size_t i = 0; i < ndeferred; i++)
		if (deferred[i] == fn)
			return;
	if (ndeferred < DEFER_MAX)
		deferred[ndeferred++] = fn;
}

/* The work left for after the answer: what handlers deferred, then the
 * mail (theirs included). */
static void after_answer(void)
{
	for (size_t i = 0; i < ndeferred; i++)
		deferred[i]();
	ndeferred = 0;
	if (mail_waiting())
		mail_deliver(MAIL_AFTER_REQUEST);
}

static void describe(const struct screen *s)
{
	printf("name=%s path=%s methods=%s%s%s perm=%s%s\n", s->name, s->path,
	       s->get ? "GET,HEAD" : "", s->get && s->post ? "," : "",
	       s->post ? "POST" : "",
	       s->perm == NULL    ? "-"
	       : *s->perm == '\0' ? "*"
	                          : s->perm,
	       s->bearer ? " auth=bearer" : "");
}

int app_main(const struct screen *s, int argc, char **argv)
{
	FCGX_Request fr;
	struct io io = {0};
	bool xml;

	if (argc > 1 && strcmp(argv[1], "--describe") == 0) {
		describe(s);
		return 0;
	}
	if (argc > 1) {
		fprintf(stderr, "usage: %s [--describe]\n", argv[0]);
		return 2;
	}
	if (activation_adopt() == -1 || conf_load(conf_path()) == -1)
		return 1;
	log_open(s->name);
	if (render_init() == -1)
		return 1;
	if (mysql_library_init(0, NULL, NULL) != 0)
		return 1;
	signal(SIGPIPE, SIG_IGN);
	xml = conf.render == RENDER_XML;
	if (FCGX_IsCGI()) {
		io.envp = environ;
		handle(s, &io, xml);
		fflush(stdout);
		after_answer();
		db_close();
		return 0;
	}
	if (FCGX_Init() != 0 || FCGX_InitRequest(&fr, 0, 0) != 0)
		return 1;
	log_info("ready");
	while (FCGX_Accept_r(&fr) >= 0) {
		io.in = fr.in;
		io.out = fr.out;
		io.envp = fr.envp;
		handle(s, &io, xml);
		FCGX_Finish_r(&fr);
		/* The answer is out: now the mail and SMS it caused. */
		after_answer();
	}
	db_close();
	render_cleanup();
	return 0;
}
