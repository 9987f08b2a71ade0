/* fixed: the FastCGI limit of make bench (case 2). A libfcgi program that
 * answers every request with the same 12 KB HTML page, built once at
 * start: what is left is libfcgi, the socket and nginx. */
#include <stdio.h>
#include <string.h>

#include <fcgiapp.h>

#define PAGE_BYTES 12288

int main(void)
{
	static char page[PAGE_BYTES + 1];
	char head[256];
	FCGX_Request req;
	size_t n = 0;
	int hlen;

	n += (size_t)snprintf(page, sizeof page,
	                      "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta "
	                      "charset=\"utf-8\"><title>Banc</title></head>"
	                      "<body>\n");
	static const char para[] = "<p>Texte de remplissage fictif.</p>\n";
	while (n + sizeof para - 1 + 15 <= PAGE_BYTES) {
		memcpy(page + n, para, sizeof para - 1);
		n += sizeof para - 1;
	}
	memset(page + n, ' ', PAGE_BYTES - 15 - n);
	memcpy(page + PAGE_BYTES - 15, "</body></html>\n", 15);
	hlen = snprintf(head, sizeof head,
	                "Status: 200 OK\r\nContent-Type: text/html; "
	                "charset=utf-8\r\nContent-Length: %d\r\n\r\n",
	                PAGE_BYTES);
	if (FCGX_Init() != 0 || FCGX_InitRequest(&req, 0, 0) != 0)
		return 1;
	while (FCGX_Accept_r(&req) >= 0) {
		FCGX_PutStr(head, hlen, req.out);
		FCGX_PutStr(page, PAGE_BYTES, req.out);
		FCGX_Finish_r(&req);
	}
	return 0;
}
