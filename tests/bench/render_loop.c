/* make bench's transform probe: renders one page's XML with its screen's
 * stylesheet N times in process and prints the mean time of one render,
 * the cost a program pays per page beyond the database and FastCGI.
 *   render_loop XSL_DIR SCREEN PAGE.xml [N]
 *   render_loop -p XSL_DIR SCREEN PAGE.xml   libxslt's profile of each
 *       template (calls, time), the way render.c transforms: stylesheets
 *       rewritten, the page's catalog indexed and lent
 * Built and run by tools/bench against the XML of case 4; also handy
 * under valgrind --tool=callgrind. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/parser.h>
#include <libxslt/documents.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

#include "conf.h"
#include "msgkey.h"
#include "render.h"

/* One profiled transform of doc with dir/screen.xsl, catalog lang. */
static int profile(const char *dir, const char *screen, xmlDocPtr doc)
{
	char path[512];
	xmlChar *lang = xmlGetProp(xmlDocGetRootElement(doc), BAD_CAST "lang");
	xsltStylesheetPtr style;
	xsltTransformContextPtr ctxt;
	xmlDocPtr cat, res;

	snprintf(path, sizeof path, "%s/i18n/%s.xml", conf.xsl_dir,
	         lang != NULL && xmlStrEqual(lang, BAD_CAST "en") ? "en"
	                                                          : "fr");
	xmlFree(lang);
	if ((cat = xmlReadFile(path, NULL,
	                       XML_PARSE_NONET | XML_PARSE_NOBLANKS)) == NULL)
		return 1;
	msgkey_adopt(cat);
	xmlXPathOrderDocElems(cat);
	snprintf(path, sizeof path, "%s/%s.xsl", dir, screen);
	if ((style = xsltParseStylesheetFile(BAD_CAST path)) == NULL ||
	    (ctxt = xsltNewTransformContext(style, doc)) == NULL)
		return 1;
	msgkey_register(ctxt->xpathCtxt);
	xsltNewDocument(ctxt, cat)->main = 1;
	res = xsltApplyStylesheetUser(style, doc, NULL, NULL, stdout, ctxt);
	xsltFreeTransformContext(ctxt);
	xmlFreeDoc(res);
	xsltFreeStylesheet(style);
	msgkey_forget_all();
	xmlFreeDoc(cat);
	return res == NULL;
}

int main(int argc, char **argv)
{
	struct timespec a, b;
	xmlDocPtr doc;
	xmlChar *out;
	int len, n = argc > 4 ? atoi(argv[4]) : 200;

	if (argc == 5 && strcmp(argv[1], "-p") == 0) {
		snprintf(conf.xsl_dir, sizeof conf.xsl_dir, "%s", argv[2]);
		if (render_init() != 0 ||
		    (doc = xmlReadFile(argv[4], NULL, XML_PARSE_NONET)) == NULL)
			return 1;
		return profile(conf.xsl_dir, argv[3], doc);
	}
	if (argc < 4 || n < 1) {
		fprintf(stderr,
		        "usage: render_loop XSL_DIR SCREEN PAGE.xml [N]\n");
		return 2;
	}
	snprintf(conf.xsl_dir, sizeof conf.xsl_dir, "%s", argv[1]);
	if (render_init() != 0 ||
	    (doc = xmlReadFile(argv[3], NULL, XML_PARSE_NONET)) == NULL)
		return 1;
	/* The first render compiles the stylesheet: not counted. */
	if (render_html(doc, argv[2], &out, &len) != 0)
		return 1;
	xmlFree(out);
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (int i = 0; i < n; i++) {
		if (render_html(doc, argv[2], &out, &len) != 0)
			return 1;
		xmlFree(out);
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("%s: %.0f us a render (%d bytes, %d renders)\n", argv[2],
	       ((double)(b.tv_sec - a.tv_sec) * 1e6 +
	        (double)(b.tv_nsec - a.tv_nsec) / 1e3) /
	           n,
	       len, n);
	xmlFreeDoc(doc);
	render_cleanup();
	return 0;
}
