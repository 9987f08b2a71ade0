/* tz: the wall clock of conf.time_zone, where appointments happen, and
 * the UTC the database keeps. The first call points the process's local
 * time at that zone (TZ); nothing else in the programs reads local time. */
#ifndef TZ_H
#define TZ_H

#include <stdbool.h>
#include <time.h>

#define TZ_TEXT 20 /* "YYYY-MM-DD HH:MM:SS" and a NUL */

/* Reads a UTC time as the database writes it ("YYYY-MM-DD HH:MM:SS") or as
 * a page does ("YYYY-MM-DDTHH:MM:SSZ"). False when s is neither. */
bool tz_parse_utc(const char *s, time_t *out);

/* Writes t as UTC for an SQL parameter: "YYYY-MM-DD HH:MM:SS". */
void tz_utc_text(time_t t, char out[TZ_TEXT]);

/* Writes t as the zone's wall clock, "YYYY-MM-DDTHH:MM:SS", and its day of
 * the week in *dow (0 Sunday … 6 Saturday) when dow is not NULL. */
void tz_local_text(time_t t, char out[TZ_TEXT], int *dow);

/* The moment when the zone's clock shows minute (0 … 1439) of the day
 * date ("YYYY-MM-DD"). Returns 0, or -1 when date is not a day or the
 * clock skips that minute (the spring change of time). */
int tz_from_local(const char *date, int minute, time_t *out);

/* Writes today's date on the zone's clock, "YYYY-MM-DD". */
void tz_today(char out[11]);

/* Writes the date days after date ("YYYY-MM-DD", days may be negative)
 * into out. Returns 0, or -1 when date is not a day. */
int tz_add_days(const char *date, int days, char out[11]);

/* Writes the UTC bounds of the zone's day date: from its first minute to
 * the first minute of the next day, as SQL parameters. 0 or -1. */
int tz_day_range(const char *date, char from[TZ_TEXT], char to[TZ_TEXT]);

#endif
