/* csv: CSV writing for exports; see csv.h for the design. */
#include "csv.h"

#include <stdbool.h>
#include <string.h>

#include <libxml/tree.h>

#include "log.h"
#include "render.h"

int csv_begin(struct csv *c, struct buf *out)
{
	c->out = out;
	c->cells = 0;
	return buf_add(out, "\xEF\xBB\xBF", 3);
}

/* Appends the separator a new cell needs on the current line. */
static int cell_start(struct csv *c)
{
	return c->cells++ > 0 ? buf_add(c->out, ",", 1) : 0;
}

int csv_cell(struct csv *c, const char *s)
{
	bool formula, quote;

	if (cell_start(c) == -1)
		return -1;
	if (s == NULL || *s == '\0')
		return 0;
	formula = strchr("=+-@\t\r", *s) != NULL;
	quote = strpbrk(s, ",\"\r\n") != NULL;
	if (quote && buf_add(c->out, "\"", 1) == -1)
		return -1;
	if (formula && buf_add(c->out, "'", 1) == -1)
		return -1;
	for (const char *p = s; *p != '\0'; p++) {
		if (*p == '"' && buf_add(c->out, "\"", 1) == -1)
			return -1;
		if (buf_add(c->out, p, 1) == -1)
			return -1;
	}
	return quote ? buf_add(c->out, "\"", 1) : 0;
}

int csv_cell_int(struct csv *c, long long n)
{
	if (cell_start(c) == -1)
		return -1;
	return buf_printf(c->out, "%lld", n);
}

int csv_row_end(struct csv *c)
{
	c->cells = 0;
	return buf_add(c->out, "\r\n", 2);
}

int csv_header(struct csv *c, const char *lang, const char *const *keys,
               size_t n)
{
	xmlDocPtr in = xmlNewDoc(BAD_CAST "1.0"), out = NULL;
	xmlNodePtr root, cell;
	int rc = -1;

	if (in == NULL)
		return -1;
	root = xmlNewDocNode(in, NULL, BAD_CAST "csv-header", NULL);
	xmlDocSetRootElement(in, root);
	xmlSetProp(root, BAD_CAST "lang", BAD_CAST lang);
	for (size_t i = 0; i < n; i++)
		xmlSetProp(xmlNewChild(root, NULL, BAD_CAST "col", NULL),
		           BAD_CAST "k", BAD_CAST keys[i]);
	if ((out = render_apply(in, "csv-header")) == NULL)
		goto done;
	root = xmlDocGetRootElement(out);
	for (cell = root != NULL ? root->children : NULL; cell != NULL;
	     cell = cell->next) {
		xmlChar *text;

		if (cell->type != XML_ELEMENT_NODE)
			continue;
		text = xmlNodeGetContent(cell);
		rc = csv_cell(c, (const char *)text);
		xmlFree(text);
		if (rc == -1)
			goto done;
	}
	rc = csv_row_end(c);
done:
	if (rc == -1)
		log_error("csv: cannot write the header row");
	xmlFreeDoc(out);
	xmlFreeDoc(in);
	return rc;
}
