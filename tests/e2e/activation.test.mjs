// A new user's first day, in a real browser, in French and in English:
// the invitation mail's link, choosing a password (a refused one first),
// setting up two-step verification, then signing out and in again with a
// code — with axe-core on every page seen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { BASE, ROOT, VAR } from '../lib/env.mjs';
import { launch, submit, secondStepInBrowser } from '../lib/browser.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { waitMails, tokenIn, MAIL_DIR } from '../lib/mail.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** An account the agency created (care coordination: MFA required), invited by mail. */
async function invited(lang) {
  const email = `premier-jour-${randomBytes(4).toString('hex')}@exemple.test`;
  sql(
    `INSERT INTO users (org_id, email, name, lang) VALUES (2, '${email}', 'Dominique Essai', '${lang}');` +
      `INSERT INTO user_role (user_id, role_id) SELECT LAST_INSERT_ID(), id FROM role WHERE code = 'care'`,
  );
  execFileSync(resolve(ROOT, 'tools/passerelle'), ['invite', email], {
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'), PASSERELLE_MAIL_DIR: MAIL_DIR },
    stdio: 'ignore',
  });
  const [mail] = await waitMails(email, 1);
  return { email, token: tokenIn(mail, '/activate'), subject: mail.subject };
}

for (const [locale, lang] of [['fr-CA', 'fr'], ['en-CA', 'en']]) {
  test(`in ${lang === 'fr' ? 'French' : 'English'}, a new user activates the account, sets up two-step verification and signs in with a code`, async () => {
    const who = await invited(lang);
    assert.equal(who.subject, t(lang, 'mail.activation.subject'));
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const password = 'un jardin de tomates bleues au printemps';
    try {
      await page.goto(`${BASE}/activate?token=${who.token}`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'activate.title'));
      await runAxe(page, 'the choose-a-password page');

      // A password that is too short is refused, with the summary linking to it.
      await page.locator('#field-password').fill('court');
      await page.locator('#field-confirm').fill('court');
      await submit(page, page.getByRole('button', { name: t(lang, 'activate.submit'), exact: true }), 422);
      assert.equal(await page.locator('.error-summary a[href="#field-password"]').count(), 1);
      await runAxe(page, 'the choose-a-password page with an error');

      await page.locator('#field-password').fill(password);
      await page.locator('#field-confirm').fill(password);
      await submit(page, page.getByRole('button', { name: t(lang, 'activate.submit'), exact: true }), 303);
      await page.waitForURL((u) => u.pathname === '/mfa/enrol');
      assert.equal(await page.locator('h1').innerText(), t(lang, 'enrol.title'));
      assert.equal(await page.locator('svg.qr').count(), 1, 'a QR code to scan');
      await secondStepInBrowser(page, who.email, lang, runAxe);
      await page.waitForURL(`${BASE}/`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'home.title'));
      await runAxe(page, 'the home page');

      await submit(page, page.getByRole('button', { name: t(lang, 'logout'), exact: true }), 303);
      await page.waitForURL((u) => u.pathname === '/login');
      await page.getByLabel(t(lang, 'login.email')).fill(who.email);
      await page.getByLabel(t(lang, 'login.password')).fill(password);
      await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 303);
      await page.waitForURL((u) => u.pathname === '/login/code');
      assert.equal(await page.locator('h1').innerText(), t(lang, 'code.title'));
      await secondStepInBrowser(page, who.email, lang, runAxe);
      await page.waitForURL(`${BASE}/`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'home.title'));
      assert.equal(sql(`SELECT mfa_enabled, activated_at IS NOT NULL FROM users WHERE email = '${who.email}'`)[0].join(), '1,1');
    } finally {
      await context.close();
    }
  });
}
