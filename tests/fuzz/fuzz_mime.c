/* libFuzzer harness for mime_build: the input is the display name, the
 * subject, the text and the HTML of a message, split on NUL. A message is
 * refused (-1) exactly when a header value holds CR or LF; otherwise its
 * header block is only the known headers, CRLF-ended, folded lines
 * starting with a space, and the subject and both parts decode back to
 * what was given. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mime.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The value of one base64 digit, or -1. */
static int b64val(char c)
{
	static const char a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	                        "abcdefghijklmnopqrstuvwxyz0123456789+/";
	const char *p = c != '\0' ? strchr(a, c) : NULL;

	return p != NULL ? (int)(p - a) : -1;
}

/* Appends to out the base64 text of n bytes at s, skipping CRLF; aborts
 * on anything that is not base64. */
static void unbase64(struct buf *out, const char *s, size_t n)
{
	unsigned long v = 0;
	int bits = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r' || s[i] == '\n')
			continue;
		if (s[i] == '=')
			break;
		int d = b64val(s[i]);
		if (d < 0)
			abort();
		v = (v << 6 | (unsigned long)d) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			char c = (char)((v >> bits) & 0xff);
			buf_add(out, &c, 1);
		}
	}
}

/* Decodes a header value (unfolded): encoded words, or plain text. */
static void decode_words(struct buf *out, const char *s, size_t n)
{
	const char *e = s + n;

	if (n < 10 || memcmp(s, "=?UTF-8?B?", 10) != 0) {
		buf_add(out, s, n);
		return;
	}
	while (s < e) {
		const char *end;
		if (e - s < 12 || memcmp(s, "=?UTF-8?B?", 10) != 0)
			abort();
		s += 10;
		end = memmem(s, (size_t)(e - s), "?=", 2);
		if (end == NULL)
			abort();
		if (end - s + 12 > 75)
			abort(); /* an encoded word longer than RFC 2047 allows
			          */
		unbase64(out, s, (size_t)(end - s));
		s = end + 2;
		if (s < e && *s == ' ')
			s++;
	}
}

/* The unfolded value of header name in the header block hdr, or aborts. */
static void header_value(struct buf *out, const char *hdr, const char *name)
{
	size_t nl = strlen(name);
	const char *p = hdr;

	while (strncmp(p, name, nl) != 0 || p[nl] != ':') {
		p = strstr(p, "\r\n");
		if (p == NULL)
			abort();
		p += 2;
	}
	p += nl + 2;
	for (;;) {
		const char *end = strstr(p, "\r\n");
		buf_add(out, p, (size_t)(end - p));
		if (end[2] != ' ')
			break;
		p = end + 3;
	}
}

/* The decoded body of the part of the given type, or aborts. */
static void part_body(struct buf *out, const char *msg, const char *type)
{
	char head[96];
	const char *p, *end;

	snprintf(head, sizeof head, "Content-Type: %s; charset=UTF-8\r\n",
	         type);
	if ((p = strstr(msg, head)) == NULL ||
	    (p = strstr(p, "\r\n\r\n")) == NULL)
		abort();
	p += 4;
	if ((end = strstr(p, "--=_passerelle_")) == NULL)
		abort();
	for (const char *l = p; l < end;) {
		const char *eol = strstr(l, "\r\n");
		if (eol == NULL || eol - l > 76)
			abort();
		l = eol + 2;
	}
	unbase64(out, p, (size_t)(end - p));
}

/* Aborts unless the decoded value equals want. */
static void same(struct buf *got, const char *want)
{
	if (got->len != strlen(want) ||
	    (got->len > 0 && memcmp(got->data, want, got->len) != 0))
		abort();
	buf_reset(got);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const known[] = {
	    "From: ",           "To: ",          "Subject: ",
	    "Date: ",           "Message-ID: ",  "MIME-Version: ",
	    "Auto-Submitted: ", "Content-Type: "};
	char *in = calloc(size + 4, 1), *part[4];
	struct buf out = {0}, got = {0};
	struct mime_msg m;
	const char *hdr_end;
	bool unsafe;
	int rc;

	if (in == NULL)
		abort();
	memcpy(in, data, size);
	part[0] = in;
	for (int k = 1; k < 4; k++)
		part[k] = part[k - 1] + strlen(part[k - 1]) + 1;
	m = (struct mime_msg){.from_name = part[0],
	                      .from = "no-reply@passerelle.test",
	                      .to = "someone@example.org",
	                      .subject = part[1],
	                      .text = part[2],
	                      .html = part[3],
	                      .date = 1700000000,
	                      .id_right = "passerelle.test",
	                      .unique = "0123456789abcdef"};
	unsafe = strpbrk(part[0], "\r\n") != NULL ||
	         strpbrk(part[1], "\r\n") != NULL;
	rc = mime_build(&out, &m);
	if (rc != (unsafe ? -1 : 0))
		abort();
	if (rc == 0) {
		if ((hdr_end = strstr(out.data, "\r\n\r\n")) == NULL)
			abort();
		/* Every header line: CRLF-ended, a known name or folded. */
		for (const char *l = out.data; l <= hdr_end;) {
			const char *eol = strstr(l, "\r\n");
			bool ok = *l == ' ';
			for (size_t k = 0; !ok && k < 8; k++)
				ok =
				    strncmp(l, known[k], strlen(known[k])) == 0;
			if (!ok || eol - l > 998 ||
			    memchr(l, '\r', (size_t)(eol - l)) != NULL ||
			    memchr(l, '\n', (size_t)(eol - l)) != NULL)
				abort();
			l = eol + 2;
		}
		header_value(&got, out.data, "Subject");
		struct buf dec = {0};
		decode_words(&dec, got.data != NULL ? got.data : "", got.len);
		same(&dec, part[1]);
		buf_free(&dec);
		buf_reset(&got);
		part_body(&got, hdr_end, "text/plain");
		same(&got, part[2]);
		part_body(&got, hdr_end, "text/html");
		same(&got, part[3]);
	}
	buf_free(&got);
	buf_free(&out);
	free(in);
	return 0;
}
