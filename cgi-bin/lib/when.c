#include "when.h"

#include <stdio.h>
#include <string.h>

#include "page.h"
#include "tz.h"

#define X (const xmlChar *)

/* Sets @local and @dow of e for the moment t. */
static void mark(xmlNodePtr e, time_t t)
{
	char local[TZ_TEXT], dow[4];
	int d;

	tz_local_text(t, local, &d);
	snprintf(dow, sizeof dow, "%d", d);
	page_attr(e, "local", local);
	page_attr(e, "dow", dow);
}

void when_mark(xmlNodePtr node)
{
	xmlNodePtr kid;
	time_t t;

	if (node == NULL || node->type != XML_ELEMENT_NODE)
		return;
	kid = node->children;
	if (kid != NULL && kid->type == XML_TEXT_NODE && kid->next == NULL &&
	    strchr((const char *)kid->content, 'T') != NULL &&
	    tz_parse_utc((const char *)kid->content, &t)) {
		mark(node, t);
		return;
	}
	for (kid = node->children; kid != NULL; kid = kid->next)
		when_mark(kid);
}

xmlNodePtr when_add(xmlNodePtr parent, const char *name, time_t t)
{
	char text[TZ_TEXT];
	xmlNodePtr e;

	tz_utc_text(t, text);
	text[10] = 'T';
	e = page_add(parent, name, NULL);
	xmlNodeSetContent(e, X text);
	xmlNodeAddContent(e, X "Z");
	mark(e, t);
	return e;
}
