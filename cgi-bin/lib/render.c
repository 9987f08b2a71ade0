#include "render.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <libxml/parser.h>
#include <libxslt/documents.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include "conf.h"
#include "log.h"
#include "msgkey.h"

#define RENDER_CACHE_MAX 16
#define DOC_CACHE_MAX    8
#define XML_OPTIONS      (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS)

struct compiled {
	char screen[64];
	xsltStylesheetPtr style;
};

static struct compiled cache[RENDER_CACHE_MAX];
static size_t ncompiled;
static char xsl_root[PATH_MAX];
static unsigned long long xsl_stamp; /* a digest of the xsl files' mtimes */
static time_t checked_at;
static xsltSecurityPrefsPtr prefs;
/* Documents read by document() (the message catalogs), kept across
 * transforms: libxslt would parse them again at every one. */
static xmlDocPtr docs[DOC_CACHE_MAX];
static size_t ndocs;

/* True when path resolves to a file under the stylesheet directory. */
static int under_xsl(const char *path)
{
	char real[PATH_MAX];
	size_t n = strlen(xsl_root);

	if (strncmp(path, "file://", 7) == 0)
		path += 7;
	if (realpath(path, real) == NULL)
		return 0;
	return strncmp(real, xsl_root, n) == 0 && real[n] == '/';
}

static int allow_read(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt,
                      const char *value)
{
	(void)sec;
	(void)ctxt;
	if (under_xsl(value))
		return 1;
	log_error("render: read refused: %s", value);
	return 0;
}

/* Loads stylesheets and document() targets without entities, DTDs or the
 * network, and only from under the stylesheet directory. Stylesheets get
 * their catalog lookups rewritten (msgkey.h); documents get a dictionary
 * of their own, not the transform's, since they outlive it. */
static xmlDocPtr load_doc(const xmlChar *uri, xmlDictPtr dict, int options,
                          void *ctxt, xsltLoadType type)
{
	xmlParserCtxtPtr pctxt;
	xmlDocPtr doc;

	(void)options;
	(void)ctxt;
	if (!under_xsl((const char *)uri)) {
		log_error("render: load refused: %s", (const char *)uri);
		return NULL;
	}
	if ((pctxt = xmlNewParserCtxt()) == NULL)
		return NULL;
	if (type != XSLT_LOAD_DOCUMENT && dict != NULL && pctxt->dict != NULL) {
		xmlDictFree(pctxt->dict);
		pctxt->dict = dict;
		xmlDictReference(dict);
	}
	doc = xmlCtxtReadFile(pctxt, (const char *)uri, NULL, XML_OPTIONS);
	xmlFreeParserCtxt(pctxt);
	if (type != XSLT_LOAD_DOCUMENT)
		msgkey_rewrite_doc(doc);
	return doc;
}

int render_init(void)
{
	if (realpath(conf.xsl_dir, xsl_root) == NULL) {
		fprintf(stderr, "xsl_dir '%s' not found\n", conf.xsl_dir);
		return -1;
	}
	xmlInitParser();
	if ((prefs = xsltNewSecurityPrefs()) == NULL)
		return -1;
	xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE,
	                     xsltSecurityForbid);
	xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY,
	                     xsltSecurityForbid);
	xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK,
	                     xsltSecurityForbid);
	xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK,
	                     xsltSecurityForbid);
	xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_FILE, allow_read);
	xsltSetDefaultSecurityPrefs(prefs);
	xsltSetLoaderFunc(load_doc);
	return 0;
}

/* A digest of the names, sizes and times of the stylesheets and catalogs:
 * it changes when an operator edits, adds or removes one. */
static unsigned long long stamp_dir(const char *dir, int depth)
{
	unsigned long long h = 1469598103934665603ULL;
	struct dirent *e;
	DIR *d;

	if (depth > 2 || (d = opendir(dir)) == NULL)
		return h;
	while ((e = readdir(d)) != NULL) {
		char path[PATH_MAX];
		struct stat st;
		size_t len = strlen(e->d_name);

		if (e->d_name[0] == '.')
			continue;
		if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >=
		        (int)sizeof path ||
		    stat(path, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			h ^= stamp_dir(path, depth + 1);
		} else if (len > 4 &&
		           (strcmp(e->d_name + len - 4, ".xsl") == 0 ||
		            strcmp(e->d_name + len - 4, ".xml") == 0)) {
			/* Order-independent: add each file's own hash. */
			unsigned long long f = 1469598103934665603ULL;
			for (const char *p = e->d_name; *p; p++)
				f = (f ^ (unsigned char)*p) * 1099511628211ULL;
			f ^= (unsigned long long)st.st_mtim.tv_sec * 1000003ULL;
			f ^= (unsigned long long)st.st_mtim.tv_nsec;
			f ^= (unsigned long long)st.st_size << 20;
			h += f * 1099511628211ULL;
		}
	}
	closedir(d);
	return h;
}

void render_cleanup(void)
{
	for (size_t i = 0; i < ncompiled; i++)
		xsltFreeStylesheet(cache[i].style);
	ncompiled = 0;
	msgkey_forget_all();
	for (size_t i = 0; i < ndocs; i++)
		xmlFreeDoc(docs[i]);
	ndocs = 0;
}

/* Hands the kept documents to a new transform context, marked as libxslt
 * marks the source document: it will not free them. */
static void lend_docs(xsltTransformContextPtr ctxt)
{
	for (size_t i = 0; i < ndocs; i++) {
		xsltDocumentPtr d = xsltNewDocument(ctxt, docs[i]);
		if (d != NULL)
			d->main = 1;
	}
}

/* Takes over the documents the transform read from under the stylesheet
 * directory, before the context is freed with the ones it owns. */
static void keep_docs(xsltTransformContextPtr ctxt)
{
	for (xsltDocumentPtr d = ctxt->docList; d != NULL; d = d->next) {
		if (d->main || d->doc == NULL || d->doc->URL == NULL ||
		    ndocs == DOC_CACHE_MAX ||
		    !under_xsl((const char *)d->doc->URL))
			continue;
		d->main = 1;
		docs[ndocs++] = d->doc;
		msgkey_adopt(d->doc);
	}
}

/* Drops the compiled stylesheets when the files changed; looks at most
 * once a second. */
static void check_fresh(void)
{
	time_t now = time(NULL);
	unsigned long long s;

	if (now == checked_at)
		return;
	checked_at = now;
	s = stamp_dir(xsl_root, 0);
	if (s != xsl_stamp) {
		if (xsl_stamp != 0)
			log_info("render: stylesheets changed, reloading");
		render_cleanup();
		xsl_stamp = s;
	}
}

static xsltStylesheetPtr stylesheet(const char *screen)
{
	char path[PATH_MAX];
	xsltStylesheetPtr style;

	check_fresh();
	for (size_t i = 0; i < ncompiled; i++)
		if (strcmp(cache[i].screen, screen) == 0)
			return cache[i].style;
	if (snprintf(path, sizeof path, "%s/%s.xsl", xsl_root, screen) >=
	    (int)sizeof path)
		return NULL;
	if ((style = xsltParseStylesheetFile((const xmlChar *)path)) == NULL) {
		log_error("render: cannot compile %s", path);
		return NULL;
	}
	if (ncompiled == RENDER_CACHE_MAX) {
		xsltFreeStylesheet(cache[0].style);
		memmove(cache, cache + 1,
		        (RENDER_CACHE_MAX - 1) * sizeof *cache);
		ncompiled--;
	}
	snprintf(cache[ncompiled].screen, sizeof cache[0].screen, "%s", screen);
	cache[ncompiled].style = style;
	ncompiled++;
	return style;
}

/* Runs the compiled style over doc; NULL on error (logged). */
static xmlDocPtr transform(xsltStylesheetPtr style, xmlDocPtr doc,
                           const char *sheet)
{
	xsltTransformContextPtr ctxt;
	xmlDocPtr result;

	if ((ctxt = xsltNewTransformContext(style, doc)) == NULL)
		return NULL;
	xsltSetCtxtSecurityPrefs(prefs, ctxt);
	msgkey_register(ctxt->xpathCtxt);
	lend_docs(ctxt);
	result = xsltApplyStylesheetUser(style, doc, NULL, NULL, NULL, ctxt);
	if (result == NULL || ctxt->state != XSLT_STATE_OK) {
		log_error("render: transform with %s.xsl failed", sheet);
		if (result != NULL)
			xmlFreeDoc(result);
		result = NULL;
	}
	keep_docs(ctxt);
	xsltFreeTransformContext(ctxt);
	return result;
}

xmlDocPtr render_apply(xmlDocPtr doc, const char *sheet)
{
	xsltStylesheetPtr style = stylesheet(sheet);

	return style != NULL ? transform(style, doc, sheet) : NULL;
}

int render_html(xmlDocPtr doc, const char *screen, xmlChar **out, int *len)
{
	xsltStylesheetPtr style;
	xmlDocPtr html;
	int rc;

	*out = NULL;
	*len = 0;
	if ((style = stylesheet(screen)) == NULL)
		return -1;
	if ((html = transform(style, doc, screen)) == NULL)
		return -1;
	rc = xsltSaveResultToString(out, len, html, style);
	xmlFreeDoc(html);
	return rc == 0 && *out != NULL ? 0 : -1;
}
