/* lang: switches the interface language and goes back to the same page. */
#include <string.h>

#include "app.h"
#include "db.h"

#define LANG_COOKIE_AGE (365L * 24 * 3600)

static int change(struct req *r)
{
	const char *to = req_query(r, "to");
	const char *next = req_query(r, "next");

	if (to == NULL || (strcmp(to, "fr") != 0 && strcmp(to, "en") != 0))
		return 400;
	req_set_cookie(r, req_cookie_name(r, "lang"), to, LANG_COOKIE_AGE);
	/* Remembered for the account too: mail goes out in this language. */
	if (r->logged_in && db_exec("UPDATE users SET lang = ? WHERE id = ?",
	                            "si", to, r->user.id) < 0)
		return 500;
	return req_redirect(r, req_local_path(next) ? next : "/");
}

static const struct screen screen = {
    .name = "lang",
    .path = "/lang",
    .perm = NULL,
    .get = change,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
