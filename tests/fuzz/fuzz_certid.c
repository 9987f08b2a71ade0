/* libFuzzer harness for what is read from certificates' names and from
 * the web server's client certificate: certid_parse_value on the input as
 * text, certid_from_name and certid_dn_text on it as a DER name, and
 * clientcert_read on it split at the first NUL into the verification
 * result and the (URL-encoded) PEM. Every string that comes out must be
 * terminated inside its buffer and valid UTF-8 text, the quality one of
 * the three, and an accepted national number valid. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "certid.h"
#include "clientcert.h"
#include "niss.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void text_ok(const char *s, size_t cap)
{
	size_t n = strnlen(s, cap);

	if (n == cap || !utf8_valid_text(s, n))
		abort();
}

static bool caps(const char *s)
{
	for (; *s != '\0'; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char s[4096], type[CERTID_TYPE], sector[CERTID_SECTOR];
	char value[CERTID_VALUE], dn[CERTID_DN], norm[NISS_DIGITS + 1];
	const unsigned char *p = data;
	struct certid id;
	struct clientcert c;
	enum clientcert_state st;
	X509_NAME *name;

	if (size >= sizeof s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (certid_parse_value(s, type, sector, value)) {
		if (*type == '\0' || !caps(type) || !caps(sector) ||
		    *value == '\0' || strchr(s, '=') == NULL)
			abort();
	}
	if ((name = d2i_X509_NAME(NULL, &p, (long)size)) != NULL) {
		if (certid_from_name(name, &id) == 0) {
			if (strcmp(id.quality, "group") != 0 &&
			    strcmp(id.quality, "person") != 0 &&
			    strcmp(id.quality, "organisation") != 0)
				abort();
			text_ok(id.name, sizeof id.name);
			text_ok(id.value, sizeof id.value);
		}
		if (certid_dn_text(name, dn, sizeof dn) == 0)
			text_ok(dn, sizeof dn);
		X509_NAME_free(name);
	}
	st = clientcert_read(s, strlen(s) < size ? s + strlen(s) + 1 : NULL,
	                     time(NULL), &c);
	if (st > CLIENTCERT_NO_NISS)
		abort();
	if (st == CLIENTCERT_OK &&
	    (!niss_valid(c.niss, norm, NULL) || strcmp(norm, c.niss) != 0))
		abort();
	text_ok(c.name, sizeof c.name);
	text_ok(c.subject, sizeof c.subject);
	return 0;
}
