/* portal_home: the family portal's first page: the client profiles the
 * signed-in login reaches, to pick one; with a single profile, that
 * profile straight away. */
#include <stdio.h>

#include "app.h"
#include "page.h"
#include "portalview.h"

/* GET /portal. */
static int show(struct req *r)
{
	long long first;
	long n = portalview_list(r, page_content(r), &first);
	char to[64];

	if (n < 0)
		return 500;
	if (n == 1) {
		snprintf(to, sizeof to, "/portal/profile?client=%lld", first);
		return req_redirect(r, pool_strdup(&r->pool, to));
	}
	return 200;
}

static const struct screen screen = {
    .name = "portal_home",
    .path = "/portal",
    .perm = "portal.use",
    .get = show,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
