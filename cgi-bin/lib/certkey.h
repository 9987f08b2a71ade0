/* certkey: a certificate's private key at rest (sealed with AES-256-GCM
 * under conf.data_key, as the TOTP secrets are, bound to the certificate's
 * fingerprint so that a sealed key cannot be moved to another row), the
 * issuers' certificates kept with it, and the CMS signature made with it.
 * The key is never written anywhere in clear. */
#ifndef CERTKEY_H
#define CERTKEY_H

#include <stdbool.h>
#include <stddef.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "buf.h"

#define CERTKEY_SEALED_MAX 16384 /* bytes of a sealed key */

/* Seals key (as PKCS#8 DER) for the certificate of that fingerprint (64
 * hex digits) into out, which gets nonce | ciphertext | tag. The clear
 * DER is wiped. Returns 0 or -1. */
int certkey_seal(EVP_PKEY *key, const char *fingerprint, struct buf *out);

/* Opens what certkey_seal made for the same fingerprint. Returns the key
 * (the caller frees it with EVP_PKEY_free), or NULL when the data, the
 * fingerprint or conf.data_key do not match. */
EVP_PKEY *certkey_open(const unsigned char *sealed, size_t n,
                       const char *fingerprint);

/* Writes the certificates of chain as DER, one after another, into out.
 * Returns 0 or -1. */
int certkey_chain_der(STACK_OF(X509) * chain, struct buf *out);

/* Reads certificates written by certkey_chain_der (at most max). Returns
 * a stack the caller frees with sk_X509_pop_free(…, X509_free), empty for
 * n = 0, or NULL when the bytes are not such certificates. */
STACK_OF(X509) *
    certkey_chain_read(const unsigned char *der, size_t n, int max);

/* Signs the n bytes of data with key and cert as CMS SignedData (binary
 * content, SHA-256, the chain included), detached or with the content
 * attached; out gets the DER. Returns 0 or -1. */
int certkey_sign(EVP_PKEY *key, X509 *cert, STACK_OF(X509) * chain,
                 const void *data, size_t n, bool detached, struct buf *out);

#endif
