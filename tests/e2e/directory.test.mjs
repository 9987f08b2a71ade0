// In a real browser, in French and in English, with axe-core on every page
// seen (issue 6): a professional asks for a service from the home page's
// list; an admin of a coordination centre opens the custom list of
// requests to process, opens the record and accepts; the professional's
// next page has the service's tile, without signing in again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE } from '../lib/env.mjs';
import { launch, submit, secondStepInBrowser } from '../lib/browser.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { runTag, makePerson, setAccess, orgId, accessState } from '../lib/directory.mjs';

const RUN = runTag().toUpperCase();
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Signs in from the login page and gives the second factor. */
async function signIn(page, account, lang) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel(t(lang, 'login.email')).fill(account.email);
  await page.getByLabel(t(lang, 'login.password')).fill(account.password);
  await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 303);
  await secondStepInBrowser(page, account.email, lang);
  await page.waitForURL(`${BASE}/`);
}

for (const [locale, lang, service] of [
  ['fr-FR', 'fr', 'Dossier communicant de cancérologie'],
  ['en-GB', 'en', 'Shared cancer care record'],
]) {
  test(`in ${lang === 'fr' ? 'French' : 'English'}, a professional asks for a service and an admin accepts it from the custom list`, async () => {
    const family = `Navigateur-${RUN}-${lang.toUpperCase()}`;
    const pro = makeAccount('professional', { lang });
    const person = makePerson({ ref_family_name: family, ref_given_name: 'Soizic', email: pro.email, lang });
    sql(`UPDATE dir_person SET user_id = ${pro.id} WHERE id = ${person}`);
    setAccess(person, 'PORTAL', 'accepted');
    const admin = makeAccount('centre_admin', { lang });
    sql(`UPDATE users SET org_id = ${orgId('Centre de coordination Finistère (démo)')} WHERE id = ${admin.id}`);

    const proContext = await browser.newContext({ locale });
    const adminContext = await browser.newContext({ locale });
    const p = await proContext.newPage();
    const a = await adminContext.newPage();
    try {
      // The professional: the profile tile, the services, the carousel.
      await signIn(p, pro, lang);
      assert.equal(await p.getByRole('link', { name: `Soizic ${family}`, exact: true }).count(), 1);
      await runAxe(p, 'the professional\'s home page');
      await p.getByRole('link', { name: `${t(lang, 'home.service.add')} ${service}`, exact: true }).click();
      await p.waitForURL((u) => u.pathname === '/directory/request');
      assert.ok((await p.locator('main').innerText()).includes(t(lang, 'directory_request.question')));
      await runAxe(p, 'the confirmation page');
      await submit(p, p.getByRole('button', { name: t(lang, 'directory_request.confirm'), exact: true }), 303);
      await p.waitForURL((u) => u.pathname === '/');
      assert.equal(await p.getByRole('status').innerText(), t(lang, 'flash.directory.requested'));
      assert.ok((await p.locator('.carousel').innerText()).includes(t(lang, 'home.service.pending')));
      await runAxe(p, 'the home page after the request');
      assert.equal(accessState(person, 'DCC'), 'to_process');

      // The admin: the directory's tile, the custom list, the record.
      await signIn(a, admin, lang);
      await a.getByRole('link', { name: t(lang, 'tile.directory.title'), exact: true }).click();
      await a.waitForURL((u) => u.pathname === '/directory');
      await runAxe(a, 'the directory search');
      await a.locator('nav.subnav a', { hasText: '04-ACCES-DCC' }).click();
      await a.waitForURL((u) => u.pathname === '/directory' && u.searchParams.get('list') !== null);
      assert.equal(await a.locator('main h2').first().innerText(), '04-ACCES-DCC');
      await runAxe(a, 'the custom list');
      await a.getByRole('textbox', { name: t(lang, 'directory.name'), exact: true }).fill(family);
      await a.getByRole('button', { name: t(lang, 'directory.search'), exact: true }).click();
      await a.waitForLoadState();
      await a.getByRole('link', { name: family, exact: true }).click();
      await a.waitForURL((u) => u.pathname === '/directory/person');
      await runAxe(a, 'the record');
      const label = t(lang, 'directory_person.access.label').replace('{service}', service);
      await a.getByLabel(label, { exact: true }).selectOption('accepted');
      await submit(a, a.getByRole('button', { name: t(lang, 'directory_person.save'), exact: true }), 303);
      assert.equal(await a.getByRole('status').innerText(), t(lang, 'flash.directory.person.saved'));
      await runAxe(a, 'the record after saving');

      // The professional's next page: the tile, no new sign-in.
      await p.reload();
      const tile = p.getByRole('link', { name: service, exact: true });
      assert.equal(await tile.getAttribute('href'), '/directory/open?code=DCC');
      assert.equal(await p.locator('.carousel').getByText(service).count(), 0, 'no longer offered');
      await runAxe(p, 'the home page with the new tile');
      await p.goto(`${BASE}/directory/me`);
      await runAxe(p, 'the professional\'s record');
    } finally {
      await proContext.close();
      await adminContext.close();
    }
  });
}

test('the public activation request form, with its errors, passes axe in both languages', async () => {
  for (const [locale, lang] of [['fr-FR', 'fr'], ['en-GB', 'en']]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    try {
      await page.goto(`${BASE}/directory/apply`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await runAxe(page, 'the activation request form');
      await submit(page, page.getByRole('button', { name: t(lang, 'directory_apply.submit'), exact: true }), 422);
      assert.equal(await page.locator('.error-summary').count(), 1);
      await runAxe(page, 'the form with its errors');
    } finally {
      await context.close();
    }
  }
});
