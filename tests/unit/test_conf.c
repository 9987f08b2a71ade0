/* Unit tests for conf.c: defaults and the key = value file. */
#include "conf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"

#define KEY                                                                    \
	"00112233445566778899aabbccddeeff"                                     \
	"00112233445566778899AABBCCDDEEFF"

/* Writes text to a temporary file, loads it and removes it. */
static int load(const char *text)
{
	char path[] = "/tmp/test_conf.XXXXXX";
	int fd = mkstemp(path), rc;
	FILE *f;

	if (fd == -1 || (f = fdopen(fd, "w")) == NULL) {
		perror("mkstemp");
		return -2;
	}
	fputs(text, f);
	fclose(f);
	rc = conf_load(path);
	unlink(path);
	return rc;
}

/* With no file every key has its default, and the secret key is zero. */
static void test_defaults(void)
{
	static const unsigned char zero[32];

	conf.fields_max = 1;
	CHECK_INT(conf_load(NULL), 0);
	CHECK_STR(conf.db_socket, "/run/mysqld/mysqld.sock");
	CHECK_STR(conf.db_name, "passerelle");
	CHECK_STR(conf.db_password, "");
	CHECK_STR(conf.base_url, "http://127.0.0.1:8080");
	CHECK_INT(conf.render, RENDER_APP);
	CHECK_INT(conf.session_idle, 900);
	CHECK_INT(conf.session_max, 43200);
	CHECK_INT(conf.body_max, 1048576);
	CHECK_INT(conf.fields_max, 200);
	CHECK_INT(conf.field_max, 65536);
	CHECK_INT(conf.scrypt_log2n, 17);
	CHECK_INT(conf.page_size_max, 100);
	CHECK(memcmp(conf.secret_key, zero, 32) == 0);
}

/* A good file with comments, blank lines and spaces around keys and
 * values sets what it names and leaves the rest at their defaults. */
static void test_good_file(void)
{
	CHECK_INT(load("# Passerelle\n"
	               "\n"
	               "   # indented comment\n"
	               "db_name = portal\n"
	               "  db_user=web  \n"
	               "\tdb_password =  two words \n"
	               "secret_key = " KEY "\ndata_key = " KEY "\n"
	               "render = xml\n"
	               "fields_max=50\n"
	               "scrypt_log2n = 10\n"
	               "base_url = https://example.test/a=b\n"),
	          0);
	CHECK_STR(conf.db_name, "portal");
	CHECK_STR(conf.db_user, "web");
	CHECK_STR(conf.db_password, "two words");
	CHECK_STR(conf.base_url, "https://example.test/a=b");
	CHECK_INT(conf.render, RENDER_XML);
	CHECK_INT(conf.fields_max, 50);
	CHECK_INT(conf.scrypt_log2n, 10);
	CHECK_INT(conf.session_idle, 900);
	CHECK_STR(conf.db_socket, "/run/mysqld/mysqld.sock");
	CHECK_INT(conf.secret_key[0], 0x00);
	CHECK_INT(conf.secret_key[15], 0xff);
	CHECK_INT(conf.secret_key[26], 0xaa);
	CHECK_INT(conf.secret_key[31], 0xff);

	/* Loading again starts from the defaults. */
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY "\n"), 0);
	CHECK_STR(conf.db_name, "passerelle");
	CHECK_INT(conf.render, RENDER_APP);
	CHECK_INT(conf.fields_max, 200);

	/* The last line needs no newline; render=app is accepted. */
	CHECK_INT(load("render=app\ndata_key=" KEY "\nsecret_key=" KEY), 0);
	CHECK_INT(conf.render, RENDER_APP);
}

/* Unknown keys, lines without '=', bad numbers, values out of range or
 * too long and a bad render mode each make the load fail. */
static void test_bad_values(void)
{
	char long_value[400];

	CHECK_INT(
	    load("secret_key = " KEY "\ndata_key = " KEY "\ncolour = blue\n"),
	    -1);
	CHECK_INT(
	    load("secret_key = " KEY "\ndata_key = " KEY "\nDB_NAME = x\n"),
	    -1);
	CHECK_INT(
	    load("secret_key = " KEY "\ndata_key = " KEY "\njust words\n"), -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nfields_max = ten\n"),
	          -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nfields_max = 10x\n"),
	          -1);
	CHECK_INT(
	    load("secret_key = " KEY "\ndata_key = " KEY "\nfields_max =\n"),
	    -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nfields_max = 1.5\n"),
	          -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nfields_max = 99999999999999999999999\n"),
	          -1);
	CHECK_INT(
	    load("secret_key = " KEY "\ndata_key = " KEY "\nfields_max = 0\n"),
	    -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nfields_max = 100001\n"),
	          -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nscrypt_log2n = 9\n"),
	          -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nscrypt_log2n = 21\n"),
	          -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nsession_idle = -1\n"),
	          -1);
	CHECK_INT(
	    load("secret_key = " KEY "\ndata_key = " KEY "\nrender = html\n"),
	    -1);
	CHECK_INT(
	    load("secret_key = " KEY "\ndata_key = " KEY "\nrender = XML\n"),
	    -1);
	/* The edges of a range pass. */
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\nscrypt_log2n = 20\n"
	               "fields_max = 100000\n"),
	          0);
	CHECK_INT(conf.scrypt_log2n, 20);
	/* db_name holds 64 bytes, not 65. */
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY "\ndb_name = "
	               "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	               "aaaaaaaaa"
	               "\n"),
	          0);
	CHECK_INT(strlen(conf.db_name), 64);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY "\ndb_name = "
	               "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	               "aaaaaaaaaa"
	               "\n"),
	          -1);
	snprintf(long_value, sizeof long_value,
	         "secret_key = %s\nxsl_dir = ", KEY);
	memset(long_value + strlen(long_value), 'd', 300);
	long_value[sizeof long_value - 2] = '\n';
	long_value[sizeof long_value - 1] = '\0';
	CHECK_INT(load(long_value), -1);
}

/* The secret key must be exactly 64 hexadecimal digits, and a file that
 * sets none, or sets it empty, is refused. */
static void test_secret_key(void)
{
	CHECK_INT(load("data_key = " KEY "\nsecret_key = " KEY "0\n"), -1);
	CHECK_INT(load("data_key = " KEY
	               "\nsecret_key = 00112233445566778899aabbccddeeff\n"),
	          -1);
	CHECK_INT(load("secret_key = 00112233445566778899aabbccddeeff"
	               "00112233445566778899aabbccddeefg\n"),
	          -1);
	CHECK_INT(load("secret_key = 0x112233445566778899aabbccddeeff"
	               "00112233445566778899aabbccddeeff\n"),
	          -1);
	CHECK_INT(load("secret_key = \n"), -1);
	CHECK_INT(load("db_name = x\n"), -1);
	CHECK_INT(load(""), -1);
	CHECK_INT(load("# only a comment\n"), -1);
	/* An all-zero key is no key. */
	CHECK_INT(load("secret_key = 00000000000000000000000000000000"
	               "00000000000000000000000000000000\n"),
	          -1);
	CHECK_INT(conf_load("/nonexistent/passerelle.conf"), -1);
}

/* The data key (secrets at rest) is required like the secret key, and
 * checked the same way. */
static void test_data_key(void)
{
	CHECK_INT(load("secret_key = " KEY "\n"), -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY "0\n"), -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = \n"), -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY "\n"), 0);
	CHECK_INT(conf.data_key[31], 0xff);
}

/* The node list of a Galera cluster: host:port entries, [v6]:port, the
 * default port, spaces; refused when malformed or too long. */
static void test_hosts(void)
{
	struct db_host h[DB_HOSTS_MAX];
	int n = -1;

	CHECK(conf_parse_hosts("", h, &n) == NULL);
	CHECK_INT(n, 0);
	CHECK(conf_parse_hosts("127.0.0.1:3307, db2.example.org ,[::1]:3309", h,
	                       &n) == NULL);
	CHECK_INT(n, 3);
	CHECK_STR(h[0].name, "127.0.0.1");
	CHECK_INT(h[0].port, 3307);
	CHECK_STR(h[1].name, "db2.example.org");
	CHECK_INT(h[1].port, 3306);
	CHECK_STR(h[2].name, "::1");
	CHECK_INT(h[2].port, 3309);
	CHECK(conf_parse_hosts("[fe80::1]", h, &n) == NULL);
	CHECK_STR(h[0].name, "fe80::1");
	CHECK_INT(h[0].port, 3306);

	static const char *const bad[] = {
	    "a,,b",     "a:",  "a:0",  "a:65536", "a:3x06",
	    "a:123456", "::1", "[::1", "[::1]x",  "a b:3306",
	    ":3306",    "a;b", "a,",   "[]:3306", NULL};
	for (int i = 0; bad[i] != NULL; i++) {
		n = -1;
		CHECK(conf_parse_hosts(bad[i], h, &n) != NULL);
		CHECK_INT(n, 0);
	}
	CHECK(conf_parse_hosts("a,b,c,d,e,f,g,h", h, &n) == NULL);
	CHECK_INT(n, 8);
	CHECK(conf_parse_hosts("a,b,c,d,e,f,g,h,i", h, &n) != NULL);

	/* Through the file: set, and a bad one names the line. */
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\ndb_hosts = 10.0.0.1:3306, 10.0.0.2\n"),
	          0);
	CHECK_INT(conf.ndb_hosts, 2);
	CHECK_STR(conf.db_hosts[1].name, "10.0.0.2");
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY
	               "\ndb_hosts = 10.0.0.1:99999\n"),
	          -1);
	CHECK_INT(load("secret_key = " KEY "\ndata_key = " KEY "\n"), 0);
	CHECK_INT(conf.ndb_hosts, 0);
}

int main(void)
{
	test_defaults();
	test_good_file();
	test_bad_values();
	test_secret_key();
	test_data_key();
	test_hosts();
	return test_done("conf");
}
