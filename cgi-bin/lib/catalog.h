/* catalog: the words of message keys in a language, for text C must
 * write itself (the cells of a CSV export), looked up through
 * xsl/csv-header.xsl like an export's header row: C never holds words. */
#ifndef CATALOG_H
#define CATALOG_H

#include <stddef.h>

#include "pool.h"

/* Fills out[i] with the word of keys[i] in lang ("fr" or "en"), copied
 * into pool (a key missing from the catalog gives the key itself).
 * Returns 0, or -1 when the catalog cannot be read (logged). */
int catalog_words(const char *lang, const char *const *keys, size_t n,
                  struct pool *pool, const char **out);

#endif
