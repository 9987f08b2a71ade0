/* pipecmd: hands a message to a local program (sendmail, the SMS gateway
 * client) on its standard input, without a shell. */
#ifndef PIPECMD_H
#define PIPECMD_H

#include <stdbool.h>
#include <stddef.h>

/* Starts argv[0] (a path) with argv and the process's environment through
 * posix_spawn, writes the len bytes of msg to its standard input (without
 * the CR of each CRLF when strip_cr is set: local submission takes LF
 * lines), and waits for it at most timeout seconds, then kills it.
 * Returns NULL when it exited 0, else what went wrong, written into why. */
const char *pipecmd_feed(char *const argv[], const char *msg, size_t len,
                         bool strip_cr, long timeout, char *why, size_t whylen);

#endif
