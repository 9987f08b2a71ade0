// Malformed and oversized requests get a clear page, not a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CookieJar, request, getCsrf } from '../lib/http.mjs';
import { assertHtmlPage, errorRef } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';

async function loginForm() {
  const jar = new CookieJar();
  const page = await request('/login', { jar });
  return { jar, csrf: getCsrf(page.text) };
}

test('a malformed query string is refused with 400', async () => {
  const res = await request('/login?a=%zz');
  await assertHtmlPage(res, { status: 400, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'http.400.title')));
  assert.ok(errorRef(res.text));
});

test('a form field that is not valid UTF-8 is refused with 400', async () => {
  const { jar, csrf } = await loginForm();
  const res = await request('/login', {
    jar,
    body: `csrf=${csrf}&email=%C3%28&password=x`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  await assertHtmlPage(res, { status: 400, lang: 'fr' });
});

test('a body over the size limit is refused by the program with 413, in the visitor\'s language', async () => {
  const { jar, csrf } = await loginForm();
  const big = `csrf=${csrf}&email=a%40b.test&password=${'x'.repeat(1.5 * 1024 * 1024)}`;
  for (const [lang, headers] of [
    ['fr', {}],
    ['en', { 'accept-language': 'en-CA,en;q=0.9' }],
  ]) {
    const res = await request('/login', {
      jar,
      body: big,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    await assertHtmlPage(res, { status: 413, lang });
    assert.ok(res.text.includes(th(lang, 'http.413.title')), lang);
    assert.ok(errorRef(res.text), 'the program\'s page (with a reference), not nginx\'s');
  }
});

test('a form with more than 200 fields is refused with 413', async () => {
  const { jar, csrf } = await loginForm();
  const fields = [['csrf', csrf], ['email', 'a@b.test'], ['password', 'x']];
  for (let i = 0; i < 201; i++) fields.push([`f${i}`, '1']);
  const res = await request('/login', { jar, form: fields });
  await assertHtmlPage(res, { status: 413, lang: 'fr' });
});

test('a POST whose content type is not a form is refused with 400', async () => {
  const { jar, csrf } = await loginForm();
  const res = await request('/login', { jar, body: JSON.stringify({ csrf }), headers: { 'content-type': 'application/json' } });
  await assertHtmlPage(res, { status: 400 });
});
