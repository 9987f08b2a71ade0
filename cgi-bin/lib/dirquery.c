#include "dirquery.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "log.h"

/* The filters in parameter order: the condition when the filter is set,
 * and the one that takes the same parameters and is always true. */
static const struct fragment {
	const char *on, *off;
} fragments[] = {
    {"EXISTS (SELECT 1 FROM dir_activity a WHERE a.person_id = p.id AND "
     "(a.structure LIKE ? OR a.city LIKE ?))",
     "COALESCE(?, ?) IS NOT NULL"},
    {"p.type = ?", "? IS NOT NULL"},
    {"p.matricule LIKE ?", "? IS NOT NULL"},
    {"p.adeli = ?", "? IS NOT NULL"},
    {"p.rpps = ?", "? IS NOT NULL"},
    {"p.login LIKE ?", "? IS NOT NULL"},
    {"p.family_name LIKE ?", "? IS NOT NULL"},
    {"p.birth_name LIKE ?", "? IS NOT NULL"},
    {"p.given_name LIKE ?", "? IS NOT NULL"},
    {"p.profession = ?", "? IS NOT NULL"},
    {"p.specialty = ?", "? IS NOT NULL"},
    {"p.orientation = ?", "? IS NOT NULL"},
    {"p.activity_state = ?", "? IS NOT NULL"},
    {"p.centre_id = ?", "? IS NOT NULL"},
};
#define NFRAGMENTS (sizeof fragments / sizeof fragments[0])

/* The access filter (service, service, state, state): persons with an
 * access in the state ("requested": in any state but never requested;
 * service 0: any service), or with none; a condition of its own so that
 * the server can start from the accesses. */
static const char *const access_frag[] = {
    "COALESCE(?, ?, ?, ?) IS NOT NULL",
    "p.id IN (SELECT x.person_id FROM dir_access x WHERE (? = 0 OR "
    "x.service_id = ?) AND x.state <> 'never_requested' AND (? = "
    "'requested' OR x.state = ?))",
    "p.id NOT IN (SELECT x.person_id FROM dir_access x WHERE (? = 0 OR "
    "x.service_id = ?) AND x.state <> 'never_requested') AND COALESCE(?, "
    "?) IS NOT NULL",
};
enum access_form { FORM_ALL, FORM_IN, FORM_NONE };

#define PARAM_TYPES "ssssssssssssssiiiss"
#define PARAM_ARGS(f, org, st)                                                 \
	(f)->place_any, (f)->place_start, (f)->type, (f)->matricule_start,     \
	    (f)->adeli, (f)->rpps, (f)->login_start, (f)->name_start,          \
	    (f)->birth_name_start, (f)->given_start, (f)->profession,          \
	    (f)->specialty, (f)->orientation, (f)->state,                      \
	    (long long)(*(f)->area != '\0' ? (org) : 0), (f)->svc_id,          \
	    (f)->svc_id, (st), (st)

/* What a page's rows select; the lang parameter three times and the
 * service twice come first. */
#define ROWS_HEAD                                                              \
	"SELECT p.id, p.type, p.family_name, p.birth_name, p.birth_date, "     \
	"p.given_name, p.activity_state AS state, IF(? = 'en', pr.name_en, "   \
	"pr.name_fr) AS profession, IF(? = 'en', sp.name_en, sp.name_fr) AS "  \
	"specialty, IF(? = 'en', ot.name_en, ot.name_fr) AS orientation, "     \
	"p.login, p.matricule, p.postal_code, p.city, c.name AS centre, "      \
	"p.updated_at, (SELECT x.state FROM dir_access x WHERE x.person_id = " \
	"p.id AND x.service_id = ?) AS access_state, (SELECT x.requested_at "  \
	"FROM dir_access x WHERE x.person_id = p.id AND x.service_id = ?) AS " \
	"requested_at FROM dir_person p LEFT JOIN dir_profession pr ON "       \
	"pr.code = p.profession LEFT JOIN dir_specialty sp ON sp.code = "      \
	"p.specialty LEFT JOIN dir_orientation ot ON ot.code = p.orientation " \
	"LEFT JOIN org c ON c.id = p.centre_id WHERE "

/* The sort keys, each served by an index of dir_person (030, 033). */
static const struct sort {
	const char *key, *label, *asc, *desc;
} sorts[] = {
    {"name", "directory.col.name", "p.family_name, p.given_name, p.id",
     "p.family_name DESC, p.given_name DESC, p.id DESC"},
    {"type", "directory.col.type", "p.type, p.family_name, p.given_name, p.id",
     "p.type DESC, p.family_name DESC, p.given_name DESC, p.id DESC"},
    {"birth_name", "directory.col.birth_name",
     "p.birth_name, p.given_name, p.id",
     "p.birth_name DESC, p.given_name DESC, p.id DESC"},
    {"birth_date", "directory.col.birth_date", "p.birth_date, p.id",
     "p.birth_date DESC, p.id DESC"},
    {"given", "directory.col.given", "p.given_name, p.family_name, p.id",
     "p.given_name DESC, p.family_name DESC, p.id DESC"},
    {"state", "directory.col.state",
     "p.activity_state, p.family_name, p.given_name, p.id",
     "p.activity_state DESC, p.family_name DESC, p.given_name DESC, p.id "
     "DESC"},
    {"login", "directory.col.login", "p.login", "p.login DESC"},
    {"matricule", "directory.col.matricule", "p.matricule", "p.matricule DESC"},
    {"updated", "directory.col.updated", "p.updated_at, p.id",
     "p.updated_at DESC, p.id DESC"},
};
#define NSORTS (sizeof sorts / sizeof sorts[0])

/* A statement kept for the process: its shape and its text. */
struct shape {
	unsigned filters; /* bit i: fragment i is set */
	int form;
	int kind; /* -1: the count; else 2 * sort + desc */
	char *sql;
};

static struct shape shapes[DIRQUERY_SHAPES_MAX];
static size_t nshapes;

/* The bits of the filters that are set. */
static unsigned set_filters(const struct dir_filter *f)
{
	const char *v[] = {f->place,      f->type,       f->matricule,
	                   f->adeli,      f->rpps,       f->login,
	                   f->name,       f->birth_name, f->given,
	                   f->profession, f->specialty,  f->orientation,
	                   f->state,      f->area};
	unsigned bits = 0;

	for (size_t i = 0; i < NFRAGMENTS; i++)
		if (*v[i] != '\0')
			bits |= 1u << i;
	return bits;
}

/* The form the access filter needs and the state it reads. */
static int access_form(const struct dir_filter *f, const char **state)
{
	*state = *f->access == '\0' && f->svc_id != 0 ? "requested" : f->access;
	if (**state == '\0')
		return FORM_ALL;
	return strcmp(*state, "never_requested") == 0 ? FORM_NONE : FORM_IN;
}

/* The text of the statement of that shape, built on first use; NULL when
 * memory runs out or the process holds too many shapes (logged). */
static const char *shaped(unsigned filters, int form, int kind)
{
	struct buf b = {0};

	for (size_t i = 0; i < nshapes; i++)
		if (shapes[i].filters == filters && shapes[i].form == form &&
		    shapes[i].kind == kind)
			return shapes[i].sql;
	if (nshapes == DIRQUERY_SHAPES_MAX) {
		log_error("dirquery: %d search shapes: no more kept",
		          DIRQUERY_SHAPES_MAX);
		return NULL;
	}
	buf_puts(&b, kind < 0 ? "SELECT COUNT(*) FROM dir_person p WHERE "
	                      : ROWS_HEAD);
	for (size_t i = 0; i < NFRAGMENTS; i++) {
		buf_puts(&b, (filters & (1u << i)) ? fragments[i].on
		                                   : fragments[i].off);
		buf_puts(&b, " AND ");
	}
	buf_puts(&b, access_frag[form]);
	if (kind >= 0) {
		buf_puts(&b, " ORDER BY ");
		buf_puts(&b,
		         kind % 2 ? sorts[kind / 2].desc : sorts[kind / 2].asc);
		buf_puts(&b, " LIMIT ? OFFSET ?");
	}
	if (b.data == NULL)
		return NULL;
	shapes[nshapes] = (struct shape){filters, form, kind, b.data};
	return shapes[nshapes++].sql; /* kept: the statement cache holds it */
}

int dirquery_count(const struct dir_filter *f, long long org, long long *count)
{
	const char *st;
	int form = access_form(f, &st);
	const char *sql = shaped(set_filters(f), form, -1);

	if (sql == NULL)
		return -1;
	return db_int_query(count, sql, PARAM_TYPES, PARAM_ARGS(f, org, st)) ==
	               1
	           ? 0
	           : -1;
}

struct db_res *dirquery_rows(const struct dir_filter *f, long long org,
                             const char *lang, const char *key, bool desc,
                             long long size, long long offset)
{
	const char *st, *sql;
	int form = access_form(f, &st);

	for (size_t i = 0; i < NSORTS; i++) {
		if (strcmp(sorts[i].key, key) != 0)
			continue;
		sql = shaped(set_filters(f), form, (int)(2 * i + desc));
		if (sql == NULL)
			return NULL;
		return db_query(sql, "sssii" PARAM_TYPES "ii", lang, lang, lang,
		                f->svc_id, f->svc_id, PARAM_ARGS(f, org, st),
		                size, offset);
	}
	return NULL;
}

const char *dirquery_sort_label(const char *key)
{
	for (size_t i = 0; i < NSORTS; i++)
		if (strcmp(sorts[i].key, key) == 0)
			return sorts[i].label;
	return NULL;
}
