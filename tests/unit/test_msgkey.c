/* Unit tests of msgkey.c: which catalog lookups are rewritten and how,
 * and that a rewritten lookup answers what $t[@k = X] answers; and of the
 * renderer's kept catalogs: the same words at every render, new words once
 * the catalog file changes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxslt/documents.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

#include "conf.h"
#include "msgkey.h"
#include "render.h"
#include "test.h"

/* The rewrite of expr, or "-" when it is left alone. */
static char got[1024];
static const char *rw(const char *expr, int avt)
{
	char *r = msgkey_rewrite(expr, avt);

	snprintf(got, sizeof got, "%s", r != NULL ? r : "-");
	free(r);
	return got;
}

static void test_rewrite(void)
{
	CHECK_STR(rw("$t[@k='nav.skip']", 0), "passerelle-t('nav.skip')");
	CHECK_STR(rw("string($t[ @k = \"a\" ])", 0),
	          "string(passerelle-t(\"a\"))");
	CHECK_STR(rw("$t[@k = $label]", 0), "passerelle-t($label)");
	CHECK_STR(rw("$t[@k = current()/@key]", 0),
	          "passerelle-t(current()/@key)");
	CHECK_STR(rw("$t[@k = concat('partner.state.', $state)]", 0),
	          "passerelle-t(concat('partner.state.', $state))");
	CHECK_STR(rw("$t[@k = concat($screen, '.', current()/@field)]", 0),
	          "passerelle-t(concat($screen, '.', current()/@field))");
	CHECK_STR(rw("$t[@k='a'] | $t[@k='b']", 0),
	          "passerelle-t('a') | passerelle-t('b')");
	/* The key depends on the <m> being tested: left alone. */
	CHECK_STR(rw("$t[@k = @other]", 0), "-");
	CHECK_STR(rw("$t[@k = name()]", 0), "-");
	CHECK_STR(rw("$t[@k = string()]", 0), "-");
	CHECK_STR(rw("$t[@k = ../x]", 0), "-");
	CHECK_STR(rw("$t[@k = /page/@screen]", 0), "-");
	CHECK_STR(rw("$t[@k = concat('a', position())]", 0), "-");
	CHECK_STR(rw("$t[@k = $v[1]]", 0), "-");
	/* Not the simple filter. */
	CHECK_STR(rw("$t[starts-with(@k, 'users.state.')]", 0), "-");
	CHECK_STR(rw("$t[@k = 'a' or @k = 'b']", 0), "-");
	CHECK_STR(rw("$t[@k != 'a']", 0), "-");
	CHECK_STR(rw("$tab[@k = 'a']", 0), "-");
	CHECK_STR(rw("$t[@key = 'a']", 0), "-");
	CHECK_STR(rw("'$t[@k=1]'", 0), "-");
	/* Attribute value templates: only inside braces. */
	CHECK_STR(rw("x {$t[@k='users.paging']} y", 1),
	          "x {passerelle-t('users.paging')} y");
	CHECK_STR(rw("$t[@k='a'] {{$t[@k='b']}}", 1), "-");
	CHECK_STR(rw("{'}'}{$t[@k='a']}", 1), "{'}'}{passerelle-t('a')}");
	CHECK_STR(rw("{$t[@k='a']", 1), "-");
}

#define SHEET                                                                  \
	"<xsl:stylesheet version='1.0' "                                       \
	"xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"                    \
	"<xsl:output method='text'/>"                                          \
	"<xsl:variable name='t' select='/r/c/m'/>"                             \
	"<xsl:template match='/'>"                                             \
	"[<xsl:value-of select=\"$t[@k='b']\"/>]"                              \
	"[<xsl:value-of select=\"$t[@k = concat('a', /r/@n)]\"/>]"             \
	"[<xsl:value-of select=\"count($t[@k = /r/w])\"/>]"                    \
	"[<xsl:value-of select=\"count($t[@k = 'none'])\"/>]"                  \
	"[<xsl:for-each select='/r/w'><xsl:value-of "                          \
	"select='$t[@k = current()]'/></xsl:for-each>]"                        \
	"[<xsl:for-each select='/r/w[1]'><xsl:variable name='t' "              \
	"select='/r/c/m[2]'/><xsl:value-of select=\"count($t[@k = 'a1'])\"/>"  \
	"<xsl:value-of select=\"count($t[@k = 'b'])\"/></xsl:for-each>]"       \
	"[<xsl:variable name='rtf'>c</xsl:variable><xsl:value-of "             \
	"select='$t[@k = $rtf]'/>]"                                            \
	"</xsl:template></xsl:stylesheet>"

#define DOC                                                                    \
	"<r n='1'><c><m k='a1'>un</m><m k='b'>deux</m><m k='c'>trois</m></c>"  \
	"<w>c</w><w>a1</w></r>"

/* Runs SHEET over DOC, rewritten or not, with the catalog indexed or not. */
static char *run(int rewrite, int adopt)
{
	xmlDocPtr sd =
	    xmlReadMemory(SHEET, (int)strlen(SHEET), "s.xsl", NULL, 0);
	xmlDocPtr doc = xmlReadMemory(DOC, (int)strlen(DOC), "d.xml", NULL, 0);
	xsltStylesheetPtr style;
	xsltTransformContextPtr ctxt;
	xmlDocPtr res;
	xmlChar *out = NULL;
	int len = 0;
	char *s;

	if (rewrite)
		msgkey_rewrite_doc(sd);
	style = xsltParseStylesheetDoc(sd);
	if (adopt) {
		xmlXPathOrderDocElems(doc);
		msgkey_adopt(doc);
	}
	ctxt = xsltNewTransformContext(style, doc);
	msgkey_register(ctxt->xpathCtxt);
	res = xsltApplyStylesheetUser(style, doc, NULL, NULL, NULL, ctxt);
	xsltFreeTransformContext(ctxt);
	if (res != NULL)
		xsltSaveResultToString(&out, &len, res, style);
	s = strndup(out != NULL ? (const char *)out : "(failed)",
	            out != NULL ? (size_t)len : 8);
	xmlFree(out);
	xmlFreeDoc(res);
	xsltFreeStylesheet(style);
	msgkey_forget_all();
	xmlFreeDoc(doc);
	return s;
}

static void test_same_answers(void)
{
	const char *want = "[deux][un][2][0][troisun][01][trois]";
	char *plain = run(0, 0), *scanned = run(1, 0), *indexed = run(1, 1);

	CHECK_STR(plain, want);
	CHECK_STR(scanned, want);
	CHECK_STR(indexed, want);
	free(plain);
	free(scanned);
	free(indexed);
}

/* Two messages with one key: not indexed (only a scan gives both). */
static void test_duplicate_not_indexed(void)
{
	const char *x = "<c><m k='a'>1</m><m k='a'>2</m></c>";
	xmlDocPtr doc = xmlReadMemory(x, (int)strlen(x), "c.xml", NULL, 0);

	CHECK_INT(msgkey_adopt(doc), -1);
	msgkey_forget_all();
	xmlFreeDoc(doc);
}

static void put_file(const char *dir, const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if ((f = fopen(path, "w")) != NULL) {
		fputs(text, f);
		fclose(f);
	}
}

/* Renders <page/> with dir/t.xsl; the caller frees. */
static char *render_page(void)
{
	xmlDocPtr doc = xmlReadMemory("<page/>", 7, "p.xml", NULL, 0);
	xmlChar *out = NULL;
	int len = 0;
	char *s = NULL;

	if (render_html(doc, "t", &out, &len) == 0)
		s = strndup((const char *)out, (size_t)len);
	xmlFree(out);
	xmlFreeDoc(doc);
	return s;
}

/* The catalog read by document() is kept between renders, and read again
 * when its file changes. */
static void test_kept_catalog(void)
{
	char dir[] = "/tmp/passerelle-msgkey-XXXXXX", path[256], *a, *b, *c;
	struct timeval later[2];

	if (mkdtemp(dir) == NULL) {
		CHECK(0);
		return;
	}
	put_file(dir, "cat.xml",
	         "<catalog><m k='a'>un</m><m k='b'>deux</m></catalog>");
	put_file(dir, "t.xsl",
	         "<xsl:stylesheet version='1.0' "
	         "xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
	         "<xsl:output method='text'/><xsl:variable name='t' "
	         "select=\"document('cat.xml')/catalog/m\"/>"
	         "<xsl:template match='/'><xsl:value-of select=\"$t[@k='a']\"/>"
	         "-<xsl:value-of select=\"$t[@k='b']\"/></xsl:template>"
	         "</xsl:stylesheet>");
	snprintf(conf.xsl_dir, sizeof conf.xsl_dir, "%s", dir);
	CHECK(render_init() == 0);
	a = render_page();
	b = render_page();
	CHECK_STR(a, "un-deux");
	CHECK_STR(b, "un-deux");
	put_file(dir, "cat.xml",
	         "<catalog><m k='a'>uno</m><m k='b'>dos</m></catalog>");
	snprintf(path, sizeof path, "%s/cat.xml", dir);
	gettimeofday(&later[0], NULL);
	later[0].tv_sec += 5;
	later[1] = later[0];
	utimes(path, later);
	sleep(1); /* the files are looked at once a second */
	c = render_page();
	CHECK_STR(c, "uno-dos");
	free(a);
	free(b);
	free(c);
	render_cleanup();
	unlink(path);
	snprintf(path, sizeof path, "%s/t.xsl", dir);
	unlink(path);
	rmdir(dir);
}

int main(void)
{
	test_rewrite();
	test_same_answers();
	test_duplicate_not_indexed();
	test_kept_catalog();
	xsltCleanupGlobals();
	xmlCleanupParser();
	return test_done("msgkey");
}
