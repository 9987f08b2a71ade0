/* dirimport: bulk creation of directory records from a pivot file (CSV
 * as spreadsheets save it, read by csvread): every line is checked
 * before anything is written, and then all of them are created in one
 * transaction, or none. A line that names services gets them accepted,
 * and with them the portal: an account and its activation mail. */
#ifndef DIRIMPORT_H
#define DIRIMPORT_H

#include <stddef.h>

#include "dirperson.h"
#include "req.h"

#define DIRIMPORT_LINES_MAX 2000 /* records in one file */
#define DIRIMPORT_BYTES_MAX (2L * 1024 * 1024)

/* One refusal: the line of the file (1 is the header), the column as
 * the file names it ("" for the whole line), and the message key. */
struct dirimport_error {
	size_t line;
	const char *column;
	const char *key;
};

/* One line ready to be created. */
struct dirimport_line {
	size_t line;
	struct dir_new v;
	const char *structure;
	long long services[16]; /* ids of the services to accept */
	size_t nservices;
};

struct dirimport {
	const char *encoding; /* "UTF-8" or "Windows-1252" */
	char sep;
	struct dirimport_line *lines;
	size_t nlines;
	struct dirimport_error *errors;
	size_t nerrors;
};

/* Reads and checks the n bytes of a file for the signed-in admin: the
 * header names the columns (French or English names, any case and
 * accents), each line is validated, and checked against the directory
 * (known professions, specialties and services, services the admin's
 * centre administers, RPPS numbers and account addresses not yet used,
 * nor twice in the file). Everything lives in the request's pool.
 * Returns 0 (the file may still have errors: imp->nerrors), or -1 on a
 * database error. */
int dirimport_check(struct req *r, const char *data, size_t n,
                    struct dirimport *imp);

/* Creates every line of a checked file without errors, in the caller's
 * transaction, as bulk load import_id: records, activities, accepted
 * services with the portal account and its activation mail, audit rows
 * and feed entries. *created and *invited get the counts. 0 or -1. */
int dirimport_apply(struct req *r, const struct dirimport *imp,
                    long long import_id, long long *created,
                    long long *invited);

#endif
