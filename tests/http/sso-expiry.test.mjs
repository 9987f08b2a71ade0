// The expiry mails of the group certificates (issue 8): `passerelle
// cert-expiry`, run by cron, mails the secure space's responsible person
// 60, 30 and 7 days before the active certificate ends, each once, in
// their language, through the outbox; a certificate first seen late gets
// only the mail of the threshold it reached. Dates are set in the
// database, not waited for.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { ROOT, VAR } from '../lib/env.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { mailsTo, waitMails } from '../lib/mail.mjs';
import { t } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { makeNiss } from '../lib/sso.mjs';

const RUN = randomBytes(3).toString('hex');
let owner, ownerEn, orgFr, orgEn;

/** Runs the cron command; returns what it printed. */
function cron() {
  return execFileSync(resolve(ROOT, 'tools/passerelle'), ['cert-expiry'], {
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'), PASSERELLE_MAIL_DIR: resolve(VAR, 'mail') },
    encoding: 'utf8',
  });
}

/** A group with its secure space (responsible: user) and no certificate. */
function group(label, user) {
  const name = `Groupement ${label} ${RUN} (fictif)`;
  sql(`INSERT INTO org (kind, name) VALUES ('group', '${name}')`);
  const org = Number(sql(`SELECT id FROM org WHERE name = '${name}'`)[0][0]);
  sql(`UPDATE users SET org_id = ${org}, niss = '${makeNiss()}' WHERE id = ${user.id}`);
  sql(`INSERT INTO secure_space (org_id, owner_id, owner_niss, identifier, confirmed_at) SELECT ${org}, id, niss, '94475624', UTC_TIMESTAMP() FROM users WHERE id = ${user.id}`);
  return org;
}

/** A certificate row of the group ending in `days` days (its bytes do not matter here). */
function cert(org, user, days, state = 'active') {
  sql(`INSERT INTO cert (org_id, state, name, quality, sector, id_type, id_value, subject, issuer, serial, not_before, not_after, fingerprint, cert_der, key_sealed, owner_id, created_at, created_by) ` +
    `VALUES (${org}, '${state}', 'Groupement fictif', 'group', 'GROUP', 'NIH', '94475624', 'CN=NIH-GROUP=94475624', 'CN=Autorite fictive', '1000', ` +
    `UTC_TIMESTAMP() - INTERVAL 300 DAY, UTC_TIMESTAMP() + INTERVAL ${days} DAY - INTERVAL 1 HOUR, SHA2('${RUN}-${org}-${days}-${state}', 256), 'x', 'x', ${user.id}, UTC_TIMESTAMP(), ${user.id})`);
  return Number(sql(`SELECT MAX(id) FROM cert WHERE org_id = ${org}`)[0][0]);
}

const moveTo = (id, days) => sql(`UPDATE cert SET not_after = UTC_TIMESTAMP() + INTERVAL ${days} DAY - INTERVAL 1 HOUR WHERE id = ${id}`);
const notices = (id) => sql(`SELECT days FROM cert_expiry_notice WHERE cert_id = ${id} ORDER BY days`).map((r) => Number(r[0]));

before(() => {
  owner = makeAccount('group_manager', { name: `Responsable Expiration ${RUN}` });
  ownerEn = makeAccount('group_manager', { name: `Expiry Owner ${RUN}`, lang: 'en' });
  orgFr = group('Expiration', owner);
  orgEn = group('Expiry', ownerEn);
});

test('60, 30 and 7 days before the end the responsible person gets one mail each, never twice', async () => {
  const id = cert(orgFr, owner, 55);
  cert(orgFr, owner, 20, 'replaced'); // the history is not the space's certificate any more
  assert.match(cron(), /cert-expiry: \d+ mail\(s\) queued/);
  let [mail] = await waitMails(owner.email, 1);
  assert.equal(mail.subject, t('fr', 'mail.sso_expiry.subject').replace('{n}', '55'));
  assert.ok(mail.text.includes(`Groupement Expiration ${RUN} (fictif)`));
  assert.ok(mail.text.includes('/sso'), 'a link to the configuration');
  assert.ok(mail.html.includes('/sso'));
  assert.deepEqual(notices(id), [60]);
  cron();
  await waitMails(owner.email, 1); // still one
  moveTo(id, 29);
  cron();
  cron();
  [, mail] = await waitMails(owner.email, 2);
  assert.equal(mail.subject, t('fr', 'mail.sso_expiry.subject').replace('{n}', '29'));
  assert.deepEqual(notices(id), [30, 60]);
  moveTo(id, 7);
  cron();
  cron();
  const mails = await waitMails(owner.email, 3);
  assert.equal(mails[2].subject, t('fr', 'mail.sso_expiry.subject').replace('{n}', '7'));
  assert.deepEqual(notices(id), [7, 30, 60]);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'cert.expiry_mail' AND subject_id = ${id}`)[0][0]), 3);
  // Past its end there is nothing more to announce.
  moveTo(id, -1);
  cron();
  await waitMails(owner.email, 3);
});

test('a certificate first seen with 20 days left gets the 30-day mail only, in the responsible person\'s language', async () => {
  const id = cert(orgEn, ownerEn, 20);
  cron();
  const [mail] = await waitMails(ownerEn.email, 1);
  assert.equal(mail.subject, t('en', 'mail.sso_expiry.subject').replace('{n}', '20'));
  assert.ok(mail.text.includes(t('en', 'mail.sso_expiry.action')));
  assert.deepEqual(notices(id), [30, 60]);
  moveTo(id, 3);
  cron();
  await waitMails(ownerEn.email, 2);
  assert.deepEqual(notices(id), [7, 30, 60]);
});

test('a certificate far from its end gets no mail, and expired set-ups are removed with their sealed keys', async () => {
  const before = mailsTo(owner.email).length;
  sql(`UPDATE cert SET state = 'replaced' WHERE org_id = ${orgFr} AND state = 'active'`);
  const far = cert(orgFr, owner, 200);
  const draft = cert(orgFr, owner, 100, 'draft');
  sql(`UPDATE cert SET draft_expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE id = ${draft}`);
  const out = cron();
  assert.match(out, /[1-9]\d* expired set-up\(s\) removed/);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM cert WHERE id = ${draft}`)[0][0]), 0);
  assert.deepEqual(notices(far), []);
  assert.equal(mailsTo(owner.email).length, before);
});

test('the operator sets an organisation\'s connection method from the command line, audited', () => {
  const run = (...args) => execFileSync(resolve(ROOT, 'tools/passerelle'), ['cert-method', ...args], {
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.match(run(String(orgFr), 'sso'), /certificates/);
  assert.equal(sql(`SELECT login_method FROM secure_space WHERE org_id = ${orgFr}`)[0][0], 'sso');
  assert.match(run(String(orgFr), 'password'), /passwords/);
  assert.equal(sql(`SELECT login_method FROM secure_space WHERE org_id = ${orgFr}`)[0][0], 'password');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'sso.method_changed' AND subject_id = ${orgFr} AND detail = 'passerelle'`)[0][0]), 2);
  assert.throws(() => run(String(orgFr), 'ldap'));
  assert.throws(() => run('999999999', 'sso'));
});
