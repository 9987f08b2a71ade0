#include "dirimport.h"

#include <ctype.h>
#include <string.h>

#include "audit.h"
#include "csvread.h"
#include "db.h"
#include "diraccess.h"
#include "dirfeed.h"
#include "dirlogin.h"
#include "dirvalid.h"
#include "form.h"
#include "utf8.h"

enum col {
	C_TYPE,
	C_FAMILY,
	C_BIRTH,
	C_GIVEN,
	C_BIRTH_DATE,
	C_PROFESSION,
	C_SPECIALTY,
	C_ORIENTATION,
	C_RPPS,
	C_ADELI,
	C_EMAIL,
	C_PHONE,
	C_MSS,
	C_STRUCTURE,
	C_NUMBER,
	C_STREET_TYPE,
	C_STREET,
	C_POSTAL,
	C_CITY,
	C_SERVICES,
	C_LANG,
	C_COUNT
};

/* The columns of the pivot file: the names a header may give each (as
 * dirlogin_ascii spells them, with '_' for '-'; the first is the one
 * errors name), whether
 * it must be there, and the length of its values in characters. */
static const struct column {
	const char *names;
	bool required;
	size_t max;
} columns[C_COUNT] = {
    [C_TYPE] = {"type", false, 40},
    [C_FAMILY] = {"nom nom_dusage nom_usage family_name last_name", true, 100},
    [C_BIRTH] = {"nom_de_naissance nom_naissance birth_name", false, 100},
    [C_GIVEN] = {"prenom given_name first_name", true, 100},
    [C_BIRTH_DATE] = {"date_de_naissance date_naissance birth_date", false, 10},
    [C_PROFESSION] = {"profession", true, 120},
    [C_SPECIALTY] = {"specialite specialty", false, 120},
    [C_ORIENTATION] = {"orientation orientation_particuliere", false, 120},
    [C_RPPS] = {"rpps numero_rpps", false, 11},
    [C_ADELI] = {"adeli numero_adeli", false, 9},
    [C_EMAIL] = {"email e_mail courriel mail email_principal "
                 "courriel_principal",
                 false, 254},
    [C_PHONE] = {"telephone phone", false, 32},
    [C_MSS] = {"mss email_securise messagerie_securisee "
               "secure_messaging",
               false, 254},
    [C_STRUCTURE] = {"structure lieu_dexercice lieu_exercice", false, 200},
    [C_NUMBER] = {"numero_de_voie numero_voie n_de_voie street_number", false,
                  5},
    [C_STREET_TYPE] = {"type_de_voie type_voie street_type", false, 40},
    [C_STREET] = {"libelle_de_la_voie libelle_voie voie street street_name",
                  false, 150},
    [C_POSTAL] = {"code_postal cp postal_code", true, 5},
    [C_CITY] = {"commune ville city town", true, 100},
    [C_SERVICES] = {"services acces access", false, 200},
    [C_LANG] = {"langue lang language", false, 10},
};

/* The checking of one file. */
struct check {
	struct req *r;
	struct dirimport *imp;
	size_t cap;
	int where[C_COUNT]; /* cell of each column; -1: absent */
	const char *header[CSVREAD_CELLS_MAX];
	size_t ncells;
	int portal_mine; /* the admin's centre administers the portal */
	int rc;
};

/* Records a refusal. */
static void refuse(struct check *c, size_t line, const char *column,
                   const char *key)
{
	struct dirimport *imp = c->imp;

	if (imp->nerrors == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 64;
		struct dirimport_error *e =
		    pool_alloc(&c->r->pool, cap * sizeof *e);

		if (e == NULL) {
			c->rc = -1;
			return;
		}
		if (imp->nerrors > 0)
			memcpy(e, imp->errors, imp->nerrors * sizeof *e);
		imp->errors = e;
		c->cap = cap;
	}
	imp->errors[imp->nerrors].line = line;
	imp->errors[imp->nerrors].column = column != NULL ? column : "";
	imp->errors[imp->nerrors++].key = key;
}

/* The ASCII spelling of a column's name or a word, '_' between words. */
static void spelt(const char *s, char *out, size_t n)
{
	dirlogin_ascii(s, out, n);
	for (char *p = out; *p != '\0'; p++)
		if (*p == '-')
			*p = '_';
}

/* True when the spelt header h is one of the space-separated names. */
static bool named(const char *names, const char *h)
{
	size_t n = strlen(h);

	for (const char *p = names; *p != '\0';) {
		size_t l = strcspn(p, " ");
		if (l == n && strncmp(p, h, n) == 0)
			return true;
		p += l;
		while (*p == ' ')
			p++;
	}
	return false;
}

/* The first name of a column, for a message about it. */
static const char *first_name(struct check *c, enum col k)
{
	return pool_strndup(&c->r->pool, columns[k].names,
	                    strcspn(columns[k].names, " "));
}

/* Reads the header: which cell holds which column. */
static void read_header(struct check *c, const struct csvrow *row)
{
	for (int k = 0; k < C_COUNT; k++)
		c->where[k] = -1;
	c->ncells = row->n;
	for (size_t i = 0; i < row->n; i++) {
		char h[64];
		bool found = false;

		c->header[i] = pool_strdup(&c->r->pool, row->cell[i]);
		spelt(row->cell[i], h, sizeof h);
		for (int k = 0; k < C_COUNT && !found; k++) {
			if (!named(columns[k].names, h))
				continue;
			found = true;
			if (c->where[k] != -1)
				refuse(c, row->line, c->header[i],
				       "err.directory.import.column_twice");
			c->where[k] = (int)i;
		}
		if (!found)
			refuse(c, row->line, c->header[i],
			       "err.directory.import.column_unknown");
	}
	for (int k = 0; k < C_COUNT; k++)
		if (columns[k].required && c->where[k] == -1)
			refuse(c, row->line, first_name(c, (enum col)k),
			       "err.directory.import.column_missing");
}

/* The trimmed cell of column k in the row, "" when absent; too long
 * values are refused. */
static const char *cell(struct check *c, const struct csvrow *row, enum col k)
{
	const char *v;
	size_t n;

	if (c->where[k] < 0 || (size_t)c->where[k] >= row->n)
		return "";
	v = row->cell[c->where[k]];
	while (*v == ' ' || *v == '\t')
		v++;
	n = strlen(v);
	while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
		n--;
	v = pool_strndup(&c->r->pool, v, n);
	if (v != NULL && utf8_length(v, n) > columns[k].max) {
		refuse(c, row->line, c->header[c->where[k]], "err.too_long");
		return "";
	}
	if (v != NULL && columns[k].required && *v == '\0')
		refuse(c, row->line, c->header[c->where[k]], "err.required");
	return v != NULL ? v : "";
}

/* The code of a reference table row whose code or name (in either
 * language, any accents and case) is v; "" when v is empty; NULL and a
 * refusal when there is none. */
static const char *lookup(struct check *c, const struct csvrow *row, enum col k,
                          const char *v, const char *sql)
{
	struct db_res *res;
	const char *code = NULL;

	if (*v == '\0')
		return "";
	if ((res = db_query(sql, "sss", v, v, v)) == NULL) {
		c->rc = -1;
		return NULL;
	}
	if (db_next(res) == 1)
		code = pool_strdup(&c->r->pool, db_str(res, 0));
	db_done(res);
	if (code == NULL)
		refuse(c, row->line, c->header[c->where[k]],
		       "err.directory.import.unknown");
	return code;
}

/* The type of a person from its code or its word. */
static const char *type_of(struct check *c, const struct csvrow *row,
                           const char *v)
{
	static const struct {
		const char *names, *type;
	} types[] = {
	    {"health ps professionnel_de_sante health_professional "
	     "professionnel",
	     "health"},
	    {"agent staff staff_member", "agent"},
	    {"other autre", "other"},
	};
	char h[64];

	if (*v == '\0')
		return "health";
	spelt(v, h, sizeof h);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (named(types[i].names, h))
			return types[i].type;
	refuse(c, row->line, c->header[c->where[C_TYPE]],
	       "err.directory.import.unknown");
	return "health";
}

/* Reads the services of a line: codes separated by spaces, commas,
 * semicolons, '|' or '/'; each an active service the admin's centre
 * administers. */
static void services_of(struct check *c, const struct csvrow *row,
                        const char *v, struct dirimport_line *l)
{
	const char *col =
	    c->where[C_SERVICES] >= 0 ? c->header[c->where[C_SERVICES]] : "";

	while (*v != '\0') {
		size_t n = strcspn(v, " ,;|/");
		char code[17];
		long long id = 0;
		int mine;

		if (n == 0) {
			v++;
			continue;
		}
		if (n >= sizeof code) {
			refuse(c, row->line, col,
			       "err.directory.import.unknown");
			return;
		}
		for (size_t i = 0; i < n; i++)
			code[i] = (char)toupper((unsigned char)v[i]);
		code[n] = '\0';
		v += n;
		if (db_int_query(
		        &id,
		        "SELECT id FROM dir_service WHERE code = ? AND "
		        "active = 1 AND kind = 'service'",
		        "s", code) < 0) {
			c->rc = -1;
			return;
		}
		if (id == 0) {
			refuse(c, row->line, col,
			       "err.directory.import.unknown");
			continue;
		}
		if ((mine = diraccess_administers(c->r, id)) == -1) {
			c->rc = -1;
			return;
		}
		if (!mine)
			refuse(c, row->line, col,
			       "err.directory.import.not_yours");
		else if (l->nservices <
		         sizeof l->services / sizeof l->services[0])
			l->services[l->nservices++] = id;
	}
}

/* True when the value of column k is already on an earlier line. */
static bool twice(const struct dirimport *imp, size_t upto, enum col k,
                  const char *v)
{
	for (size_t i = 0; i < upto; i++) {
		const char *w =
		    k == C_RPPS ? imp->lines[i].v.rpps : imp->lines[i].v.email;
		if (w != NULL && *w != '\0' && strcmp(w, v) == 0)
			return true;
	}
	return false;
}

/* Counts rows of sql with v, for the "already used" checks: 1, 0, -1. */
static int used(const char *sql, const char *v)
{
	long long n = 0;

	if (db_int_query(&n, sql, "s", v) < 0)
		return -1;
	return n > 0;
}

/* Checks one data line into l. */
static void read_line(struct check *c, const struct csvrow *row,
                      struct dirimport_line *l)
{
	struct dir_new *v = &l->v;
	size_t before = c->imp->nerrors;
	const char *s;
	char iso[11];
	int u;

	l->line = row->line;
	if (row->n > c->ncells)
		refuse(c, row->line, "", "err.directory.import.cells");
	v->origin = "import";
	v->type = type_of(c, row, cell(c, row, C_TYPE));
	v->family_name = cell(c, row, C_FAMILY);
	v->birth_name = cell(c, row, C_BIRTH);
	v->given_name = cell(c, row, C_GIVEN);
	s = cell(c, row, C_BIRTH_DATE);
	v->birth_date = "";
	if (*s != '\0' && !valid_date_fr(s, iso))
		refuse(c, row->line, c->header[c->where[C_BIRTH_DATE]],
		       "err.date.invalid");
	else if (*s != '\0')
		v->birth_date = pool_strdup(&c->r->pool, iso);
	v->profession = lookup(
	    c, row, C_PROFESSION, cell(c, row, C_PROFESSION),
	    "SELECT code FROM dir_profession WHERE code = ? OR name_fr = ? "
	    "OR name_en = ? ORDER BY code LIMIT 1");
	v->specialty = lookup(
	    c, row, C_SPECIALTY, cell(c, row, C_SPECIALTY),
	    "SELECT code FROM dir_specialty WHERE code = ? OR name_fr = ? OR "
	    "name_en = ? ORDER BY code LIMIT 1");
	v->orientation = lookup(
	    c, row, C_ORIENTATION, cell(c, row, C_ORIENTATION),
	    "SELECT code FROM dir_orientation WHERE code = ? OR name_fr = ? "
	    "OR name_en = ? ORDER BY code LIMIT 1");
	v->rpps = cell(c, row, C_RPPS);
	if (*v->rpps != '\0') {
		const char *col = c->header[c->where[C_RPPS]];
		if (!valid_rpps(v->rpps))
			refuse(c, row->line, col, "err.rpps.invalid");
		else if (twice(c->imp, c->imp->nlines, C_RPPS, v->rpps))
			refuse(c, row->line, col,
			       "err.directory.import.rpps_twice");
		else if ((u = used("SELECT COUNT(*) FROM dir_person WHERE "
		                   "rpps = ?",
		                   v->rpps)) != 0) {
			if (u < 0)
				c->rc = -1;
			refuse(c, row->line, col, "err.directory.rpps.taken");
		}
	}
	v->adeli = cell(c, row, C_ADELI);
	if (*v->adeli != '\0' && !valid_adeli(v->adeli))
		refuse(c, row->line, c->header[c->where[C_ADELI]],
		       "err.adeli.invalid");
	v->email = cell(c, row, C_EMAIL);
	if (*v->email != '\0') {
		char *e = pool_strdup(&c->r->pool, v->email);
		for (char *p = e; p != NULL && *p != '\0'; p++)
			*p = (char)tolower((unsigned char)*p);
		v->email = e != NULL ? e : "";
		if (!valid_email(v->email))
			refuse(c, row->line, c->header[c->where[C_EMAIL]],
			       "err.email.invalid");
	}
	v->phone = cell(c, row, C_PHONE);
	if (*v->phone != '\0' && !valid_phone(v->phone))
		refuse(c, row->line, c->header[c->where[C_PHONE]],
		       "err.phone.invalid");
	v->mss = cell(c, row, C_MSS);
	if (*v->mss != '\0' && !valid_email(v->mss))
		refuse(c, row->line, c->header[c->where[C_MSS]],
		       "err.email.invalid");
	l->structure = cell(c, row, C_STRUCTURE);
	v->street_number = cell(c, row, C_NUMBER);
	if (*v->street_number != '\0' && !valid_street_number(v->street_number))
		refuse(c, row->line, c->header[c->where[C_NUMBER]],
		       "err.street_number.invalid");
	v->street_type = cell(c, row, C_STREET_TYPE);
	v->street_label = cell(c, row, C_STREET);
	v->postal_code = cell(c, row, C_POSTAL);
	if (*v->postal_code != '\0' && !valid_postcode(v->postal_code))
		refuse(c, row->line, c->header[c->where[C_POSTAL]],
		       "err.postcode.invalid");
	v->city = cell(c, row, C_CITY);
	s = cell(c, row, C_LANG);
	v->lang = strcmp(s, "en") == 0 || strcmp(s, "EN") == 0 ? "en" : "fr";
	if (*s != '\0' && strcasecmp(s, "fr") != 0 && strcasecmp(s, "en") != 0)
		refuse(c, row->line, c->header[c->where[C_LANG]],
		       "err.directory.import.unknown");
	services_of(c, row, cell(c, row, C_SERVICES), l);
	if (l->nservices > 0 && !c->portal_mine) /* services come with it */
		refuse(c, row->line, c->header[c->where[C_SERVICES]],
		       "err.directory.import.not_yours");
	if (l->nservices > 0 && *v->email == '\0')
		refuse(c, row->line,
		       c->where[C_EMAIL] >= 0 ? c->header[c->where[C_EMAIL]]
		                              : first_name(c, C_EMAIL),
		       "err.directory.import.email_needed");
	else if (l->nservices > 0 && c->imp->nerrors == before) {
		const char *col = c->header[c->where[C_EMAIL]];
		if (twice(c->imp, c->imp->nlines, C_EMAIL, v->email))
			refuse(c, row->line, col,
			       "err.directory.import.email_twice");
		else if ((u = used("SELECT COUNT(*) FROM users WHERE email "
		                   "= ?",
		                   v->email)) != 0) {
			if (u < 0)
				c->rc = -1;
			refuse(c, row->line, col, "err.email.taken");
		}
	}
}

/* The message key of a reading error of the file as a whole. */
static const char *file_error(enum csvread_error e)
{
	switch (e) {
	case CSVREAD_ENCODING:
		return "err.directory.import.encoding";
	case CSVREAD_QUOTE:
		return "err.directory.import.quote";
	case CSVREAD_CELLS:
		return "err.directory.import.too_wide";
	case CSVREAD_CELL_SIZE:
		return "err.too_long";
	default:
		return "err.directory.import.unreadable";
	}
}

int dirimport_check(struct req *r, const char *data, size_t n,
                    struct dirimport *imp)
{
	struct check c = {.r = r, .imp = imp};
	struct csvread in;
	struct csvrow row;
	long long portal = 0;
	int rc;

	memset(imp, 0, sizeof *imp);
	if (db_int_query(&portal,
	                 "SELECT id FROM dir_service WHERE kind = 'portal' "
	                 "ORDER BY id LIMIT 1",
	                 "") < 0 ||
	    (c.portal_mine =
	         portal != 0 ? diraccess_administers(r, portal) : 0) == -1)
		return -1;
	imp->lines =
	    pool_alloc(&r->pool, DIRIMPORT_LINES_MAX * sizeof *imp->lines);
	if (imp->lines == NULL)
		return -1;
	if (csvread_open(&in, data, n) == -1) {
		refuse(&c, 1, "", file_error(in.error));
		csvread_free(&in);
		return c.rc;
	}
	imp->encoding = in.encoding == CSVREAD_UTF8 ? "UTF-8" : "Windows-1252";
	imp->sep = in.sep;
	if ((rc = csvread_next(&in, &row)) != 1) {
		refuse(&c, rc == 0 ? 1 : in.error_line, "",
		       rc == 0 ? "err.directory.import.empty"
		               : file_error(in.error));
		csvread_free(&in);
		return c.rc;
	}
	read_header(&c, &row);
	while (c.rc == 0 && (rc = csvread_next(&in, &row)) == 1) {
		if (imp->nlines == DIRIMPORT_LINES_MAX) {
			refuse(&c, row.line, "",
			       "err.directory.import.too_many");
			break;
		}
		read_line(&c, &row, &imp->lines[imp->nlines]);
		imp->nlines++;
	}
	if (rc == -1)
		refuse(&c, in.error_line, "", file_error(in.error));
	else if (imp->nlines == 0 && imp->nerrors == 0)
		refuse(&c, 1, "", "err.directory.import.empty");
	csvread_free(&in);
	return c.rc;
}

int dirimport_apply(struct req *r, const struct dirimport *imp,
                    long long import_id, long long *created, long long *invited)
{
	long long portal = 0;

	*created = *invited = 0;
	if (db_int_query(&portal,
	                 "SELECT id FROM dir_service WHERE kind = 'portal' "
	                 "ORDER BY id LIMIT 1",
	                 "") != 1)
		return -1;
	for (size_t i = 0; i < imp->nlines; i++) {
		const struct dirimport_line *l = &imp->lines[i];
		struct dir_new v = l->v;
		long long id;

		v.import_id = import_id;
		if (dirperson_create(&v, &id) == -1 ||
		    (*l->structure != '\0' &&
		     dirperson_add_activity(id, l->structure, NULL,
		                            v.postal_code, v.city,
		                            v.mss) == -1) ||
		    audit_log(r, 0, "directory.person.created", "dir_person",
		              id, "import", NULL, v.email) == -1)
			return -1;
		if (l->nservices > 0) {
			if (diraccess_set(r, id, portal, "accepted") !=
			    DIRACCESS_DONE)
				return -1;
			(*invited)++;
		}
		for (size_t k = 0; k < l->nservices; k++)
			if (diraccess_set(r, id, l->services[k], "accepted") !=
			    DIRACCESS_DONE)
				return -1;
		(*created)++;
	}
	return dirfeed_record_import(import_id) == *created ? 0 : -1;
}
