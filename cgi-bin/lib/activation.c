#include "activation.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define LISTEN_FDS_START 3 /* SD_LISTEN_FDS_START */

/* Reads a decimal number that fills the whole string; -1 when it is not
 * one. */
static long whole_number(const char *s)
{
	char *end;
	long n;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	n = strtol(s, &end, 10);
	return errno == 0 && *end == '\0' ? n : -1;
}

static int refuse(const char *why)
{
	fprintf(stderr, "socket activation: %s\n", why);
	return -1;
}

int activation_adopt(void)
{
	long pid = whole_number(getenv("LISTEN_PID"));
	long n = whole_number(getenv("LISTEN_FDS"));
	int type = 0, listening = 0;
	socklen_t len = sizeof type;

	if (getenv("LISTEN_PID") == NULL)
		return 0;
	if (pid <= 0 || n < 0)
		return refuse("LISTEN_PID or LISTEN_FDS is not a number");
	if (pid != (long)getpid())
		return 0; /* meant for another process */
	unsetenv("LISTEN_PID");
	unsetenv("LISTEN_FDS");
	unsetenv("LISTEN_FDNAMES");
	if (n == 0)
		return 0;
	if (n > 1)
		return refuse("one listening socket per program, not several");
	if (getsockopt(LISTEN_FDS_START, SOL_SOCKET, SO_TYPE, &type, &len) !=
	        0 ||
	    type != SOCK_STREAM)
		return refuse("descriptor 3 is not a stream socket");
	len = sizeof listening;
	if (getsockopt(LISTEN_FDS_START, SOL_SOCKET, SO_ACCEPTCONN, &listening,
	               &len) != 0 ||
	    !listening)
		return refuse("descriptor 3 is not listening (use Accept=no)");
	if (dup2(LISTEN_FDS_START, 0) == -1)
		return refuse(strerror(errno));
	close(LISTEN_FDS_START);
	return 1;
}
