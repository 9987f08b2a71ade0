#include "pool.h"

#include <stdlib.h>
#include <string.h>

#define POOL_CHUNK 8192

struct pool_block {
	struct pool_block *next;
	size_t used, cap;
	max_align_t data[];
};

void *pool_alloc(struct pool *p, size_t n)
{
	struct pool_block *b = p->head;
	size_t align = sizeof(max_align_t);
	size_t need = (n + align - 1) / align * align;
	void *out;

	if (need < n || need > (size_t)-1 - sizeof *b - POOL_CHUNK)
		return NULL;
	if (b == NULL || b->cap - b->used < need) {
		size_t cap = need > POOL_CHUNK ? need : POOL_CHUNK;
		if ((b = malloc(sizeof *b + cap)) == NULL)
			return NULL;
		b->used = 0;
		b->cap = cap;
		/* A big block goes behind the head, so the head keeps its room.
		 */
		if (p->head != NULL && cap > POOL_CHUNK) {
			b->next = p->head->next;
			p->head->next = b;
		} else {
			b->next = p->head;
			p->head = b;
		}
	}
	out = (char *)b->data + b->used;
	b->used += need;
	memset(out, 0, n);
	return out;
}

char *pool_strndup(struct pool *p, const char *s, size_t n)
{
	char *out = pool_alloc(p, n + 1);

	if (out == NULL)
		return NULL;
	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

char *pool_strdup(struct pool *p, const char *s)
{
	return pool_strndup(p, s, strlen(s));
}

void pool_clear(struct pool *p)
{
	struct pool_block *b = p->head;

	while (b != NULL) {
		struct pool_block *next = b->next;
		free(b);
		b = next;
	}
	p->head = NULL;
}
