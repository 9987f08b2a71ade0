/* render: page XML to HTML with the screen's stylesheet, in process. */
#ifndef RENDER_H
#define RENDER_H

#include <stddef.h>

#include <libxml/tree.h>

/* Sets the security preferences and the document loader: stylesheets and
 * documents are read only under conf.xsl_dir, never from the network, never
 * written. Call once, after conf_load(). Returns 0 or -1. */
int render_init(void);

/* Transforms doc with xsl/<screen>.xsl, compiled once and compiled again
 * when a stylesheet under the directory changed. On success *out holds the
 * HTML (free with xmlFree) and 0 is returned; -1 on error (logged). */
int render_html(xmlDocPtr doc, const char *screen, xmlChar **out, int *len);

/* Transforms doc with xsl/<sheet>.xsl (sheet may name a subdirectory, as
 * "mail/activation") and returns the result document, which the caller
 * frees with xmlFreeDoc; NULL on error (logged). */
xmlDocPtr render_apply(xmlDocPtr doc, const char *sheet);

/* Forgets every compiled stylesheet. */
void render_cleanup(void);

#endif
