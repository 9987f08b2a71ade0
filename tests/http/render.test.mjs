// render = app (libxslt in the program) and render = xml (nginx's xslt
// filter) must give the user the same page.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, AGENT, BASE, XML_BASE } from '../lib/env.mjs';
import { CookieJar, request, login, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';

let admin, agent;

before(async () => {
  admin = await session(ADMIN);
  agent = await session(AGENT);
});

// Only the reference of an error page differs between two requests (it is
// random per request). Both serialisers are libxslt's, so no whitespace
// normalisation is applied: the bytes must be the same.
function comparable(html) {
  return html.replace(/<code class="reference">[0-9A-F]{8}<\/code>/g, '<code class="reference">REF</code>');
}

async function both(path, opts = {}) {
  const app = await request(path, { ...opts, base: BASE });
  const xml = await request(path, { ...opts, base: XML_BASE });
  return { app, xml };
}

async function assertSamePage(path, opts, status) {
  const { app, xml } = await both(path, opts);
  await assertHtmlPage(app, { status, what: `${path} (render=app)` });
  await assertHtmlPage(xml, { status, what: `${path} (render=xml)` });
  assert.equal(comparable(xml.text), comparable(app.text), `${path}: same HTML from both renderers`);
}

test('the login page is the same page whether the program or nginx renders it', async () => {
  const jar = new CookieJar();
  await request('/login', { jar }); // the pre cookie, so both pages carry the same token
  await assertSamePage('/login', { jar }, 200);
  await assertSamePage('/login?next=%2Faccount&msg=required', { jar, headers: { 'accept-language': 'en' } }, 200);
});

test('the home page is the same page whether the program or nginx renders it', async () => {
  await assertSamePage('/', { jar: admin }, 200);
  await assertSamePage('/', { jar: agent, headers: { 'accept-language': 'en' } }, 200);
});

test('error pages are the same page whether the program or nginx renders them', async () => {
  await assertSamePage('/status', { jar: agent }, 403);
  await assertSamePage('/nowhere', { jar: admin }, 404);
});

test('a login with errors is the same page whether the program or nginx renders it', async () => {
  const jar = new CookieJar();
  const page = await request('/login', { jar });
  const csrf = /name="csrf" value="([^"]*)"/.exec(page.text)[1];
  await assertSamePage('/login', { jar, form: { csrf, email: 'x', password: '' } }, 422);
});
