#include "db.h"

#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include "conf.h"
#include "log.h"

#define DB_PARAMS_MAX 256
#define DB_CACHE_MAX  128

struct cached {
	const char *sql;
	MYSQL_STMT *stmt;
};

struct db_res {
	MYSQL_STMT *stmt;
	MYSQL_RES *meta;
	int ncols;
	MYSQL_BIND *bind;
	unsigned long *lengths;
	my_bool *nulls;
	char **bufs;
};

static MYSQL *conn;
static int node; /* the db_hosts entry in use, in cluster mode */
static time_t preferred_checked; /* when a lower entry was last tried */
static struct cached cache[DB_CACHE_MAX];
static size_t ncached;
static unsigned last_errno;
static bool in_tx;

static void forget_statements(void)
{
	for (size_t i = 0; i < ncached; i++)
		mysql_stmt_close(cache[i].stmt);
	ncached = 0;
}

void db_close(void)
{
	forget_statements();
	if (conn != NULL)
		mysql_close(conn);
	conn = NULL;
	in_tx = false;
}

/* True when the idle connection has something to read: the server sent
 * its goodbye or closed the socket (a restart, a time-out). Costs a poll(),
 * not a round trip. */
static bool peer_closed(void)
{
	struct pollfd p = {.fd = (int)mysql_get_socket(conn), .events = POLLIN};

	return p.fd >= 0 && poll(&p, 1, 0) > 0;
}

/* Opens conn to the server: over db_socket, or to db_hosts entry i over
 * TCP. Returns 0 or -1 with last_errno set (conn is then NULL). */
static int connect_to(int i)
{
	unsigned timeout = 3;
	my_bool off = 0;
	const struct db_host *h = i >= 0 ? &conf.db_hosts[i] : NULL;

	if ((conn = mysql_init(NULL)) == NULL)
		return -1;
	mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
	timeout = 30;
	mysql_options(conn, MYSQL_OPT_READ_TIMEOUT, &timeout);
	mysql_options(conn, MYSQL_OPT_WRITE_TIMEOUT, &timeout);
	mysql_options(conn, MYSQL_OPT_RECONNECT, &off);
	mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	mysql_options(conn, MYSQL_INIT_COMMAND,
	              "SET time_zone = '+00:00', sql_mode = "
	              "'STRICT_ALL_TABLES,NO_ZERO_DATE,NO_ZERO_IN_DATE,"
	              "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
	/* On a cluster a read waits until this node has applied what the
	 * others committed before it: a session written through one node is
	 * there when the next request reads it through another. */
	if (h != NULL)
		mysql_options(conn, MYSQL_INIT_COMMAND,
		              "SET SESSION wsrep_sync_wait = 1");
	if (mysql_real_connect(conn, h != NULL ? h->name : NULL, conf.db_user,
	                       conf.db_password, conf.db_name,
	                       h != NULL ? h->port : 0,
	                       h != NULL ? NULL : conf.db_socket,
	                       CLIENT_MULTI_STATEMENTS) == NULL) {
		last_errno = mysql_errno(conn);
		if (h != NULL)
			log_error("db: cannot connect to %s:%u: %s", h->name,
			          h->port, mysql_error(conn));
		else
			log_error("db: cannot connect to %s: %s",
			          conf.db_socket, mysql_error(conn));
		mysql_close(conn);
		conn = NULL;
		return -1;
	}
	last_errno = 0;
	return 0;
}

/* True when the node conn reached is in the cluster's primary component
 * and accepts queries: a node cut off from the others still accepts
 * connections, then refuses every query with 1047. */
static bool node_ready(void)
{
	MYSQL_RES *r;
	MYSQL_ROW row;
	bool ready;

	if (mysql_query(conn, "SHOW STATUS LIKE 'wsrep_ready'") != 0 ||
	    (r = mysql_store_result(conn)) == NULL)
		return false;
	/* A server without Galera has no such status: it is ready. */
	row = mysql_fetch_row(r);
	ready = row == NULL || (row[1] != NULL && strcmp(row[1], "ON") == 0);
	mysql_free_result(r);
	return ready;
}

/* Connects conn to the first entry of db_hosts in [from, below) that is up
 * and ready, and makes it the node in use; -1 when none is. */
static int connect_cluster(int from, int below)
{
	for (int i = from; i < below; i++) {
		if (connect_to(i) == -1)
			continue;
		if (!node_ready()) {
			log_error("db: %s:%u is not ready, trying the next",
			          conf.db_hosts[i].name, conf.db_hosts[i].port);
			mysql_close(conn);
			conn = NULL;
			continue;
		}
		if (i != node)
			log_info("db: now on %s:%u", conf.db_hosts[i].name,
			         conf.db_hosts[i].port);
		node = i;
		return 0;
	}
	return -1;
}

/* Keeps every program on the first ready entry of db_hosts, so that writes
 * on a cluster all go through one node and are not certified against each
 * other (which aborts one of them): a program that had to move down the
 * list tries the entries above its own again, at most twice a minute,
 * between transactions. */
static void return_to_preferred(void)
{
	MYSQL *current = conn;
	time_t now = time(NULL);
	int was = node;

	if (node == 0 || in_tx || now - preferred_checked < 30)
		return;
	preferred_checked = now;
	conn = NULL;
	if (connect_cluster(0, was) == 0) {
		MYSQL *better = conn;

		conn = current;
		db_close();
		conn = better;
		return;
	}
	conn = current;
	node = was;
}

int db_open(void)
{
	if (conn != NULL) {
		if (in_tx || !peer_closed()) {
			if (conf.ndb_hosts > 1)
				return_to_preferred();
			return 0;
		}
		log_info("db: the server closed the connection, reconnecting");
		db_close();
	}
	if (conf.ndb_hosts == 0)
		return connect_to(-1);
	preferred_checked = time(NULL);
	return connect_cluster(0, conf.ndb_hosts);
}

/* Gives up the connection after connection_lost(): the next db_open()
 * looks again for the first ready node of the cluster. */
static void fail_over(void)
{
	db_close();
}

/* True for the errors after which this connection is no use: the server
 * went away, or (on a cluster) the node left the primary component and
 * refuses queries (1047, "WSREP has not yet prepared node"). */
static bool connection_lost(unsigned e)
{
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST ||
	       e == ER_UNKNOWN_STMT_HANDLER || e == CR_CONNECTION_ERROR ||
	       e == ER_CONNECTION_KILLED || e == ER_SERVER_SHUTDOWN ||
	       (conf.ndb_hosts > 0 && e == ER_UNKNOWN_COM_ERROR);
}

static MYSQL_STMT *prepare(const char *sql)
{
	MYSQL_STMT *stmt;
	my_bool yes = 1;

	for (size_t i = 0; i < ncached; i++)
		if (cache[i].sql == sql)
			return cache[i].stmt;
	if ((stmt = mysql_stmt_init(conn)) == NULL)
		return NULL;
	if (mysql_stmt_prepare(stmt, sql, strlen(sql)) != 0) {
		last_errno = mysql_stmt_errno(stmt);
		if (!connection_lost(last_errno))
			log_error("db: prepare failed: %s [%s]",
			          mysql_stmt_error(stmt), sql);
		mysql_stmt_close(stmt);
		return NULL;
	}
	mysql_stmt_attr_set(stmt, STMT_ATTR_UPDATE_MAX_LENGTH, &yes);
	if (ncached == DB_CACHE_MAX) {
		mysql_stmt_close(cache[0].stmt);
		memmove(cache, cache + 1, (DB_CACHE_MAX - 1) * sizeof *cache);
		ncached--;
	}
	cache[ncached].sql = sql;
	cache[ncached].stmt = stmt;
	ncached++;
	return stmt;
}

struct param_values {
	long long ints[DB_PARAMS_MAX];
	unsigned long lens[DB_PARAMS_MAX];
	my_bool nulls[DB_PARAMS_MAX];
	MYSQL_BIND bind[DB_PARAMS_MAX];
};

/* Reads the variadic values described by types into pv; -1 when types is
 * longer than DB_PARAMS_MAX or holds an unknown letter. */
static int bind_params(struct param_values *pv, const char *types, va_list ap)
{
	size_t n = strlen(types);

	if (n > DB_PARAMS_MAX)
		return -1;
	memset(pv->bind, 0, n * sizeof pv->bind[0]);
	for (size_t i = 0; i < n; i++) {
		MYSQL_BIND *b = &pv->bind[i];
		const char *s;
		const void *p;

		pv->nulls[i] = 0;
		b->is_null = &pv->nulls[i];
		switch (types[i]) {
		case 's':
			s = va_arg(ap, const char *);
			b->buffer_type = MYSQL_TYPE_STRING;
			b->buffer = (void *)(s != NULL ? s : "");
			pv->lens[i] = s != NULL ? strlen(s) : 0;
			b->length = &pv->lens[i];
			pv->nulls[i] = s == NULL;
			break;
		case 'i':
			pv->ints[i] = va_arg(ap, long long);
			b->buffer_type = MYSQL_TYPE_LONGLONG;
			b->buffer = &pv->ints[i];
			break;
		case 'b':
			p = va_arg(ap, const void *);
			pv->lens[i] = (unsigned long)va_arg(ap, size_t);
			b->buffer_type = MYSQL_TYPE_BLOB;
			b->buffer = (void *)(p != NULL ? p : "");
			b->length = &pv->lens[i];
			pv->nulls[i] = p == NULL;
			break;
		default:
			return -1;
		}
	}
	return 0;
}

/* Prepares and executes sql; on a lost connection outside a transaction,
 * reconnects once and tries again. Returns the statement or NULL. */
static MYSQL_STMT *execute(const char *sql, const char *types, va_list ap)
{
	struct param_values pv;
	MYSQL_STMT *stmt;

	if (bind_params(&pv, types, ap) == -1) {
		log_error("db: bad parameter types '%s' [%s]", types, sql);
		return NULL;
	}
	for (int attempt = 0; attempt < 2; attempt++) {
		if (db_open() == -1)
			return NULL;
		if ((stmt = prepare(sql)) != NULL) {
			if (mysql_stmt_param_count(stmt) != strlen(types)) {
				log_error("db: %lu parameters expected [%s]",
				          mysql_stmt_param_count(stmt), sql);
				return NULL;
			}
			if (mysql_stmt_bind_param(stmt, pv.bind) == 0 &&
			    mysql_stmt_execute(stmt) == 0) {
				last_errno = 0;
				return stmt;
			}
			last_errno = mysql_stmt_errno(stmt);
			if (!connection_lost(last_errno)) {
				log_error("db: %s [%s]", mysql_stmt_error(stmt),
				          sql);
				return NULL;
			}
		}
		if (!connection_lost(last_errno))
			return NULL;
		log_error("db: connection lost (%u), reconnecting", last_errno);
		bool was_in_tx = in_tx;
		fail_over();
		if (was_in_tx)
			return NULL;
	}
	return NULL;
}

long long db_exec(const char *sql, const char *types, ...)
{
	MYSQL_STMT *stmt;
	va_list ap;

	va_start(ap, types);
	stmt = execute(sql, types, ap);
	va_end(ap);
	if (stmt == NULL)
		return -1;
	return (long long)mysql_stmt_affected_rows(stmt);
}

static void res_free(struct db_res *res)
{
	if (res->meta != NULL)
		mysql_free_result(res->meta);
	if (res->bufs != NULL)
		for (int i = 0; i < res->ncols; i++)
			free(res->bufs[i]);
	free(res->bufs);
	free(res->bind);
	free(res->lengths);
	free(res->nulls);
	free(res);
}

/* Executes sql and holds its result; NULL on error. */
static struct db_res *query_ap(const char *sql, const char *types, va_list ap)
{
	struct db_res *res = NULL;
	MYSQL_FIELD *fields;
	MYSQL_STMT *stmt;

	if ((stmt = execute(sql, types, ap)) == NULL)
		return NULL;
	if ((res = calloc(1, sizeof *res)) == NULL)
		goto fail;
	res->stmt = stmt;
	if (mysql_stmt_store_result(stmt) != 0) {
		last_errno = mysql_stmt_errno(stmt);
		log_error("db: %s [%s]", mysql_stmt_error(stmt), sql);
		goto fail;
	}
	if ((res->meta = mysql_stmt_result_metadata(stmt)) == NULL)
		goto fail;
	res->ncols = (int)mysql_num_fields(res->meta);
	fields = mysql_fetch_fields(res->meta);
	res->bind = calloc((size_t)res->ncols, sizeof *res->bind);
	res->lengths = calloc((size_t)res->ncols, sizeof *res->lengths);
	res->nulls = calloc((size_t)res->ncols, sizeof *res->nulls);
	res->bufs = calloc((size_t)res->ncols, sizeof *res->bufs);
	if (res->bind == NULL || res->lengths == NULL || res->nulls == NULL ||
	    res->bufs == NULL)
		goto fail;
	for (int i = 0; i < res->ncols; i++) {
		unsigned long cap = fields[i].max_length + 1;
		if ((res->bufs[i] = malloc(cap)) == NULL)
			goto fail;
		res->bind[i].buffer_type = MYSQL_TYPE_STRING;
		res->bind[i].buffer = res->bufs[i];
		res->bind[i].buffer_length = cap;
		res->bind[i].length = &res->lengths[i];
		res->bind[i].is_null = &res->nulls[i];
	}
	if (mysql_stmt_bind_result(stmt, res->bind) != 0) {
		log_error("db: bind result: %s [%s]", mysql_stmt_error(stmt),
		          sql);
		goto fail;
	}
	return res;
fail:
	mysql_stmt_free_result(stmt);
	if (res != NULL) {
		res->stmt = NULL;
		res_free(res);
	}
	return NULL;
}

struct db_res *db_query(const char *sql, const char *types, ...)
{
	struct db_res *res;
	va_list ap;

	va_start(ap, types);
	res = query_ap(sql, types, ap);
	va_end(ap);
	return res;
}

int db_next(struct db_res *res)
{
	int rc = mysql_stmt_fetch(res->stmt);

	if (rc == 0)
		goto terminate;
	if (rc == MYSQL_NO_DATA)
		return 0;
	if (rc == MYSQL_DATA_TRUNCATED) /* max_length was exact: unexpected */
		log_error("db: column truncated");
	else
		log_error("db: fetch: %s", mysql_stmt_error(res->stmt));
	return -1;
terminate:
	for (int i = 0; i < res->ncols; i++)
		if (!res->nulls[i])
			res->bufs[i][res->lengths[i]] = '\0';
	return 1;
}

const char *db_str(struct db_res *res, int i)
{
	if (i < 0 || i >= res->ncols || res->nulls[i])
		return NULL;
	return res->bufs[i];
}

size_t db_len(struct db_res *res, int i)
{
	if (i < 0 || i >= res->ncols || res->nulls[i])
		return 0;
	return res->lengths[i];
}

long long db_int(struct db_res *res, int i)
{
	const char *s = db_str(res, i);

	return s != NULL ? strtoll(s, NULL, 10) : 0;
}

int db_cols(struct db_res *res)
{
	return res->ncols;
}

const char *db_colname(struct db_res *res, int i)
{
	return mysql_fetch_fields(res->meta)[i].name;
}

enum db_type db_coltype(struct db_res *res, int i)
{
	const MYSQL_FIELD *f = &mysql_fetch_fields(res->meta)[i];

	switch (f->type) {
	case MYSQL_TYPE_TINY:
	case MYSQL_TYPE_SHORT:
	case MYSQL_TYPE_LONG:
	case MYSQL_TYPE_INT24:
	case MYSQL_TYPE_LONGLONG:
		return DB_INT;
	case MYSQL_TYPE_DECIMAL:
	case MYSQL_TYPE_NEWDECIMAL:
		return DB_DECIMAL;
	case MYSQL_TYPE_DATETIME:
	case MYSQL_TYPE_TIMESTAMP:
		return DB_DATETIME;
	case MYSQL_TYPE_DATE:
		return DB_DATE;
	case MYSQL_TYPE_TINY_BLOB:
	case MYSQL_TYPE_MEDIUM_BLOB:
	case MYSQL_TYPE_LONG_BLOB:
	case MYSQL_TYPE_BLOB:
	case MYSQL_TYPE_STRING:
	case MYSQL_TYPE_VAR_STRING:
		/* charset 63 is binary: bytes, not text */
		return f->charsetnr == 63 ? DB_BLOB : DB_TEXT;
	default:
		return DB_TEXT;
	}
}

unsigned long long db_rows(struct db_res *res)
{
	return (unsigned long long)mysql_stmt_num_rows(res->stmt);
}

void db_done(struct db_res *res)
{
	if (res == NULL)
		return;
	mysql_stmt_free_result(res->stmt);
	res_free(res);
}

int db_int_query(long long *out, const char *sql, const char *types, ...)
{
	struct db_res *res;
	va_list ap;
	int rc;

	va_start(ap, types);
	res = query_ap(sql, types, ap);
	va_end(ap);
	if (res == NULL)
		return -1;
	if ((rc = db_next(res)) == 1)
		*out = db_int(res, 0);
	db_done(res);
	return rc;
}

long long db_insert_id(void)
{
	return conn != NULL ? (long long)mysql_insert_id(conn) : 0;
}

unsigned db_errno(void)
{
	return last_errno;
}

bool db_unavailable(void)
{
	return last_errno == CR_CONNECTION_ERROR ||
	       last_errno == CR_CONN_HOST_ERROR ||
	       last_errno == CR_SERVER_GONE_ERROR ||
	       last_errno == CR_SERVER_LOST ||
	       last_errno == ER_CONNECTION_KILLED ||
	       last_errno == ER_SERVER_SHUTDOWN ||
	       (conf.ndb_hosts > 0 && last_errno == ER_UNKNOWN_COM_ERROR);
}

bool db_conflict(void)
{
	return last_errno == ER_LOCK_DEADLOCK;
}

static int simple(const char *sql)
{
	if (mysql_query(conn, sql) != 0) {
		last_errno = mysql_errno(conn);
		log_error("db: %s: %s", sql, mysql_error(conn));
		return -1;
	}
	return 0;
}

int db_begin(void)
{
	if (in_tx) {
		log_error("db: transaction already open");
		return -1;
	}
	for (int attempt = 0; attempt < 2; attempt++) {
		if (db_open() == -1)
			return -1;
		if (simple("START TRANSACTION") == 0) {
			in_tx = true;
			return 0;
		}
		if (!connection_lost(last_errno))
			return -1;
		fail_over();
	}
	return -1;
}

int db_commit(void)
{
	int rc;

	if (!in_tx || conn == NULL)
		return -1;
	rc = simple("COMMIT");
	in_tx = false;
	if (rc == -1 && connection_lost(last_errno))
		fail_over();
	return rc;
}

void db_rollback(void)
{
	if (!in_tx)
		return;
	in_tx = false;
	if (conn != NULL && mysql_query(conn, "ROLLBACK") != 0)
		db_close();
}

int db_script(const char *sql, size_t len)
{
	int status;

	if (db_open() == -1)
		return -1;
	if (mysql_real_query(conn, sql, (unsigned long)len) != 0)
		goto fail;
	do {
		MYSQL_RES *r = mysql_store_result(conn);
		if (r != NULL)
			mysql_free_result(r);
		else if (mysql_field_count(conn) != 0)
			goto fail;
		if ((status = mysql_next_result(conn)) > 0)
			goto fail;
	} while (status == 0);
	return 0;
fail:
	last_errno = mysql_errno(conn);
	log_error("db: script: %s", mysql_error(conn));
	/* Drain so the connection stays usable. */
	db_close();
	return -1;
}

const char *db_server_version(void)
{
	return conn != NULL ? mysql_get_server_info(conn) : "";
}
