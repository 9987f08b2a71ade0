// Certificate login (issue 8): nginx on HTTPS (the stack's tls set) asks
// for an optional client certificate, checks it against the test CA and
// its CRL, and passes it to the program, which maps the national number in
// its subject to an account and signs in without a password, only for an
// organisation whose connection method is SSO. Revoked, expired, unknown
// issuer, no national number, nobody's, or an organisation that uses
// passwords: each gets its page, audited, and no session. Driven with
// curl's --cert; the accounts of an SSO organisation cannot use their
// password any more, not even after a reset link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { PORT } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, location } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { waitMails, tokenIn } from '../lib/mail.mjs';
import { validateHtml } from '../lib/html.mjs';
import { th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { pki, makeGroup, releaseNiss } from '../lib/sso.mjs';

const TLS = `https://127.0.0.1:${PORT + 12}`;
const DIR = mkdtempSync(resolve(tmpdir(), 'passerelle-tls-'));
const RUN = randomBytes(3).toString('hex');
// The national numbers in the test certificates (tools/test-pki).
const NISS = { sso: '83092114759', ehealth: '77030405805', revoked: '95011706272', expired: '69040317548', password: '12070623116' };
let g, ehealth, revoked, expired, passwordUser;
let serial = 0;

/**
 * One HTTPS request with curl: cert is a person-*.pem name (or null), jar
 * a cookie file of this test, form an object sent urlencoded.
 * Returns { status, headers (lowercased), text, cookies (Set-Cookie lines) }.
 */
function tls(path, { cert = null, jar, form, lang = 'fr' } = {}) {
  const n = serial++;
  const head = resolve(DIR, `h${n}`), body = resolve(DIR, `b${n}`);
  const args = ['-s', '--cacert', resolve(pki().dir, 'ca.pem'), '-D', head, '-o', body, '-w', '%{http_code}', '-H', `Accept-Language: ${lang}`];
  if (cert) args.push('--cert', resolve(pki().dir, `${cert}.pem`), '--key', resolve(pki().dir, `${cert}.key`));
  if (jar) args.push('-b', resolve(DIR, jar), '-c', resolve(DIR, jar));
  for (const [k, v] of Object.entries(form ?? {})) args.push('--data-urlencode', `${k}=${v}`);
  const status = Number(execFileSync('curl', [...args, `${TLS}${path}`], { encoding: 'utf8' }));
  const raw = readFileSync(head, 'utf8');
  const headers = {}, cookies = [];
  for (const line of raw.split('\r\n').slice(1)) {
    const at = line.indexOf(':');
    if (at < 0) continue;
    const k = line.slice(0, at).toLowerCase(), v = line.slice(at + 1).trim();
    if (k === 'set-cookie') cookies.push(v);
    headers[k] = v;
  }
  return { status, headers, text: readFileSync(body, 'utf8'), cookies };
}

/** GET then POST the certificate login as a browser would; returns the POST's answer. */
function signIn(cert, jar, lang) {
  const page = tls('/login/certificate', { cert, jar, lang });
  if (page.status !== 200) return page;
  return tls('/login/certificate', { cert, jar, lang, form: { csrf: getCsrf(page.text), next: '/account' } });
}

const audits = (action, id) => Number(sql(`SELECT COUNT(*) FROM audit WHERE action = '${action}' AND subject_id ${id ? `= ${id}` : 'IS NULL'}`)[0][0]);

before(async () => {
  pki();
  for (const n of Object.values(NISS)) releaseNiss(n);
  g = await makeGroup('Connexion', { memberNiss: NISS.sso, login: false });
  ehealth = makeAccount('group_member');
  revoked = makeAccount('group_member');
  expired = makeAccount('group_member');
  for (const [u, n] of [[ehealth, NISS.ehealth], [revoked, NISS.revoked], [expired, NISS.expired]])
    sql(`UPDATE users SET org_id = ${g.org}, niss = '${n}' WHERE id = ${u.id}`);
  sql(`INSERT INTO secure_space (org_id, login_method) VALUES (${g.org}, 'sso')`);
  passwordUser = makeAccount('agency_staff');
  sql(`UPDATE users SET niss = '${NISS.password}' WHERE id = ${passwordUser.id}`);
});

test('the holder of an eID certificate of an SSO organisation signs in without a password, with a __Host- cookie', async () => {
  const page = tls('/login/certificate', { cert: 'person-sso', jar: 'sso' });
  assert.equal(page.status, 200);
  assert.ok(page.text.includes('Eden Fictif (Authentication)'));
  assert.ok(page.text.includes('83.09.21-147.59'), 'the national number, formatted');
  assert.match(page.text, /<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">/, 'its end, as ISO 8601');
  assert.ok(page.text.includes(th('fr', 'sso_login.submit')));
  assert.ok((await validateHtml(page.text)).valid);
  const res = tls('/login/certificate', { cert: 'person-sso', jar: 'sso', form: { csrf: getCsrf(page.text), next: '/account' } });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  assert.equal(res.headers.location, '/account');
  const sid = res.cookies.find((c) => c.startsWith('__Host-sid='));
  assert.ok(sid, 'a session cookie');
  assert.match(sid, /Secure/);
  assert.match(sid, /HttpOnly/);
  const account = tls('/account', { cert: 'person-sso', jar: 'sso' });
  assert.equal(account.status, 200);
  assert.ok(account.text.includes(g.member.email), 'the account of that national number');
  assert.equal(audits('login.certificate', g.member.id), 1);
  const [detail] = sql(`SELECT detail FROM audit WHERE action = 'login.certificate' AND subject_id = ${g.member.id}`)[0];
  assert.match(detail, /^serial=[0-9A-F]+ fingerprint=[0-9a-f]{64}$/);
  assert.equal(sql(`SELECT stage FROM session WHERE user_id = ${g.member.id} ORDER BY created_at DESC LIMIT 1`)[0][0], 'full');
});

test('an eHealth person certificate (SSIN=… in its subject) signs in as well', async () => {
  const res = signIn('person-ehealth', 'ehealth');
  assert.equal(res.status, 303);
  assert.ok(tls('/account', { cert: 'person-ehealth', jar: 'ehealth' }).text.includes(ehealth.email));
});

test('each refused certificate gets its own page, in French and in English, an audit row, and no session', async () => {
  const cases = [
    ['person-revoked', 'revoked'],
    ['person-expired', 'expired'],
    ['person-other-ca', 'untrusted'],
    ['person-no-niss', 'no_niss'],
    ['person-unknown', 'unknown'],
    ['person-password', 'password_org'],
  ];
  for (const [cert, reason] of cases)
    for (const lang of ['fr', 'en']) {
      const jar = `${cert}-${lang}`;
      const res = signIn(cert, jar, lang);
      assert.equal(res.status, 403, `${cert} ${lang}`);
      assert.ok(res.text.includes(`<h1>${th(lang, `sso_login.${reason}.title`)}</h1>`), `${cert}: ${reason} in ${lang}`);
      assert.ok(res.text.includes(th(lang, `sso_login.${reason}.text`)));
      assert.match(res.text, new RegExp(`<html lang="${lang}"`));
      assert.ok(!res.cookies.some((c) => /sid=/.test(c)), `${cert}: no session`);
      assert.equal(tls('/account', { cert, jar }).status, cert === 'person-revoked' || cert === 'person-expired' || cert === 'person-other-ca' ? 403 : 303);
    }
  const refused = sql(`SELECT detail FROM audit WHERE action = 'login.certificate_refused' ORDER BY id DESC LIMIT 40`).map((r) => r[0].split(' ')[0]);
  for (const reason of ['revoked', 'expired', 'untrusted', 'no_niss', 'unknown', 'password_org']) assert.ok(refused.includes(reason), reason);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM session WHERE user_id IN (${revoked.id}, ${expired.id}, ${passwordUser.id})`)[0][0]), 0);
});

test('nginx refuses a revoked certificate on any page with the same clear page', async () => {
  for (const path of ['/', '/account', '/sso']) {
    const res = tls(path, { cert: 'person-revoked', lang: 'en' });
    assert.equal(res.status, 403, path);
    assert.ok(res.text.includes(th('en', 'sso_login.revoked.title')), path);
  }
});

test('a deactivated account is nobody\'s: refused', async () => {
  sql(`UPDATE users SET active = 0 WHERE id = ${ehealth.id}`);
  try {
    const res = signIn('person-ehealth', `deactivated-${RUN}`);
    assert.equal(res.status, 403);
    assert.ok(res.text.includes(th('fr', 'sso_login.unknown.title')));
  } finally {
    sql(`UPDATE users SET active = 1 WHERE id = ${ehealth.id}`);
  }
});

test('without a certificate: the page explains, and signing in is refused on the form', async () => {
  const page = tls('/login/certificate', { jar: 'none' });
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(th('fr', 'sso_login.none')));
  assert.ok(!page.text.includes(th('fr', 'sso_login.not_https')));
  const res = tls('/login/certificate', { jar: 'none', form: { csrf: getCsrf(page.text) } });
  assert.equal(res.status, 422);
  assert.ok(res.text.includes(th('fr', 'err.sso_login.none')));
  assert.ok(!res.cookies.some((c) => /sid=/.test(c)));
});

test('on plain HTTP no header can pass for a verified certificate', async () => {
  const pem = readFileSync(resolve(pki().dir, 'person-sso.pem'), 'utf8');
  const headers = { 'SSL-Client-Verify': 'SUCCESS', 'SSL-Client-Cert': encodeURIComponent(pem), 'X-SSL-Client-Verify': 'SUCCESS' };
  const jar = new CookieJar();
  const page = await request('/login/certificate', { jar, headers });
  assert.equal(page.status, 200);
  assert.ok(page.text.includes(th('fr', 'sso_login.not_https')));
  assert.ok(!page.text.includes('Eden Fictif'));
  const res = await request('/login/certificate', { jar, headers, form: { csrf: getCsrf(page.text) } });
  assert.equal(res.status, 422);
  assert.ok(!jar.get('sid'), 'no session');
});

test('an account of an SSO organisation cannot use its password: refused after the right one, audited; the wrong one fails as usual', async () => {
  const form = await request('/login');
  const jarCookie = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const ok = await request('/login', { headers: { cookie: jarCookie }, form: { csrf: getCsrf(form.text), email: g.member.email, password: g.member.password } });
  assert.equal(ok.status, 422);
  assert.ok(ok.text.includes(th('fr', 'err.login.use_certificate')));
  assert.ok(!ok.headers.getSetCookie().some((c) => c.startsWith('sid=')), 'no session');
  assert.equal(audits('login.password_refused', g.member.id), 1);
  const wrong = await request('/login', { headers: { cookie: jarCookie }, form: { csrf: getCsrf(form.text), email: g.member.email, password: 'pas le bon mot de passe' } });
  assert.equal(wrong.status, 422);
  assert.ok(wrong.text.includes(th('fr', 'err.login.failed')));
  assert.ok(!wrong.text.includes(th('fr', 'err.login.use_certificate')));
  const login = await request('/login');
  assert.ok(login.text.includes('href="/login/certificate"'), 'the login page offers the certificate login');
});

test('a reset link sets the password of an SSO account but opens no session: the certificate login follows', async () => {
  const form = await request('/password/forgot');
  const cookie = form.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const asked = await request('/password/forgot', { headers: { cookie }, form: { csrf: getCsrf(form.text), email: revoked.email } });
  assert.equal(asked.status, 303);
  const [mail] = await waitMails(revoked.email, 1);
  const token = tokenIn(mail, '/password/reset');
  const page = await request(`/password/reset?token=${token}`);
  const cookie2 = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const password = `une toute nouvelle phrase ${RUN} fictive`;
  const res = await request('/password/reset', { headers: { cookie: cookie2 }, form: { csrf: getCsrf(page.text), token, password, confirm: password } });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  assert.equal(location(res).raw, '/login/certificate?msg=sso');
  assert.ok(!res.headers.getSetCookie().some((c) => c.startsWith('sid=') && !/Max-Age=0/.test(c)), 'no session');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM session WHERE user_id = ${revoked.id}`)[0][0]), 0);
  const next = await request('/login/certificate?msg=sso', { headers: { 'accept-language': 'en' } });
  assert.ok(next.text.includes(th('en', 'flash.sso.use_certificate')));
});

after(() => rmSync(DIR, { recursive: true, force: true }));
