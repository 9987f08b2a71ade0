/* libFuzzer harness for conf_load: the input is a configuration file. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "conf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts unless the NUL-terminated string fits its array of cap bytes. */
static void check_str(const char *s, size_t cap)
{
	if (strnlen(s, cap) >= cap)
		abort();
}

/* Aborts unless min <= v <= max. */
static void check_long(long v, long min, long max)
{
	if (v < min || v > max)
		abort();
}

/* Writes the input to an anonymous file, loads it, and checks that every
 * setting holds a value its key allows, whatever the file said. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[64];
	int fd = memfd_create("fuzz-conf", MFD_CLOEXEC), rc;

	if (fd == -1)
		abort();
	if (size > 0 && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	rc = conf_load(path);
	close(fd);
	if (rc != 0 && rc != -1)
		abort();
	check_str(conf.db_socket, sizeof conf.db_socket);
	check_str(conf.db_name, sizeof conf.db_name);
	check_str(conf.db_user, sizeof conf.db_user);
	check_str(conf.db_password, sizeof conf.db_password);
	check_long(conf.ndb_hosts, 0, DB_HOSTS_MAX);
	for (int i = 0; i < conf.ndb_hosts; i++) {
		check_str(conf.db_hosts[i].name, sizeof conf.db_hosts[i].name);
		check_long((long)conf.db_hosts[i].port, 1, 65535);
		if (conf.db_hosts[i].name[0] == '\0')
			abort();
	}
	check_str(conf.xsl_dir, sizeof conf.xsl_dir);
	check_str(conf.log_file, sizeof conf.log_file);
	check_str(conf.base_url, sizeof conf.base_url);
	check_str(conf.data_dir, sizeof conf.data_dir);
	check_str(conf.sendmail, sizeof conf.sendmail);
	check_str(conf.mail_from, sizeof conf.mail_from);
	check_str(conf.mail_name, sizeof conf.mail_name);
	if (conf.render != RENDER_APP && conf.render != RENDER_XML)
		abort();
	check_long(conf.session_idle, 1, 86400);
	check_long(conf.session_max, 60, 604800);
	check_long(conf.body_max, 1024, 1L << 30);
	check_long(conf.fields_max, 1, 100000);
	check_long(conf.field_max, 64, 1L << 24);
	check_long(conf.scrypt_log2n, 10, 20);
	check_long(conf.page_size_max, 1, 1000);
	check_long(conf.activation_hours, 1, 720);
	check_long(conf.reset_minutes, 5, 1440);
	check_long(conf.lock_delay_after, 1, 100);
	check_long(conf.lock_after, 2, 1000);
	check_long(conf.lock_minutes, 1, 1440);
	check_long(conf.sendmail_timeout, 1, 600);
	/* A file accepted as a whole has both keys set. */
	if (rc == 0) {
		static const unsigned char zero[32];
		if (memcmp(conf.secret_key, zero, 32) == 0 ||
		    memcmp(conf.data_key, zero, 32) == 0)
			abort();
	}
	return 0;
}
