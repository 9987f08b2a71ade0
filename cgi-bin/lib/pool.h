/* pool: memory that lives as long as one request. */
#ifndef POOL_H
#define POOL_H

#include <stddef.h>

struct pool_block;

struct pool {
	struct pool_block *head;
};

/* Returns n bytes of zeroed memory owned by the pool, or NULL. */
void *pool_alloc(struct pool *p, size_t n);
/* Returns a NUL-terminated copy of the n bytes at s, owned by the pool. */
char *pool_strndup(struct pool *p, const char *s, size_t n);
/* Returns a copy of the string s, owned by the pool. */
char *pool_strdup(struct pool *p, const char *s);
/* Frees everything the pool handed out; the pool is reusable. */
void pool_clear(struct pool *p);

#endif
