#include "conf.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#ifndef CONF_DEFAULT_PATH
#define CONF_DEFAULT_PATH "/etc/passerelle/passerelle.conf"
#endif
#ifndef DATA_DEFAULT_DIR
#define DATA_DEFAULT_DIR "/usr/local/share/passerelle/data"
#endif
#ifndef XSL_DEFAULT_DIR
#define XSL_DEFAULT_DIR "/usr/share/passerelle/xsl"
#endif

struct conf conf;

static const unsigned char zero_key[sizeof conf.secret_key];

enum kind { K_STR, K_LONG, K_RENDER, K_KEY, K_HOSTS };

struct key {
	const char *name;
	enum kind kind;
	void *dst;
	size_t size; /* K_STR: capacity */
	long min, max;
	const char *def;
};

static const struct key keys[] = {
    {"db_socket", K_STR, conf.db_socket, sizeof conf.db_socket, 0, 0,
     "/run/mysqld/mysqld.sock"},
    {"db_name", K_STR, conf.db_name, sizeof conf.db_name, 0, 0, "passerelle"},
    {"db_user", K_STR, conf.db_user, sizeof conf.db_user, 0, 0, "passerelle"},
    {"db_password", K_STR, conf.db_password, sizeof conf.db_password, 0, 0, ""},
    {"db_hosts", K_HOSTS, conf.db_hosts, 0, 0, 0, ""},
    {"xsl_dir", K_STR, conf.xsl_dir, sizeof conf.xsl_dir, 0, 0,
     XSL_DEFAULT_DIR},
    {"log_file", K_STR, conf.log_file, sizeof conf.log_file, 0, 0, ""},
    {"base_url", K_STR, conf.base_url, sizeof conf.base_url, 0, 0,
     "http://127.0.0.1:8080"},
    {"data_dir", K_STR, conf.data_dir, sizeof conf.data_dir, 0, 0,
     DATA_DEFAULT_DIR},
    {"sendmail", K_STR, conf.sendmail, sizeof conf.sendmail, 0, 0,
     "/usr/sbin/sendmail"},
    {"mail_from", K_STR, conf.mail_from, sizeof conf.mail_from, 0, 0,
     "no-reply@localhost.localdomain"},
    {"mail_name", K_STR, conf.mail_name, sizeof conf.mail_name, 0, 0,
     "Passerelle"},
    {"secret_key", K_KEY, conf.secret_key, sizeof conf.secret_key, 0, 0, ""},
    {"data_key", K_KEY, conf.data_key, sizeof conf.data_key, 0, 0, ""},
    {"render", K_RENDER, &conf.render, 0, 0, 0, "app"},
    {"session_idle", K_LONG, &conf.session_idle, 0, 1, 86400, "900"},
    {"session_max", K_LONG, &conf.session_max, 0, 60, 604800, "43200"},
    {"body_max", K_LONG, &conf.body_max, 0, 1024, 1L << 30, "1048576"},
    {"fields_max", K_LONG, &conf.fields_max, 0, 1, 100000, "200"},
    {"field_max", K_LONG, &conf.field_max, 0, 64, 1L << 24, "65536"},
    {"scrypt_log2n", K_LONG, &conf.scrypt_log2n, 0, 10, 20, "17"},
    {"page_size_max", K_LONG, &conf.page_size_max, 0, 1, 1000, "100"},
    {"activation_hours", K_LONG, &conf.activation_hours, 0, 1, 720, "72"},
    {"reset_minutes", K_LONG, &conf.reset_minutes, 0, 5, 1440, "60"},
    {"lock_delay_after", K_LONG, &conf.lock_delay_after, 0, 1, 100, "5"},
    {"lock_after", K_LONG, &conf.lock_after, 0, 2, 1000, "10"},
    {"lock_minutes", K_LONG, &conf.lock_minutes, 0, 1, 1440, "15"},
    {"sendmail_timeout", K_LONG, &conf.sendmail_timeout, 0, 1, 600, "30"},
};

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* True for the characters a host name or an address may hold. */
static int host_char(int c)
{
	return isalnum(c) || c == '.' || c == '-' || c == '_' || c == ':';
}

/* Parses one "host[:port]" or "[v6]:port" of length len. */
static const char *parse_host(const char *s, size_t len, struct db_host *h)
{
	const char *colon = NULL, *name = s;
	size_t nlen = len;
	long port = 3306;

	if (len == 0)
		return "empty host in the list";
	if (*s == '[') {
		const char *close = memchr(s, ']', len);
		if (close == NULL)
			return "unclosed [ in an IPv6 address";
		name = s + 1;
		nlen = (size_t)(close - name);
		if (close + 1 < s + len) {
			if (close[1] != ':')
				return "expected :port after ]";
			colon = close + 1;
		}
	} else if ((colon = memchr(s, ':', len)) != NULL) {
		nlen = (size_t)(colon - s);
		if (memchr(colon + 1, ':', len - nlen - 1) != NULL)
			return "an IPv6 address goes in brackets: [::1]:3306";
	}
	if (nlen == 0 || nlen >= sizeof h->name)
		return "host name empty or too long";
	for (size_t i = 0; i < nlen; i++)
		if (!host_char((unsigned char)name[i]) ||
		    (name[i] == ':' && *s != '['))
			return "bad character in a host name";
	if (colon != NULL) {
		size_t plen = (size_t)(s + len - colon - 1);
		port = 0;
		if (plen == 0 || plen > 5)
			return "port must be 1 to 65535";
		for (size_t i = 0; i < plen; i++) {
			if (colon[1 + i] < '0' || colon[1 + i] > '9')
				return "port must be 1 to 65535";
			port = port * 10 + (colon[1 + i] - '0');
		}
		if (port < 1 || port > 65535)
			return "port must be 1 to 65535";
	}
	memcpy(h->name, name, nlen);
	h->name[nlen] = '\0';
	h->port = (unsigned)port;
	return NULL;
}

const char *conf_parse_hosts(const char *value, struct db_host *out, int *n)
{
	const char *p = value;
	int count = 0;

	*n = 0;
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '\0')
		return NULL;
	for (;;) {
		const char *end = strchr(p, ',');
		size_t len = end != NULL ? (size_t)(end - p) : strlen(p);
		const char *why;

		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		if (count == DB_HOSTS_MAX)
			return "too many hosts (at most 8)";
		if ((why = parse_host(p, len, &out[count])) != NULL)
			return why;
		count++;
		if (end == NULL)
			break;
		p = end + 1;
		while (*p == ' ' || *p == '\t')
			p++;
	}
	*n = count;
	return NULL;
}

/* Stores value into the key; returns NULL or what is wrong with it. */
static const char *conf_set(const struct key *k, const char *v)
{
	char *end;
	long n;

	switch (k->kind) {
	case K_STR:
		if (strlen(v) >= k->size)
			return "value too long";
		strcpy(k->dst, v);
		return NULL;
	case K_LONG:
		errno = 0;
		n = strtol(v, &end, 10);
		if (errno != 0 || end == v || *end != '\0')
			return "not a whole number";
		if (n < k->min || n > k->max)
			return "out of range";
		*(long *)k->dst = n;
		return NULL;
	case K_RENDER:
		if (strcmp(v, "app") == 0)
			*(enum render_mode *)k->dst = RENDER_APP;
		else if (strcmp(v, "xml") == 0)
			*(enum render_mode *)k->dst = RENDER_XML;
		else
			return "must be app or xml";
		return NULL;
	case K_HOSTS: {
		struct db_host tmp[DB_HOSTS_MAX];
		int count;
		const char *why = conf_parse_hosts(v, tmp, &count);
		if (why != NULL)
			return why;
		memcpy(conf.db_hosts, tmp, sizeof tmp);
		conf.ndb_hosts = count;
		return NULL;
	}
	case K_KEY:
		if (*v == '\0') {
			memset(k->dst, 0, k->size);
			return NULL;
		}
		if (strlen(v) != 2 * k->size)
			return "must be 64 hexadecimal digits";
		for (size_t i = 0; i < k->size; i++) {
			int hi = hexval(v[2 * i]), lo = hexval(v[2 * i + 1]);
			if (hi < 0 || lo < 0)
				return "must be 64 hexadecimal digits";
			((unsigned char *)k->dst)[i] =
			    (unsigned char)(hi << 4 | lo);
		}
		return NULL;
	}
	return "unknown kind";
}

static const struct key *conf_find(const char *name)
{
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (strcmp(keys[i].name, name) == 0)
			return &keys[i];
	return NULL;
}

static char *trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

const char *conf_path(void)
{
	const char *p = getenv("PASSERELLE_CONF");

	return p != NULL && *p != '\0' ? p : CONF_DEFAULT_PATH;
}

int conf_load(const char *path)
{
	char line[1024];
	FILE *f;
	int lineno = 0, rc = 0;

	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		conf_set(&keys[i], keys[i].def);
	if (path == NULL)
		return 0;
	if ((f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "%s: cannot open: %s\n", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		char *s, *eq, *name, *value;
		const struct key *k;
		const char *why;

		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			fprintf(stderr, "%s:%d: line too long\n", path, lineno);
			rc = -1;
			break;
		}
		s = trim(line);
		if (*s == '\0' || *s == '#')
			continue;
		if ((eq = strchr(s, '=')) == NULL) {
			fprintf(stderr, "%s:%d: expected key = value\n", path,
			        lineno);
			rc = -1;
			continue;
		}
		*eq = '\0';
		name = trim(s);
		value = trim(eq + 1);
		if ((k = conf_find(name)) == NULL) {
			fprintf(stderr, "%s:%d: unknown key '%s'\n", path,
			        lineno, name);
			rc = -1;
			continue;
		}
		if ((why = conf_set(k, value)) != NULL) {
			fprintf(stderr, "%s:%d: key '%s': %s\n", path, lineno,
			        name, why);
			rc = -1;
		}
	}
	fclose(f);
	for (int i = 0; rc == 0 && i < 2; i++) {
		const unsigned char *k =
		    i == 0 ? conf.secret_key : conf.data_key;
		if (CRYPTO_memcmp(k, zero_key, sizeof zero_key) == 0) {
			fprintf(stderr,
			        "%s: key '%s' is required (64 hexadecimal "
			        "digits: openssl rand -hex 32)\n",
			        path, i == 0 ? "secret_key" : "data_key");
			rc = -1;
		}
	}
	return rc;
}
