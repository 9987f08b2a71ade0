/*
 * passerelle: the operator's command-line program.
 *
 *   passerelle migrate              apply the sql/NNN_*.sql not yet applied
 *   passerelle demo PASSWORD        load the sql/demo files once, and give the
 *                                   demo accounts PASSWORD
 *   passerelle user-add EMAIL NAME ORG_ID ROLE
 *                                   create an account (password from stdin)
 *   passerelle set-password EMAIL   read a new password on standard input
 *   passerelle sessions-clean       delete sessions past their time-outs
 *   passerelle mail-run             deliver the mail that is due (cron)
 *   passerelle mail-preview TEMPLATE LANG TO < data.xml
 *                                   print the message a template makes from
 *                                   the data (<mail>…</mail>), not sent
 *   passerelle invite EMAIL         send the account a new activation link
 *   passerelle reminders            queue the appointments' reminders that are
 *                                   due, once each, and deliver them (cron)
 *   passerelle sms-run              deliver the SMS that are due (cron)
 *   passerelle cert-expiry          mail the responsible persons of group
 *                                   certificates that end within 60, 30,
 *                                   7 days, once each (cron)
 *   passerelle cert-method ORG_ID password|sso
 *                                   set an organisation's connection method
 *   passerelle generate-persons [N] add N invented professionals to the
 *                                   directory (default 50,000)
 *   passerelle generate-requests [N] [PROVIDERS]
 *                                   N service requests (100000) over
 *                                   PROVIDERS providers (200), for benchmarks
 *   passerelle generate-users [N]   invented accounts for make bench
 *
 * The configuration comes from $PASSERELLE_CONF as for the programs; the
 * SQL files from $PASSERELLE_SQL (default: the installed share directory).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mysql.h>

#include "buf.h"
#include "cmd.h"
#include "conf.h"
#include "db.h"
#include "invite.h"
#include "log.h"
#include "mail.h"
#include "render.h"

#include "password.h"
#include "render.h"
#include <libxml/parser.h>

#ifndef SQL_DEFAULT_DIR
#define SQL_DEFAULT_DIR "/usr/local/share/passerelle/sql"
#endif

static const char *sql_dir(void)
{
	const char *d = getenv("PASSERELLE_SQL");

	return d != NULL && *d != '\0' ? d : SQL_DEFAULT_DIR;
}

static int read_file(const char *path, struct buf *out)
{
	char chunk[8192];
	size_t n;
	FILE *f = fopen(path, "r");

	if (f == NULL) {
		perror(path);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(out, chunk, n);
	fclose(f);
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Selects NNN_name.sql files. */
static int numbered_sql(const struct dirent *e)
{
	size_t n = strlen(e->d_name);

	return n > 8 && e->d_name[0] >= '0' && e->d_name[0] <= '9' &&
	       strcmp(e->d_name + n - 4, ".sql") == 0;
}

/* Applies, in name order, the files of dir not yet listed in the table
 * (schema_migration or demo_load). Returns 0 or -1. */
static int apply_dir(const char *dir, const char *table_sql,
                     const char *applied_sql, const char *record_sql)
{
	struct dirent **list;
	int n, rc = 0;

	if (db_exec(table_sql, "") < 0)
		return -1;
	if ((n = scandir(dir, &list, numbered_sql, by_name)) < 0) {
		perror(dir);
		return -1;
	}
	for (int i = 0; i < n; i++) {
		const char *name = list[i]->d_name;
		long long seen = 0, version = atoll(name);
		char path[4096];
		struct buf sql = {0};

		if (rc == 0 && db_int_query(&seen, applied_sql, "s", name) < 0)
			rc = -1;
		if (rc == 0 && seen == 0) {
			snprintf(path, sizeof path, "%s/%s", dir, name);
			if (read_file(path, &sql) == -1 ||
			    db_script(sql.data, sql.len) == -1 ||
			    db_exec(record_sql, "is", version, name) < 0) {
				fprintf(stderr, "passerelle: %s failed\n",
				        path);
				rc = -1;
			} else {
				printf("applied %s\n", path);
			}
		}
		buf_free(&sql);
		free(list[i]);
	}
	free(list);
	return rc;
}

static int migrate(void)
{
	return apply_dir(
	    sql_dir(),
	    "CREATE TABLE IF NOT EXISTS schema_migration ("
	    "version INT UNSIGNED PRIMARY KEY, name VARCHAR(200) NOT NULL, "
	    "applied_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP) "
	    "ENGINE = InnoDB",
	    "SELECT COUNT(*) FROM schema_migration WHERE name = ?",
	    "INSERT INTO schema_migration (version, name, applied_at) "
	    "VALUES (?, ?, UTC_TIMESTAMP())");
}

/* Sets the password of one account; 0 or -1. */
static int set_password(const char *email, const char *password)
{
	char hash[PASSWORD_HASH_MAX];
	long long n;

	if (password_hash(password, (int)conf.scrypt_log2n, hash) == -1)
		return -1;
	n = db_exec("UPDATE users SET password_hash = ? WHERE email = ?", "ss",
	            hash, email);
	if (n != 1) {
		fprintf(stderr, "passerelle: no account %s\n", email);
		return -1;
	}
	return 0;
}

static int demo(const char *password)
{
	char dir[4096];
	struct db_res *res;
	int rc;

	snprintf(dir, sizeof dir, "%s/demo", sql_dir());
	if (apply_dir(dir,
	              "CREATE TABLE IF NOT EXISTS demo_load ("
	              "version INT UNSIGNED NOT NULL, name VARCHAR(200) "
	              "PRIMARY KEY, applied_at DATETIME NOT NULL DEFAULT "
	              "CURRENT_TIMESTAMP) ENGINE = InnoDB",
	              "SELECT COUNT(*) FROM demo_load WHERE name = ?",
	              "INSERT INTO demo_load (version, name, applied_at) "
	              "VALUES (?, ?, UTC_TIMESTAMP())") == -1)
		return -1;
	/* Demo accounts are those of the reserved .test domain without a
	 * password yet. */
	res = db_query("SELECT email FROM users WHERE password_hash IS NULL "
	               "AND email LIKE '%@demo.passerelle.test'",
	               "");
	if (res == NULL)
		return -1;
	while ((rc = db_next(res)) == 1) {
		char email[256];
		snprintf(email, sizeof email, "%s", db_str(res, 0));
		if (set_password(email, password) == -1) {
			rc = -1;
			break;
		}
	}
	db_done(res);
	return rc;
}

/* Reads one line from standard input into buf, without its newline. */
static int read_password(char *buf, size_t size)
{
	size_t n;

	if (fgets(buf, (int)size, stdin) == NULL)
		return -1;
	n = strcspn(buf, "\r\n");
	buf[n] = '\0';
	return n > 0 ? 0 : -1;
}

static int user_add(char **argv)
{
	char password[1100];
	long long role;

	if (read_password(password, sizeof password) == -1) {
		fprintf(stderr, "passerelle: a password is expected on "
		                "standard input\n");
		return -1;
	}
	if (db_begin() == -1)
		return -1;
	if (db_exec("INSERT INTO users (org_id, email, name) VALUES (?, ?, ?)",
	            "iss", atoll(argv[2]), argv[0], argv[1]) < 0 ||
	    db_int_query(&role, "SELECT id FROM role WHERE code = ?", "s",
	                 argv[3]) != 1 ||
	    db_exec("INSERT INTO user_role (user_id, role_id) "
	            "VALUES (LAST_INSERT_ID(), ?)",
	            "i", role) < 0 ||
	    set_password(argv[0], password) == -1 || db_commit() == -1) {
		db_rollback();
		fprintf(stderr, "passerelle: account not created\n");
		return -1;
	}
	printf("created %s\n", argv[0]);
	return 0;
}

/* Delivers everything due, in batches, and says how it went. */
static int mail_run(void)
{
	long long pending = 0;
	int n, total = 0;

	while ((n = mail_deliver(50)) > 0)
		total += n;
	if (n < 0 ||
	    db_int_query(&pending,
	                 "SELECT COUNT(*) FROM outbox WHERE state = 'pending'",
	                 "") < 0)
		return -1;
	printf("mail-run: %d sent, %lld waiting\n", total, pending);
	return 0;
}

/* Sends the account a new activation link (earlier ones stop working) and
 * delivers it at once. 0 or -1. */
static int invite(const char *email)
{
	long long id = 0;

	if (render_init() == -1 || db_begin() == -1)
		return -1;
	if (db_int_query(&id, "SELECT id FROM users WHERE email = ?", "s",
	                 email) != 1 ||
	    invite_send(id) == -1 || db_commit() == -1) {
		db_rollback();
		fprintf(stderr, "passerelle: no invitation sent to %s\n",
		        email);
		return -1;
	}
	mail_deliver(50);
	printf("invited %s\n", email);
	return 0;
}

/* Prints the message xsl/mail/<template>.xsl makes from the data read on
 * standard input, for an operator editing a template (and the tests). */
static int mail_preview(const char *template, const char *lang, const char *to)
{
	struct buf in = {0}, out = {0};
	char chunk[4096];
	size_t n;
	xmlDocPtr data;
	struct mail *m;
	int rc = -1;

	while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
		buf_add(&in, chunk, n);
	if (render_init() == -1 || in.data == NULL)
		return -1;
	data = xmlReadMemory(in.data, (int)in.len, "stdin", "UTF-8",
	                     XML_PARSE_NONET | XML_PARSE_NOBLANKS);
	if (data != NULL && (m = mail_new(template, lang)) != NULL) {
		for (xmlNodePtr c = xmlDocGetRootElement(data)->children;
		     c != NULL; c = c->next)
			xmlAddChild(mail_data(m),
			            xmlDocCopyNode(c, mail_data(m)->doc, 1));
		if (mail_message(m, to, &out, NULL) == 0) {
			fwrite(out.data, 1, out.len, stdout);
			rc = 0;
		}
		mail_free(m);
	}
	if (data != NULL)
		xmlFreeDoc(data);
	buf_free(&in);
	buf_free(&out);
	return rc;
}

static void usage(void)
{
	fprintf(stderr,
	        "usage: passerelle migrate\n"
	        "       passerelle demo PASSWORD\n"
	        "       passerelle user-add EMAIL NAME ORG_ID ROLE < password\n"
	        "       passerelle set-password EMAIL < password\n"
	        "       passerelle sessions-clean\n"
	        "       passerelle mail-run\n"
	        "       passerelle invite EMAIL\n"
	        "       passerelle reminders\n"
	        "       passerelle sms-run\n"
	        "       passerelle cert-expiry\n"
	        "       passerelle cert-method ORG_ID password|sso\n"
	        "       passerelle generate-persons [N]\n"
	        "       passerelle generate-requests [N] [PROVIDERS]\n"
	        "       passerelle generate-users [N]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	char password[1100];
	int rc;

	if (argc < 2)
		usage();
	if (conf_load(conf_path()) == -1)
		return 1;
	log_open("passerelle");
	if (strcmp(argv[1], "mail-preview") == 0 && argc == 5)
		return mail_preview(argv[2], argv[3], argv[4]) == 0 ? 0 : 1;
	if (mysql_library_init(0, NULL, NULL) != 0 || db_open() == -1) {
		fprintf(stderr, "passerelle: cannot reach the database\n");
		return 1;
	}
	if (strcmp(argv[1], "migrate") == 0 && argc == 2)
		rc = migrate();
	else if (strcmp(argv[1], "demo") == 0 && argc == 3)
		rc = demo(argv[2]);
	else if (strcmp(argv[1], "user-add") == 0 && argc == 6)
		rc = user_add(argv + 2);
	else if (strcmp(argv[1], "set-password") == 0 && argc == 3)
		rc = read_password(password, sizeof password) == 0
		         ? set_password(argv[2], password)
		         : -1;
	else if (strcmp(argv[1], "sessions-clean") == 0 && argc == 2)
		rc = db_exec("DELETE FROM session WHERE seen_at < "
		             "UTC_TIMESTAMP() - INTERVAL ? SECOND OR "
		             "created_at < UTC_TIMESTAMP() - INTERVAL ? SECOND",
		             "ii", (long long)conf.session_idle,
		             (long long)conf.session_max) < 0
		         ? -1
		         : 0;
	else if (strcmp(argv[1], "mail-run") == 0 && argc == 2)
		rc = mail_run();
	else if (strcmp(argv[1], "invite") == 0 && argc == 3)
		rc = invite(argv[2]);
	else if (strcmp(argv[1], "reminders") == 0)
		rc = cmd_reminders(argc - 2, argv + 2);
	else if (strcmp(argv[1], "sms-run") == 0)
		rc = cmd_sms_run(argc - 2, argv + 2);
	else if (strcmp(argv[1], "cert-expiry") == 0)
		rc = cmd_cert_expiry(argc - 2, argv + 2);
	else if (strcmp(argv[1], "cert-method") == 0)
		rc = cmd_cert_method(argc - 2, argv + 2);
	else if (strcmp(argv[1], "generate-persons") == 0)
		rc = cmd_generate_persons(argc - 2, argv + 2);
	else if (strcmp(argv[1], "generate-requests") == 0)
		rc = cmd_generate_requests(argc - 2, argv + 2);
	else if (strcmp(argv[1], "generate-users") == 0)
		rc = cmd_generate_users(argc - 2, argv + 2);
	else
		usage();
	if (rc == 2) /* a module's sub-command with wrong arguments */
		usage();
	db_close();
	mysql_library_end();
	return rc == 0 ? 0 : 1;
}
