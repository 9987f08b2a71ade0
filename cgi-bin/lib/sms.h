/* sms: text messages made by XSLT (xsl/sms/<template>.xsl), kept in the
 * citizen_sms table inside the caller's transaction, and handed to
 * conf.sms_command after the response, like mail.h does for mail. */
#ifndef SMS_H
#define SMS_H

#include <stdbool.h>

#include <libxml/tree.h>

#define SMS_MAX 1000 /* bytes of one message, as its column */

struct sms;

/* Starts a message made by xsl/sms/<template>.xsl in lang ("fr" or "en").
 * Its data root is <sms template=".." lang=".." base=".."/>; add the
 * template's data under sms_data(). NULL when memory runs out. */
struct sms *sms_new(const char *template, const char *lang);
xmlNodePtr sms_data(struct sms *m);

/* Renders the message (the text of the <sms> element the template makes,
 * at most SMS_MAX bytes) into text, a string the caller frees. 0 or -1. */
int sms_text(struct sms *m, char **text);

/* Renders the message for the number `to` (E.164, as valid_phone writes
 * it) and writes it to citizen_sms; call it inside the transaction of the
 * change it reports. Does nothing but free m when no sms_command is set.
 * Frees m in every case. Returns 0 or -1. */
int sms_queue(struct sms *m, const char *to);

/* Frees a message that was not queued. */
void sms_free(struct sms *m);

/* Hands up to max due messages to conf.sms_command (the number as its
 * argument, the text on its standard input); a failure stays queued with
 * its error and a later attempt time (1, 2, 4 … up to 360 minutes).
 * Returns the number sent, or -1 when the table cannot be read. */
int sms_deliver(int max);

#endif
