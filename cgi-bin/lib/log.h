/* log: the program's error and access log. */
#ifndef LOG_H
#define LOG_H

/* Opens the log named by conf.log_file (standard error when empty) and
 * remembers the program's name for every line. */
void log_open(const char *program);

/* Writes one line: time, program, pid, level and the message. */
void log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
