/* Unit tests for certid.c, certp12.c, certkey.c and clientcert.c:
 * subjects as the e-health platform and the eID card write them, every
 * refusal of an uploaded PKCS#12 file, the sealed key, the chain, CMS
 * signatures, and the client certificate the web server passes.
 * Keys, certificates and files are made here with OpenSSL, in memory. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/cms.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

#include "certid.h"
#include "certkey.h"
#include "certp12.h"
#include "certspace.h"
#include "clientcert.h"
#include "conf.h"
#include "test.h"

#define DAY  86400L
#define PASS "un mot de passe fictif"

static EVP_PKEY *ca_key;
static X509 *ca_cert;

static EVP_PKEY *new_key(void)
{
	return EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
}

/* A name from pairs of (field, value), NULL-terminated. */
static X509_NAME *make_name(const char *const *kv)
{
	X509_NAME *n = X509_NAME_new();

	for (; kv[0] != NULL; kv += 2)
		X509_NAME_add_entry_by_txt(n, kv[0], MBSTRING_UTF8,
		                           (const unsigned char *)kv[1], -1, -1,
		                           0);
	return n;
}

/* A certificate for key with that subject, valid from now + from to now +
 * to seconds, signed by the test CA (or by key itself when ca is false). */
static X509 *make_cert(EVP_PKEY *key, const char *const *subject, long from,
                       long to, bool ca)
{
	static long serial = 4096;
	X509 *x = X509_new();
	X509_NAME *n = make_name(subject);

	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), serial++);
	X509_gmtime_adj(X509_getm_notBefore(x), from);
	X509_gmtime_adj(X509_getm_notAfter(x), to);
	X509_set_subject_name(x, n);
	X509_set_issuer_name(x, ca ? n : X509_get_subject_name(ca_cert));
	X509_set_pubkey(x, key);
	if (ca) {
		X509_EXTENSION *e = X509V3_EXT_conf_nid(
		    NULL, NULL, NID_basic_constraints, "critical,CA:TRUE");
		X509_add_ext(x, e, -1);
		X509_EXTENSION_free(e);
	}
	X509_sign(x, ca ? key : ca_key, EVP_sha256());
	X509_NAME_free(n);
	return x;
}

/* An eID card's authentication certificate: the NISS in serialNumber. */
static const char *const eid[] = {"C",
                                  "BE",
                                  "CN",
                                  "Eden Fictif (Authentication)",
                                  "SN",
                                  "Fictif",
                                  "GN",
                                  "Eden",
                                  "serialNumber",
                                  "83092114759",
                                  NULL};

static const char *const group_subject[] = {
    "C",  "BE",
    "O",  "Federal Government",
    "OU", "eHealth-platform Belgium",
    "OU", "Groupement infirmier des Saules (fictif)",
    "OU", "NIH-GROUP=94475624",
    "CN", "NIH-GROUP=94475624",
    NULL};

/* The DER of a PKCS#12 file of key and cert (either may be NULL), with
 * the CA; nid_cert chooses the certificates' encryption (0: default). */
static int make_p12(EVP_PKEY *key, X509 *cert, int nid_key, int nid_cert,
                    int mac_iter, unsigned char **der)
{
	STACK_OF(X509) *ca = sk_X509_new_null();
	PKCS12 *p12;
	int n;

	sk_X509_push(ca, ca_cert);
	p12 = PKCS12_create(PASS, "fictif", key, cert, ca, nid_key, nid_cert, 0,
	                    mac_iter, 0);
	sk_X509_free(ca);
	if (p12 == NULL)
		return -1;
	*der = NULL;
	n = i2d_PKCS12(p12, der);
	PKCS12_free(p12);
	return n;
}

/* A file holding key and another certificate: PKCS12_create refuses to
 * make one, so it is put together bag by bag. */
static int make_mismatched_p12(EVP_PKEY *key, X509 *other, unsigned char **der)
{
	STACK_OF(PKCS12_SAFEBAG) *bags = NULL;
	STACK_OF(PKCS7) *safes = NULL;
	PKCS12 *p12;
	int n;

	PKCS12_add_cert(&bags, other);
	PKCS12_add_safe(&safes, bags, -1, 0, PASS);
	sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
	bags = NULL;
	PKCS12_add_key(&bags, key, 0, PKCS12_DEFAULT_ITER, -1, PASS);
	PKCS12_add_safe(&safes, bags, -1, 0, PASS);
	sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
	p12 = PKCS12_add_safes(safes, 0);
	sk_PKCS7_pop_free(safes, PKCS7_free);
	PKCS12_set_mac(p12, PASS, -1, NULL, 0, PKCS12_DEFAULT_ITER, NULL);
	*der = NULL;
	n = i2d_PKCS12(p12, der);
	PKCS12_free(p12);
	return n;
}

static void test_parse_value(void)
{
	char type[CERTID_TYPE], sector[CERTID_SECTOR], value[CERTID_VALUE];

	CHECK(certid_parse_value("NIH-GROUP=94475624", type, sector, value));
	CHECK_STR(type, "NIH");
	CHECK_STR(sector, "GROUP");
	CHECK_STR(value, "94475624");
	CHECK(
	    certid_parse_value("NIHII-HOSPITAL=71000436", type, sector, value));
	CHECK_STR(sector, "HOSPITAL");
	CHECK(certid_parse_value("SSIN=85073003328", type, sector, value));
	CHECK_STR(type, "SSIN");
	CHECK_STR(sector, "");
	CHECK(certid_parse_value("CBE=0123456789", type, sector, value));
	CHECK(!certid_parse_value("nih-group=1", type, sector, value));
	CHECK(!certid_parse_value("NIH-GROUP=", type, sector, value));
	CHECK(!certid_parse_value("=123", type, sector, value));
	CHECK(!certid_parse_value("NIH--GROUP=1", type, sector, value));
	CHECK(!certid_parse_value("NIH-GROUP-X=1", type, sector, value));
	CHECK(!certid_parse_value("NIH-GROUP=12 3", type, sector, value));
	CHECK(!certid_parse_value("NIH-GROUP", type, sector, value));
	CHECK(!certid_parse_value("eHealth-platform Belgium", type, sector,
	                          value));
	CHECK(!certid_parse_value("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456=1", type,
	                          sector, value));
}

/* An empty name, and the identifier of a secure space. */
static void test_small(void)
{
	X509_NAME *empty = X509_NAME_new();
	char out[16] = "unchanged";
	struct certid id;

	CHECK_INT(certid_dn_text(empty, out, sizeof out), 0);
	CHECK_STR(out, "");
	CHECK_INT(certid_from_name(empty, &id), -1);
	X509_NAME_free(empty);
	CHECK(certspace_identifier_valid("94475624"));
	CHECK(certspace_identifier_valid("94475624001"));
	CHECK(!certspace_identifier_valid("9447562"));
	CHECK(!certspace_identifier_valid("944756240012"));
	CHECK(!certspace_identifier_valid("9447562A"));
	CHECK(!certspace_identifier_valid(" 94475624"));
	CHECK(!certspace_identifier_valid(""));
}

static void test_from_name(void)
{
	static const char *const person[] = {"C",  "BE",
	                                     "OU", "eHealth-platform Belgium",
	                                     "OU", "SSIN=85073003328",
	                                     "CN", "SSIN=85073003328",
	                                     NULL};
	static const char *const hospital[] = {
	    "C", "BE", "OU", "Hôpital fictif", "CN", "NIHII-HOSPITAL=71000436",
	    NULL};
	static const char *const bad_eid[] = {"CN", "Jo Fictif", "serialNumber",
	                                      "83092114758", NULL};
	X509_NAME *n = make_name(group_subject);
	struct certid id;

	CHECK_INT(certid_from_name(n, &id), 0);
	CHECK_STR(id.quality, "group");
	CHECK_STR(id.type, "NIH");
	CHECK_STR(id.sector, "GROUP");
	CHECK_STR(id.value, "94475624");
	CHECK_STR(id.name, "Groupement infirmier des Saules (fictif)");
	X509_NAME_free(n);
	n = make_name(person);
	CHECK_INT(certid_from_name(n, &id), 0);
	CHECK_STR(id.quality, "person");
	CHECK_STR(id.value, "85073003328");
	X509_NAME_free(n);
	n = make_name(hospital);
	CHECK_INT(certid_from_name(n, &id), 0);
	CHECK_STR(id.quality, "organisation");
	CHECK_STR(id.name, "Hôpital fictif");
	X509_NAME_free(n);
	n = make_name(eid);
	CHECK_INT(certid_from_name(n, &id), -1); /* no e-health identifier */
	X509_NAME_free(n);

	/* The national number of a person: the eID's serialNumber, the
	 * SSIN of an e-health certificate; a wrong check gives none. */
	{
		EVP_PKEY *k = new_key();
		char niss[NISS_DIGITS + 1];
		X509 *x = make_cert(k, eid, 0, DAY, false);

		CHECK_INT(certid_niss(x, niss), 0);
		CHECK_STR(niss, "83092114759");
		X509_free(x);
		x = make_cert(k, person, 0, DAY, false);
		CHECK_INT(certid_niss(x, niss), 0);
		CHECK_STR(niss, "85073003328");
		X509_free(x);
		x = make_cert(k, bad_eid, 0, DAY, false);
		CHECK_INT(certid_niss(x, niss), -1);
		X509_free(x);
		x = make_cert(k, group_subject, 0, DAY, false);
		CHECK_INT(certid_niss(x, niss), -1);
		X509_free(x);
		EVP_PKEY_free(k);
	}
}

static void test_info(void)
{
	EVP_PKEY *k = new_key();
	X509 *x = make_cert(k, group_subject, -DAY, 30 * DAY, false);
	struct certinfo info;

	CHECK_INT(certinfo_read(x, &info), 0);
	CHECK_INT(strlen(info.fingerprint), 64);
	CHECK_INT(strspn(info.fingerprint, "0123456789abcdef"), 64);
	CHECK(strstr(info.subject, "CN=NIH-GROUP=94475624") == info.subject);
	CHECK(strstr(info.subject, "OU=Groupement infirmier des Saules "
	                           "(fictif)") != NULL);
	CHECK(strstr(info.issuer, "Autorité de test") != NULL);
	CHECK_INT(strlen(info.not_before), 19);
	CHECK(info.not_before[4] == '-' && info.not_before[10] == ' ');
	CHECK(strcmp(info.not_before, info.not_after) < 0);
	CHECK(info.serial[0] != '\0');
	CHECK_STR(info.id.quality, "group");
	X509_free(x);
	EVP_PKEY_free(k);
}

/* Every status of certp12_open, each from a file made for it. */
static void test_p12(void)
{
	EVP_PKEY *k = new_key(), *other = new_key();
	X509 *x = make_cert(k, group_subject, -DAY, 365 * DAY, false);
	X509 *y = make_cert(other, group_subject, -DAY, 365 * DAY, false);
	X509 *old = make_cert(k, group_subject, -400 * DAY, -35 * DAY, false);
	X509 *later = make_cert(k, group_subject, 30 * DAY, 400 * DAY, false);
	unsigned char *der, big[CERTP12_MAX + 1] = {0x30};
	struct certp12 p;
	time_t now = time(NULL);
	int n;

	n = make_p12(k, x, 0, 0, 0, &der);
	CHECK(n > 0);
	CHECK_INT(certp12_open(der, (size_t)n, PASS, now, &p), CERTP12_OK);
	CHECK(p.key != NULL && p.cert != NULL);
	CHECK_INT(sk_X509_num(p.chain), 1);
	CHECK_INT(X509_cmp(p.cert, x), 0);
	certp12_free(&p);
	CHECK(p.key == NULL);
	CHECK_INT(certp12_open(der, (size_t)n, "pas le bon", now, &p),
	          CERTP12_PASSWORD);
	CHECK(p.key == NULL && p.cert == NULL);
	CHECK_INT(certp12_open(der, (size_t)n, "", now, &p), CERTP12_PASSWORD);
	CHECK_INT(certp12_open(der, 0, PASS, now, &p), CERTP12_EMPTY);
	CHECK_INT(certp12_open(der, (size_t)n / 2, PASS, now, &p),
	          CERTP12_TRUNCATED);
	CHECK_INT(certp12_open(der, 1, PASS, now, &p), CERTP12_TRUNCATED);
	CHECK_INT(certp12_open(der, 3, PASS, now, &p), CERTP12_TRUNCATED);
	CHECK_INT(certp12_open(big, sizeof big, PASS, now, &p),
	          CERTP12_TOO_LARGE);
	CHECK_INT(certp12_open((const unsigned char *)"-----BEGIN", 10, PASS,
	                       now, &p),
	          CERTP12_NOT_P12);
	/* Valid DER that is not PKCS#12: a certificate. */
	{
		unsigned char *cder = NULL;
		int cn = i2d_X509(x, &cder);

		CHECK_INT(certp12_open(cder, (size_t)cn, PASS, now, &p),
		          CERTP12_NOT_P12);
		OPENSSL_free(cder);
	}
	/* Bytes after the structure, and a changed MAC: damaged, even
	 * though the password is the right one. */
	{
		unsigned char *more = OPENSSL_malloc((size_t)n + 4);
		const unsigned char *q = der;
		PKCS12 *p12 = d2i_PKCS12(NULL, &q, n);
		const ASN1_OCTET_STRING *mac = NULL;
		unsigned char *bad = NULL;
		int bn;

		memcpy(more, der, (size_t)n);
		memset(more + n, 0, 4);
		CHECK_INT(certp12_open(more, (size_t)n + 4, PASS, now, &p),
		          CERTP12_DAMAGED);
		OPENSSL_free(more);
		PKCS12_get0_mac(&mac, NULL, NULL, NULL, p12);
		CHECK(mac != NULL);
		((unsigned char *)ASN1_STRING_get0_data(mac))[3] ^= 0x55;
		bn = i2d_PKCS12(p12, &bad);
		CHECK_INT(certp12_open(bad, (size_t)bn, PASS, now, &p),
		          CERTP12_DAMAGED);
		CHECK_INT(certp12_open(bad, (size_t)bn, "pas le bon", now, &p),
		          CERTP12_PASSWORD);
		OPENSSL_free(bad);
		PKCS12_free(p12);
	}
	OPENSSL_free(der);

	n = make_p12(NULL, x, 0, 0, 0, &der);
	CHECK_INT(certp12_open(der, (size_t)n, PASS, now, &p), CERTP12_NO_KEY);
	OPENSSL_free(der);
	n = make_mismatched_p12(k, y, &der);
	CHECK(n > 0);
	CHECK_INT(certp12_open(der, (size_t)n, PASS, now, &p),
	          CERTP12_KEY_MISMATCH);
	OPENSSL_free(der);
	n = make_p12(k, old, 0, 0, 0, &der);
	CHECK_INT(certp12_open(der, (size_t)n, PASS, now, &p), CERTP12_EXPIRED);
	OPENSSL_free(der);
	n = make_p12(k, later, 0, 0, 0, &der);
	CHECK_INT(certp12_open(der, (size_t)n, PASS, now, &p),
	          CERTP12_NOT_YET_VALID);
	/* The same file, 60 days on: valid. */
	CHECK_INT(certp12_open(der, (size_t)n, PASS, now + 60 * DAY, &p),
	          CERTP12_OK);
	certp12_free(&p);
	OPENSSL_free(der);
	/* Legacy encryption (RC2 and 3DES), as older tools write it. */
	n = make_p12(k, x, NID_pbe_WithSHA1And3_Key_TripleDES_CBC,
	             NID_pbe_WithSHA1And40BitRC2_CBC, 0, &der);
	CHECK(n > 0);
	CHECK_INT(certp12_open(der, (size_t)n, PASS, now, &p), CERTP12_OK);
	certp12_free(&p);
	OPENSSL_free(der);
	/* No MAC at all: the bags tell a wrong password. */
	n = make_p12(k, x, 0, 0, -1, &der);
	CHECK(n > 0);
	CHECK_INT(certp12_open(der, (size_t)n, PASS, now, &p), CERTP12_OK);
	certp12_free(&p);
	CHECK_INT(certp12_open(der, (size_t)n, "pas le bon", now, &p),
	          CERTP12_PASSWORD);
	OPENSSL_free(der);

	CHECK_STR(certp12_message(CERTP12_PASSWORD), "err.cert.password");
	CHECK_STR(certp12_message(CERTP12_DAMAGED), "err.cert.damaged");
	X509_free(x);
	X509_free(y);
	X509_free(old);
	X509_free(later);
	EVP_PKEY_free(k);
	EVP_PKEY_free(other);
}

/* True when the n bytes of needle are somewhere in the m of hay. */
static bool contains(const unsigned char *hay, size_t m,
                     const unsigned char *needle, size_t n)
{
	for (size_t i = 0; n <= m && i <= m - n; i++)
		if (memcmp(hay + i, needle, n) == 0)
			return true;
	return false;
}

static void test_key(void)
{
	EVP_PKEY *k = new_key(), *back;
	X509 *x = make_cert(k, group_subject, -DAY, DAY, false);
	struct certinfo info;
	struct buf sealed = {0}, chain = {0}, sig = {0};
	unsigned char *clear = NULL;
	int cn = i2d_PrivateKey(k, &clear);
	STACK_OF(X509) *ca = sk_X509_new_null(), *read;
	static const char data[] = "<confirmations><confirmation id=\"1\"/>"
	                           "</confirmations>\n";

	certinfo_read(x, &info);
	CHECK_INT(certkey_seal(k, info.fingerprint, &sealed), 0);
	CHECK(sealed.len > 28);
	CHECK(!contains((unsigned char *)sealed.data, sealed.len, clear,
	                (size_t)cn));
	back = certkey_open((unsigned char *)sealed.data, sealed.len,
	                    info.fingerprint);
	CHECK(back != NULL && EVP_PKEY_eq(back, k) == 1);
	EVP_PKEY_free(back);
	CHECK(certkey_open((unsigned char *)sealed.data, sealed.len,
	                   "0000000000000000000000000000000000000000000000000"
	                   "000000000000000") == NULL);
	sealed.data[20] ^= 1;
	CHECK(certkey_open((unsigned char *)sealed.data, sealed.len,
	                   info.fingerprint) == NULL);
	OPENSSL_free(clear);

	sk_X509_push(ca, ca_cert);
	CHECK_INT(certkey_chain_der(ca, &chain), 0);
	read = certkey_chain_read((unsigned char *)chain.data, chain.len, 10);
	CHECK(read != NULL && sk_X509_num(read) == 1 &&
	      X509_cmp(sk_X509_value(read, 0), ca_cert) == 0);
	sk_X509_pop_free(read, X509_free);
	CHECK(certkey_chain_read((unsigned char *)chain.data, chain.len - 1,
	                         10) == NULL);
	CHECK(certkey_chain_read((unsigned char *)chain.data, chain.len, 0) ==
	      NULL);
	read = certkey_chain_read(NULL, 0, 10);
	CHECK(read != NULL && sk_X509_num(read) == 0);
	sk_X509_pop_free(read, X509_free);

	/* Signatures that verify against the CA, detached and attached. */
	for (int detached = 1; detached >= 0; detached--) {
		X509_STORE *store = X509_STORE_new();
		const unsigned char *p;
		CMS_ContentInfo *cms;
		BIO *content, *out = BIO_new(BIO_s_mem());

		X509_STORE_add_cert(store, ca_cert);
		CHECK_INT(certkey_sign(k, x, ca, data, sizeof data - 1,
		                       detached, &sig),
		          0);
		p = (const unsigned char *)sig.data;
		cms = d2i_CMS_ContentInfo(NULL, &p, (long)sig.len);
		CHECK(cms != NULL);
		content =
		    detached ? BIO_new_mem_buf(data, sizeof data - 1) : NULL;
		CHECK_INT(
		    CMS_verify(cms, NULL, store, content, out, CMS_BINARY), 1);
		{
			char *got;
			long gl = BIO_get_mem_data(out, &got);
			CHECK_INT(gl, sizeof data - 1);
			CHECK(gl == sizeof data - 1 &&
			      memcmp(got, data, (size_t)gl) == 0);
		}
		/* Another content does not verify against the signature. */
		if (detached) {
			BIO *wrong = BIO_new_mem_buf("autre chose", 11);
			CHECK_INT(CMS_verify(cms, NULL, store, wrong, NULL,
			                     CMS_BINARY),
			          0);
			BIO_free(wrong);
		}
		BIO_free(content);
		BIO_free(out);
		CMS_ContentInfo_free(cms);
		X509_STORE_free(store);
	}
	sk_X509_free(ca);
	buf_free(&sealed);
	buf_free(&chain);
	buf_free(&sig);
	X509_free(x);
	EVP_PKEY_free(k);
}

/* The PEM of x, URL-encoded as nginx's $ssl_client_escaped_cert is when
 * escaped is true. The caller frees it. */
static char *pem_of(X509 *x, bool escaped)
{
	BIO *b = BIO_new(BIO_s_mem());
	char *data, *out;
	long n;
	size_t j = 0;

	PEM_write_bio_X509(b, x);
	n = BIO_get_mem_data(b, &data);
	out = OPENSSL_malloc((size_t)n * 3 + 1);
	for (long i = 0; i < n; i++) {
		unsigned char c = (unsigned char)data[i];
		if (escaped &&
		    (c == '\n' || c == ' ' || c == '+' || c == '/' || c == '='))
			j += (size_t)sprintf(out + j, "%%%02X", c);
		else
			out[j++] = (char)c;
	}
	out[j] = '\0';
	BIO_free(b);
	return out;
}

static void test_clientcert(void)
{
	static const char *const nobody[] = {"CN", "Sans Numéro", NULL};
	EVP_PKEY *k = new_key();
	X509 *x = make_cert(k, eid, -DAY, DAY, false);
	X509 *old = make_cert(k, eid, -3 * DAY, -DAY, false);
	X509 *anon = make_cert(k, nobody, -DAY, DAY, false);
	char *plain = pem_of(x, false), *esc = pem_of(x, true);
	char *pold = pem_of(old, true), *panon = pem_of(anon, true);
	struct clientcert c;
	time_t now = time(NULL);

	CHECK(strstr(esc, "%0A") != NULL && strchr(esc, '\n') == NULL);
	CHECK_INT(clientcert_read("SUCCESS", esc, now, &c), CLIENTCERT_OK);
	CHECK_STR(c.niss, "83092114759");
	CHECK_STR(c.name, "Eden Fictif (Authentication)");
	CHECK_INT(strlen(c.fingerprint), 64);
	CHECK_INT(clientcert_read("SUCCESS", plain, now, &c), CLIENTCERT_OK);
	CHECK_INT(clientcert_read(NULL, NULL, now, &c), CLIENTCERT_NONE);
	CHECK_INT(clientcert_read("", esc, now, &c), CLIENTCERT_NONE);
	CHECK_INT(clientcert_read("NONE", "", now, &c), CLIENTCERT_NONE);
	CHECK_INT(clientcert_read("FAILED:certificate revoked", esc, now, &c),
	          CLIENTCERT_REVOKED);
	CHECK_STR(c.niss, ""); /* nothing of a refused one is used */
	CHECK_INT(
	    clientcert_read("FAILED:certificate has expired", esc, now, &c),
	    CLIENTCERT_EXPIRED);
	CHECK_INT(clientcert_read("FAILED:certificate is not yet valid", esc,
	                          now, &c),
	          CLIENTCERT_NOT_YET_VALID);
	CHECK_INT(clientcert_read("FAILED:unable to get local issuer "
	                          "certificate",
	                          esc, now, &c),
	          CLIENTCERT_UNTRUSTED);
	CHECK_INT(
	    clientcert_read("FAILED:self-signed certificate", esc, now, &c),
	    CLIENTCERT_UNTRUSTED);
	CHECK_INT(clientcert_read("FAILED:CRL has expired", esc, now, &c),
	          CLIENTCERT_REFUSED);
	CHECK_INT(clientcert_read("GENEROUS", esc, now, &c),
	          CLIENTCERT_UNTRUSTED);
	CHECK_INT(clientcert_read("success", esc, now, &c),
	          CLIENTCERT_UNTRUSTED);
	/* SUCCESS is not taken on trust: dates, PEM and NISS are read. */
	CHECK_INT(clientcert_read("SUCCESS", pold, now, &c),
	          CLIENTCERT_EXPIRED);
	CHECK_INT(clientcert_read("SUCCESS", esc, now + 3 * DAY, &c),
	          CLIENTCERT_EXPIRED);
	CHECK_INT(clientcert_read("SUCCESS", esc, now - 3 * DAY, &c),
	          CLIENTCERT_NOT_YET_VALID);
	CHECK_INT(clientcert_read("SUCCESS", panon, now, &c),
	          CLIENTCERT_NO_NISS);
	CHECK_STR(c.name, "Sans Numéro");
	CHECK_INT(clientcert_read("SUCCESS", NULL, now, &c),
	          CLIENTCERT_UNREADABLE);
	CHECK_INT(clientcert_read("SUCCESS", "-----BEGIN%ZZ", now, &c),
	          CLIENTCERT_UNREADABLE);
	CHECK_INT(clientcert_read("SUCCESS", esc + 40, now, &c),
	          CLIENTCERT_UNREADABLE);
	CHECK_STR(clientcert_code(CLIENTCERT_REVOKED), "revoked");
	CHECK_STR(clientcert_code(CLIENTCERT_NO_NISS), "no_niss");
	OPENSSL_free(plain);
	OPENSSL_free(esc);
	OPENSSL_free(pold);
	OPENSSL_free(panon);
	X509_free(x);
	X509_free(old);
	X509_free(anon);
	EVP_PKEY_free(k);
}

int main(void)
{
	static const char *const ca_subject[] = {
	    "C",  "BE",
	    "O",  "Passerelle (fictif)",
	    "CN", "Autorité de test (fictive)",
	    NULL};

	memset(conf.data_key, 0x42, sizeof conf.data_key);
	ca_key = new_key();
	ca_cert = make_cert(ca_key, ca_subject, -DAY, 3650 * DAY, true);
	test_parse_value();
	test_small();
	test_from_name();
	test_info();
	test_p12();
	test_key();
	test_clientcert();
	X509_free(ca_cert);
	EVP_PKEY_free(ca_key);
	return test_done("cert");
}
