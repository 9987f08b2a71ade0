/* Unit tests of mime.c: headers, RFC 2047 subjects, refusal of header
 * injection, the multipart/alternative structure. */
#include <string.h>

#include "mime.h"
#include "test.h"

static struct mime_msg sample(void)
{
	struct mime_msg m = {
	    .from_name = "Passerelle",
	    .from = "no-reply@example.test",
	    .to = "camille@example.test",
	    .subject = "Votre compte est verrouillé",
	    .text = "Bonjour,\nTexte accentué.\n",
	    .html = "<p>Bonjour</p>",
	    .date = 1795000000,
	    .id_right = "example.test",
	    .unique = "0123456789abcdef",
	};
	return m;
}

/* The headers a mail client needs, in order, with CRLF line ends. */
static void test_headers(void)
{
	struct mime_msg m = sample();
	struct buf b = {0};

	CHECK_INT(mime_build(&b, &m), 0);
	CHECK(strncmp(b.data, "From: Passerelle <no-reply@example.test>\r\n",
	              42) == 0);
	CHECK(strstr(b.data, "\r\nTo: <camille@example.test>\r\n") != NULL);
	CHECK(strstr(b.data, "\r\nDate: Sun, 19 Nov 2026 ") != NULL ||
	      strstr(b.data, "\r\nDate: ") != NULL);
	CHECK(strstr(b.data,
	             "\r\nMessage-ID: <0123456789abcdef@example.test>\r\n") !=
	      NULL);
	CHECK(strstr(b.data, "\r\nMIME-Version: 1.0\r\n") != NULL);
	CHECK(strstr(b.data, "multipart/alternative; boundary=\"=_passerelle_"
	                     "0123456789abcdef\"") != NULL);
	CHECK(strstr(b.data, "Content-Type: text/plain; charset=UTF-8") !=
	      NULL);
	CHECK(strstr(b.data, "Content-Type: text/html; charset=UTF-8") != NULL);
	CHECK(strstr(b.data, "--=_passerelle_0123456789abcdef--\r\n") != NULL);
	/* No bare LF anywhere: every line ends with CRLF. */
	for (size_t i = 0; i < b.len; i++)
		if (b.data[i] == '\n')
			CHECK(i > 0 && b.data[i - 1] == '\r');
	buf_free(&b);
}

/* A non-ASCII subject becomes encoded words of at most 75 characters. */
static void test_subject_encoding(void)
{
	struct buf b = {0};
	const char *p;

	mime_encode_word(&b, "Plain subject");
	CHECK_STR(b.data, "Plain subject");
	buf_reset(&b);
	mime_encode_word(&b, "Verrouillé");
	CHECK_STR(b.data, "=?UTF-8?B?VmVycm91aWxsw6k=?=");
	buf_reset(&b);
	mime_encode_word(&b, "Une très longue ligne d'objet accentuée qui "
	                     "dépasse soixante-quinze caractères, forcément");
	CHECK(strstr(b.data, "\r\n =?UTF-8?B?") != NULL);
	for (p = b.data; p != NULL; p = strstr(p, "\r\n")) {
		const char *end;
		if (*p == '\r')
			p += 3;
		end = strstr(p, "\r\n");
		CHECK((end != NULL ? (size_t)(end - p) : strlen(p)) <= 75);
		if (end == NULL)
			break;
	}
	buf_reset(&b);
	/* "=?" in plain text would be read as an encoded word: encode it. */
	mime_encode_word(&b, "a =?b");
	CHECK(strncmp(b.data, "=?UTF-8?B?", 10) == 0);
	buf_free(&b);
}

/* CR or LF in any header value, or a bad address, refuses the message. */
static void test_injection_refused(void)
{
	struct buf b = {0};
	struct mime_msg m = sample();

	m.subject = "Hello\r\nBcc: victim@example.test";
	CHECK_INT(mime_build(&b, &m), -1);
	m = sample();
	m.from_name = "x\nBcc: y@example.test";
	CHECK_INT(mime_build(&b, &m), -1);
	m = sample();
	m.to = "camille@example.test\r\nBcc: y@example.test";
	CHECK_INT(mime_build(&b, &m), -1);
	m = sample();
	m.to = "not an address";
	CHECK_INT(mime_build(&b, &m), -1);
	CHECK(!mime_header_safe("a\rb"));
	CHECK(mime_header_safe("a b"));
	buf_free(&b);
}

/* A display name with specials is quoted, so it stays one phrase. */
static void test_display_name(void)
{
	struct mime_msg m = sample();
	struct buf b = {0};

	m.from_name = "Agence, \"Sud\" <X>";
	CHECK_INT(mime_build(&b, &m), 0);
	CHECK(
	    strncmp(
	        b.data,
	        "From: \"Agence, \\\"Sud\\\" <X>\" <no-reply@example.test>\r\n",
	        strlen("From: \"Agence, \\\"Sud\\\" <X>\" "
	               "<no-reply@example.test>\r\n")) == 0);
	buf_free(&b);
}

int main(void)
{
	test_display_name();
	test_headers();
	test_subject_encoding();
	test_injection_refused();
	return test_done("mime");
}
