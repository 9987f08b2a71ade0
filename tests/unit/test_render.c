/* Unit tests of render.c: stylesheets compile and transform; document()
 * and xsl:import/include reach nothing outside the stylesheet directory;
 * an edited stylesheet is noticed; entities are never expanded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "conf.h"
#include "render.h"
#include "test.h"

static char dir[64];
static char secret[128]; /* beside dir, a file it must not reach */

static void put(const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
}

/* Renders an XML string with the named stylesheet; the caller frees. */
static char *render(const char *sheet, const char *xml)
{
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL,
	                              XML_PARSE_NONET);
	xmlChar *out = NULL;
	int len = 0;
	char *copy = NULL;

	if (doc != NULL && render_html(doc, sheet, &out, &len) == 0)
		copy = strndup((const char *)out, (size_t)len);
	xmlFree(out);
	xmlFreeDoc(doc);
	return copy;
}

#define HEAD                                                                   \
	"<xsl:stylesheet version=\"1.0\" "                                     \
	"xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"                  \
	"<xsl:output method=\"html\"/>"

/* A catalog beside the stylesheet is read; a file outside is not. */
static void test_document_confined(void)
{
	char *html, sheet[1024];

	put("cat.xml", "<c><m>bonjour</m></c>");
	put("inside.xsl", HEAD "<xsl:template match=\"/\"><p><xsl:value-of "
	                       "select=\"document('cat.xml')/c/m\"/></p>"
	                       "</xsl:template></xsl:stylesheet>");
	snprintf(sheet, sizeof sheet,
	         HEAD
	         "<xsl:template match=\"/\"><p>[<xsl:value-of "
	         "select=\"document('/etc/passwd')\"/>]</p><p>[<xsl:value-of "
	         "select=\"document('file://%s')/s\"/>]</p><p>[<xsl:value-of "
	         "select=\"document('../%s')/s\"/>]</p>"
	         "</xsl:template></xsl:stylesheet>",
	         secret, strrchr(secret, '/') + 1);
	put("outside.xsl", sheet);
	html = render("inside", "<page/>");
	CHECK(html != NULL && strstr(html, "bonjour") != NULL);
	free(html);
	html = render("outside", "<page/>");
	/* Either the transform fails or it reads nothing: never the file. */
	CHECK(html == NULL || (strstr(html, "root:") == NULL &&
	                       strstr(html, "hidden") == NULL));
	free(html);
}

/* xsl:import of a file outside the directory is refused. */
static void test_import_confined(void)
{
	char *html;

	put("imports.xsl", HEAD "<xsl:import href=\"../evil.xsl\"/>"
	                        "<xsl:template match=\"/\"><p>x</p>"
	                        "</xsl:template></xsl:stylesheet>");
	html = render("imports", "<page/>");
	CHECK(html == NULL);
	free(html);
}

/* An entity declared in the page is not expanded from a file. */
static void test_no_entities(void)
{
	char *html;

	put("echo.xsl", HEAD "<xsl:template match=\"/\"><p>[<xsl:value-of "
	                     "select=\"/page\"/>]</p></xsl:template>"
	                     "</xsl:stylesheet>");
	html = render("echo", "<!DOCTYPE page [<!ENTITY x SYSTEM "
	                      "\"file:///etc/passwd\">]><page>&x;</page>");
	CHECK(html == NULL || strstr(html, "root:") == NULL);
	free(html);
}

/* A stylesheet edited on disk is used at the next render (a second later
 * at most: the directory is looked at once a second). */
static void test_reload(void)
{
	char *html;

	put("v.xsl", HEAD "<xsl:template match=\"/\"><p>one</p>"
	                  "</xsl:template></xsl:stylesheet>");
	html = render("v", "<page/>");
	CHECK(html != NULL && strstr(html, "one") != NULL);
	free(html);
	sleep(2);
	put("v.xsl", HEAD "<xsl:template match=\"/\"><p>two</p>"
	                  "</xsl:template></xsl:stylesheet>");
	html = render("v", "<page/>");
	CHECK(html != NULL && strstr(html, "two") != NULL);
	free(html);
}

int main(void)
{
	strcpy(dir, "/tmp/passerelle-render-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return 1;
	/* A file beside the directory that a stylesheet must not reach. */
	snprintf(secret, sizeof secret, "%s-secret.xml", dir);
	{
		FILE *f = fopen(secret, "w");
		fputs("<s>hidden</s>", f);
		fclose(f);
	}
	conf_load(NULL);
	snprintf(conf.xsl_dir, sizeof conf.xsl_dir, "%s", dir);
	if (render_init() == -1)
		return 1;
	test_document_confined();
	test_import_confined();
	test_no_entities();
	test_reload();
	render_cleanup();
	unlink(secret);
	return test_done("render");
}
