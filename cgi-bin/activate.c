/* activate: the link of the invitation mail; the new user chooses a
 * password, then goes on to MFA enrolment when a role requires it. */
#include "app.h"
#include "pwlink.h"

static const struct pwlink link = {
    .purpose = "activation",
    .action = "account.activated",
    .reset = false,
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
    .name = "activate",
    .path = "/activate",
    .perm = NULL,
    .get = show,
    .post = submit,
};

int main(int argc, char **argv)
{
	return app_main(&screen, argc, argv);
}
