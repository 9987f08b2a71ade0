/* Unit tests for pipecmd.c: a program started without a shell gets the
 * message on its standard input (CRs of CRLF dropped when asked), and
 * what went wrong is told: a failing exit, a program that cannot start,
 * one that hangs past its time-out. */
#include "pipecmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"

/* Reads the whole file into buf (size bytes); returns its length. */
static size_t slurp(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "rb");
	size_t n = 0;

	if (f != NULL) {
		n = fread(buf, 1, size - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	return n;
}

/* The message reaches the program's input as it is, or without CRs. */
static void test_feed(void)
{
	char path[] = "/tmp/test_pipecmd.XXXXXX", got[256], why[200], of[64];
	int fd = mkstemp(path);
	char *argv[] = {"/bin/dd", of, "status=none", NULL};
	static const char msg[] =
	    "To: +15065550123\r\n\r\nline one\r\nline two";

	close(fd);
	snprintf(of, sizeof of, "of=%s", path);
	CHECK(pipecmd_feed(argv, msg, sizeof msg - 1, false, 5, why,
	                   sizeof why) == NULL);
	CHECK_INT(slurp(path, got, sizeof got), sizeof msg - 1);
	CHECK(memcmp(got, msg, sizeof msg - 1) == 0);
	CHECK(pipecmd_feed(argv, msg, sizeof msg - 1, true, 5, why,
	                   sizeof why) == NULL);
	slurp(path, got, sizeof got);
	CHECK_STR(got, "To: +15065550123\n\nline one\nline two");
	/* The argument is one argument, whatever it holds: no shell. */
	char odd[] = "of=/tmp/test_pipecmd odd; name $(x)";
	char *argv2[] = {"/bin/dd", odd, "status=none", NULL};
	CHECK(pipecmd_feed(argv2, "x", 1, false, 5, why, sizeof why) == NULL);
	CHECK(access(odd + 3, F_OK) == 0);
	unlink(odd + 3);
	unlink(path);
}

/* A failing program, one that cannot start and one that hangs are each
 * told apart. */
static void test_failures(void)
{
	char why[200];
	const char *err;
	char *fails[] = {"/bin/false", NULL};
	char *missing[] = {"/nonexistent/sms-send", "+15065550123", NULL};
	char *hangs[] = {"/bin/sleep", "10", NULL};

	err = pipecmd_feed(fails, "x", 1, false, 5, why, sizeof why);
	CHECK(err != NULL && strstr(err, "failed (status 1)") != NULL);
	err = pipecmd_feed(missing, "x", 1, false, 5, why, sizeof why);
	CHECK(err != NULL && strstr(err, "cannot start") != NULL);
	err = pipecmd_feed(hangs, "x", 1, false, 1, why, sizeof why);
	CHECK(err != NULL && strstr(err, "timed out") != NULL);
}

int main(void)
{
	test_feed();
	test_failures();
	return test_done("pipecmd");
}
