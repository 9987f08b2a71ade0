// An attacker fills every POST form of every screen with hostile values
// (tests/security/corpus.mjs), one field at a time, the other fields as the
// page had them: the portal never fails (no 5xx), answers with a
// validation message or a success, and wherever a value is shown back it is
// escaped: no markup, no event handler and no javascript: URL from the
// input ever appears in an HTML answer, and no CSV cell starts a formula.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { ROOT } from '../lib/env.mjs';
import { CookieJar, request, login } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { waitMails, tokenIn } from '../lib/mail.mjs';
import { HOSTILE, LONG, encoded } from './corpus.mjs';
import { sql } from '../lib/db.mjs';

const RUN = randomBytes(3).toString('hex');
const OK = new Set([200, 303, 400, 403, 409, 413, 422]);
// A link's token or a record's id that names nothing: not found.
const OK_TOKEN = new Set([...OK, 404]);
let serial = 0;
let sent = 0;
let admin; // a fresh admin's session
let victim; // an account the admin may deactivate, reset, edit

// ---- reading pages -----------------------------------------------------------

const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e.toLowerCase()]);

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>\/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTR = /([^\s=>\/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

/** The tags of an HTML text: [{ name, attrs: [[name, decoded value]] }]. */
function tags(html) {
  return [...html.matchAll(TAG)].map((m) => ({
    name: m[1].toLowerCase(),
    attrs: [...m[2].matchAll(ATTR)].map((a) => [
      a[1].toLowerCase(),
      a[2] === undefined ? '' : decode(a[2].replace(/^["']|["']$/g, '')),
    ]),
  }));
}

/** Fails when the HTML holds markup an input could have injected. */
function assertNoInjectedMarkup(html, what) {
  assert.doesNotMatch(html, /<script/i, `${what}: a <script> element`);
  assert.doesNotMatch(html, /<img[^>]*onerror/i, `${what}: an <img onerror>`);
  for (const t of tags(html))
    for (const [name, value] of t.attrs) {
      assert.ok(!/^on/.test(name), `${what}: an event handler attribute ${name} on <${t.name}>`);
      if (['href', 'src', 'action', 'formaction'].includes(name))
        assert.ok(!/^\s*javascript:/i.test(value.replace(/[\u0000-\u0020]/g, '')),
          `${what}: a javascript: URL in ${name}="${value}"`);
    }
}

/** The POST forms of a page, but logout: [{ action, fields: [[k, v]], names: [...], text: [...] }]. */
function postForms(html) {
  const forms = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = Object.fromEntries(tags(`<form${m[1]}>`)[0].attrs);
    if ((attrs.method || 'get').toLowerCase() !== 'post' || attrs.action === '/logout') continue;
    const fields = [];
    const names = new Set();
    const text = [];
    for (const t of tags(m[2])) {
      const a = Object.fromEntries(t.attrs);
      if (!a.name || !['input', 'select', 'textarea'].includes(t.name)) continue;
      names.add(a.name);
      const type = (a.type || 'text').toLowerCase();
      if (t.name === 'input' && ['checkbox', 'radio'].includes(type)) {
        if ('checked' in a) fields.push([a.name, a.value ?? 'on']);
      } else if (t.name === 'select') {
        const body = m[2].slice(m[2].indexOf(`name="${a.name}"`));
        const opts = tags(body.slice(0, body.indexOf('</select>'))).filter((o) => o.name === 'option');
        const chosen = opts.find((o) => o.attrs.some(([k]) => k === 'selected')) || opts[0];
        if (chosen) fields.push([a.name, Object.fromEntries(chosen.attrs).value ?? '']);
      } else if (t.name === 'textarea') {
        fields.push([a.name, '']);
        text.push(a.name);
      } else {
        fields.push([a.name, a.value ?? '']);
        if (!['hidden', 'submit', 'button'].includes(type)) text.push(a.name);
      }
    }
    const kind = fields.find(([k]) => k === 'action')?.[1] ?? '';
    forms.push({ action: attrs.action, kind, fields, names: [...names], text });
  }
  return forms;
}

/** Sensible values for the empty required fields of a creation form, so
 * that one hostile field is all that stands between it and a success. */
function fillRequired(form) {
  const n = `${RUN}-${serial++}`;
  const fill = {
    name: `Essai injection ${n}`,
    email: `inj-${n}@exemple.test`,
    code: `inj_${n.replace(/-/g, '_')}`,
    name_fr: `Rôle injection ${n}`,
    name_en: `Injection role ${n}`,
  };
  if (form.action === '/login' || form.action.startsWith('/password/') || form.action === '/account/password')
    return form.fields;
  return form.fields.map(([k, v]) => [k, v === '' && fill[k] ? fill[k] : v]);
}

/** A urlencoded body: the fields, with `name` replaced by the entry. */
function body(fields, name, entry) {
  const out = [];
  let put = false;
  for (const [k, v] of fields) {
    if (k === name) {
      if (!put) out.push(`${encodeURIComponent(k)}=${encoded(entry)}`);
      put = true;
    } else out.push(`${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  }
  if (!put) out.push(`${encodeURIComponent(name)}=${encoded(entry)}`);
  return out.join('&');
}

// ---- the attack --------------------------------------------------------------

/**
 * Sends each form of the page at `path`, each field in turn set to each
 * hostile value, and checks every answer (and the page a success leads to).
 * The page is read again after each success, so that versions and states
 * stay those the page shows. Returns the successes [{ form, field, entry }].
 */
async function attack(path, jar) {
  const successes = [];
  let page = await request(path, { jar });
  assert.equal(page.status, 200, `GET ${path}`);
  const forms = postForms(page.text);
  assert.ok(forms.length > 0, `${path} has a POST form`);
  for (const [fi, first] of forms.entries()) {
    const key = `${first.action}#${first.kind}#${fi}`;
    for (const name of first.names) {
      const entries = name === first.text[0] ? [...HOSTILE, LONG] : HOSTILE;
      for (const entry of entries) {
        const current = postForms(page.text).find((f) => f.action === first.action && f.kind === first.kind);
        if (!current) break; // the action is gone (e.g. after deactivation)
        const what = `${key} field ${name} = ${entry.label}`;
        const res = await request(current.action, {
          jar,
          body: body(fillRequired(current), name, entry),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        sent++;
        assert.ok(res.status < 500, `${what}: ${res.status}\n${res.text.slice(0, 300)}`);
        assert.ok((name === 'token' || name === 'id' ? OK_TOKEN : OK).has(res.status), `${what}: unexpected ${res.status}`);
        if (/html/.test(res.headers.get('content-type') || '')) assertNoInjectedMarkup(res.text, what);
        if (res.status === 303) {
          successes.push({ form: key, field: name, entry });
          const to = res.headers.get('location');
          if (to && to.startsWith('/')) {
            const next = await request(to, { jar });
            sent++;
            assert.ok(next.status < 500, `${what}, then ${to}: ${next.status}`);
            assertNoInjectedMarkup(next.text, `${what}, then ${to}`);
          }
          page = await request(path, { jar });
          sent++;
          if (page.status !== 200) return successes;
        }
      }
    }
  }
  return successes;
}

/** The cells of an RFC 4180 text (CRLF lines), quotes removed. */
function csvCells(text) {
  const cells = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        assert.ok(i < text.length, 'a quoted CSV cell is closed');
        if (text[i] === '"' && text[i + 1] === '"') { cell += '"'; i++; }
        else if (text[i] === '"') { i++; break; }
        else cell += text[i];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++];
    }
    cells.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) i += 2;
    else assert.ok(i >= text.length, `CSV: a cell ends at a comma or CRLF (at ${i})`);
  }
  return cells;
}

before(async () => {
  const a = makeAccount('admin');
  admin = await login(a.email, a.password);
  victim = makeAccount('agency_staff');
});

test('an admin fills every form of every screen with hostile values: no 5xx, and nothing comes back as markup', async () => {
  const started = Date.now();
  const screens = execFileSync('bash', ['-c', `for f in ${resolve(ROOT, 'cgi-bin')}/*.fcgi; do "$f" --describe; done`])
    .toString()
    .split('\n')
    .map((l) => Object.fromEntries(l.split(' ').map((kv) => kv.split('='))))
    .filter((d) => d.path && d.methods?.includes('GET') && d.perm !== '-' && d.perm !== '*');
  const pages = [];
  for (const d of screens) {
    const res = await request(d.path, { jar: admin });
    sent++;
    assert.ok(res.status < 500, `GET ${d.path}: ${res.status}`);
    if (res.status === 200 && postForms(res.text).length) pages.push(d.path);
  }
  // The forms that only show on an existing account or role: the victim's
  // (never the admin's own, whose deactivation would end this session), and
  // a role this test creates.
  pages.push(`/user?id=${victim.id}`);
  const code = `inj_role_${RUN}`;
  const form = await request('/role', { jar: admin });
  const role = await request('/role', {
    jar: admin,
    body: body(fillRequired(postForms(form.text)[0]), 'code', { value: code }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(role.status, 303, `a role to attack is created\n${role.text.slice(0, 300)}`);
  const roles = await request('/roles', { jar: admin });
  const id = new RegExp(`href="/role\\?id=(\\d+)"[^>]*>[^<]*${code}|${code}[\\s\\S]*?/role\\?id=(\\d+)`).exec(roles.text);
  const listed = [...roles.text.matchAll(/\/role\?id=(\d+)/g)].map((m) => Number(m[1]));
  pages.push(`/role?id=${id ? id[1] ?? id[2] : Math.max(...listed)}`);

  const successes = [];
  for (const path of pages) successes.push(...(await attack(path, admin)));
  assert.ok(successes.some((s) => s.entry.label === 'script element'),
    'some hostile value was stored (else nothing shows that it is escaped when shown)');

  // Where the stored values are shown: the lists and the journal.
  for (const path of ['/users', '/users?sort=name&dir=asc', '/users?sort=name&dir=desc', '/roles', '/audit']) {
    const res = await request(path, { jar: admin });
    sent++;
    assert.equal(res.status, 200, `GET ${path}`);
    assertNoInjectedMarkup(res.text, path);
  }
  // Valid text (accents, emoji) is kept as it was typed.
  const kept = await request(`/users?q=${encodeURIComponent('Élodie Ñúñez')}`, { jar: admin });
  sent++;
  assert.ok(decode(kept.text).includes('Élodie Ñúñez 🙂 çà'), 'a name with accents and emoji is shown unchanged');
  console.log(`# injection (admin): ${sent} requests, ${successes.length} successes, ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('an anonymous attacker fills the public forms (login, forgotten password, activation) with hostile values', async () => {
  const started = Date.now();
  const before = sent;
  for (const path of ['/login', '/password/forgot']) await attack(path, new CookieJar());
  // An invitation's activation form: a user created by the admin.
  const email = `inj-activate-${RUN}@exemple.test`;
  const form = await request('/user', { jar: admin });
  const created = await request('/user', {
    jar: admin,
    body: body(fillRequired(postForms(form.text)[0]), 'email', { value: email }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(created.status, 303, `the invited account is created\n${created.text.slice(0, 300)}`);
  const [mail] = await waitMails(email, 1);
  await attack(`/activate?token=${tokenIn(mail, '/activate')}`, new CookieJar());
  console.log(`# injection (public): ${sent - before} requests, ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('the journal exported as CSV after hostile names were stored starts no cell with a formula', async () => {
  // An admin named like a formula signs in: their name is the journal's
  // "who" cell of that event.
  const formula = makeAccount('admin', { name: '=1+2' });
  await login(formula.email, formula.password);
  // A user named like a formula, created through /user, is in the journal.
  const form = await request('/user', { jar: admin });
  const fields = fillRequired(postForms(form.text)[0]);
  const res = await request('/user', {
    jar: admin,
    body: body(fields, 'name', { value: '=1+2' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  assert.equal(res.status, 303, `a user named =1+2 is created\n${res.text.slice(0, 300)}`);
  const csv = await request('/audit?format=csv', { jar: admin });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') || '', /text\/csv/);
  const cells = csvCells(csv.text);
  assert.ok(cells.length > 10, 'the export has rows');
  for (const c of cells) assert.ok(!/^[=+\-@\t\r]/.test(c), `a CSV cell starts a formula: ${JSON.stringify(c.slice(0, 80))}`);
  assert.ok(cells.includes("'=1+2"), 'the formula-like name is in the export, neutralised');
  assert.ok(cells.some((c) => c.includes('"name":"=1+2"')), 'the created user is in the export');
});

test('a worker of the family portal fills every form of the client screens with hostile values', async () => {
  const started = Date.now();
  const before = sent;
  const w = makeAccount('client_staff');
  const org = sql("SELECT id FROM org WHERE name = 'Soutien à domicile Sud-Ouest (démo)'")[0][0];
  sql(`UPDATE users SET org_id = ${org} WHERE id = ${w.id}`);
  const jar = await login(w.email, w.password);
  sql(
    `INSERT INTO client (org_id, given_name, family_name, email) VALUES (${org}, 'Cible', 'Injection ${RUN}', 'cible-${RUN}@exemple.test');` +
      `INSERT INTO client_contact (client_id, relationship, given_name, family_name, email) ` +
      `SELECT LAST_INSERT_ID(), 'family', 'Proche', 'Injection ${RUN}', 'proche-${RUN}@exemple.test'`,
  );
  const [client, contact] = sql(`SELECT c.id, cc.id FROM client c JOIN client_contact cc ON cc.client_id = c.id WHERE c.family_name = 'Injection ${RUN}'`)[0];
  const successes = [];
  // The edit forms (the creation forms take the same fields, through the
  // same validators), then the access forms of a contact and of the client.
  for (const path of [`/client/demographics?id=${client}`, `/client/contact?client=${client}&id=${contact}`,
    `/client/access?client=${client}&contact=${contact}`, `/client/access?client=${client}`])
    successes.push(...(await attack(path, jar)));
  assert.ok(successes.some((s) => s.entry.label === 'script element'), 'some hostile value was stored');
  for (const path of [`/clients?q=${RUN}`, `/client?id=${client}`, `/client/contacts?id=${client}`,
    `/client/access?client=${client}&contact=${contact}`]) {
    const res = await request(path, { jar });
    sent++;
    assert.equal(res.status, 200, `GET ${path}`);
    assertNoInjectedMarkup(res.text, path);
  }
  console.log(`# injection (family portal): ${sent - before} requests, ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
