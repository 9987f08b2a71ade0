// An operator's admin goes through the administration screens in a real
// browser, in French and in English, with axe-core on every page: the
// users list and an account, the new-account form with its errors, the
// roles and a role, the audit trail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE } from '../lib/env.mjs';
import { launch, submit, secondStepInBrowser } from '../lib/browser.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { makeAccount } from '../lib/accounts.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const [locale, lang] of [['fr-CA', 'fr'], ['en-CA', 'en']]) {
  test(`in ${lang === 'fr' ? 'French' : 'English'}, the administration screens pass axe`, async () => {
    const admin = makeAccount('admin', { lang });
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    try {
      await page.goto(`${BASE}/login`);
      await page.getByLabel(t(lang, 'login.email')).fill(admin.email);
      await page.getByLabel(t(lang, 'login.password')).fill(admin.password);
      await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 303);
      await secondStepInBrowser(page, admin.email, lang);
      await page.waitForURL(`${BASE}/`);

      await page.getByRole('link', { name: t(lang, 'tile.users.title'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/users');
      await runAxe(page, 'the users list');
      await page.goto(`${BASE}/users?sort=email&dir=desc`);
      await runAxe(page, 'the users list sorted');
      await page.goto(`${BASE}/user?id=${admin.id}`);
      assert.ok((await page.locator('h1').innerText()).length > 0);
      await runAxe(page, 'an account page');
      await page.goto(`${BASE}/user`);
      await runAxe(page, 'the new account form');
      await page.locator('main form button[type="submit"]').first().click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.error-summary').count(), 1, 'the empty form is refused with a summary');
      await runAxe(page, 'the new account form with errors');

      await page.goto(`${BASE}/roles`);
      await runAxe(page, 'the roles list');
      await page.locator('tbody a').first().click();
      await page.waitForURL((u) => u.pathname === '/role');
      await runAxe(page, 'a role');

      await page.goto(`${BASE}/audit`);
      await runAxe(page, 'the audit trail');
      await page.goto(`${BASE}/audit?from=2026-02-30`);
      assert.equal(await page.locator('.error-summary').count(), 1, 'a date that does not exist is refused');
      await runAxe(page, 'the audit trail with an error');

      await page.goto(`${BASE}/account/password`);
      await runAxe(page, 'the password change form');
      await page.goto(`${BASE}/password/forgot`);
      await runAxe(page, 'the forgotten password form');
    } finally {
      await context.close();
    }
  });
}
