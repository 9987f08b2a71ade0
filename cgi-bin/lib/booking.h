/* booking: taking one slot for one patient. Two people who book the same
 * slot at the same moment cannot both get it: the slot's row is locked
 * and then claimed by a conditional UPDATE; the second is told why. */
#ifndef BOOKING_H
#define BOOKING_H

#include "req.h"
#include "token.h"

enum book_result {
	BOOK_ERROR = -1,
	BOOK_OK = 0,
	BOOK_GONE,      /* no such slot, or its service takes no booking */
	BOOK_CANCELLED, /* the establishment cancelled the slot */
	BOOK_PAST,      /* the slot's time has come */
	BOOK_TAKEN,     /* someone else has it */
	BOOK_OVERLAP,   /* the patient has another appointment then */
};

struct booking {
	long long slot;
	long long patient;
	long long account; /* the holder's user id; 0: no account */
	const char *email; /* where the confirmation goes */
	const char *phone; /* E.164 for SMS too, or "" */
	const char *lang;  /* of the messages */
};

/* Books b in the caller's transaction: checks the slot, writes the
 * appointment, claims the slot, writes the audit row and queues the
 * confirmation (mail, and SMS with a phone). *id gets the appointment;
 * for a booking without an account, key gets the key of its link. On
 * anything but BOOK_OK the caller rolls back. */
enum book_result booking_make(struct req *r, const struct booking *b,
                              long long *id, char key[TOKEN_TEXT]);

#endif
