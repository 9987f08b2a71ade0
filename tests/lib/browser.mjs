// One Chromium per test file (Debian's, driven by playwright-core).
import { chromium } from 'playwright-core';
import { t } from './i18n.mjs';
import { freshCode, remember, totp } from './totp.mjs';

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Clicks what submits a form and waits for the POST's answer; asserts its
 * status so that a refused form fails at once with what the page said,
 * instead of a time-out further on.
 */
export async function submit(page, clickable, expected) {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    clickable.click(),
  ]);
  await page.waitForLoadState();
  if (res.status() !== expected) {
    const h1 = await page.locator('h1').first().innerText().catch(() => '?');
    throw new Error(`POST ${new URL(res.url()).pathname} answered ${res.status()} (expected ${expected}): "${h1}"`);
  }
  return res;
}

/**
 * In the browser, after the password: the second step the account asks
 * for. The first time it enrols the authenticator from the page (the text
 * key; the QR code is for people), checks the recovery codes page and
 * continues; later it types a fresh code. axe runs on each page seen when
 * `axe` is given. Ends on the page the login was going to.
 */
export async function secondStepInBrowser(page, email, lang, axe) {
  const path = new URL(page.url()).pathname;
  if (path === '/mfa/enrol') {
    if (axe) await axe(page, 'the enrolment page');
    const secret = (await page.locator('.secret code').innerText()).replace(/\s/g, '');
    remember(email, secret);
    await page.locator('#field-code').fill(totp(secret));
    await submit(page, page.getByRole('button', { name: t(lang, 'enrol.submit'), exact: true }), 200);
    if ((await page.locator('.recovery-codes li').count()) !== 10) throw new Error('ten recovery codes expected');
    if (axe) await axe(page, 'the recovery codes page');
    await page.getByRole('link', { name: t(lang, 'enrol.continue'), exact: true }).click();
    await page.waitForLoadState();
  } else if (path === '/login/code') {
    if (axe) await axe(page, 'the code page');
    await page.locator('#field-code').fill(await freshCode(email));
    await submit(page, page.getByRole('button', { name: t(lang, 'code.submit'), exact: true }), 303);
    await page.waitForLoadState();
  }
}
