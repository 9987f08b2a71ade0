/* Unit tests for activation.c: the socket systemd passes on descriptor 3
 * ends on descriptor 0, where libfcgi looks; anything else is refused or
 * left alone. */
#include "activation.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "test.h"

/* True when fd is not open. */
static int fcntl_closed(int fd)
{
	return fcntl(fd, F_GETFD) == -1;
}

/* Puts a new socket on descriptor 3, listening when asked. */
static void socket_on_3(int listening)
{
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un sa = {.sun_family = AF_UNIX};

	if (listening) {
		snprintf(sa.sun_path, sizeof sa.sun_path,
		         "/tmp/passerelle-activation-%ld.sock", (long)getpid());
		unlink(sa.sun_path);
		bind(fd, (struct sockaddr *)&sa, sizeof sa);
		listen(fd, 4);
		unlink(sa.sun_path);
	}
	if (fd != 3) {
		dup2(fd, 3);
		close(fd);
	}
}

static void set_env(const char *pid, const char *fds)
{
	char mine[24];

	snprintf(mine, sizeof mine, "%ld", (long)getpid());
	setenv("LISTEN_PID", pid != NULL ? pid : mine, 1);
	setenv("LISTEN_FDS", fds, 1);
}

static int accepting(int fd)
{
	int on = 0;
	socklen_t len = sizeof on;

	return getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &on, &len) == 0 && on;
}

/* No variables, or variables for another process: nothing is touched. */
static void test_not_activated(void)
{
	unsetenv("LISTEN_PID");
	unsetenv("LISTEN_FDS");
	CHECK_INT(activation_adopt(), 0);
	set_env("1", "1");
	CHECK_INT(activation_adopt(), 0);
	CHECK(getenv("LISTEN_PID") != NULL); /* not ours to remove */
	set_env(NULL, "0");
	CHECK_INT(activation_adopt(), 0);
	CHECK(getenv("LISTEN_PID") == NULL);
}

/* Malformed or unusable hand-overs are refused. */
static void test_refused(void)
{
	set_env("12x", "1");
	CHECK_INT(activation_adopt(), -1);
	set_env(NULL, "-1");
	CHECK_INT(activation_adopt(), -1);
	set_env(NULL, "2");
	CHECK_INT(activation_adopt(), -1);
	socket_on_3(0); /* a socket, but not listening */
	set_env(NULL, "1");
	CHECK_INT(activation_adopt(), -1);
	close(3);
	set_env(NULL, "1"); /* nothing on descriptor 3 at all */
	CHECK_INT(activation_adopt(), -1);
}

/* The listening socket moves to descriptor 0 and the variables go. */
static void test_adopted(void)
{
	socket_on_3(1);
	set_env(NULL, "1");
	setenv("LISTEN_FDNAMES", "login", 1);
	CHECK_INT(activation_adopt(), 1);
	CHECK(accepting(0));
	CHECK(fcntl_closed(3));
	CHECK(getenv("LISTEN_PID") == NULL);
	CHECK(getenv("LISTEN_FDS") == NULL);
	CHECK(getenv("LISTEN_FDNAMES") == NULL);
	/* A second call finds nothing more to do. */
	CHECK_INT(activation_adopt(), 0);
	CHECK(accepting(0));
}

int main(void)
{
	test_not_activated();
	test_refused();
	test_adopted();
	return test_done("activation");
}
