#include "log.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "conf.h"

static FILE *log_fp;
static const char *log_program = "passerelle";

void log_open(const char *program)
{
	log_program = program;
	if (log_fp != NULL && log_fp != stderr)
		fclose(log_fp);
	log_fp = NULL;
	if (conf.log_file[0] != '\0')
		log_fp = fopen(conf.log_file, "a");
	if (log_fp == NULL)
		log_fp = stderr;
	setvbuf(log_fp, NULL, _IOLBF, 0);
}

/* Set when a record could only be written in part (a full disk): the next
 * record starts with a newline, so it never runs into the cut one. */
static bool log_cut;

/* Writes one record as one write(2), bypassing stdio: a failed or short
 * write (ENOSPC) drops at most the end of this record, never glues it to the
 * next, never repeats it, and records of processes sharing the file do not
 * interleave. Errors are ignored: the request is served all the same. */
static void log_line(const char *level, const char *fmt, va_list ap)
{
	char when[32], msg[2048], line[2200];
	struct timespec ts;
	struct tm tm;
	int len;
	ssize_t n;

	if (log_fp == NULL)
		log_fp = stderr;
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
	vsnprintf(msg, sizeof msg, fmt, ap);
	/* One record per line, whatever the message holds. */
	for (char *p = msg; *p != '\0'; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	len = snprintf(line, sizeof line, "%s%s.%03ldZ %s[%ld] %s %s\n",
	               log_cut ? "\n" : "", when, ts.tv_nsec / 1000000,
	               log_program, (long)getpid(), level, msg);
	if (len < 0)
		return;
	if ((size_t)len >= sizeof line) {
		len = (int)sizeof line - 1;
		line[len - 1] = '\n';
	}
	fflush(log_fp); /* anything stdio still holds goes first */
	n = write(fileno(log_fp), line, (size_t)len);
	if (n > 0)
		log_cut = n < len;
}

void log_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_line("error", fmt, ap);
	va_end(ap);
}

void log_info(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_line("info", fmt, ap);
	va_end(ap);
}
