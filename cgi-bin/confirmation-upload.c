/* confirmation-upload: a finance user uploads a CSV file of service
 * confirmations (one line each: request number, first day, last day,
 * units, amount, and an optional note; a header line first), in UTF-8
 * or Windows-1252, with ',' or ';' (cgi-bin/lib/csvread.c). Every line
 * is checked as the form checks one confirmation, and against the lines
 * before it; when any line is wrong nothing is imported and the page
 * lists each rejected line with its reason. When all are right they are
 * imported together, in the state "uploaded", in one transaction. GET
 * ?format=template gives an empty file with the header in the user's
 * language. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "audit.h"
#include "confirm.h"
#include "csv.h"
#include "csvread.h"
#include "db.h"
#include "decimal.h"
#include "form.h"
#include "page.h"
#include "partner.h"
#include "period.h"
#include "utf8.h"

#define LINES_MAX     2000
#define UNITS_MAX     100000000LL
#define AMOUNT_MAX    10000000000LL
#define NOTE_MAX      1000
#define FILE_NAME_MAX 200
#define ID_MAX        9223372036854775807LL
#define ERRORS_MAX    200

/* The columns of the file, by the catalog keys of their headers. */
static const char *const columns[] = {
    "partner.upload.col.request", "partner.upload.col.from",
    "partner.upload.col.to",      "partner.upload.col.units",
    "partner.upload.col.amount",  "partner.upload.col.note",
};

/* One line read from the file. */
struct line {
	size_t n; /* line number in the file */
	long long request, units, amount;
	char from[DATE_TEXT], to[DATE_TEXT];
	const char *note;
};

struct upload {
	struct line *v;
	size_t n, errors;
	xmlNodePtr report;
};

/* Adds a rejected line to the report: its number, the column's key ("" for
 * the whole line) and the message key. */
static void reject(struct upload *u, size_t line, const char *column,
                   const char *key)
{
	xmlNodePtr e;

	if (u->errors++ >= ERRORS_MAX)
		return;
	e = page_add(u->report, "error", NULL);
	page_add_int(e, "line", (long long)line);
	page_add(e, "column", column);
	page_add(e, "key", key);
}

/* GET /confirmations/upload, or ?format=template for the empty file. */
static int show(struct req *r)
{
	const char *fmt = req_query(r, "format");
	struct csv c;

	if (fmt == NULL) {
		page_content(r);
		return 200;
	}
	if (strcmp(fmt, "template") != 0)
		return 400;
	if (csv_begin(&c, &r->download) == -1 ||
	    csv_header(&c, r->lang, columns,
	               sizeof columns / sizeof columns[0]) == -1)
		return 500;
	r->download_type = "text/csv; charset=utf-8";
	r->download_name = "confirmations.csv";
	return 200;
}

/* True when the first cell is not a number: the line is a header. */
static bool header_line(const char *first)
{
	long long n;

	return !valid_int(first, 1, ID_MAX, &n);
}

/* Reads the cells of one line into l; reports what is wrong. True when
 * the line is well formed. */
static bool read_line(struct upload *u, const char *const *cells, size_t n,
                      struct line *l)
{
	bool ok = true;

	if (n < 5 || n > 6) {
		reject(u, l->n, "", "err.partner.upload.cells");
		return false;
	}
	if (!valid_int(cells[0], 1, ID_MAX, &l->request)) {
		reject(u, l->n, columns[0], "err.partner.upload.number");
		ok = false;
	}
	if (!period_parse(cells[1], l->from)) {
		reject(u, l->n, columns[1], "err.date.invalid");
		ok = false;
	}
	if (!period_parse(cells[2], l->to)) {
		reject(u, l->n, columns[2], "err.date.invalid");
		ok = false;
	}
	if (!valid_decimal(cells[3], UNITS_MAX, &l->units) || l->units == 0) {
		reject(u, l->n, columns[3], "err.decimal.invalid");
		ok = false;
	}
	if (!valid_decimal(cells[4], AMOUNT_MAX, &l->amount)) {
		reject(u, l->n, columns[4], "err.decimal.invalid");
		ok = false;
	}
	l->note = n == 6 ? cells[5] : "";
	if (utf8_length(l->note, strlen(l->note)) > NOTE_MAX) {
		reject(u, l->n, columns[5], "err.too_long");
		ok = false;
	}
	return ok;
}

/* Checks a well-formed line against the database (inside the
 * transaction) and against the lines before it. 0, 1 rejected, -1. */
static int check_line(const struct persona *p, struct upload *u,
                      const struct line *l)
{
	const char *key;
	long long mine = 0;
	int rc;

	if (db_int_query(&mine,
	                 "SELECT COUNT(*) FROM service_request r WHERE r.id = "
	                 "? AND " PARTNER_OWNS,
	                 "iiiii", l->request, PARTNER_OWNS_ARGS(p)) != 1)
		return -1;
	if (mine == 0) {
		reject(u, l->n, columns[0], "err.partner.upload.unknown");
		return 1;
	}
	if ((rc = confirm_check(l->request, l->from, l->to, 0, &key)) != 0) {
		if (rc == 1)
			reject(u, l->n,
			       strstr(key, "state") ? columns[0] : columns[1],
			       key);
		return rc;
	}
	for (size_t i = 0; i < u->n; i++)
		if (u->v[i].request == l->request &&
		    period_overlap(u->v[i].from, u->v[i].to, l->from, l->to)) {
			reject(u, l->n, columns[1],
			       "err.partner.upload.same_file");
			return 1;
		}
	return 0;
}

/* The message key of a reading error of the file from some line on. */
static const char *file_error(enum csvread_error e)
{
	switch (e) {
	case CSVREAD_CELLS:
		return "err.partner.upload.cells";
	case CSVREAD_CELL_SIZE:
		return "err.too_long";
	default:
		return "err.partner.upload.quotes";
	}
}

/* Reads the whole file (already opened as c) into u, checking every line.
 * 0 (u->errors tells whether any line was rejected), -1 on error. */
static int read_file(const struct persona *p, struct csvread *c,
                     struct upload *u)
{
	struct csvrow row;
	struct line l;
	int n, rc;

	while ((n = csvread_next(c, &row)) == 1) {
		memset(&l, 0, sizeof l);
		l.n = row.line;
		if (row.line == 1 && header_line(row.cell[0]))
			continue;
		if (u->n == LINES_MAX) {
			reject(u, row.line, "", "err.partner.upload.too_many");
			break;
		}
		if (!read_line(u, row.cell, row.n, &l))
			continue;
		if ((rc = check_line(p, u, &l)) == -1)
			return -1;
		if (rc == 0)
			u->v[u->n++] = l;
	}
	if (n == -1) {
		if (c->error == CSVREAD_MEMORY)
			return -1;
		reject(u, c->error_line, "", file_error(c->error));
	}
	if (u->n == 0 && u->errors == 0)
		reject(u, 0, "", "err.partner.upload.empty");
	return 0;
}

/* Imports the checked lines: the upload, each confirmation, its history
 * line, one audit row. 0 or -1. */
static int import(struct req *r, const struct upload *u, const char *name)
{
	long long upload, id;
	char detail[64];

	if (db_exec("INSERT INTO confirmation_upload (provider_org_id, "
	            "file_name, line_count, uploaded_by, uploaded_at) VALUES "
	            "(?, ?, ?, ?, UTC_TIMESTAMP())",
	            "isii", r->user.org_id, name, (long long)u->n,
	            r->user.id) != 1)
		return -1;
	upload = db_insert_id();
	for (size_t i = 0; i < u->n; i++) {
		const struct line *l = &u->v[i];
		if (db_exec(
		        "INSERT INTO confirmation (request_id, "
		        "provider_org_id, agency_org_id, period_from, "
		        "period_to, units, amount_cents, note, state, "
		        "upload_id, created_by) SELECT id, provider_org_id, "
		        "agency_org_id, ?, ?, ?, ?, ?, 'uploaded', ?, ? FROM "
		        "service_request WHERE id = ?",
		        "ssiisiii", l->from, l->to, l->units, l->amount,
		        l->note, upload, r->user.id, l->request) != 1)
			return -1;
		id = db_insert_id();
		if (partner_event(l->request, r->user.id,
		                  "confirmation_uploaded", name, id,
		                  false) == -1)
			return -1;
	}
	snprintf(detail, sizeof detail, "%lu", (unsigned long)u->n);
	return audit_log(r, 0, "confirmation.uploaded", "confirmation_upload",
	                 upload, detail, NULL, NULL);
}

/* POST /confirmations/upload (multipart, field "file"). */
static int upload(struct req *r)
{
	const struct field *f = fields_get(&r->form, "file");
	struct persona p;
	struct upload u = {0};
	struct csvread c;
	const char *name;
	xmlNodePtr res;
	int rc;

	partner_persona(r, &p);
	if (!p.finance)
		return 403;
	page_content(r);
	if (f == NULL || f->filename == NULL || f->len == 0) {
		page_error(r, "file", "err.partner.upload.none");
		return 422;
	}
	if (csvread_open(&c, f->value, f->len) == -1) {
		csvread_free(&c);
		if (c.error == CSVREAD_MEMORY)
			return 500;
		page_error(r, "file", "err.partner.upload.encoding");
		return 422;
	}
	name = *f->filename != '\0' ? f->filename : "confirmations.csv";
	if (utf8_length(name, strlen(name)) > FILE_NAME_MAX ||
	    !utf8_valid_text(name, strlen(name)))
		name = "confirmations.csv";
	res = page_add(page_content(r), "result", NULL);
	page_attr(res, "file", name);
	u.report = page_add(res, "rejected", NULL);
	u.v = pool_alloc(&r->pool, LINES_MAX * sizeof *u.v);
	if (u.v == NULL || db_begin() == -1)
		return csvread_free(&c), 500;
	rc = read_file(&p, &c, &u);
	csvread_free(&c);
	if (rc == -1)
		return db_rollback(), 500;
	page_add_int(res, "lines", (long long)(u.n + u.errors));
	page_add_int(res, "errors", (long long)u.errors);
	if (u.errors > 0) {
		db_rollback();
		page_error(r, "file", "err.partner.upload.rejected");
		return 422;
	}
	if (import(r, &u, name) == -1 || db_commit() == -1)
		return db_rollback(), 500;
	return req_redirect(r, "/confirmations?tab=uploaded&done=uploaded");
}

static const struct screen screen = {
    .name = "confirmation-upload",
    .path = "/confirmations/upload",
    .perm = "partner.finance",
    .get = show,
    .post = upload,
    .body_max = 2 * 1024 * 1024,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
