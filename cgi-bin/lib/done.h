/* done: the message a screen shows after a redirect with ?done=code,
 * looked up in the screen's fixed table of codes (never the query's text
 * itself). */
#ifndef DONE_H
#define DONE_H

#include <stddef.h>

#include "req.h"

struct done {
	const char *code; /* as in ?done= */
	const char *key;  /* its message in the catalogs */
};

/* Adds the flash message of ?done=… when it is one of the n codes. */
void done_flash(struct req *r, const struct done *table, size_t n);

#endif
