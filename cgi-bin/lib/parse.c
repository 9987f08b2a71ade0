#include "parse.h"

#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

#define MULTIPART_HEADER_MAX 4096

static int fields_push(struct fields *f, struct pool *pool,
                       const struct field *fld)
{
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		struct field *v = pool_alloc(pool, cap * sizeof *v);
		if (v == NULL)
			return 500;
		if (f->n > 0)
			memcpy(v, f->v, f->n * sizeof *v);
		f->v = v;
		f->cap = cap;
	}
	f->v[f->n++] = *fld;
	return 0;
}

const struct field *fields_get(const struct fields *f, const char *name)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->v[i].name, name) == 0)
			return &f->v[i];
	return NULL;
}

static int hexdigit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decodes one percent-encoded component into a pool string; 0, 400 or 500. */
static int url_decode(struct pool *pool, const char *s, size_t len, char **out,
                      size_t *outlen)
{
	char *d = pool_alloc(pool, len + 1);
	size_t n = 0;

	if (d == NULL)
		return 500;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '+') {
			d[n++] = ' ';
		} else if (s[i] == '%') {
			int hi, lo;
			if (i + 2 >= len)
				return 400;
			hi = hexdigit((unsigned char)s[i + 1]);
			lo = hexdigit((unsigned char)s[i + 2]);
			if (hi < 0 || lo < 0)
				return 400;
			d[n++] = (char)(hi << 4 | lo);
			i += 2;
		} else {
			d[n++] = s[i];
		}
	}
	d[n] = '\0';
	*out = d;
	*outlen = n;
	return 0;
}

int parse_urlencoded(struct fields *f, struct pool *pool, const char *s,
                     size_t len, const struct parse_limits *lim)
{
	size_t i = 0;

	while (i < len) {
		const char *pair = s + i, *amp, *eq;
		size_t plen, nlen, vlen = 0;
		struct field fld = {0};
		char *name, *value;
		int rc;

		amp = memchr(pair, '&', len - i);
		plen = amp != NULL ? (size_t)(amp - pair) : len - i;
		i += plen + 1;
		if (plen == 0)
			continue;
		eq = memchr(pair, '=', plen);
		nlen = eq != NULL ? (size_t)(eq - pair) : plen;
		if (nlen == 0)
			return 400;
		if (f->n >= lim->fields_max)
			return 413;
		if (nlen > lim->name_max * 3)
			return 413;
		if ((rc = url_decode(pool, pair, nlen, &name, &nlen)) != 0)
			return rc;
		if (eq != NULL) {
			vlen = plen - (size_t)(eq - pair) - 1;
			if ((rc = url_decode(pool, eq + 1, vlen, &value,
			                     &vlen)) != 0)
				return rc;
		} else {
			value = pool_strdup(pool, "");
			if (value == NULL)
				return 500;
		}
		if (nlen > lim->name_max || vlen > lim->field_max)
			return 413;
		if (!utf8_valid_text(name, nlen) ||
		    !utf8_valid_text(value, vlen))
			return 400;
		fld.name = name;
		fld.value = value;
		fld.len = vlen;
		if ((rc = fields_push(f, pool, &fld)) != 0)
			return rc;
	}
	return 0;
}

/* Finds needle in the n bytes at hay; NULL when absent. */
static const char *find(const char *hay, size_t n, const char *needle,
                        size_t nlen)
{
	if (nlen == 0 || n < nlen)
		return NULL;
	for (size_t i = 0; i + nlen <= n; i++)
		if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
			return hay + i;
	return NULL;
}

/* Copies the value of parameter key (e.g. name="x" or boundary=y) from a
 * header value into the pool; NULL when absent or malformed. */
static char *header_param(struct pool *pool, const char *h, size_t hlen,
                          const char *key)
{
	size_t klen = strlen(key), i = 0;

	/* Parameters follow ';' outside quoted strings: key=value or
	 * key="value" (a ';' inside quotes is part of the value). */
	for (;;) {
		bool quoted = false;

		while (i < hlen && (h[i] != ';' || quoted)) {
			if (h[i] == '"')
				quoted = !quoted;
			i++;
		}
		if (i >= hlen)
			return NULL;
		i++;
		while (i < hlen && (h[i] == ' ' || h[i] == '\t'))
			i++;
		if (hlen - i > klen && strncasecmp(h + i, key, klen) == 0 &&
		    h[i + klen] == '=') {
			const char *v = h + i + klen + 1;
			size_t rest = hlen - (i + klen + 1), vlen = 0;
			if (rest > 0 && *v == '"') {
				const char *q = memchr(v + 1, '"', rest - 1);
				if (q == NULL)
					return NULL;
				return pool_strndup(pool, v + 1,
				                    (size_t)(q - v - 1));
			}
			while (vlen < rest && v[vlen] != ';' &&
			       v[vlen] != ' ' && v[vlen] != '\t')
				vlen++;
			return pool_strndup(pool, v, vlen);
		}
	}
}

/* Reads one part's headers and content into a field; 0, 400, 413 or 500. */
static int multipart_part(struct fields *f, struct pool *pool, const char *part,
                          size_t len, const struct parse_limits *lim)
{
	const char *hend = find(part, len, "\r\n\r\n", 4);
	const char *p = part, *disp = NULL, *ctype = NULL;
	size_t disp_len = 0, ctype_len = 0, hlen;
	struct field fld = {0};
	char *name;

	if (hend == NULL)
		return 400;
	hlen = (size_t)(hend - part);
	if (hlen > MULTIPART_HEADER_MAX)
		return 413;
	if (!utf8_valid_text(part, hlen))
		return 400;
	while (p < hend) {
		const char *eol = find(p, (size_t)(hend - p), "\r\n", 2);
		size_t l = eol != NULL ? (size_t)(eol - p) : (size_t)(hend - p);
		if (l > 20 && strncasecmp(p, "Content-Disposition:", 20) == 0) {
			disp = p + 20;
			disp_len = l - 20;
		} else if (l > 13 && strncasecmp(p, "Content-Type:", 13) == 0) {
			ctype = p + 13;
			ctype_len = l - 13;
		}
		p += l + 2;
	}
	if (disp == NULL)
		return 400;
	while (disp_len > 0 && (*disp == ' ' || *disp == '\t'))
		disp++, disp_len--;
	if (disp_len < 9 || strncasecmp(disp, "form-data", 9) != 0)
		return 400;
	name = header_param(pool, disp, disp_len, "name");
	if (name == NULL || *name == '\0')
		return 400;
	if (strlen(name) > lim->name_max)
		return 413;
	fld.name = name;
	fld.filename = header_param(pool, disp, disp_len, "filename");
	fld.value = hend + 4;
	fld.len = len - hlen - 4;
	if (ctype != NULL) {
		while (ctype_len > 0 && (*ctype == ' ' || *ctype == '\t'))
			ctype++, ctype_len--;
		fld.ctype = pool_strndup(pool, ctype, ctype_len);
	}
	if (fld.filename == NULL) {
		if (fld.len > lim->field_max)
			return 413;
		if (!utf8_valid_text(fld.value, fld.len))
			return 400;
	}
	/* Copy out, so the value is NUL-terminated and outlives the body. */
	if ((fld.value = pool_strndup(pool, fld.value, fld.len)) == NULL)
		return 500;
	if (f->n >= lim->fields_max)
		return 413;
	return fields_push(f, pool, &fld);
}

int parse_multipart(struct fields *f, struct pool *pool, const char *ctype,
                    const char *body, size_t len,
                    const struct parse_limits *lim)
{
	char *boundary = header_param(pool, ctype, strlen(ctype), "boundary");
	char *delim;
	size_t blen, dlen;
	const char *p, *end = body + len;

	if (boundary == NULL || (blen = strlen(boundary)) == 0 || blen > 200)
		return 400;
	/* The body starts with --boundary; each next one follows CRLF. */
	if ((delim = pool_alloc(pool, blen + 5)) == NULL)
		return 500;
	memcpy(delim, "\r\n--", 4);
	memcpy(delim + 4, boundary, blen);
	dlen = blen + 4;
	if (len < dlen - 2 || memcmp(body, delim + 2, dlen - 2) != 0)
		return 400;
	p = body + dlen - 2;
	for (;;) {
		const char *next;
		int rc;

		if (end - p >= 2 && p[0] == '-' && p[1] == '-')
			return 0; /* closing delimiter; the epilogue is ignored
			           */
		/* Transport padding, then CRLF. */
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (end - p < 2 || p[0] != '\r' || p[1] != '\n')
			return 400;
		p += 2;
		if ((next = find(p, (size_t)(end - p), delim, dlen)) == NULL)
			return 400;
		if ((rc = multipart_part(f, pool, p, (size_t)(next - p),
		                         lim)) != 0)
			return rc;
		p = next + dlen;
	}
}

static int cookie_octet(unsigned char c)
{
	return c == 0x21 || (c >= 0x23 && c <= 0x2b) ||
	       (c >= 0x2d && c <= 0x3a) || (c >= 0x3c && c <= 0x5b) ||
	       (c >= 0x5d && c <= 0x7e);
}

static int cookie_name_char(unsigned char c)
{
	return c > 0x20 && c < 0x7f && strchr("()<>@,;:\\\"/[]?={}", c) == NULL;
}

int parse_cookies(struct fields *f, struct pool *pool, const char *header,
                  const struct parse_limits *lim)
{
	const char *p = header;

	while (*p != '\0') {
		const char *name, *value, *end;
		size_t nlen, vlen, i;
		struct field fld = {0};
		int ok = 1;

		while (*p == ' ' || *p == '\t' || *p == ';')
			p++;
		if (*p == '\0')
			break;
		name = p;
		end = strchr(p, ';');
		if (end == NULL)
			end = p + strlen(p);
		p = end;
		value = memchr(name, '=', (size_t)(end - name));
		if (value == NULL)
			continue;
		nlen = (size_t)(value - name);
		value++;
		vlen = (size_t)(end - value);
		while (vlen > 0 &&
		       (value[vlen - 1] == ' ' || value[vlen - 1] == '\t'))
			vlen--;
		if (vlen >= 2 && value[0] == '"' && value[vlen - 1] == '"')
			value++, vlen -= 2;
		if (nlen == 0 || nlen > lim->name_max || vlen > lim->field_max)
			continue;
		for (i = 0; i < nlen && ok; i++)
			ok = cookie_name_char((unsigned char)name[i]);
		for (i = 0; i < vlen && ok; i++)
			ok = cookie_octet((unsigned char)value[i]);
		if (!ok)
			continue;
		if (f->n >= lim->fields_max)
			break;
		fld.name = pool_strndup(pool, name, nlen);
		fld.value = pool_strndup(pool, value, vlen);
		fld.len = vlen;
		if (fld.name == NULL || fld.value == NULL ||
		    fields_push(f, pool, &fld) != 0)
			return 500;
	}
	return 0;
}
