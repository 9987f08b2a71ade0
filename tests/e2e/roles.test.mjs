// What other users see, and the site without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, AGENT, BASE, PASSWORD } from '../lib/env.mjs';
import { launch, submit, secondStepInBrowser } from '../lib/browser.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { tilesOf } from '../lib/db.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function logIn(page, email, lang) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel(t(lang, 'login.email')).fill(email);
  await page.getByLabel(t(lang, 'login.password')).fill(PASSWORD);
  await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 303);
  await secondStepInBrowser(page, email, lang);
  await page.waitForURL(`${BASE}/`);
}

test('an agent sees only the account tile, and is refused the status page', async () => {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  try {
    await logIn(page, AGENT, 'fr');
    // The tiles of the agent's permissions: the account, none of the
    // administration screens.
    const codes = tilesOf(AGENT);
    assert.ok(codes.includes('account'));
    for (const admin of ['users', 'roles', 'audit', 'status']) assert.ok(!codes.includes(admin), admin);
    assert.deepEqual(await page.locator('a.tile-link').allInnerTexts(), codes.map((c) => t('fr', `tile.${c}.title`)));
    await runAxe(page, 'the agent\'s home page');
    const res = await page.goto(`${BASE}/status`);
    assert.equal(res.status(), 403);
    assert.equal(await page.locator('h1').innerText(), t('fr', 'http.403.title'));
    await runAxe(page, 'the 403 page');
  } finally {
    await context.close();
  }
});

test('an unknown address shows the site\'s own 404 page, which passes axe', async () => {
  const context = await browser.newContext({ locale: 'en-CA' });
  const page = await context.newPage();
  try {
    const res = await page.goto(`${BASE}/no/such/page`);
    assert.equal(res.status(), 404);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('h1').innerText(), t('en', 'http.404.title'));
    await runAxe(page, 'the 404 page');
  } finally {
    await context.close();
  }
});

test('with JavaScript disabled, a user still logs in and sees the home page', async () => {
  const context = await browser.newContext({ locale: 'fr-CA', javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await logIn(page, ADMIN, 'fr');
    assert.equal(await page.locator('h1').innerText(), t('fr', 'home.title'));
    assert.equal(await page.locator('a.tile-link').count(), tilesOf(ADMIN).length);
    await submit(page, page.getByRole('button', { name: t('fr', 'logout'), exact: true }), 303);
    await page.waitForURL((u) => u.pathname === '/login');
  } finally {
    await context.close();
  }
});
