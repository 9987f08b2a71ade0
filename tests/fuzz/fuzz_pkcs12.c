/* libFuzzer harness for certp12_open, the reading of an uploaded PKCS#12
 * file. A valid file is made once in memory (a key, its certificate and
 * an issuer); each input either is the file itself (first byte 0), or
 * changes bytes of the valid one at an offset (1), cuts it there (2), or
 * inserts bytes there (3), so the mutations explore files close to real
 * ones. Whatever comes out must hold what the status says: a key and the
 * certificate it belongs to for CERTP12_OK, nothing otherwise. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/pkcs12.h>

#include "certid.h"
#include "certp12.h"

#define PASS "fuzz"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char *valid;
static int valid_len;

static X509 *make_cert(EVP_PKEY *key, EVP_PKEY *signer, const char *cn)
{
	X509 *x = X509_new();
	X509_NAME *n = X509_NAME_new();

	X509_NAME_add_entry_by_txt(n, "OU", MBSTRING_UTF8,
	                           (const unsigned char *)"NIH-GROUP=94475624",
	                           -1, -1, 0);
	X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_UTF8,
	                           (const unsigned char *)cn, -1, -1, 0);
	X509_set_version(x, 2);
	ASN1_INTEGER_set(X509_get_serialNumber(x), 7);
	X509_gmtime_adj(X509_getm_notBefore(x), -86400);
	X509_gmtime_adj(X509_getm_notAfter(x), 86400L * 3650);
	X509_set_subject_name(x, n);
	X509_set_issuer_name(x, n);
	X509_set_pubkey(x, key);
	X509_sign(x, signer, EVP_sha256());
	X509_NAME_free(n);
	return x;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	EVP_PKEY *k = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
	EVP_PKEY *ca = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
	X509 *x = make_cert(k, ca, "NIH-GROUP=94475624");
	X509 *c = make_cert(ca, ca, "Autorite fictive");
	STACK_OF(X509) *chain = sk_X509_new_null();
	PKCS12 *p12;

	(void)argc;
	(void)argv;
	sk_X509_push(chain, c);
	/* Few iterations: the fuzzer should spend its time parsing. */
	p12 = PKCS12_create(PASS, "fuzz", k, x, chain, 0, 0, 1, 1, 0);
	if (p12 == NULL || (valid_len = i2d_PKCS12(p12, &valid)) <= 0)
		abort();
	PKCS12_free(p12);
	sk_X509_pop_free(chain, X509_free);
	X509_free(x);
	EVP_PKEY_free(k);
	EVP_PKEY_free(ca);
	return 0;
}

static void check(const unsigned char *d, size_t n)
{
	struct certp12 p;
	struct certinfo info;
	enum certp12_status st = certp12_open(d, n, PASS, time(NULL), &p);

	if (st > CERTP12_ERROR || *certp12_message(st) == '\0') {
		if (st != CERTP12_OK)
			abort();
	}
	if (st != CERTP12_OK) {
		if (p.key != NULL || p.cert != NULL || p.chain != NULL)
			abort(); /* a refusal hands nothing out */
		return;
	}
	if (p.key == NULL || p.cert == NULL ||
	    X509_check_private_key(p.cert, p.key) != 1 ||
	    sk_X509_num(p.chain) > CERTP12_CHAIN_MAX)
		abort();
	certinfo_read(p.cert, &info);
	if (strlen(info.subject) >= sizeof info.subject)
		abort();
	certp12_free(&p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned char *copy;
	size_t at, n;

	if (size < 3) {
		check(data, size);
		return 0;
	}
	at = ((size_t)data[1] << 8 | data[2]) % (size_t)valid_len;
	switch (data[0] % 4) {
	case 0:
		check(data + 1, size - 1);
		return 0;
	case 2:
		check(valid, at);
		return 0;
	}
	n = (size_t)valid_len + size;
	if ((copy = malloc(n)) == NULL)
		return 0;
	memcpy(copy, valid, (size_t)valid_len);
	if (data[0] % 4 == 1) {
		size_t k = size - 3;
		if (k > (size_t)valid_len - at)
			k = (size_t)valid_len - at;
		memcpy(copy + at, data + 3, k);
		check(copy, (size_t)valid_len);
	} else {
		memmove(copy + at + size - 3, copy + at,
		        (size_t)valid_len - at);
		memcpy(copy + at, data + 3, size - 3);
		check(copy, (size_t)valid_len + size - 3);
	}
	free(copy);
	return 0;
}
