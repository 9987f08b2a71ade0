/* cmd_directory: the directory's operator sub-commands.
 *
 *   passerelle generate-persons [N]   add N (default 50,000) invented
 *                                     professionals to the directory, as
 *                                     one bulk load, in one transaction
 *
 * The persons look like those of a French region's reference: French and
 * Breton names with their accents, professions in realistic proportions,
 * valid RPPS and ADELI numbers, postal codes of the demo centres' areas
 * (and a few outside them), an activity each; some have a main e-mail and
 * portal access, a few a request to process. They enter the change feed
 * like any bulk load. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd.h"
#include "db.h"
#include "dirfeed.h"
#include "dirlogin.h"
#include "dirperson.h"

#define N_DEFAULT 50000
#define N_MAX     1000000
#define ROWS      12 /* rows in one INSERT: 21 parameters each */

static const char *const families[] = {
    "Le Gall",  "Le Goff",   "Le Roux",   "Le Bihan",   "Le Floch",
    "Le Guen",  "Le Corre",  "Le Meur",   "Le Bris",    "Le Gac",
    "Tanguy",   "Morvan",    "Hervé",     "Guillou",    "Riou",
    "Prigent",  "Quéré",     "Salaün",    "Jézéquel",   "Cornec",
    "Kerbrat",  "Le Borgne", "Le Moal",   "Le Cam",     "Le Coz",
    "Guéguen",  "Calvez",    "Nicolas",   "Caroff",     "Abgrall",
    "Le Page",  "Le Berre",  "Le Duff",   "Le Hir",     "Pichon",
    "Bernard",  "Martin",    "Durand",    "Dubois",     "Petit",
    "Moreau",   "Lefèvre",   "Leroy",     "Roux",       "Fournier",
    "Girard",   "Bonnet",    "Dupont",    "Lambert",    "Fontaine",
    "Rousseau", "Vincent",   "Faure",     "André",      "Mercier",
    "Blanc",    "Guérin",    "Boyer",     "Garnier",    "Chevalier",
    "François", "Legrand",   "Gauthier",  "Perrin",     "Robin",
    "Clément",  "Morin",     "Rolland",   "Le Hénaff",  "Kerhervé",
    "Le Dréau", "Le Dû",     "Ollivier",  "Thépaut",    "Hamon",
    "Lucas",    "Jégou",     "Le Moigne", "Le Guennec", "Le Strat",
    "Le Bras",  "Le Foll",   "Le Lay",    "Le Bot",     "Le Fur",
    "Rivoal",   "Le Rest",   "Quiniou",   "Gourmelon",  "Derrien",
    "Tréguer",  "Kervella",  "Le Saux",   "Bréhier",    "Lemaître",
    "Pérès",    "Lévêque",   "Hélias",    "Le Nédélec", "Gourvès",
    "Cozic",    "Le Ny",     "Péron",     "Le Floc'h",  "Cœurdevey",
    "L'Hostis", "Le Quéré",  "Bénard",    "Ménez",      "Plouzané",
};

static const char *const givens[] = {
    "Anne",      "Marie",     "Sophie",     "Nathalie",  "Isabelle",
    "Catherine", "Sylvie",    "Christine",  "Élodie",    "Émilie",
    "Hélène",    "Gaëlle",    "Maëlle",     "Nolwenn",   "Solène",
    "Anaïs",     "Océane",    "Léa",        "Chloé",     "Manon",
    "Camille",   "Julie",     "Aurélie",    "Céline",    "Stéphanie",
    "Véronique", "Françoise", "Agnès",      "Bénédicte", "Armelle",
    "Soizic",    "Enora",     "Maïwenn",    "Zoé",       "Inès",
    "Clémence",  "Mélanie",   "Noémie",     "Héloïse",   "Jeanne",
    "Louise",    "Margaux",   "Éloïse",     "Laëtitia",  "Gwenaëlle",
    "Annaïg",    "Rozenn",    "Katell",     "Morgane",   "Élise",
    "Jean",      "Pierre",    "Michel",     "Philippe",  "Alain",
    "Patrick",   "Nicolas",   "Christophe", "Stéphane",  "Frédéric",
    "Laurent",   "Olivier",   "Éric",       "David",     "Julien",
    "Sébastien", "Jérôme",    "Loïc",       "Yann",      "Erwan",
    "Ronan",     "Gwénaël",   "Maël",       "Brieuc",    "Tristan",
    "Corentin",  "Goulven",   "Yannick",    "Joël",      "Hervé",
    "Thierry",   "Benoît",    "Mathieu",    "Thomas",    "Antoine",
    "Hugo",      "Lucas",     "Noé",        "Clément",   "Théo",
    "Raphaël",   "Gaël",      "Mickaël",    "Kévin",     "Jérémy",
    "Aurélien",  "Bastien",   "François",   "Rémi",      "Grégoire",
    "Josselin",  "Malo",      "Tanguy",     "Even",      "Titouan",
};

static const struct {
	const char *code, *city;
} towns[] = {
    {"22000", "Saint-Brieuc"},
    {"22300", "Lannion"},
    {"22100", "Dinan"},
    {"22200", "Guingamp"},
    {"22500", "Paimpol"},
    {"22600", "Loudéac"},
    {"29200", "Brest"},
    {"29000", "Quimper"},
    {"29600", "Morlaix"},
    {"29300", "Quimperlé"},
    {"29100", "Douarnenez"},
    {"29900", "Concarneau"},
    {"29270", "Carhaix-Plouguer"},
    {"29800", "Landerneau"},
    {"35000", "Rennes"},
    {"35400", "Saint-Malo"},
    {"35300", "Fougères"},
    {"35500", "Vitré"},
    {"35600", "Redon"},
    {"35510", "Cesson-Sévigné"},
    {"56100", "Lorient"},
    {"56000", "Vannes"},
    {"56300", "Pontivy"},
    {"56400", "Auray"},
    {"56700", "Hennebont"},
    {"56800", "Ploërmel"},
    {"44000", "Nantes"},
    {"53000", "Laval"},
};

static const char *const street_types[] = {"rue",     "avenue", "boulevard",
                                           "place",   "chemin", "allée",
                                           "impasse", "quai",   "route"};
static const char *const streets[] = {
    "de Brest",     "de la Gare",     "du Port",        "des Écoles",
    "de la Mairie", "de Kerléguer",   "du Stang",       "de Penhoat",
    "des Tilleuls", "de l'Église",    "du Moulin",      "de la Libération",
    "des Lilas",    "de Kervéguen",   "de la Corniche", "des Hortensias",
    "du Menez",     "de Kerfeunteun", "des Goélands",   "du Château",
};

/* Professions with their weight out of 1000, their type, whether they
 * have an RPPS (else an ADELI) number, and their ADELI category. */
static const struct {
	const char *code, *type;
	int weight;
	bool rpps;
	const char *adeli;
} professions[] = {
    {"60", "health", 300, false, "60"}, {"10", "health", 250, true, ""},
    {"70", "health", 80, true, ""},     {"21", "health", 60, true, ""},
    {"40", "health", 40, true, ""},     {"50", "health", 30, true, ""},
    {"91", "health", 30, false, "91"},  {"93", "health", 30, false, "93"},
    {"94", "health", 20, false, "94"},  {"96", "health", 10, false, "96"},
    {"86", "health", 10, false, "86"},  {"80", "health", 20, true, ""},
    {"MAN", "health", 20, false, "51"}, {"AMB", "agent", 40, false, "62"},
    {"SEC", "agent", 40, false, "63"},  {"ASS", "agent", 20, false, "64"},
};

static const char *const specialties[] = {
    "SM01", "SM01", "SM01", "SM01", "SM01", "SM02", "SM03", "SM04", "SM05",
    "SM06", "SM07", "SM08", "SM09", "SM10", "SM11", "SM12", "SM13", "SM14"};
static const char *const orientations[] = {"OR01", "OR02", "OR03", "OR04",
                                           "OR05", "OR06", "OR07", "OR08"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static unsigned long long rng_state;

/* xorshift64*: good enough for invented names, and repeatable. */
static unsigned long long rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 2685821657736338717ULL;
}

static size_t pick(size_t n)
{
	return (size_t)(rnd() % n);
}

/* A set of strings (logins, RPPS numbers) in use, open addressing. */
struct set {
	char **v;
	size_t cap, n;
};

static size_t hash(const char *s)
{
	size_t h = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* Adds s; returns 1 when added, 0 when it was there, -1 on memory. */
static int set_add(struct set *s, const char *v)
{
	size_t i;

	if (s->n * 2 >= s->cap) {
		struct set bigger = {
		    calloc(s->cap ? s->cap * 2 : 1024, sizeof(char *)),
		    s->cap ? s->cap * 2 : 1024, 0};
		if (bigger.v == NULL)
			return -1;
		for (i = 0; i < s->cap; i++)
			if (s->v[i] != NULL) {
				size_t j = hash(s->v[i]) % bigger.cap;
				while (bigger.v[j] != NULL)
					j = (j + 1) % bigger.cap;
				bigger.v[j] = s->v[i];
				bigger.n++;
			}
		free(s->v);
		*s = bigger;
	}
	for (i = hash(v) % s->cap; s->v[i] != NULL; i = (i + 1) % s->cap)
		if (strcmp(s->v[i], v) == 0)
			return 0;
	if ((s->v[i] = strdup(v)) == NULL)
		return -1;
	s->n++;
	return 1;
}

static void set_free(struct set *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->v[i]);
	free(s->v);
}

/* Fills the set with the column's values of every record. 0 or -1. */
static int set_load(struct set *s, const char *sql)
{
	struct db_res *res = db_query(sql, "");
	int rc;

	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1)
		if (db_str(res, 0) != NULL && set_add(s, db_str(res, 0)) == -1)
			rc = -1;
	db_done(res);
	return rc;
}

/* Appends a Luhn key to the digits of p (room for one more byte). */
static void luhn_key(char *p)
{
	size_t n = strlen(p);
	int sum = 0;

	for (size_t i = 0; i < n; i++) {
		int d = p[n - 1 - i] - '0';
		if (i % 2 == 0) {
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	p[n] = (char)('0' + (10 - sum % 10) % 10);
	p[n + 1] = '\0';
}

/* One invented person: the 20 values of an insert's row. */
struct row {
	const char *type;
	char rpps[12], adeli[10];
	const char *family, *birth, *given;
	char birth_date[11];
	const char *profession, *specialty, *orientation;
	char phone[20], mss[160], number[6];
	const char *street_type, *street, *postal, *city;
	char email[200], login[DIRLOGIN_MAX + 1];
	const char *state;
};

/* Invents one person. 0, or -1 when no login could be found. */
static int invent(struct row *w, struct set *logins, struct set *rpps)
{
	size_t p = 0, t = pick(COUNT(towns));
	int roll = (int)pick(1000), acc = 0;
	char base[DIRLOGIN_MAX];

	while (p + 1 < COUNT(professions) &&
	       (acc += professions[p].weight) <= roll)
		p++;
	w->type = professions[p].type;
	w->profession = professions[p].code;
	w->family = families[pick(COUNT(families))];
	w->given = givens[pick(COUNT(givens))];
	w->birth = pick(100) < 15 ? families[pick(COUNT(families))] : w->family;
	snprintf(w->birth_date, sizeof w->birth_date, "%04d-%02d-%02d",
	         1950 + (int)pick(50), 1 + (int)pick(12), 1 + (int)pick(28));
	w->specialty =
	    strcmp(w->profession, "10") == 0
	        ? specialties[pick(COUNT(specialties))]
	        : (strcmp(w->profession, "60") == 0 && pick(20) == 0 ? "SI01"
	                                                             : "");
	w->orientation =
	    pick(10) == 0 ? orientations[pick(COUNT(orientations))] : "";
	w->rpps[0] = w->adeli[0] = '\0';
	if (professions[p].rpps) {
		do {
			snprintf(
			    w->rpps, 11, "10%08llu",
			    (unsigned long long)(pick(90000000) + 10000000));
			luhn_key(w->rpps);
		} while (set_add(rpps, w->rpps) == 0);
	} else {
		snprintf(w->adeli, 9, "%.2s%.2s%04u", towns[t].code,
		         professions[p].adeli, (unsigned)pick(10000));
		luhn_key(w->adeli);
	}
	snprintf(w->phone, sizeof w->phone, "02 %02u %02u %02u %02u",
	         (unsigned)(90 + pick(10)), (unsigned)pick(100),
	         (unsigned)pick(100), (unsigned)pick(100));
	snprintf(w->number, sizeof w->number, "%u", (unsigned)(1 + pick(120)));
	w->street_type = street_types[pick(COUNT(street_types))];
	w->street = streets[pick(COUNT(streets))];
	w->postal = towns[t].code;
	w->city = towns[t].city;
	w->state = pick(100) < 7 ? "inactive" : "active";
	dirlogin_base(w->given, w->family, base, sizeof base);
	for (int k = 1; k < 100000; k++) {
		int len =
		    k == 1
		        ? snprintf(w->login, sizeof w->login, "%s", base)
		        : snprintf(w->login, sizeof w->login, "%s%d", base, k);
		if (len > 0 && (size_t)len < sizeof w->login &&
		    set_add(logins, w->login) == 1)
			break;
		if (k == 99999)
			return -1;
	}
	snprintf(w->mss, sizeof w->mss, "%s@mssante.demo.test", w->login);
	w->email[0] = '\0';
	if (pick(100) < 30)
		snprintf(w->email, sizeof w->email, "%s@exemple.test",
		         w->login);
	return 0;
}

#define VALUES_ROW                                                             \
	"(?, NULLIF(?, ''), NULLIF(?, ''), 'reference', ?, ?, ?, ?, ?, ?, "    \
	"NULLIF(?, ''), NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), "   \
	"?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())"
#define INSERT_HEAD                                                            \
	"INSERT INTO dir_person (type, rpps, adeli, origin, import_id, "       \
	"ref_family_name, ref_birth_name, ref_given_name, ref_birth_date, "    \
	"ref_profession, ref_specialty, ref_orientation, ref_phone, ref_mss, " \
	"ref_street_number, ref_street_type, ref_street_label, "               \
	"ref_postal_code, ref_city, email, activity_state, login, "            \
	"created_at, updated_at) VALUES "
#define ROW_TYPES "sssisssssssssssssssss"
#define ROW_ARGS(w)                                                            \
	(w).type, (w).rpps, (w).adeli, import_id, (w).family, (w).birth,       \
	    (w).given, (w).birth_date, (w).profession, (w).specialty,          \
	    (w).orientation, (w).phone, (w).mss, (w).number, (w).street_type,  \
	    (w).street, (w).postal, (w).city, (w).email, (w).state, (w).login

#define TYPES4 ROW_TYPES ROW_TYPES ROW_TYPES ROW_TYPES
#define ARGS4(w, i)                                                            \
	ROW_ARGS((w)[i]), ROW_ARGS((w)[(i) + 1]), ROW_ARGS((w)[(i) + 2]),      \
	    ROW_ARGS((w)[(i) + 3])

static const char insert_one[] = INSERT_HEAD VALUES_ROW;
#define FOUR VALUES_ROW ", " VALUES_ROW ", " VALUES_ROW ", " VALUES_ROW
static const char insert_many[] = INSERT_HEAD FOUR ", " FOUR ", " FOUR;

/* The statements that give the generated records what every record has:
 * a matricule, an activity, some portal access and some requests. */
static const char *const finish[] = {
    "UPDATE dir_person SET matricule = CONCAT('PAS', LPAD(id, 7, '0')) "
    "WHERE import_id = ?",
    "INSERT INTO dir_activity (person_id, position, structure, role, "
    "street, postal_code, city, ref_mss) SELECT id, 1, ELT(1 + id % 8, "
    "CONCAT('Centre hospitalier de ', city), CONCAT('Clinique de ', "
    "city), CONCAT('Maison de santé de ', city), CONCAT('Cabinet de ', "
    "street_label), CONCAT('EHPAD de ', city), CONCAT('Centre de santé ', "
    "city), CONCAT('Pharmacie ', street_label), CONCAT('Hôpital privé de ', "
    "city)), IF(id % 2 = 0, 'Exercice salarié', 'Exercice libéral'), "
    "CONCAT_WS(' ', street_number, street_type, street_label), "
    "postal_code, city, IF(id % 4 = 0, mss, NULL) FROM dir_person WHERE "
    "import_id = ?",
    "INSERT INTO dir_access (person_id, service_id, state, requested_at, "
    "decided_at) SELECT p.id, s.id, 'accepted', UTC_TIMESTAMP(), "
    "UTC_TIMESTAMP() FROM dir_person p JOIN dir_service s ON s.kind = "
    "'portal' WHERE p.import_id = ? AND p.email IS NOT NULL",
    "INSERT INTO dir_access (person_id, service_id, state, requested_at) "
    "SELECT p.id, s.id, 'to_process', UTC_TIMESTAMP() FROM dir_person p "
    "JOIN dir_service s ON s.code = 'DCC' WHERE p.import_id = ? AND "
    "p.email IS NOT NULL AND p.id % 50 = 0",
};

/* generate-persons [N] */
int cmd_generate_persons(int argc, char **argv)
{
	long long n = N_DEFAULT, import_id, count = 0, recorded;
	struct set logins = {0}, rpps = {0};
	struct row w[ROWS];
	struct timespec t0, t1;
	char *end;
	int rc = -1;

	if (argc > 1)
		return 2;
	if (argc == 1) {
		n = strtoll(argv[0], &end, 10);
		if (*end != '\0' || n < 1 || n > N_MAX)
			return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (db_int_query(&count, "SELECT COUNT(*) FROM dir_person", "") != 1 ||
	    set_load(&logins, "SELECT login FROM dir_person") == -1 ||
	    set_load(&rpps, "SELECT rpps FROM dir_person") == -1)
		goto done;
	rng_state = 0x9E3779B97F4A7C15ULL ^ (unsigned long long)(count + 6);
	if (db_begin() == -1 ||
	    db_exec("INSERT INTO dir_import (kind, state, filename, "
	            "line_count, imported_at) VALUES ('generator', "
	            "'imported', 'generate-persons', ?, UTC_TIMESTAMP())",
	            "i", n) != 1)
		goto fail;
	import_id = db_insert_id();
	for (long long i = 0; i < n; i += ROWS) {
		long long k = n - i < ROWS ? n - i : ROWS;

		for (long long j = 0; j < k; j++)
			if (invent(&w[j], &logins, &rpps) == -1)
				goto fail;
		if (k == ROWS &&
		    db_exec(insert_many, TYPES4 TYPES4 TYPES4, ARGS4(w, 0),
		            ARGS4(w, 4), ARGS4(w, 8)) != ROWS)
			goto fail;
		for (long long j = 0; k < ROWS && j < k; j++)
			if (db_exec(insert_one, ROW_TYPES, ROW_ARGS(w[j])) != 1)
				goto fail;
	}
	for (size_t i = 0; i < COUNT(finish); i++)
		if (db_exec(finish[i], "i", import_id) < 0)
			goto fail;
	if (dirperson_route_import(import_id) == -1 ||
	    (recorded = dirfeed_record_import(import_id)) != n ||
	    db_exec("UPDATE dir_import SET created_count = ? WHERE id = ?",
	            "ii", n, import_id) != 1 ||
	    db_commit() == -1)
		goto fail;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("generate-persons: %lld persons added in %.1f s (bulk load "
	       "%lld)\n",
	       n,
	       (double)(t1.tv_sec - t0.tv_sec) +
	           (double)(t1.tv_nsec - t0.tv_nsec) / 1e9,
	       import_id);
	rc = 0;
	goto done;
fail:
	db_rollback();
	fprintf(stderr, "passerelle: generate-persons failed; nothing added\n");
done:
	set_free(&logins);
	set_free(&rpps);
	return rc;
}
