/* test: a tiny unit-test harness. Each test binary includes this once,
 * calls CHECK() in its test functions and ends main() with test_done(). */
#ifndef TEST_H
#define TEST_H

#include <stdio.h>
#include <string.h>

static int test_passed, test_failed;

/* Counts one check; prints the failing expression with its place. */
#define CHECK(expr)                                                            \
	do {                                                                   \
		if (expr) {                                                    \
			test_passed++;                                         \
		} else {                                                       \
			test_failed++;                                         \
			printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #expr); \
			fflush(stdout);                                        \
		}                                                              \
	} while (0)

/* Two NUL-terminated strings are equal; prints both when they are not. */
#define CHECK_STR(got, want)                                                   \
	do {                                                                   \
		const char *check_g_ = (got), *check_w_ = (want);              \
		if (check_g_ != NULL && strcmp(check_g_, check_w_) == 0) {     \
			test_passed++;                                         \
		} else {                                                       \
			test_failed++;                                         \
			printf("FAIL %s:%d: %s == \"%s\" (got \"%s\")\n",      \
			       __FILE__, __LINE__, #got, check_w_,             \
			       check_g_ != NULL ? check_g_ : "(null)");        \
			fflush(stdout);                                        \
		}                                                              \
	} while (0)

/* Two integers are equal; prints both when they are not. */
#define CHECK_INT(got, want)                                                   \
	do {                                                                   \
		long long check_g_ = (long long)(got);                         \
		long long check_w_ = (long long)(want);                        \
		if (check_g_ == check_w_) {                                    \
			test_passed++;                                         \
		} else {                                                       \
			test_failed++;                                         \
			printf("FAIL %s:%d: %s == %lld (got %lld)\n",          \
			       __FILE__, __LINE__, #got, check_w_, check_g_);  \
			fflush(stdout);                                        \
		}                                                              \
	} while (0)

/* Prints the one summary line and gives main() its exit status. */
static inline int test_done(const char *name)
{
	printf("unit %s: %d passed, %d failed\n", name, test_passed,
	       test_failed);
	return test_failed > 0 ? 1 : 0;
}

#endif
