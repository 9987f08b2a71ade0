// Family portal access in a real browser, in French and in English, with
// axe-core on every page seen: a home-support worker adds a client's
// daughter as a contact and invites her as "family"; the daughter opens the
// invitation's link, chooses her password and sees only what "family"
// shows; the worker sees her last portal login, then removes her access,
// and her next page no longer shows the profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { BASE } from '../lib/env.mjs';
import { launch, submit, secondStepInBrowser } from '../lib/browser.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { waitMails, tokenIn } from '../lib/mail.mjs';

const PROVIDER = 'Soutien à domicile Sud-Ouest (démo)';
const q = (s) => `'${String(s).replace(/'/g, "''")}'`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A worker of the provider (client_staff: MFA required) and a client with
 * an appointment, a care team member, a care plan goal and a note. */
function setUp(lang, run) {
  const worker = makeAccount('client_staff', { lang });
  const org = sql(`SELECT id FROM org WHERE name = ${q(PROVIDER)}`)[0][0];
  sql(`UPDATE users SET org_id = ${org} WHERE id = ${worker.id}`);
  const family = `Parcours${run}`;
  sql(
    `INSERT INTO client (org_id, given_name, family_name, lang) VALUES (${org}, 'Hortense', ${q(family)}, '${lang}');` +
      `SET @c = LAST_INSERT_ID();` +
      `INSERT INTO portal_appointment (client_id, starts_at, ends_at, title, with_name, place) VALUES ` +
      `(@c, UTC_TIMESTAMP() + INTERVAL 2 DAY, UTC_TIMESTAMP() + INTERVAL 2 DAY + INTERVAL 1 HOUR, 'Visite ${run}', 'Inf. Témoin', 'Domicile');` +
      `INSERT INTO portal_team_member (client_id, name, function_fr, function_en, since) VALUES (@c, 'Équipière ${run}', 'Infirmière', 'Nurse', UTC_DATE());` +
      `INSERT INTO portal_care_plan (client_id, goal, actions, start_date) VALUES (@c, 'Objectif ${run}', 'Actions ${run}', UTC_DATE());` +
      `INSERT INTO portal_note (client_id, written_at, author_name, body) VALUES (@c, UTC_TIMESTAMP(), 'Auteur', 'Note ${run}')`,
  );
  const client = Number(sql(`SELECT id FROM client WHERE family_name = ${q(family)}`)[0][0]);
  return { worker, client, family };
}

async function signIn(page, who, lang) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel(t(lang, 'login.email')).fill(who.email);
  await page.getByLabel(t(lang, 'login.password')).fill(who.password);
  await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 303);
  await secondStepInBrowser(page, who.email, lang, runAxe);
  await page.waitForURL(`${BASE}/`);
}

for (const [locale, lang] of [['fr-CA', 'fr'], ['en-CA', 'en']]) {
  test(`in ${lang === 'fr' ? 'French' : 'English'}, staff invite a client's daughter as family; she sees only what family shows; staff see her last login, then remove her access`, async () => {
    const run = randomBytes(3).toString('hex');
    const { worker, client, family } = setUp(lang, run);
    const email = `fille-${run}@exemple.test`;
    const staffCtx = await browser.newContext({ locale });
    const daughterCtx = await browser.newContext({ locale });
    const staff = await staffCtx.newPage();
    const daughter = await daughterCtx.newPage();
    const h1 = (page) => page.locator('h1').innerText();
    try {
      // The worker finds the client and adds her daughter as a contact.
      await signIn(staff, worker, lang);
      await staff.getByRole('link', { name: t(lang, 'tile.clients.title'), exact: true }).click();
      await staff.waitForURL((u) => u.pathname === '/clients');
      await staff.getByLabel(t(lang, 'clients.q')).fill(family);
      await staff.getByRole('button', { name: t(lang, 'clients.apply'), exact: true }).click();
      await staff.waitForLoadState();
      await runAxe(staff, 'the clients list');
      await staff.getByRole('link', { name: `${family}, Hortense` }).click();
      await staff.waitForURL((u) => u.pathname === '/client');
      assert.equal(await h1(staff), t(lang, 'client.title'));
      await runAxe(staff, 'the client overview');
      await staff.getByRole('link', { name: t(lang, 'client.tab.contacts'), exact: true }).click();
      await staff.getByRole('link', { name: t(lang, 'client_contacts.add'), exact: true }).click();
      await staff.waitForURL((u) => u.pathname === '/client/contact');
      await runAxe(staff, 'the new contact form');
      await staff.getByLabel(t(lang, 'client_contact.relationship.family')).check();
      await staff.getByLabel(t(lang, 'client_contact.relation_detail')).fill(lang === 'fr' ? 'Fille' : 'Daughter');
      await staff.getByLabel(t(lang, 'client_contact.given_name')).fill('Capucine');
      await staff.getByLabel(t(lang, 'client_contact.family_name')).fill(family);
      await staff.getByLabel(t(lang, 'client_contact.email')).fill(email);
      await submit(staff, staff.getByRole('button', { name: t(lang, 'client_contact.create'), exact: true }), 303);
      await staff.waitForURL((u) => u.pathname === '/client/contacts');
      await runAxe(staff, 'the contacts list');

      // Manage family portal access: the address is the contact's; role Family.
      await staff.getByRole('link', { name: t(lang, 'client_access.manage'), exact: true }).click();
      await staff.waitForURL((u) => u.pathname === '/client/access');
      assert.equal(await h1(staff), t(lang, 'client_access.title'));
      assert.equal(await staff.getByLabel(t(lang, 'client_access.email')).inputValue(), email, 'pre-filled');
      await runAxe(staff, 'the manage access dialog');
      await staff.getByLabel(t(lang, 'client_access.role')).selectOption({ label: lang === 'fr' ? 'Famille' : 'Family' });
      await submit(staff, staff.getByRole('button', { name: t(lang, 'client_access.save'), exact: true }), 303);
      await staff.waitForURL((u) => u.searchParams.get('done') === 'granted');
      assert.ok((await staff.locator('.flash').innerText()).includes(t(lang, 'flash.portal.granted')));
      await runAxe(staff, 'the access screen after the invitation');

      // The daughter opens the link, chooses a password and is in.
      const [mail] = await waitMails(email, 1);
      assert.equal(mail.subject, t(lang, 'mail.portal_invite.subject'));
      await daughter.goto(`${BASE}/activate?token=${tokenIn(mail, '/activate')}`);
      await runAxe(daughter, 'the choose-a-password page');
      const password = 'trois marmottes dorment sous la neige';
      await daughter.locator('#field-password').fill(password);
      await daughter.locator('#field-confirm').fill(password);
      await submit(daughter, daughter.getByRole('button', { name: t(lang, 'activate.submit'), exact: true }), 303);
      await daughter.waitForURL(`${BASE}/`);
      await runAxe(daughter, 'the daughter\'s home page');
      await daughter.getByRole('link', { name: t(lang, 'tile.portal.title'), exact: true }).click();
      await daughter.waitForURL((u) => u.pathname === '/portal/profile');
      assert.equal(await h1(daughter), t(lang, 'portal_profile.title'));
      const headings = await daughter.locator('h2').allInnerTexts();
      assert.deepEqual(headings, [t(lang, 'portal_profile.part.appointments'), t(lang, 'portal_profile.part.care_team')]);
      const text = await daughter.locator('main').innerText();
      assert.ok(text.includes(`Visite ${run}`) && text.includes(`Équipière ${run}`), 'appointments and care team');
      assert.ok(!text.includes(`Objectif ${run}`) && !text.includes(`Note ${run}`), 'no care plan, no notes');
      await runAxe(daughter, 'the profile as family sees it');

      // The worker sees her role and last portal login in the contacts list.
      await staff.goto(`${BASE}/client/contacts?id=${client}`);
      const row = staff.getByRole('row', { name: new RegExp(`Capucine ${family}`) });
      assert.ok((await row.innerText()).includes(lang === 'fr' ? 'Famille' : 'Family'));
      assert.equal(await row.locator('time').count(), 1, 'the date and time of her last portal login');
      await runAxe(staff, 'the contacts list with the last login');

      // Then removes her access, after the confirmation.
      await row.getByRole('link', { name: t(lang, 'client_access.manage'), exact: true }).click();
      await staff.waitForURL((u) => u.pathname === '/client/access');
      await staff.getByRole('link', { name: t(lang, 'client_access.remove'), exact: true }).click();
      await staff.waitForURL((u) => u.searchParams.has('remove'));
      assert.equal(await staff.locator('#remove-title').innerText(), t(lang, 'client_access.remove_title'));
      await runAxe(staff, 'the removal confirmation');
      await submit(staff, staff.getByRole('button', { name: t(lang, 'client_access.confirm_remove'), exact: true }), 303);
      await staff.waitForURL((u) => u.searchParams.get('done') === 'removed');
      assert.ok((await staff.locator('.flash').innerText()).includes(t(lang, 'flash.portal.removed')));
      await runAxe(staff, 'the access screen after the removal');

      // Her next page no longer shows the profile.
      const gone = await daughter.reload();
      assert.equal(gone.status(), 404);
      assert.equal(await h1(daughter), t(lang, 'http.404.title'));
      await runAxe(daughter, 'the profile after the removal');
      await daughter.goto(`${BASE}/portal`);
      assert.ok((await daughter.locator('main').innerText()).includes(t(lang, 'portal_home.none')));
      await runAxe(daughter, 'the portal without profiles');
    } finally {
      await staffCtx.close();
      await daughterCtx.close();
    }
  });
}
