/* msgkey: catalog lookups in constant time for the in-program renderer.
 *
 * Stylesheets look words up as $t[@k = 'some.key'], a filter that
 * compares the key with every <m> of the catalog. When a stylesheet is
 * loaded, msgkey_rewrite_doc() turns each such filter whose key does not
 * depend on the context node into passerelle-t('some.key'), a
 * function that answers the same node-set from a hash of the catalog's
 * keys. The files on disk are unchanged: tools/i18n-check and nginx's
 * xslt filter read them as written. */
#ifndef MSGKEY_H
#define MSGKEY_H

#include <libxml/tree.h>
#include <libxml/xpath.h>

/* Returns expr with every rewritable $t[@k = X] replaced by
 * passerelle-t(X), or NULL when nothing was rewritten (or out of
 * memory). With avt set, expr is an attribute value template and only
 * its {…} parts are XPath. The caller frees the result with free(). */
char *msgkey_rewrite(const char *expr, int avt);

/* Rewrites the select and test attributes of the XSLT elements of doc and
 * the attribute value templates of its other elements, in place. */
void msgkey_rewrite_doc(xmlDocPtr doc);

/* Registers passerelle-t in a transform's XPath context: it reads the
 * transform's $t. */
void msgkey_register(xmlXPathContextPtr ctxt);

/* Indexes doc's root/m elements by their k attribute: lookups in a
 * node-set made of exactly those elements use the index. doc must stay
 * alive until msgkey_forget_all(). Returns 0, or -1 when not indexed
 * (duplicate keys, no memory, table full): lookups then scan. */
int msgkey_adopt(xmlDocPtr doc);

/* Drops every index (before their documents are freed). */
void msgkey_forget_all(void);

#endif
