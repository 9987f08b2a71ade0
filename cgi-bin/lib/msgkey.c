#include "msgkey.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/hash.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>

#define XSLT_NS   "http://www.w3.org/1999/XSL/Transform"
#define FN_NAME   "passerelle-t"
#define INDEX_MAX 8
#define ARG_DEPTH 8

struct index {
	xmlDocPtr doc;
	xmlHashTablePtr keys; /* k -> its <m> element */
	xmlNodePtr *nodes;    /* every root/m, in document order */
	int count;
};

static struct index indexes[INDEX_MAX];
static int nindexes;

/* A growing output string; ok drops to 0 when memory runs out. */
struct out {
	char *s;
	size_t len, cap;
	int ok;
};

static void put(struct out *o, const char *s, size_t n)
{
	char *p;
	size_t cap;

	if (!o->ok)
		return;
	if (o->len + n + 1 > o->cap) {
		cap = o->cap != 0 ? o->cap * 2 : 256;
		while (cap < o->len + n + 1)
			cap *= 2;
		if ((p = realloc(o->s, cap)) == NULL) {
			o->ok = 0;
			return;
		}
		o->s = p;
		o->cap = cap;
	}
	memcpy(o->s + o->len, s, n);
	o->len += n;
	o->s[o->len] = '\0';
}

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

static int name_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	       c >= 0x80;
}

static int name_char(unsigned char c)
{
	return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* The end of the NCName at p, or NULL. */
static const char *ncname(const char *p)
{
	if (!name_start((unsigned char)*p))
		return NULL;
	while (name_char((unsigned char)*p))
		p++;
	return p;
}

/* The end of the steps "/a/@b/.." after a variable or current(): plain
 * names only, no predicate, no axis, no function. */
static const char *steps(const char *p)
{
	while (*p == '/') {
		p++;
		if (*p == '@')
			p = ncname(p + 1);
		else if (p[0] == '.' && p[1] == '.')
			p += 2;
		else
			p = ncname(p);
		if (p == NULL || *p == ':' || *p == '[' || *skip_ws(p) == '(')
			return NULL;
	}
	return p;
}

static const char *const string_fns[] = {
    "concat",           "string",          "normalize-space", "substring",
    "substring-before", "substring-after", "translate",
};

/* The end of an expression at p whose value does not depend on the
 * context node: a literal, a number, a variable or current() with plain
 * steps, or a string function of such expressions. NULL otherwise. */
static const char *free_arg(const char *p, int depth)
{
	const char *q, *r;
	size_t n, i;

	p = skip_ws(p);
	if (depth > ARG_DEPTH)
		return NULL;
	if (*p == '\'' || *p == '"') {
		q = strchr(p + 1, *p);
		return q != NULL ? q + 1 : NULL;
	}
	if (*p >= '0' && *p <= '9') {
		while ((*p >= '0' && *p <= '9') || *p == '.')
			p++;
		return p;
	}
	if (*p == '$') {
		if ((q = ncname(p + 1)) != NULL && *q == ':')
			q = ncname(q + 1);
		return q != NULL ? steps(q) : NULL;
	}
	if ((q = ncname(p)) == NULL)
		return NULL;
	n = (size_t)(q - p);
	r = skip_ws(q);
	if (*r != '(')
		return NULL;
	r = skip_ws(r + 1);
	if (n == 7 && strncmp(p, "current", 7) == 0)
		return *r == ')' ? steps(r + 1) : NULL;
	for (i = 0; i < sizeof string_fns / sizeof *string_fns; i++)
		if (strlen(string_fns[i]) == n &&
		    strncmp(p, string_fns[i], n) == 0)
			break;
	if (i == sizeof string_fns / sizeof *string_fns)
		return NULL;
	for (;;) {
		if ((r = free_arg(r, depth + 1)) == NULL)
			return NULL;
		r = skip_ws(r);
		if (*r == ')')
			return r + 1;
		if (*r != ',')
			return NULL;
		r++;
	}
}

/* Copies the XPath expression s to o, rewriting each $t[@k = X] whose X
 * is context-free; returns how many were rewritten. */
static int rewrite_expr(struct out *o, const char *s)
{
	const char *p = s, *q, *a, *b;
	int n = 0;

	while (*p != '\0') {
		if (*p == '\'' || *p == '"') {
			q = strchr(p + 1, *p);
			q = q != NULL ? q + 1 : p + strlen(p);
			put(o, p, (size_t)(q - p));
			p = q;
			continue;
		}
		if (p[0] == '$' && p[1] == 't' &&
		    !name_char((unsigned char)p[2]) && p[2] != ':' &&
		    *(q = skip_ws(p + 2)) == '[' &&
		    *(q = skip_ws(q + 1)) == '@' && q[1] == 'k' &&
		    !name_char((unsigned char)q[2]) && q[2] != ':' &&
		    *(q = skip_ws(q + 2)) == '=' && (a = skip_ws(q + 1)) &&
		    (b = free_arg(a, 0)) != NULL && *(q = skip_ws(b)) == ']') {
			put(o, FN_NAME "(", strlen(FN_NAME "("));
			put(o, a, (size_t)(b - a));
			put(o, ")", 1);
			p = q + 1;
			n++;
			continue;
		}
		put(o, p, 1);
		p++;
	}
	return n;
}

/* As rewrite_expr for the {…} parts of an attribute value template. */
static int rewrite_avt(struct out *o, const char *s)
{
	const char *p = s, *q;
	char *part;
	int n = 0;

	while (*p != '\0') {
		if ((p[0] == '{' && p[1] == '{') ||
		    (p[0] == '}' && p[1] == '}')) {
			put(o, p, 2);
			p += 2;
			continue;
		}
		if (*p != '{') {
			put(o, p, 1);
			p++;
			continue;
		}
		for (q = p + 1; *q != '\0' && *q != '}'; q++)
			if (*q == '\'' || *q == '"') {
				const char *e = strchr(q + 1, *q);
				if (e == NULL)
					break;
				q = e;
			}
		if (*q != '}') { /* not a template: copy the rest */
			put(o, p, strlen(p));
			break;
		}
		if ((part = strndup(p + 1, (size_t)(q - p - 1))) == NULL) {
			o->ok = 0;
			break;
		}
		put(o, "{", 1);
		n += rewrite_expr(o, part);
		put(o, "}", 1);
		free(part);
		p = q + 1;
	}
	return n;
}

char *msgkey_rewrite(const char *expr, int avt)
{
	struct out o = {NULL, 0, 0, 1};
	int n;

	if (strstr(expr, "$t") == NULL)
		return NULL;
	n = avt ? rewrite_avt(&o, expr) : rewrite_expr(&o, expr);
	if (!o.ok || n == 0) {
		free(o.s);
		return NULL;
	}
	return o.s;
}

static void rewrite_nodes(xmlNodePtr node)
{
	for (xmlNodePtr n = node; n != NULL; n = n->next) {
		int xsl;

		if (n->type != XML_ELEMENT_NODE)
			continue;
		xsl = n->ns != NULL &&
		      xmlStrEqual(n->ns->href, (const xmlChar *)XSLT_NS);
		for (xmlAttrPtr a = n->properties; a != NULL; a = a->next) {
			xmlChar *v;
			char *r;

			if (xsl && (a->ns != NULL ||
			            (!xmlStrEqual(a->name, BAD_CAST "select") &&
			             !xmlStrEqual(a->name, BAD_CAST "test"))))
				continue;
			if (!xsl && a->ns != NULL &&
			    xmlStrEqual(a->ns->href, (const xmlChar *)XSLT_NS))
				continue;
			if ((v = xmlNodeGetContent((xmlNodePtr)a)) == NULL)
				continue;
			if ((r = msgkey_rewrite((const char *)v, !xsl)) != NULL)
				xmlSetNsProp(n, a->ns, a->name, BAD_CAST r);
			free(r);
			xmlFree(v);
		}
		rewrite_nodes(n->children);
	}
}

void msgkey_rewrite_doc(xmlDocPtr doc)
{
	if (doc != NULL)
		rewrite_nodes(doc->children);
}

/* The value of node's k attribute (no namespace); *owned is set when it
 * had to be copied (the caller frees it). NULL without one. */
static const xmlChar *key_of(xmlNodePtr node, xmlChar **owned)
{
	*owned = NULL;
	if (node->type != XML_ELEMENT_NODE)
		return NULL;
	for (xmlAttrPtr a = node->properties; a != NULL; a = a->next) {
		if (a->ns != NULL || !xmlStrEqual(a->name, BAD_CAST "k"))
			continue;
		if (a->children == NULL)
			return BAD_CAST "";
		if (a->children->type == XML_TEXT_NODE &&
		    a->children->next == NULL)
			return a->children->content;
		return *owned = xmlNodeGetContent((xmlNodePtr)a);
	}
	return NULL;
}

/* True when v (a k value) equals the XPath value want, by the rules of
 * "@k = want" for a string, number or boolean. */
static int key_matches(const xmlChar *v, xmlXPathObjectPtr want)
{
	switch (want->type) {
	case XPATH_NUMBER:
		return v != NULL &&
		       xmlXPathCastStringToNumber(v) == want->floatval;
	case XPATH_BOOLEAN:
		return (v != NULL) == (want->boolval != 0);
	case XPATH_STRING:
		return v != NULL && xmlStrEqual(v, want->stringval);
	default:
		return 0;
	}
}

/* The index whose nodes are exactly set's, or NULL. */
static struct index *index_of(xmlNodeSetPtr set)
{
	for (int i = 0; i < nindexes; i++) {
		struct index *x = &indexes[i];

		if (x->doc == set->nodeTab[0]->doc && x->count == set->nodeNr &&
		    memcmp(x->nodes, set->nodeTab,
		           (size_t)x->count * sizeof *x->nodes) == 0)
			return x;
	}
	return NULL;
}

/* Adds to res the nodes of set matching want, scanning (want: a string,
 * number or boolean). */
static void scan(xmlNodeSetPtr res, xmlNodeSetPtr set, xmlXPathObjectPtr want)
{
	for (int i = 0; i < set->nodeNr; i++) {
		xmlChar *owned;
		const xmlChar *v = key_of(set->nodeTab[i], &owned);

		if (key_matches(v, want))
			xmlXPathNodeSetAdd(res, set->nodeTab[i]);
		xmlFree(owned);
	}
}

/* Adds to res the node of set (indexed by x, or NULL) whose k is s. */
static void find(xmlNodeSetPtr res, xmlNodeSetPtr set, struct index *x,
                 const xmlChar *s)
{
	if (x != NULL) {
		xmlNodePtr m = xmlHashLookup(x->keys, s);
		if (m != NULL)
			xmlXPathNodeSetAdd(res, m);
	} else {
		xmlXPathObject want = {.type = XPATH_STRING,
		                       .stringval = (xmlChar *)s};
		scan(res, set, &want);
	}
}

/* The value of $t where the expression stands. A variable reference would
 * copy the whole node-set (and the call sort it) at every lookup: the
 * global's value is read in place; a local t (none today), or a global
 * not yet computed, is looked up the usual way into *copy, which the
 * caller frees. NULL when there is no $t. */
static xmlXPathObjectPtr var_t(xmlXPathParserContextPtr ctxt,
                               xmlXPathObjectPtr *copy)
{
	xsltTransformContextPtr tc = xsltXPathGetTransformContext(ctxt);
	xsltStackElemPtr g;

	*copy = NULL;
	if (tc == NULL)
		return NULL;
	for (int i = tc->varsNr; i > tc->varsBase; i--)
		for (xsltStackElemPtr e = tc->varsTab[i - 1]; e; e = e->next)
			if (e->name != NULL && e->name[0] == 't' &&
			    e->name[1] == '\0' && e->nameURI == NULL)
				return *copy = xsltVariableLookup(
				           tc, BAD_CAST "t", NULL);
	g = tc->globalVars != NULL
	        ? xmlHashLookup2(tc->globalVars, BAD_CAST "t", NULL)
	        : NULL;
	if (g != NULL && g->computed && g->value != NULL)
		return g->value;
	return *copy = xsltVariableLookup(tc, BAD_CAST "t", NULL);
}

/* passerelle-t(X): the nodes of $t whose k attribute equals X, as
 * $t[@k = X] in XPath; X is evaluated once, not once per node. */
static void fn_t(xmlXPathParserContextPtr ctxt, int nargs)
{
	xmlXPathObjectPtr want, set, copy, res;
	xmlNodeSetPtr ns;
	struct index *x;

	CHECK_ARITY(1);
	want = valuePop(ctxt);
	set = var_t(ctxt, &copy);
	if (want == NULL || set == NULL || set->type != XPATH_NODESET) {
		xmlXPathFreeObject(want);
		xmlXPathFreeObject(copy);
		XP_ERROR(set == NULL ? XPATH_UNDEF_VARIABLE_ERROR
		                     : XPATH_INVALID_TYPE);
	}
	if ((res = xmlXPathNewNodeSet(NULL)) == NULL) {
		xmlXPathFreeObject(want);
		xmlXPathFreeObject(copy);
		XP_ERROR(XPATH_MEMORY_ERROR);
	}
	ns = set->nodesetval;
	if (ns != NULL && ns->nodeNr > 0) {
		x = index_of(ns);
		switch (want->type) {
		case XPATH_STRING:
			find(res->nodesetval, ns, x, want->stringval);
			break;
		case XPATH_NODESET:
		case XPATH_XSLT_TREE: /* a parameter written as content */
			if (want->nodesetval == NULL)
				break;
			for (int i = 0; i < want->nodesetval->nodeNr; i++) {
				xmlChar *s = xmlXPathCastNodeToString(
				    want->nodesetval->nodeTab[i]);
				if (s != NULL)
					find(res->nodesetval, ns, x, s);
				xmlFree(s);
			}
			xmlXPathNodeSetSort(res->nodesetval);
			break;
		default:
			scan(res->nodesetval, ns, want);
		}
	}
	xmlXPathFreeObject(want);
	xmlXPathFreeObject(copy);
	valuePush(ctxt, res);
}

void msgkey_register(xmlXPathContextPtr ctxt)
{
	xmlXPathRegisterFunc(ctxt, BAD_CAST FN_NAME, fn_t);
}

static void free_index(struct index *x)
{
	xmlHashFree(x->keys, NULL);
	free(x->nodes);
	memset(x, 0, sizeof *x);
}

int msgkey_adopt(xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc);
	struct index *x;
	int n = 0;

	if (root == NULL || nindexes == INDEX_MAX)
		return -1;
	for (xmlNodePtr m = root->children; m != NULL; m = m->next)
		if (m->type == XML_ELEMENT_NODE && m->ns == NULL &&
		    xmlStrEqual(m->name, BAD_CAST "m"))
			n++;
	if (n == 0)
		return -1;
	x = &indexes[nindexes];
	x->doc = doc;
	x->keys = xmlHashCreate(n * 2);
	x->nodes = malloc((size_t)n * sizeof *x->nodes);
	if (x->keys == NULL || x->nodes == NULL) {
		free_index(x);
		return -1;
	}
	for (xmlNodePtr m = root->children; m != NULL; m = m->next) {
		xmlChar *owned;
		const xmlChar *k;
		int dup;

		if (m->type != XML_ELEMENT_NODE || m->ns != NULL ||
		    !xmlStrEqual(m->name, BAD_CAST "m"))
			continue;
		x->nodes[x->count++] = m;
		if ((k = key_of(m, &owned)) == NULL)
			continue;
		dup = xmlHashAddEntry(x->keys, k, m) != 0;
		xmlFree(owned);
		if (dup) { /* two messages, one key: only a scan is exact */
			free_index(x);
			return -1;
		}
	}
	nindexes++;
	return 0;
}

void msgkey_forget_all(void)
{
	for (int i = 0; i < nindexes; i++)
		free_index(&indexes[i]);
	nindexes = 0;
}
