#include "mime.h"

#include <string.h>

#include "form.h"
#include "token.h"

static const char b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Standard base64 of n bytes, lines of at most `line` characters (0: one
 * line) ended by CRLF. */
static void base64(struct buf *out, const unsigned char *in, size_t n,
                   size_t line)
{
	size_t col = 0;

	for (size_t i = 0; i < n; i += 3) {
		unsigned long v = (unsigned long)in[i] << 16;
		char q[4];
		if (i + 1 < n)
			v |= (unsigned long)in[i + 1] << 8;
		if (i + 2 < n)
			v |= in[i + 2];
		q[0] = b64[(v >> 18) & 63];
		q[1] = b64[(v >> 12) & 63];
		q[2] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
		q[3] = i + 2 < n ? b64[v & 63] : '=';
		buf_add(out, q, 4);
		col += 4;
		if (line > 0 && col >= line && i + 3 < n) {
			buf_puts(out, "\r\n");
			col = 0;
		}
	}
	if (line > 0)
		buf_puts(out, "\r\n");
}

bool mime_header_safe(const char *s)
{
	return s != NULL && strpbrk(s, "\r\n") == NULL;
}

void mime_encode_word(struct buf *out, const char *s)
{
	size_t n = strlen(s), i = 0;
	bool plain = n <= 60;

	for (size_t k = 0; k < n && plain; k++)
		plain = s[k] >= 0x20 && s[k] < 0x7f &&
		        !(s[k] == '=' && s[k + 1] == '?');
	if (plain) {
		buf_puts(out, s);
		return;
	}
	/* Encoded words of at most 75 characters: 45 bytes each, cut at a
	 * character boundary, folded onto continuation lines. */
	while (i < n) {
		size_t take = n - i > 45 ? 45 : n - i;
		while (i + take < n && take > 0 &&
		       ((unsigned char)s[i + take] & 0xc0) == 0x80)
			take--;
		if (take == 0) /* not UTF-8: no boundary to cut at */
			take = n - i > 45 ? 45 : n - i;
		if (i > 0)
			buf_puts(out, "\r\n ");
		buf_puts(out, "=?UTF-8?B?");
		base64(out, (const unsigned char *)s + i, take, 0);
		buf_puts(out, "?=");
		i += take;
	}
}

/* Appends a display name as an RFC 5322 phrase: encoded words when it is
 * not plain ASCII or is long, a quoted string when it holds specials, else
 * as is. */
static void display_name(struct buf *out, const char *s)
{
	bool ascii = true, specials = false;

	for (const char *p = s; *p != '\0'; p++) {
		ascii = ascii && *p >= 0x20 && *p < 0x7f;
		specials = specials || strchr("()<>[]:;@\\,.\"", *p) != NULL;
	}
	/* A long name becomes encoded words, which fold: a quoted string
	 * cannot, and a header line must stay under 998 characters. */
	if (!ascii || !specials || strstr(s, "=?") != NULL || strlen(s) > 60) {
		mime_encode_word(out, s);
		return;
	}
	buf_puts(out, "\"");
	for (const char *p = s; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			buf_puts(out, "\\");
		buf_add(out, p, 1);
	}
	buf_puts(out, "\"");
}

static void part(struct buf *out, const char *boundary, const char *type,
                 const char *body)
{
	buf_printf(out,
	           "--%s\r\nContent-Type: %s; charset=UTF-8\r\n"
	           "Content-Transfer-Encoding: base64\r\n\r\n",
	           boundary, type);
	base64(out, (const unsigned char *)body, strlen(body), 76);
}

int mime_build(struct buf *out, const struct mime_msg *m)
{
	char date[64], boundary[96];
	struct tm tm;

	if (!mime_header_safe(m->from_name) || !mime_header_safe(m->subject) ||
	    !mime_header_safe(m->id_right) || !mime_header_safe(m->unique) ||
	    !valid_email(m->from) || !valid_email(m->to))
		return -1;
	gmtime_r(&m->date, &tm);
	strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &tm);
	snprintf(boundary, sizeof boundary, "=_passerelle_%s", m->unique);
	buf_puts(out, "From: ");
	display_name(out, m->from_name);
	buf_printf(out, " <%s>\r\nTo: <%s>\r\nSubject: ", m->from, m->to);
	mime_encode_word(out, m->subject);
	buf_printf(out,
	           "\r\nDate: %s\r\nMessage-ID: <%s@%s>\r\n"
	           "MIME-Version: 1.0\r\nAuto-Submitted: auto-generated\r\n"
	           "Content-Type: multipart/alternative; boundary=\"%s\"\r\n"
	           "\r\n",
	           date, m->unique, m->id_right, boundary);
	part(out, boundary, "text/plain", m->text);
	part(out, boundary, "text/html", m->html);
	buf_printf(out, "--%s--\r\n", boundary);
	return out->data != NULL ? 0 : -1;
}
