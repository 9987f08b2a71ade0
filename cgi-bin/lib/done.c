#include "done.h"

#include <string.h>

#include "page.h"

void done_flash(struct req *r, const struct done *table, size_t n)
{
	const char *done = req_query(r, "done");

	for (size_t i = 0; done != NULL && i < n; i++)
		if (strcmp(done, table[i].code) == 0)
			page_flash(r, table[i].key);
}
