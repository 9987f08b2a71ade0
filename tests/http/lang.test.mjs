// French or English: the browser's wish, the user's choice, the switch link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FINANCE, FINANCE_COORDINATION } from '../lib/env.mjs';
import { CookieJar, request, login, htmlLang, setCookies } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';

const EN = { 'accept-language': 'en-CA,en;q=0.9' };
let user; // a logged-in user whose language the tests switch

before(async () => {
  sql(`UPDATE users SET lang = 'fr' WHERE email = '${FINANCE_COORDINATION}'`);
  user = await login(FINANCE_COORDINATION);
});

after(() => {
  // The demo data says this user reads English.
  sql(`UPDATE users SET lang = 'en' WHERE email = '${FINANCE_COORDINATION}'`);
});

/** The href of the language switch link, with &amp; read as &. */
function switchLink(html) {
  const m = /<a class="lang-switch" href="([^"]*)"/.exec(html);
  assert.ok(m, 'the page has a language switch');
  return m[1].replace(/&amp;/g, '&');
}

test('a browser that asks for English gets the login page in English', async () => {
  const res = await request('/login', { headers: EN });
  await assertHtmlPage(res, { status: 200, lang: 'en' });
  assert.equal(res.headers.get('content-language'), 'en');
  assert.ok(res.text.includes(th('en', 'login.title')));
});

test('a browser that names no language we have gets French', async () => {
  for (const al of [undefined, 'de-DE,de;q=0.9', '*']) {
    const res = await request('/login', { headers: al ? { 'accept-language': al } : {} });
    await assertHtmlPage(res, { status: 200, lang: 'fr' });
  }
});

test('the language the visitor chose (lang cookie) wins over the browser\'s', async () => {
  const res = await request('/login', { headers: EN, jar: new CookieJar({ lang: 'fr' }) });
  assert.equal(htmlLang(res.text), 'fr');
  const en = await request('/login', { headers: { 'accept-language': 'fr-CA' }, jar: new CookieJar({ lang: 'en' }) });
  assert.equal(htmlLang(en.text), 'en');
});

test('a user who prefers English gets English after logging in, whatever the browser says', async () => {
  const jar = await login(FINANCE);
  const res = await request('/', { jar, headers: { 'accept-language': 'fr-CA' } });
  await assertHtmlPage(res, { status: 200, lang: 'en' });
});

test('the switch sets the lang cookie and goes back to the page it came from', async () => {
  const res = await request('/lang?to=en&next=%2Flogin%3Fnext%3D%252Faccount');
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/login?next=%2Faccount');
  const lang = setCookies(res).find((c) => c.name === 'lang');
  assert.equal(lang?.value, 'en');
  assert.equal(lang.attrs.path, '/');
});

test('the switch never sends the visitor to another site', async () => {
  for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example', '']) {
    const res = await request(`/lang?to=en&next=${encodeURIComponent(next)}`);
    assert.equal(res.status, 303, next);
    assert.equal(res.headers.get('location'), '/', next);
  }
});

test('the switch refuses a language it does not have with 400', async () => {
  for (const q of ['to=de&next=%2F', 'next=%2F', 'to=EN&next=%2F']) {
    const res = await request(`/lang?${q}`);
    await assertHtmlPage(res, { status: 400, lang: 'fr' });
  }
});

test('on the login page, the switch link returns to the same page (with its next) in English', async () => {
  const jar = new CookieJar();
  const fr = await request('/login?next=%2Faccount', { jar });
  await assertHtmlPage(fr, { status: 200, lang: 'fr' });
  const link = switchLink(fr.text);
  assert.equal(link, '/lang?to=en&next=%2Flogin%3Fnext%3D%252Faccount');
  const sw = await request(link, { jar });
  assert.equal(sw.status, 303);
  assert.equal(sw.headers.get('location'), '/login?next=%2Faccount');
  const en = await request(sw.headers.get('location'), { jar });
  await assertHtmlPage(en, { status: 200, lang: 'en' });
  assert.match(en.text, /<input type="hidden" name="next" value="\/account">/);
  assert.equal(switchLink(en.text), '/lang?to=fr&next=%2Flogin%3Fnext%3D%252Faccount');
});

test('on the account page, a logged-in user switches to English and back, staying on the page', async () => {
  const fr = await request('/account', { jar: user });
  await assertHtmlPage(fr, { status: 200, lang: 'fr' });
  const toEn = await request(switchLink(fr.text), { jar: user });
  assert.equal(toEn.headers.get('location'), '/account');
  const en = await request('/account', { jar: user });
  await assertHtmlPage(en, { status: 200, lang: 'en' });
  assert.ok(en.text.includes(th('en', 'account.title')));
  assert.equal(sql(`SELECT lang FROM users WHERE email = '${FINANCE_COORDINATION}'`)[0][0], 'en', 'remembered for the account');
  const toFr = await request(switchLink(en.text), { jar: user });
  assert.equal(toFr.headers.get('location'), '/account');
  assert.equal(htmlLang((await request('/account', { jar: user })).text), 'fr');
});
