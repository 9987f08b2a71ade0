/* mime: a UTF-8 mail message, text and HTML (RFC 5322, 2045, 2046, 2047). */
#ifndef MIME_H
#define MIME_H

#include <stdbool.h>
#include <time.h>

#include "buf.h"

struct mime_msg {
	const char *from_name; /* display name, any UTF-8 */
	const char *from;      /* address */
	const char *to;        /* address */
	const char *subject;   /* any UTF-8, one line */
	const char *text;      /* the text/plain part */
	const char *html;      /* the text/html part */
	time_t date;
	const char *id_right; /* the domain after '@' in Message-ID */
	const char *unique;   /* random text for Message-ID and boundary */
};

/* True when a header value is safe to put in a header: no CR, no LF. */
bool mime_header_safe(const char *s);

/* Writes the whole message (headers, multipart/alternative body with both
 * parts in base64) into out. Returns 0, or -1 when a header value holds CR
 * or LF or an address is not one. */
int mime_build(struct buf *out, const struct mime_msg *m);

/* Appends s as RFC 2047 encoded words (=?UTF-8?B?...?=) folded for a
 * header, or as itself when it is short printable ASCII. */
void mime_encode_word(struct buf *out, const char *s);

#endif
