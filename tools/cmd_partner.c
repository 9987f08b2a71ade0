/* cmd_partner: the partner portal's operator sub-commands.
 *
 *   passerelle generate-requests [N=100000] [PROVIDERS=200]
 *
 * inserts N service requests over PROVIDERS providers (made if missing),
 * for invented clients of the agency, in every state, with their first
 * history line, in a few multi-row statements inside one transaction. One
 * provider is known: "Banc d'essai soins à domicile (démo)", with the care
 * coordination account bench-care@demo.passerelle.test (password
 * $DEMO_PASSWORD, default demo-passerelle-2026; MFA enrolled by whoever
 * signs in first), whose Active list holds hundreds of rows. Needs the
 * demo data (zones, centres, services, the agency) loaded first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "cmd.h"
#include "conf.h"
#include "db.h"
#include "password.h"
#include "period.h"

#define BATCH       1000
#define BENCH_ROWS  700
#define BENCH_ORG   "Banc d''essai soins à domicile (démo)"
#define BENCH_EMAIL "bench-care@demo.passerelle.test"
#define REF_MAX     64

struct ref {
	long long id, zone;
	char fr[121], en[121];
	char zfr[121], zen[121];
};

static const char *const given[] = {
    "Aurèle",     "Bérénice", "Cyprien",  "Delphine",   "Évariste", "Félicie",
    "Gontran",    "Hortense", "Isidore",  "Joséphine",  "Léandre",  "Mélisande",
    "Népomucène", "Octavie",  "Philémon", "Quitterie",  "Rosalind", "Sidonie",
    "Timothée",   "Ursule",   "Valentin", "Wilhelmine", "Xavière",  "Yolande"};
static const char *const family[] = {
    "Exemplaire",  "Fictif",    "Modèle",   "Spécimen",
    "Échantillon", "Prototype", "Maquette", "Brouillon",
    "Esquisse",    "Ébauche",   "Témoin",   "Essai",
    "Gabarit",     "Canevas",   "Patron",   "Calque"};

/* A pseudo-random number in [0, n): the data only has to look varied. */
static unsigned rnd(unsigned n)
{
	static unsigned long long x = 88172645463325252ULL;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return (unsigned)(x % n);
}

/* Appends s as an SQL string literal (quotes doubled; the generated and
 * reference names hold no backslash). */
static void lit(struct buf *b, const char *s)
{
	buf_puts(b, "'");
	for (; *s != '\0'; s++)
		buf_add(b, s, 1 + (*s == '\''));
	buf_puts(b, "'");
}

/* Loads up to REF_MAX rows of sql (id, fr, en, zone, zone fr, zone en). */
static int load_refs(const char *sql, struct ref *v, size_t *n)
{
	struct db_res *res = db_query(sql, "");
	int rc;

	*n = 0;
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1 && *n < REF_MAX) {
		struct ref *r = &v[(*n)++];
		r->id = db_int(res, 0);
		snprintf(r->fr, sizeof r->fr, "%s", db_str(res, 1));
		snprintf(r->en, sizeof r->en, "%s", db_str(res, 2));
		r->zone = db_int(res, 3);
		snprintf(r->zfr, sizeof r->zfr, "%s", db_str(res, 4));
		snprintf(r->zen, sizeof r->zen, "%s", db_str(res, 5));
	}
	db_done(res);
	return rc == -1 ? -1 : 0;
}

/* Makes the providers that are missing, the bench one first, and its
 * account. Fills ids (PROVIDERS of them). 0 or -1. */
static int providers(long long count, long long *ids)
{
	struct buf b = {0};
	struct db_res *res;
	char hash[PASSWORD_HASH_MAX];
	const char *pw = getenv("DEMO_PASSWORD");
	long long n = 0;
	int rc;

	buf_puts(&b, "INSERT IGNORE INTO org (kind, name) VALUES ('provider', "
	             "'" BENCH_ORG "')");
	for (long long i = 1; i < count; i++)
		buf_printf(
		    &b, ", ('provider', 'Fournisseur d''essai %03lld (démo)')",
		    i);
	rc = db_script(b.data, b.len);
	buf_free(&b);
	if (rc == -1)
		return -1;
	res = db_query("SELECT id FROM org WHERE kind = 'provider' AND (name = "
	               "'" BENCH_ORG "' OR name LIKE 'Fournisseur d''essai "
	               "%') ORDER BY name = '" BENCH_ORG "' DESC, name",
	               "");
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1 && n < count)
		ids[n++] = db_int(res, 0);
	db_done(res);
	if (rc == -1 || n < count)
		return -1;
	if (password_hash(pw != NULL && *pw ? pw : "demo-passerelle-2026",
	                  (int)conf.scrypt_log2n, hash) == -1 ||
	    db_exec("INSERT IGNORE INTO users (org_id, email, name, lang, "
	            "password_hash, activated_at) VALUES (?, '" BENCH_EMAIL
	            "', 'Banc Essai', 'fr', ?, UTC_TIMESTAMP())",
	            "is", ids[0], hash) < 0 ||
	    db_exec("INSERT IGNORE INTO user_role (user_id, role_id) SELECT "
	            "u.id, r.id FROM users u, role r WHERE u.email = "
	            "'" BENCH_EMAIL "' AND r.code = 'care'",
	            "") < 0)
		return -1;
	return 0;
}

/* Inserts the clients in batches; *first gets the first one's id. */
static int clients(long long agency, long long lead, long long count,
                   long long *first)
{
	struct buf b = {0};
	long long before = 0;

	if (db_int_query(&before, "SELECT COALESCE(MAX(id), 0) FROM client",
	                 "") != 1)
		return -1;
	for (long long i = 0; i < count; i++) {
		if (i % BATCH == 0) {
			buf_reset(&b);
			buf_puts(
			    &b,
			    "INSERT INTO client (org_id, given_name, "
			    "family_name, birth_date, lang, phone) VALUES ");
		}
		buf_printf(&b,
		           "%s(%lld, '%s', '%s', '%d-%02d-%02d', '%s', "
		           "'506-555-%04u')",
		           i % BATCH ? ", " : "", agency,
		           given[i % (sizeof given / sizeof given[0])],
		           family[(i / 7) % (sizeof family / sizeof family[0])],
		           1930 + (int)rnd(60), 1 + (int)rnd(12),
		           1 + (int)rnd(28), rnd(3) ? "fr" : "en", rnd(10000));
		if ((i + 1) % BATCH == 0 || i + 1 == count)
			if (db_script(b.data, b.len) == -1)
				return buf_free(&b), -1;
	}
	buf_free(&b);
	*first = before + 1;
	return db_exec("INSERT INTO care_client (client_id, lead_worker_id) "
	               "SELECT id, ? FROM client WHERE id > ? AND org_id = ?",
	               "iii", lead, before, agency) < 0
	           ? -1
	           : (db_int_query(first,
	                           "SELECT MIN(id) FROM client WHERE id > ?",
	                           "i", before) == 1
	                  ? 0
	                  : -1);
}

/* The state of the i-th request, with the mix of a real portal. */
static const char *state_of(unsigned r100)
{
	return r100 < 10   ? "offered"
	       : r100 < 20 ? "accepted"
	       : r100 < 65 ? "activated"
	       : r100 < 85 ? "completed"
	       : r100 < 92 ? "rejected"
	                   : "cancelled";
}

int cmd_generate_requests(int argc, char **argv)
{
	long long n = 100000, np = 200, agency = 0, agent = 0, first_client;
	long long nclients, *pids, before = 0;
	struct ref services[REF_MAX], centres[REF_MAX];
	size_t ns, nc;
	struct buf b = {0};
	char today[DATE_TEXT], start[DATE_TEXT], end[DATE_TEXT], name[128];
	time_t t0 = time(NULL);

	if (argc > 2 || (argc > 0 && (n = atoll(argv[0])) < 1) ||
	    (argc > 1 && (np = atoll(argv[1])) < 1) || n > 10000000 ||
	    np > 100000)
		return 2;
	if (db_int_query(&agency,
	                 "SELECT MIN(id) FROM org WHERE kind = 'agency'",
	                 "") != 1 ||
	    db_int_query(&agent,
	                 "SELECT MIN(ur.user_id) FROM user_role ur JOIN role r "
	                 "ON r.id = ur.role_id WHERE r.code = 'agency_staff'",
	                 "") != 1 ||
	    agency == 0 || agent == 0 ||
	    load_refs(
	        "SELECT id, name_fr, name_en, 0, '', '' FROM care_service "
	        "ORDER BY id",
	        services, &ns) == -1 ||
	    load_refs("SELECT ce.id, ce.name, ce.name, z.id, z.name_fr, "
	              "z.name_en FROM service_centre ce JOIN zone z ON z.id = "
	              "ce.zone_id ORDER BY ce.id",
	              centres, &nc) == -1 ||
	    ns == 0 || nc == 0) {
		fprintf(stderr, "passerelle: load the demo data first "
		                "(passerelle demo)\n");
		return -1;
	}
	if ((pids = calloc((size_t)np, sizeof *pids)) == NULL)
		return -1;
	nclients = n / 5 + 1;
	period_today(today);
	if (db_begin() == -1 || providers(np, pids) == -1 ||
	    clients(agency, agent, nclients, &first_client) == -1 ||
	    db_int_query(&before,
	                 "SELECT COALESCE(MAX(id), 0) FROM service_request",
	                 "") != 1)
		goto fail;
	for (long long i = 0; i < n; i++) {
		long long client =
		    first_client + (long long)rnd((unsigned)nclients);
		long long prov = i < BENCH_ROWS || np == 1
		                     ? pids[0]
		                     : pids[1 + rnd((unsigned)(np - 1))];
		const struct ref *s = &services[rnd((unsigned)ns)];
		const struct ref *c = &centres[rnd((unsigned)nc)];
		const char *state = state_of(rnd(100));
		long offset = (long)rnd(700) - 500;

		period_add(today, offset, start);
		period_add(start, 30 + (long)rnd(360), end);
		if (i % BATCH == 0) {
			buf_reset(&b);
			buf_puts(
			    &b,
			    "INSERT INTO service_request (agency_org_id, "
			    "provider_org_id, client_id, care_service_id, "
			    "centre_id, zone_id, state, start_date, end_date, "
			    "units_per_week, unit_rate_cents, client_sort, "
			    "service_sort_fr, service_sort_en, zone_sort_fr, "
			    "zone_sort_en, centre_sort, created_by, "
			    "created_at) "
			    "VALUES ");
		}
		buf_printf(
		    &b, "%s(%lld, %lld, %lld, %lld, %lld, %lld, '%s', '%s', ",
		    i % BATCH ? ", " : "", agency, prov, client, s->id, c->id,
		    c->zone, state, start);
		if (rnd(5) == 0)
			buf_puts(&b, "NULL");
		else
			buf_printf(&b, "'%s'", end);
		buf_printf(&b, ", %u, %u, ", 100 * (1 + rnd(30)),
		           1500 + 25 * rnd(200));
		snprintf(name, sizeof name, "%s %s",
		         given[(client - first_client) %
		               (long long)(sizeof given / sizeof given[0])],
		         family[((client - first_client) / 7) %
		                (long long)(sizeof family / sizeof family[0])]);
		lit(&b, name);
		buf_puts(&b, ", ");
		lit(&b, s->fr);
		buf_puts(&b, ", ");
		lit(&b, s->en);
		buf_puts(&b, ", ");
		lit(&b, c->zfr);
		buf_puts(&b, ", ");
		lit(&b, c->zen);
		buf_puts(&b, ", ");
		lit(&b, c->fr);
		buf_printf(&b,
		           ", %lld, DATE_SUB(UTC_TIMESTAMP(), INTERVAL %u "
		           "HOUR))",
		           agent, rnd(24 * 400));
		if ((i + 1) % BATCH == 0 || i + 1 == n)
			if (db_script(b.data, b.len) == -1)
				goto fail;
	}
	if (db_exec("INSERT INTO service_request_event (request_id, at, "
	            "actor_id, kind) SELECT id, created_at, created_by, "
	            "'offered' FROM service_request WHERE id > ?",
	            "i", before) < 0 ||
	    db_commit() == -1 ||
	    db_script("ANALYZE TABLE service_request, client, care_client",
	              50) == -1)
		goto fail;
	printf("generate-requests: %lld requests over %lld providers, %lld "
	       "clients, in %ld s; bench account %s\n",
	       n, np, nclients, (long)(time(NULL) - t0), BENCH_EMAIL);
	free(pids);
	buf_free(&b);
	return 0;
fail:
	db_rollback();
	free(pids);
	buf_free(&b);
	fprintf(stderr, "passerelle: generate-requests failed (see the log)\n");
	return -1;
}
