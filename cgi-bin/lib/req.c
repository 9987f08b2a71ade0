#include "req.h"

#include <stdio.h>
#include <string.h>

const char *req_query(const struct req *r, const char *name)
{
	const struct field *f = fields_get(&r->query, name);

	return f != NULL ? f->value : NULL;
}

const char *req_form(const struct req *r, const char *name)
{
	const struct field *f = fields_get(&r->form, name);

	return f != NULL && f->filename == NULL ? f->value : NULL;
}

const char *req_cookie(const struct req *r, const char *name)
{
	const struct field *f = fields_get(&r->cookies, name);

	return f != NULL ? f->value : NULL;
}

bool req_can(const struct req *r, const char *perm)
{
	for (size_t i = 0; i < r->nperms; i++)
		if (strcmp(r->perms[i], perm) == 0)
			return true;
	return false;
}

int req_header(struct req *r, const char *name, const char *value)
{
	if (strpbrk(value, "\r\n") != NULL || strpbrk(name, "\r\n: ") != NULL)
		return -1;
	return buf_printf(&r->headers, "%s: %s\r\n", name, value);
}

const char *req_cookie_name(const struct req *r, const char *base)
{
	if (!r->https)
		return base;
	if (strcmp(base, "sid") == 0)
		return "__Host-sid";
	if (strcmp(base, "pre") == 0)
		return "__Host-pre";
	if (strcmp(base, "lang") == 0)
		return "__Host-lang";
	return base;
}

int req_set_cookie(struct req *r, const char *name, const char *value,
                   long max_age)
{
	struct buf v = {0};
	int rc;

	buf_printf(&v, "%s=%s; Path=/; HttpOnly; SameSite=Lax%s", name, value,
	           r->https ? "; Secure" : "");
	if (max_age >= 0)
		buf_printf(&v, "; Max-Age=%ld", max_age);
	rc = v.data != NULL ? req_header(r, "Set-Cookie", v.data) : -1;
	buf_free(&v);
	return rc;
}

bool req_local_path(const char *s)
{
	if (s == NULL || s[0] != '/' || s[1] == '/' || s[1] == '\\')
		return false;
	for (; *s != '\0'; s++)
		if (*s < 0x21 || *s > 0x7e || *s == '\\')
			return false;
	return true;
}

int req_redirect(struct req *r, const char *target)
{
	r->location = req_local_path(target) ? target : "/";
	return 303;
}

const char *req_after_login(const char *next)
{
	return req_local_path(next) && strncmp(next, "/login", 6) != 0 &&
	               strncmp(next, "/mfa", 4) != 0
	           ? next
	           : "/";
}
