/* reset: the link of the "forgot your password" mail; a new password
 * ends every session of the account and lifts its lockout. */
#include "app.h"
#include "pwlink.h"

static const struct pwlink link = {
    .purpose = "reset",
    .action = "password.reset",
    .reset = true,
};

static int show(struct req *r)
{
	return pwlink_show(r, &link);
}

static int submit(struct req *r)
{
	return pwlink_submit(r, &link);
}

static const struct screen screen = {
    .name = "reset",
    .path = "/password/reset",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
