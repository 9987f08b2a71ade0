/* activation: the listening socket a service manager hands over. */
#ifndef ACTIVATION_H
#define ACTIVATION_H

/* libfcgi serves the listening socket it finds on file descriptor 0
 * (FCGI_LISTENSOCK_FILENO), as spawn-fcgi, mod_fcgid and tools/superv
 * leave it. systemd's socket activation passes it on descriptor 3 instead,
 * with LISTEN_PID set to this process and LISTEN_FDS to 1. When those
 * variables name this process, moves that socket to descriptor 0 and
 * removes the variables, so children do not take them for their own.
 * Returns 1 when a socket was adopted, 0 when none was passed, -1 (said on
 * stderr) when the variables are malformed, name more than one socket, or
 * descriptor 3 is not a listening stream socket. */
int activation_adopt(void);

#endif
