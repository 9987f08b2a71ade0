/* conf: the configuration file (key = value lines) and its defaults. */
#ifndef CONF_H
#define CONF_H

enum render_mode { RENDER_APP, RENDER_XML };

#define DB_HOSTS_MAX 8

/* One MariaDB server of a Galera cluster, reached over TCP. */
struct db_host {
	char name[64]; /* an IPv4 or IPv6 address, or a host name */
	unsigned port;
};

struct conf {
	char db_socket[256];
	char db_name[65];
	char db_user[81];
	char db_password[129];
	/* db_hosts: the nodes of a Galera cluster, tried in order; when
	 * there are none, db_socket is the one server. */
	struct db_host db_hosts[DB_HOSTS_MAX];
	int ndb_hosts;
	char xsl_dir[256];
	char log_file[256];
	char base_url[256];
	char data_dir[256];
	char sendmail[256];
	char mail_from[255];
	char mail_name[121];
	unsigned char secret_key[32];
	unsigned char data_key[32]; /* encrypts secrets at rest */
	enum render_mode render;
	long session_idle;     /* seconds without a request before logout */
	long session_max;      /* seconds from login to forced logout */
	long body_max;         /* bytes in a request body */
	long fields_max;       /* fields in a query or form */
	long field_max;        /* bytes in one non-file field */
	long scrypt_log2n;     /* scrypt cost: N = 2^scrypt_log2n */
	long page_size_max;    /* rows in one list page */
	long activation_hours; /* life of an activation link */
	long reset_minutes;    /* life of a password reset link */
	long lock_delay_after; /* failures before each attempt must wait */
	long lock_after;       /* failures before the account is locked */
	long lock_minutes;     /* length of that lock */
	long sendmail_timeout; /* seconds before a hung sendmail is killed */
};

extern struct conf conf;

/* Sets every key to its default, then reads path when it is not NULL.
 * Returns 0, or -1 after writing to stderr one line naming the file, the
 * line and the key that is wrong. */
int conf_load(const char *path);

/* Parses a db_hosts value: "host:port, host:port, …" ([v6]:port for IPv6;
 * the port defaults to 3306), at most DB_HOSTS_MAX entries, "" for none.
 * Fills out[] and *n. Returns NULL, or what is wrong with the value. */
const char *conf_parse_hosts(const char *value, struct db_host *out, int *n);

/* The path of the configuration file: $PASSERELLE_CONF, else the default
 * compiled in. */
const char *conf_path(void);

#endif
