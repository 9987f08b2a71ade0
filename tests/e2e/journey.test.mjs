// A user's whole visit in a real browser, in French and in English, with
// axe-core checking every page it sees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ADMIN, BASE, PASSWORD, RESULTS } from '../lib/env.mjs';
import { launch, submit, secondStepInBrowser } from '../lib/browser.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { sql, tilesOf } from '../lib/db.mjs';

let browser;

before(async () => {
  browser = await launch();
  mkdirSync(RESULTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  sql(`UPDATE users SET lang = 'fr' WHERE email = '${ADMIN}'`); // as the demo data has it
});

for (const [locale, lang, other] of [
  ['fr-CA', 'fr', 'en'],
  ['en-CA', 'en', 'fr'],
]) {
  test(`in ${lang === 'fr' ? 'French' : 'English'}, an admin logs in, opens the account page, switches language and logs out`, async () => {
    // The admin prefers the browser's language (the account's language
    // would otherwise win after login).
    sql(`UPDATE users SET lang = '${lang}' WHERE email = '${ADMIN}'`);
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    try {
      // Not logged in: the home page sends the visitor to the login page.
      await page.goto(`${BASE}/`);
      let url = new URL(page.url());
      assert.equal(url.pathname, '/login');
      assert.equal(url.searchParams.get('msg'), 'required');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'login.title'));
      await runAxe(page, 'the login page');

      // An empty form: the error summary, announced, links to each field.
      await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 422);
      const summary = page.getByRole('alert');
      await summary.waitFor();
      assert.equal(await summary.locator('a[href="#field-email"]').count(), 1);
      assert.equal(await summary.locator('a[href="#field-password"]').count(), 1);
      await summary.locator('a[href="#field-password"]').click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-password', 'the link leads to the field');
      await runAxe(page, 'the login page with errors');

      // Logging in: the home page with the admin's two tiles.
      await page.getByLabel(t(lang, 'login.email')).fill(ADMIN);
      await page.getByLabel(t(lang, 'login.password')).fill(PASSWORD);
      await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 303);
      await secondStepInBrowser(page, ADMIN, lang, runAxe);
      await page.waitForURL(`${BASE}/`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'home.title'));
      // The tiles of the admin's permissions, in order, from the database.
      const codes = tilesOf(ADMIN);
      for (const core of ['account', 'users', 'roles', 'audit', 'status']) assert.ok(codes.includes(core), core);
      assert.deepEqual(await page.locator('a.tile-link').allInnerTexts(), codes.map((c) => t(lang, `tile.${c}.title`)));
      await runAxe(page, 'the home page');
      await page.screenshot({ path: resolve(RESULTS, `home-${lang}.png`), fullPage: true });

      // The account page.
      await page.getByRole('link', { name: t(lang, 'tile.account.title'), exact: true }).click();
      await page.waitForURL(`${BASE}/account`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'account.title'));
      await runAxe(page, 'the account page');

      // The language switch: same page, the other language.
      await page.getByRole('link', { name: t(lang, 'lang.switch'), exact: true }).click();
      await page.waitForURL(`${BASE}/account`);
      assert.equal(new URL(page.url()).pathname, '/account');
      assert.equal(await page.getAttribute('html', 'lang'), other);
      assert.equal(await page.locator('h1').innerText(), t(other, 'account.title'));
      await runAxe(page, 'the account page after the switch');

      // Logging out with the header's button.
      await submit(page, page.getByRole('button', { name: t(other, 'logout'), exact: true }), 303);
      await page.waitForURL((u) => u.pathname === '/login');
      url = new URL(page.url());
      assert.equal(url.searchParams.get('msg'), 'out');
      assert.equal(await page.getByRole('status').innerText(), t(other, 'flash.logged_out'));
      await runAxe(page, 'the login page after logout');
      // Back to a protected page: the login page again.
      await page.goto(`${BASE}/account`);
      assert.equal(new URL(page.url()).pathname, '/login');
    } finally {
      await context.close();
    }
  });
}
