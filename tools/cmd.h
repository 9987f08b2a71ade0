/* cmd: the sub-commands of tools/passerelle that modules add, each in a
 * tools/cmd_<module>.c of its own. Each takes the arguments after its
 * name and returns 0 on success, -1 on failure (said on stderr), or 2
 * when the arguments are wrong (passerelle then prints its usage). The
 * configuration is loaded and the database open when one is called. */
#ifndef CMD_H
#define CMD_H

/* cmd_citizen.c: reminders of appointments, and SMS delivery. */
int cmd_reminders(int argc, char **argv);
int cmd_sms_run(int argc, char **argv);
/* tools/cmd_certificate.c: the expiry mails of the group certificates
 * (cron) and an organisation's connection method. */
int cmd_cert_expiry(int argc, char **argv);
int cmd_cert_method(int argc, char **argv);
/* generate-persons [N]: invented professionals for volume (cmd_directory.c). */
int cmd_generate_persons(int argc, char **argv);
/* passerelle generate-requests [N] [PROVIDERS]: volume for the partner
 * portal's benchmarks (tools/cmd_partner.c). */
int cmd_generate_requests(int argc, char **argv);
/* generate-users [N]: N (default 5,000) invented accounts in the demo
 * agency, for make bench's lists; run again, it adds only what is
 * missing. */
int cmd_generate_users(int argc, char **argv);

#endif
