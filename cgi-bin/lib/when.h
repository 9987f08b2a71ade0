/* when: the zone's wall clock next to the UTC times of a page or a
 * message, so that stylesheets show local times without computing them. */
#ifndef WHEN_H
#define WHEN_H

#include <libxml/tree.h>

/* Gives every element under node (node included) whose whole text is a
 * UTC time as page_rows writes it ("2026-11-24T13:00:00Z") the attributes
 * local="2026-11-24T09:00:00" (conf.time_zone) and dow="2" (0 Sunday …
 * 6 Saturday). */
void when_mark(xmlNodePtr node);

/* Adds <name local=".." dow="..">UTC</name> under parent for the time t. */
xmlNodePtr when_add(xmlNodePtr parent, const char *name, time_t t);

#endif
