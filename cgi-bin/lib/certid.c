#include "certid.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>

#include "token.h"
#include "utf8.h"

#define PLATFORM_OU "eHealth-platform Belgium"
#define ENTRY_MAX   256 /* bytes of one name entry we read */

static bool capitals(const char *s, size_t n, size_t max)
{
	if (n == 0 || n > max)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

static bool alnum(const char *s, size_t n, size_t max)
{
	if (n == 0 || n > max)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') ||
		      (s[i] >= 'a' && s[i] <= 'z') ||
		      (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

bool certid_parse_value(const char *s, char type[CERTID_TYPE],
                        char sector[CERTID_SECTOR], char value[CERTID_VALUE])
{
	const char *eq = strchr(s, '='), *dash;
	size_t tl, sl;

	if (eq == NULL || !alnum(eq + 1, strlen(eq + 1), CERTID_VALUE - 1))
		return false;
	dash = memchr(s, '-', (size_t)(eq - s));
	tl = (size_t)((dash != NULL ? dash : eq) - s);
	sl = dash != NULL ? (size_t)(eq - dash - 1) : 0;
	if (!capitals(s, tl, CERTID_TYPE - 1) ||
	    (dash != NULL && !capitals(dash + 1, sl, CERTID_SECTOR - 1)))
		return false;
	memcpy(type, s, tl);
	type[tl] = '\0';
	if (dash != NULL)
		memcpy(sector, dash + 1, sl);
	sector[sl] = '\0';
	snprintf(value, CERTID_VALUE, "%s", eq + 1);
	return true;
}

/* The text of entry i of name, in UTF-8, when it is printable text of at
 * most ENTRY_MAX bytes; its NID in *nid. 0 or -1. */
static int entry_text(const X509_NAME *name, int i, int *nid,
                      char out[ENTRY_MAX + 1])
{
	const X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
	unsigned char *u = NULL;
	int n;

	if (e == NULL)
		return -1;
	*nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(e));
	n = ASN1_STRING_to_UTF8(&u, X509_NAME_ENTRY_get_data(e));
	if (n < 0)
		return -1;
	if (n > ENTRY_MAX || !utf8_valid_text((const char *)u, (size_t)n) ||
	    memchr(u, '\n', (size_t)n) != NULL) {
		OPENSSL_free(u);
		return -1;
	}
	if (n > 0)
		memcpy(out, u, (size_t)n);
	out[n] = '\0';
	OPENSSL_free(u);
	return 0;
}

/* Copies text into the name, cut to CERTID_NAME - 1 characters. */
static void set_name(struct certid *id, const char *text)
{
	size_t n = 0, chars = 0;

	while (text[n] != '\0' && chars < CERTID_NAME - 1) {
		n++;
		while ((text[n] & 0xc0) == 0x80)
			n++;
		chars++;
	}
	/* A name of 200 characters of 4 bytes would not fit: cut sooner. */
	while (n >= CERTID_NAME)
		for (n--; n > 0 && (text[n] & 0xc0) == 0x80; n--)
			;
	memcpy(id->name, text, n);
	id->name[n] = '\0';
}

int certid_from_name(const X509_NAME *name, struct certid *out)
{
	char text[ENTRY_MAX + 1], cn[ENTRY_MAX + 1] = "",
	                                         gn[ENTRY_MAX + 1] = "";
	char sn[ENTRY_MAX + 1] = "", ou_name[ENTRY_MAX + 1] = "";
	char type[CERTID_TYPE], sector[CERTID_SECTOR], value[CERTID_VALUE];
	bool found = false;
	int nid;

	memset(out, 0, sizeof *out);
	for (int i = 0; i < X509_NAME_entry_count(name); i++) {
		if (entry_text(name, i, &nid, text) == -1)
			continue;
		if (nid == NID_commonName) {
			snprintf(cn, sizeof cn, "%s", text);
			if (certid_parse_value(text, type, sector, value)) {
				found = true;
				memcpy(out->type, type, sizeof type);
				memcpy(out->sector, sector, sizeof sector);
				memcpy(out->value, value, sizeof value);
			}
		} else if (nid == NID_organizationalUnitName) {
			if (certid_parse_value(text, type, sector, value)) {
				if (!found) {
					found = true;
					memcpy(out->type, type, sizeof type);
					memcpy(out->sector, sector,
					       sizeof sector);
					memcpy(out->value, value, sizeof value);
				}
			} else if (strcmp(text, PLATFORM_OU) != 0 &&
			           ou_name[0] == '\0') {
				snprintf(ou_name, sizeof ou_name, "%s", text);
			}
		} else if (nid == NID_givenName) {
			snprintf(gn, sizeof gn, "%s", text);
		} else if (nid == NID_surname) {
			snprintf(sn, sizeof sn, "%s", text);
		}
	}
	if (!found)
		return -1;
	if (strcmp(out->type, "SSIN") == 0 && out->sector[0] == '\0')
		snprintf(out->quality, sizeof out->quality, "person");
	else if (strcmp(out->sector, "GROUP") == 0)
		snprintf(out->quality, sizeof out->quality, "group");
	else
		snprintf(out->quality, sizeof out->quality, "organisation");
	if (ou_name[0] != '\0') {
		set_name(out, ou_name);
	} else if (gn[0] != '\0' && sn[0] != '\0') {
		snprintf(text, sizeof text, "%.120s %.120s", gn, sn);
		set_name(out, text);
	} else {
		set_name(out, cn[0] != '\0' ? cn : out->value);
	}
	return 0;
}

int certid_niss(const X509 *cert, char out[NISS_DIGITS + 1])
{
	const X509_NAME *name = X509_get_subject_name(cert);
	char text[ENTRY_MAX + 1];
	struct certid id;
	int nid;

	for (int i = 0; i < X509_NAME_entry_count(name); i++)
		if (entry_text(name, i, &nid, text) == 0 &&
		    nid == NID_serialNumber && strlen(text) == NISS_DIGITS &&
		    niss_valid(text, out, NULL))
			return 0;
	if (certid_from_name(name, &id) == 0 &&
	    strcmp(id.quality, "person") == 0 &&
	    strlen(id.value) == NISS_DIGITS && niss_valid(id.value, out, NULL))
		return 0;
	return -1;
}

int certid_dn_text(const X509_NAME *name, char *out, size_t size)
{
	unsigned long flags = XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
	BIO *b;
	char *data;
	long n;

	if (size == 0)
		return -1;
	for (int pass = 0; pass < 2; pass++) {
		if ((b = BIO_new(BIO_s_mem())) == NULL)
			return -1;
		if (X509_NAME_print_ex(b, name, 0, flags) < 0) {
			BIO_free(b);
			return -1;
		}
		n = BIO_get_mem_data(b, &data);
		if (n >= 0 && utf8_valid_text(data, (size_t)n)) {
			size_t len = (size_t)n;
			if (len >= size)
				for (len = size - 1;
				     len > 0 && (data[len] & 0xc0) == 0x80;
				     len--)
					;
			if (len > 0) /* an empty name has no data at all */
				memcpy(out, data, len);
			out[len] = '\0';
			BIO_free(b);
			return 0;
		}
		BIO_free(b);
		flags = XN_FLAG_RFC2253; /* escape what is not ASCII */
	}
	return -1;
}

static int time_text(const ASN1_TIME *t, char out[20])
{
	struct tm tm;

	if (t == NULL || ASN1_TIME_to_tm(t, &tm) != 1)
		return -1;
	return strftime(out, 20, "%Y-%m-%d %H:%M:%S", &tm) == 19 ? 0 : -1;
}

int certinfo_read(const X509 *cert, struct certinfo *out)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	BIGNUM *bn;
	char *hex;
	int rc;

	memset(out, 0, sizeof *out);
	if (certid_dn_text(X509_get_subject_name(cert), out->subject,
	                   sizeof out->subject) == -1 ||
	    certid_dn_text(X509_get_issuer_name(cert), out->issuer,
	                   sizeof out->issuer) == -1 ||
	    time_text(X509_get0_notBefore(cert), out->not_before) == -1 ||
	    time_text(X509_get0_notAfter(cert), out->not_after) == -1 ||
	    X509_digest(cert, EVP_sha256(), md, &mdlen) != 1 || mdlen != 32)
		return -1;
	token_hex(md, 32, out->fingerprint);
	bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
	hex = bn != NULL ? BN_bn2hex(bn) : NULL;
	BN_free(bn);
	if (hex == NULL)
		return -1;
	rc = strlen(hex) < sizeof out->serial ? 0 : -1;
	snprintf(out->serial, sizeof out->serial, "%s", hex);
	OPENSSL_free(hex);
	if (rc == -1)
		return -1;
	return certid_from_name(X509_get_subject_name(cert), &out->id);
}
