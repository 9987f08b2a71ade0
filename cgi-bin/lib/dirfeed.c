#include "dirfeed.h"

#include "db.h"

/* The columns of an entry and the values copied from dir_person p; the
 * two placeholders are the number and the kind. */
#define ENTRY_COLS                                                             \
	"seq, person_id, kind, type, matricule, login, rpps, adeli, "          \
	"family_name, birth_name, given_name, birth_date, profession, "        \
	"specialty, orientation, email, phone, mss, street_number, "           \
	"street_repeat, street_type, street_label, postal_code, city, "        \
	"activity_state, access"
#define ENTRY_VALUES(seq)                                                      \
	seq ", p.id, ?, p.type, p.matricule, p.login, p.rpps, p.adeli, "       \
	    "p.family_name, p.birth_name, p.given_name, p.birth_date, "        \
	    "p.profession, p.specialty, p.orientation, p.email, p.phone, "     \
	    "p.mss, p.street_number, p.street_repeat, p.street_type, "         \
	    "p.street_label, p.postal_code, p.city, p.activity_state, "        \
	    "(SELECT GROUP_CONCAT(CONCAT(s.code, ':', a.state) ORDER BY "      \
	    "s.code SEPARATOR ' ') FROM dir_access a JOIN dir_service s ON "   \
	    "s.id = a.service_id WHERE a.person_id = p.id AND a.state <> "     \
	    "'never_requested')"
#define ACTIVITY_COLS                                                          \
	"seq, position, activity_id, structure, finess, role, street, "        \
	"postal_code, city, mss"
#define ACTIVITY_VALUES                                                        \
	"a.position, a.id, a.structure, a.finess, a.role, a.street, "          \
	"a.postal_code, a.city, a.mss"

/* The statements that copy one person, or every person of a bulk load
 * numbered in id order. */
static const char entry_one[] =
    "INSERT INTO dir_change (" ENTRY_COLS
    ") SELECT " ENTRY_VALUES("?") " FROM dir_person p WHERE p.id = ?";
static const char entry_import[] =
    "INSERT INTO dir_change (" ENTRY_COLS ") SELECT " ENTRY_VALUES(
        "? + ROW_NUMBER() OVER (ORDER BY p.id) - 1") " FROM dir_person p "
                                                     "WHERE p.import_id = ?";
static const char activity_one[] =
    "INSERT INTO dir_change_activity (" ACTIVITY_COLS
    ") SELECT ?, " ACTIVITY_VALUES " FROM dir_activity a WHERE "
    "a.person_id = ?";
static const char activity_range[] =
    "INSERT INTO dir_change_activity (" ACTIVITY_COLS
    ") SELECT c.seq, " ACTIVITY_VALUES " FROM dir_change c JOIN "
    "dir_activity a ON a.person_id = c.person_id WHERE c.seq BETWEEN ? AND ?";

/* Takes n numbers from the counter, which stays locked until the end of
 * the transaction; *first gets the first of them. 0 or -1. */
static int reserve(long long n, long long *first)
{
	long long last;

	if (db_exec("UPDATE dir_feed_seq SET last = last + ? WHERE id = 1", "i",
	            n) != 1 ||
	    db_int_query(&last, "SELECT last FROM dir_feed_seq WHERE id = 1",
	                 "") != 1)
		return -1;
	*first = last - n + 1;
	return 0;
}

int dirfeed_record(long long person_id, const char *kind)
{
	long long seq;

	if (reserve(1, &seq) == -1 ||
	    db_exec(entry_one, "isi", seq, kind, person_id) != 1)
		return -1;
	return db_exec(activity_one, "ii", seq, person_id) < 0 ? -1 : 0;
}

long long dirfeed_record_import(long long import_id)
{
	long long n = 0, first;

	if (db_int_query(&n,
	                 "SELECT COUNT(*) FROM dir_person WHERE import_id = ?",
	                 "i", import_id) != 1)
		return -1;
	if (n == 0)
		return 0;
	if (reserve(n, &first) == -1 ||
	    db_exec(entry_import, "isi", first, "created", import_id) != n ||
	    db_exec(activity_range, "ii", first, first + n - 1) < 0)
		return -1;
	return n;
}
