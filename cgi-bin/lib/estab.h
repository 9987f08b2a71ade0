/* estab: what the screens of an establishment's staff share. */
#ifndef ESTAB_H
#define ESTAB_H

#include <libxml/tree.h>

#include "req.h"

/* Writes under parent <services> with the services of the user's
 * establishment, in the catalog's order: <service><id/><version/><name/>
 * <duration_minutes/><active/></service>. 0 or -1. */
int estab_services(struct req *r, xmlNodePtr parent);

/* Reads the day and service a screen of the staff shows: ?date= (its
 * day, default today on the establishment's clock, written into today)
 * and ?service= (0: all). 0, or -1 when either is malformed (400). */
int estab_day_query(struct req *r, char today[11], const char **date,
                    long long *service);

#endif
