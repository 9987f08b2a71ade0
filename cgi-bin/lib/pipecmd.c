#include "pipecmd.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* Writes the bytes, without the CR of CRLF when strip_cr; false when the
 * program stopped reading. */
static bool feed(int fd, const char *msg, size_t len, bool strip_cr)
{
	for (size_t i = 0; i < len;) {
		size_t j = i;
		ssize_t w;

		while (j < len && !(strip_cr && msg[j] == '\r'))
			j++;
		if (j > i &&
		    (w = write(fd, msg + i, j - i)) != (ssize_t)(j - i))
			return false;
		i = j + 1; /* skip the CR */
	}
	return true;
}

const char *pipecmd_feed(char *const argv[], const char *msg, size_t len,
                         bool strip_cr, long timeout, char *why, size_t whylen)
{
	posix_spawn_file_actions_t fa;
	int in[2], status = 0;
	pid_t pid;
	time_t deadline;

	if (pipe2(in, O_CLOEXEC) == -1)
		return "pipe failed";
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	errno = posix_spawn(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(in[0]);
	if (errno != 0) {
		snprintf(why, whylen, "cannot start %s: %s", argv[0],
		         strerror(errno));
		close(in[1]);
		return why;
	}
	feed(in[1], msg, len, strip_cr);
	close(in[1]);
	deadline = time(NULL) + timeout;
	while (waitpid(pid, &status, WNOHANG) == 0) {
		if (time(NULL) > deadline) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			snprintf(why, whylen, "%s timed out", argv[0]);
			return why;
		}
		usleep(10000);
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return NULL;
	snprintf(why, whylen, "%s failed (%s %d)", argv[0],
	         WIFSIGNALED(status) ? "signal" : "status",
	         WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
	return why;
}
