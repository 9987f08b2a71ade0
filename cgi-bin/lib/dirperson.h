/* dirperson: new records of the professionals' directory, and the
 * coordination centre each one belongs to by its postal code. */
#ifndef DIRPERSON_H
#define DIRPERSON_H

#include "req.h"

/* The values of a record that does not come from the national reference
 * (the public request form, a pivot file, an admin): they are kept as
 * local values, the reference columns staying empty. Text is UTF-8,
 * validated; "" or NULL for unknown. The address is whole or absent:
 * postal_code and city together, with the street parts or not. */
struct dir_new {
	const char *type; /* health, agent, other */
	const char *family_name, *birth_name, *given_name, *birth_date;
	const char *profession, *specialty, *orientation;
	const char *rpps, *adeli, *email, *phone, *mss;
	const char *street_number, *street_repeat, *street_type;
	const char *street_label, *postal_code, *city;
	const char *lang;    /* fr or en: the language of its mail */
	const char *origin;  /* form, import, admin */
	long long import_id; /* 0: none */
	const char *origin_ip;
};

/* Inserts the record with its matricule and a login not yet taken
 * ("given.family", then "given.family2"…), and routes it to its centre;
 * *id gets its id. Call it inside the transaction of the change.
 * Returns 0, or -1 on error (logged). */
int dirperson_create(const struct dir_new *v, long long *id);

/* Adds an activity (place of practice) to a record; NULL or "" parts are
 * left empty. 0 or -1. */
int dirperson_add_activity(long long person_id, const char *structure,
                           const char *street, const char *postal_code,
                           const char *city, const char *mss);

/* Sets the centre of one record, or of every record of a bulk load, from
 * its effective postal code: the centre whose area has the longest prefix
 * of it, or none. 0 or -1. */
int dirperson_route(long long person_id);
int dirperson_route_import(long long import_id);
/* Routes every record again, after the centres' areas changed; returns
 * the number of records whose centre changed, or -1. */
long long dirperson_route_all(void);

/* The name of a record as mail and audit show it: "Given FAMILY", in the
 * request's pool; NULL on error. */
const char *dirperson_name(struct req *r, long long person_id);

#endif
