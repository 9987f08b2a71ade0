/*
 * superv: runs a FastCGI program as N processes sharing one listening unix
 * socket, and starts a process again when it dies. The development stack
 * and small hosts use it in place of spawn-fcgi, which does not restart.
 *
 *   superv -s SOCKET [-n N] [-m MODE] [-u USER] [-p PIDFILE] [-l LOG] [-d]
 *          -- PROGRAM [ARG...]
 *   superv [-n N] [-l LOG] -- PROGRAM [ARG...]     (under systemd)
 *
 * Without -s the listening socket is the one systemd's socket activation
 * passes (a passerelle@.socket unit): the N children share it as they
 * share one made with -s.
 *
 * SIGTERM or SIGINT stops the children (SIGKILL after 5 seconds), removes
 * the socket and the pid file, and exits.
 */
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "activation.h"

#define CHILDREN_MAX   64
#define BACKOFF_MAX_MS 5000

struct child {
	pid_t pid;
	struct timespec started;
	long backoff_ms;
};

static volatile sig_atomic_t stopping;
static struct child children[CHILDREN_MAX];
static int nchildren = 2;

static void on_stop(int sig)
{
	(void)sig;
	stopping = 1;
}

static void on_child(int sig)
{
	(void)sig;
}

static int listen_socket(const char *path, mode_t mode, const char *user)
{
	struct sockaddr_un sa = {.sun_family = AF_UNIX};
	int fd;

	if (strlen(path) >= sizeof sa.sun_path) {
		fprintf(stderr, "superv: socket path too long: %s\n", path);
		return -1;
	}
	strcpy(sa.sun_path, path);
	unlink(path);
	if ((fd = socket(AF_UNIX, SOCK_STREAM, 0)) == -1 ||
	    bind(fd, (struct sockaddr *)&sa, sizeof sa) == -1 ||
	    listen(fd, 128) == -1) {
		fprintf(stderr, "superv: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (chmod(path, mode) == -1) {
		fprintf(stderr, "superv: chmod %s: %s\n", path,
		        strerror(errno));
		return -1;
	}
	if (user != NULL) {
		struct passwd *pw = getpwnam(user);
		if (pw == NULL || chown(path, pw->pw_uid, pw->pw_gid) == -1) {
			fprintf(stderr, "superv: chown %s to %s failed\n", path,
			        user);
			return -1;
		}
	}
	return fd;
}

static pid_t start(int sock, char **argv)
{
	pid_t pid = fork();

	if (pid == 0) {
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGCHLD, SIG_DFL);
		if (dup2(sock, 0) == -1)
			_exit(127);
		if (sock != 0)
			close(sock);
		execv(argv[0], argv);
		fprintf(stderr, "superv: exec %s: %s\n", argv[0],
		        strerror(errno));
		_exit(127);
	}
	return pid;
}

static long ms_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t->tv_sec) * 1000 +
	       (now.tv_nsec - t->tv_nsec) / 1000000;
}

static void stop_all(void)
{
	struct timespec t0;

	for (int i = 0; i < nchildren; i++)
		if (children[i].pid > 0)
			kill(children[i].pid, SIGTERM);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		int alive = 0;
		for (int i = 0; i < nchildren; i++) {
			if (children[i].pid > 0 &&
			    waitpid(children[i].pid, NULL, WNOHANG) ==
			        children[i].pid)
				children[i].pid = 0;
			alive += children[i].pid > 0;
		}
		if (alive == 0)
			return;
		if (ms_since(&t0) > 5000) {
			for (int i = 0; i < nchildren; i++)
				if (children[i].pid > 0)
					kill(children[i].pid, SIGKILL);
		}
		usleep(20000);
	}
}

static void usage(void)
{
	fprintf(stderr, "usage: superv -s SOCKET [-n N] [-m MODE] [-u USER] "
	                "[-p PIDFILE] [-l LOG] [-d] -- PROGRAM [ARG...]\n"
	                "       superv [-n N] [-l LOG] -- PROGRAM [ARG...] "
	                "(socket from systemd)\n");
	exit(2);
}

int main(int argc, char **argv)
{
	const char *sock_path = NULL, *pidfile = NULL, *logfile = NULL;
	const char *user = NULL;
	mode_t mode = 0600;
	int opt, sock, detach = 0;
	struct sigaction sa = {0};

	while ((opt = getopt(argc, argv, "s:n:m:u:p:l:d")) != -1) {
		switch (opt) {
		case 's':
			sock_path = optarg;
			break;
		case 'n':
			nchildren = atoi(optarg);
			break;
		case 'm':
			mode = (mode_t)strtol(optarg, NULL, 8);
			break;
		case 'u':
			user = optarg;
			break;
		case 'p':
			pidfile = optarg;
			break;
		case 'l':
			logfile = optarg;
			break;
		case 'd':
			detach = 1;
			break;
		default:
			usage();
		}
	}
	if (optind >= argc || nchildren < 1 || nchildren > CHILDREN_MAX)
		usage();
	argv += optind;
	if (sock_path != NULL) {
		if ((sock = listen_socket(sock_path, mode, user)) == -1)
			return 1;
	} else {
		int got = activation_adopt();
		if (got == 0) {
			fprintf(stderr, "superv: no -s SOCKET, and no socket "
			                "passed by systemd\n");
			usage();
		}
		if (got == -1)
			return 1;
		sock = 0;
	}
	if (logfile != NULL) {
		int fd = open(logfile, O_WRONLY | O_CREAT | O_APPEND, 0640);
		if (fd == -1) {
			fprintf(stderr, "superv: %s: %s\n", logfile,
			        strerror(errno));
			return 1;
		}
		dup2(fd, 1);
		dup2(fd, 2);
		close(fd);
	}
	if (detach) {
		pid_t pid = fork();
		if (pid < 0)
			return 1;
		if (pid > 0)
			_exit(0);
		setsid();
		int devnull = open("/dev/null", O_RDONLY);
		if (devnull > 0) {
			if (sock != 0) /* 0 is the socket under systemd */
				dup2(devnull, 0);
			close(devnull);
		}
	}
	if (pidfile != NULL) {
		FILE *f = fopen(pidfile, "w");
		if (f == NULL)
			return 1;
		fprintf(f, "%ld\n", (long)getpid());
		fclose(f);
	}
	sa.sa_handler = on_stop;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = on_child;
	sigaction(SIGCHLD, &sa, NULL);
	signal(SIGHUP, SIG_IGN);

	for (int i = 0; i < nchildren; i++) {
		children[i].pid = start(sock, argv);
		clock_gettime(CLOCK_MONOTONIC, &children[i].started);
		children[i].backoff_ms = 100;
	}
	while (!stopping) {
		int status;
		pid_t pid = waitpid(-1, &status, 0);

		if (pid <= 0)
			continue; /* interrupted by a signal */
		for (int i = 0; i < nchildren && !stopping; i++) {
			if (children[i].pid != pid)
				continue;
			fprintf(stderr, "superv: %s[%ld] exited (%s %d)\n",
			        argv[0], (long)pid,
			        WIFSIGNALED(status) ? "signal" : "status",
			        WIFSIGNALED(status) ? WTERMSIG(status)
			                            : WEXITSTATUS(status));
			/* Quick deaths back off, so a broken program does not
			 * spin; one that ran a while restarts at once. */
			if (ms_since(&children[i].started) > 10000)
				children[i].backoff_ms = 100;
			else
				usleep((useconds_t)children[i].backoff_ms *
				       1000);
			if (children[i].backoff_ms < BACKOFF_MAX_MS)
				children[i].backoff_ms *= 2;
			children[i].pid = start(sock, argv);
			clock_gettime(CLOCK_MONOTONIC, &children[i].started);
		}
	}
	stop_all();
	if (sock_path != NULL)
		unlink(sock_path);
	if (pidfile != NULL)
		unlink(pidfile);
	return 0;
}
