#include "pwrules.h"

#include <ctype.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "log.h"
#include "utf8.h"

/* A lowercase copy of s (ASCII letters only; other bytes kept). */
static char *lower(const char *s)
{
	char *l = strdup(s);

	for (char *p = l; p != NULL && *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return l;
}

/* Binary search of the sorted, newline-separated list for word. */
static bool listed(const char *list, size_t size, const char *word)
{
	size_t lo = 0, hi = size, wl = strlen(word);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, start = mid, end;
		int cmp;

		while (start > lo && list[start - 1] != '\n')
			start--;
		end = start;
		while (end < size && list[end] != '\n')
			end++;
		cmp = strncmp(word, list + start, end - start);
		if (cmp == 0)
			cmp = wl == end - start ? 0 : 1;
		if (cmp == 0)
			return true;
		if (cmp < 0)
			hi = start;
		else
			lo = end + 1;
	}
	return false;
}

/* True when the list at path holds the password; a missing list is an
 * error that refuses nothing (logged). */
static bool common(const char *path, const char *pw)
{
	struct stat st;
	void *map;
	bool found = false;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd == -1 || fstat(fd, &st) == -1 || st.st_size == 0) {
		log_error("pwrules: cannot read %s", path);
		if (fd != -1)
			close(fd);
		return false;
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return false;
	found = listed(map, (size_t)st.st_size, pw);
	munmap(map, (size_t)st.st_size);
	return found;
}

/* True when pw contains a word of at least 4 characters of text (split on
 * anything that is not a letter or digit). */
static bool contains_word_of(const char *pw, const char *text)
{
	char *t = lower(text), *save = NULL, *w;
	bool hit = false;

	if (t == NULL)
		return false;
	for (w = strtok_r(t, " .-_'@+", &save); w != NULL && !hit;
	     w = strtok_r(NULL, " .-_'@+", &save))
		hit = strlen(w) >= 4 && strstr(pw, w) != NULL;
	free(t);
	return hit;
}

const char *pwrules_check(const char *password, const char *email,
                          const char *name, const char *list_path)
{
	size_t bytes = strlen(password), chars;
	const char *why = NULL;
	char *pw, *local, *at;

	if (!utf8_valid_text(password, bytes))
		return "err.password.invalid";
	chars = utf8_length(password, bytes);
	if (chars < PASSWORD_MIN)
		return "err.password.short";
	if (chars > PASSWORD_MAX)
		return "err.password.long";
	if ((pw = lower(password)) == NULL)
		return "err.password.invalid";
	local = email != NULL ? lower(email) : NULL;
	if (local != NULL && (at = strchr(local, '@')) != NULL)
		*at = '\0';
	if (common(list_path, pw))
		why = "err.password.common";
	else if ((local != NULL && strlen(local) >= 4 &&
	          strstr(pw, local) != NULL) ||
	         (email != NULL && contains_word_of(pw, local)) ||
	         (name != NULL && contains_word_of(pw, name)))
		why = "err.password.personal";
	free(local);
	free(pw);
	return why;
}
