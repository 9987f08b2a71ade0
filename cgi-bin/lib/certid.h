/* certid: what a certificate says about its holder, read the way the
 * Belgian e-health platform writes its subjects (an OU and the CN hold
 * "TYPE-SECTOR=VALUE", as NIH-GROUP=94475624 or NIHII-HOSPITAL=71000436,
 * or "SSIN=national number" for a person; another OU holds the name) and
 * the eID card does (serialNumber holds the national number). */
#ifndef CERTID_H
#define CERTID_H

#include <stdbool.h>
#include <stddef.h>

#include <openssl/x509.h>

#include "niss.h"

#define CERTID_TYPE   33
#define CERTID_SECTOR 65
#define CERTID_VALUE  65
#define CERTID_NAME   201  /* characters of the name kept: 200 */
#define CERTID_DN     1001 /* a subject or issuer as text: 1000 bytes */

/* The holder: quality "group", "person" or "organisation", the type of
 * identifier (NIH, NIHII, SSIN, CBE…), the sector (GROUP, HOSPITAL…; ""
 * for a person), the identifier itself and the holder's name. */
struct certid {
	char quality[16];
	char type[CERTID_TYPE];
	char sector[CERTID_SECTOR];
	char value[CERTID_VALUE];
	char name[CERTID_NAME];
};

/* What a page shows of a certificate and the database keeps: the holder,
 * subject and issuer (RFC 2253 text, UTF-8), serial number (hex), validity
 * as "YYYY-MM-DD HH:MM:SS" UTC and the SHA-256 fingerprint (64 hex). */
struct certinfo {
	struct certid id;
	char subject[CERTID_DN];
	char issuer[CERTID_DN];
	char serial[101];
	char not_before[20];
	char not_after[20];
	char fingerprint[65];
};

/* Reads one identifier, "TYPE-SECTOR=VALUE" or "TYPE=VALUE": TYPE and
 * SECTOR are capital letters and digits (1 to 32 and 64 of them), VALUE
 * letters and digits (1 to 64). Returns true and fills type, sector (""
 * when absent) and value; false for anything else. */
bool certid_parse_value(const char *s, char type[CERTID_TYPE],
                        char sector[CERTID_SECTOR], char value[CERTID_VALUE]);

/* Reads the holder from a subject name: the identifier of its CN, else of
 * its first OU that holds one; quality "person" for SSIN, "group" for the
 * sector GROUP, "organisation" otherwise. Returns 0, or -1 when the name
 * holds no identifier. */
int certid_from_name(const X509_NAME *name, struct certid *out);

/* The national number of a person's certificate: its serialNumber (eID)
 * or its SSIN identifier, when it is a valid NISS. Returns 0 with out set,
 * or -1 when the certificate names none. */
int certid_niss(const X509 *cert, char out[NISS_DIGITS + 1]);

/* Fills what a page shows of cert. Returns 0, or -1 when it holds no
 * identifier (its subject is then in out->subject all the same) or
 * cannot be read. */
int certinfo_read(const X509 *cert, struct certinfo *out);

/* A name as RFC 2253 text in UTF-8, cut to size - 1 bytes on a character
 * boundary. Returns 0 or -1. */
int certid_dn_text(const X509_NAME *name, char *out, size_t size);

#endif
