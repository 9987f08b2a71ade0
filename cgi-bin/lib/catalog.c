#include "catalog.h"

#include <libxml/tree.h>

#include "log.h"
#include "render.h"

int catalog_words(const char *lang, const char *const *keys, size_t n,
                  struct pool *pool, const char **out)
{
	xmlDocPtr in = xmlNewDoc(BAD_CAST "1.0"), res = NULL;
	xmlNodePtr root, cell;
	size_t i = 0;
	int rc = -1;

	if (in == NULL)
		return -1;
	root = xmlNewDocNode(in, NULL, BAD_CAST "csv-header", NULL);
	xmlDocSetRootElement(in, root);
	xmlSetProp(root, BAD_CAST "lang", BAD_CAST lang);
	for (size_t k = 0; k < n; k++)
		xmlSetProp(xmlNewChild(root, NULL, BAD_CAST "col", NULL),
		           BAD_CAST "k", BAD_CAST keys[k]);
	if ((res = render_apply(in, "csv-header")) == NULL)
		goto done;
	root = xmlDocGetRootElement(res);
	for (cell = root != NULL ? root->children : NULL; cell != NULL && i < n;
	     cell = cell->next) {
		xmlChar *text;

		if (cell->type != XML_ELEMENT_NODE)
			continue;
		text = xmlNodeGetContent(cell);
		out[i] = pool_strdup(pool, text != NULL ? (char *)text : "");
		xmlFree(text);
		if (out[i++] == NULL)
			goto done;
	}
	rc = i == n ? 0 : -1;
done:
	if (rc == -1)
		log_error("catalog: cannot read the words of %lu keys",
		          (unsigned long)n);
	xmlFreeDoc(res);
	xmlFreeDoc(in);
	return rc;
}
