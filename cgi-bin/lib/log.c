#include "log.h"

#include <stdarg.h>
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

static void log_line(const char *level, const char *fmt, va_list ap)
{
	char when[32], msg[2048];
	struct timespec ts;
	struct tm tm;

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
	fprintf(log_fp, "%s.%03ldZ %s[%ld] %s %s\n", when, ts.tv_nsec / 1000000,
	        log_program, (long)getpid(), level, msg);
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
