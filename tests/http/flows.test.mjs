// Account activation, "forgot your password", password reset and password
// change (issue 3): each story with its bad inputs, pages and mails in both
// languages. Accounts are made here with SQL; their activation link comes
// from `tools/passerelle invite`, the reset link from /password/forgot, and
// both are read back from the mail the capture sendmail keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, VAR } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, location } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql, sessionRows } from '../lib/db.mjs';
import { mailsTo, waitMails, tokenIn } from '../lib/mail.mjs';

const MAIL_DIR = resolve(VAR, 'mail');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const NAME = 'Camille Tremblay';
const GOOD = 'cheval batterie agrafe correcte';
const OTHER = 'la rivière coule sous le pont de bois';

// ---- accounts -------------------------------------------------------------

/** A new account of the provider with the "care" role (MFA required), no password. */
function newAccount(lang = 'fr') {
  const email = `flows-${randomBytes(4).toString('hex')}@example.test`;
  sql(
    `INSERT INTO users (org_id, email, name, lang) VALUES (2, '${email}', '${NAME}', '${lang}');` +
      `INSERT INTO user_role (user_id, role_id) SELECT LAST_INSERT_ID(), id FROM role WHERE code = 'care'`,
  );
  const id = Number(sql(`SELECT id FROM users WHERE email = '${email}'`)[0][0]);
  return { email, id, lang };
}

function passerelle(...args) {
  return execFileSync(resolve(ROOT, 'tools/passerelle'), args, {
    env: {
      ...process.env,
      PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'),
      PASSERELLE_SQL: resolve(ROOT, 'sql'),
      PASSERELLE_MAIL_DIR: MAIL_DIR,
    },
    encoding: 'utf8',
    input: args[0] === 'set-password' ? `${GOOD}\n` : undefined,
  });
}

/** One value of the account's row. */
function column(account, col) {
  return sql(`SELECT ${col} FROM users WHERE id = ${account.id}`)[0]?.[0];
}

function audited(account, action) {
  return Number(sql(`SELECT COUNT(*) FROM audit WHERE subject_id = ${account.id} AND action = '${action}'`)[0][0]);
}

// ---- mail -----------------------------------------------------------------



/** Sends the activation mail and returns its token. */
async function invite(account) {
  const before = mailsTo(account.email).length;
  passerelle('invite', account.email);
  const mails = await waitMails(account.email, before + 1);
  const mail = mails.at(-1);
  assert.equal(mail.to, account.email);
  return { token: tokenIn(mail, '/activate'), mail };
}

/** A browser in the language ('fr' or 'en'). */
function browser(lang) {
  return new CookieJar(lang === 'en' ? { lang: 'en' } : {});
}

// ---- TOTP (RFC 6238) to pass the MFA step ---------------------------------

function base32(s) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of s.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(secret, offset = 0) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000) + offset));
  const h = createHmac('sha1', base32(secret)).update(counter).digest();
  const o = h[h.length - 1] & 15;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1e6).padStart(6, '0');
}

/** Completes the enrolment of a jar at stage enrol; returns the recovery codes. */
async function enrol(jar) {
  const page = await request('/mfa/enrol', { jar });
  assert.equal(page.status, 200);
  const secret = /<p class="secret"><code>([^<]+)<\/code>/.exec(page.text)[1].replace(/\s/g, '');
  const done = await request('/mfa/enrol', { jar, form: { csrf: getCsrf(page.text), next: '/', code: totp(secret) } });
  assert.equal(done.status, 200, done.text.slice(0, 400));
  return [...done.text.matchAll(/<li><code>([a-z0-9-]+)<\/code><\/li>/g)].map((m) => m[1]);
}

/** Logs in with the password and a recovery code; returns the full jar. */
async function loginWith(email, password, recovery) {
  const jar = new CookieJar();
  const form = await request('/login', { jar });
  const res = await request('/login', { jar, form: { csrf: getCsrf(form.text), email, password } });
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/login/code');
  const page = await request('/login/code', { jar });
  const done = await request('/login/code', { jar, form: { csrf: getCsrf(page.text), next: '/', code: recovery.pop() } });
  assert.equal(done.status, 303, done.text.slice(0, 400));
  return jar;
}

/** An activated, enrolled account and its first full session. */
async function enrolledAccount(lang = 'fr') {
  const account = newAccount(lang);
  const { token } = await invite(account);
  const jar = browser(lang);
  const res = await choose(jar, '/activate', token, GOOD);
  assert.equal(res.status, 303);
  account.recovery = await enrol(jar);
  return { account, jar };
}

// ---- the choose-password form ---------------------------------------------

/** GETs the link's form and POSTs it; returns the POST's answer. */
async function choose(jar, path, token, password, confirm = password) {
  const form = await request(`${path}?token=${token}`, { jar });
  assert.equal(form.status, 200, `${path} form: ${form.text.slice(0, 300)}`);
  return request(path, { jar, form: { csrf: getCsrf(form.text), token, password, confirm } });
}

/** A password of the shipped list of common ones, at least 12 characters. */
function commonPassword() {
  const list = readFileSync(resolve(ROOT, 'data/common-passwords.txt'), 'utf8').split('\n');
  return list.find((p) => p.length >= 12 && /^[a-z0-9]+$/.test(p));
}

// ---- activation -----------------------------------------------------------

test('an invited user chooses a password: each rule is refused with its message and nothing changes', async () => {
  const account = newAccount('fr');
  const { token, mail } = await invite(account);
  assert.ok(mail.text.includes(NAME), 'the mail greets the user by name');

  const jar = browser('fr');
  const form = await request(`/activate?token=${token}`, { jar });
  await assertHtmlPage(form, { status: 200, lang: 'fr' });
  for (const key of ['activate.title', 'pwrules.length', 'pwrules.any', 'pwrules.common', 'pwrules.personal'])
    assert.ok(form.text.includes(th('fr', key)), `the form shows ${key}`);
  assert.ok(form.text.includes(account.email), 'the form names the account');

  const common = commonPassword();
  const cases = [
    ['short', 'court', 'court', 'err.password.short'],
    ['common', common, common, 'err.password.common'],
    ['common in capitals', common.toUpperCase(), common.toUpperCase(), 'err.password.common'],
    ['containing the e-mail', `${account.email.split('@')[0]} maison bleue`, null, 'err.password.personal'],
    ['containing the name', 'tremblay de terre au matin', null, 'err.password.personal'],
    ['confirmation differs', GOOD, `${GOOD}!`, 'err.password.mismatch'],
  ];
  for (const [what, password, confirm, key] of cases) {
    const res = await request('/activate', {
      jar,
      form: { csrf: getCsrf(form.text), token, password, confirm: confirm ?? password },
    });
    await assertHtmlPage(res, { status: 422, lang: 'fr', what });
    assert.ok(res.text.includes(th('fr', key)), `${what}: message ${key}`);
    assert.ok(!res.text.includes(`value="${password}"`), `${what}: the password is not echoed`);
  }
  assert.equal(column(account, 'password_hash'), 'NULL', 'no password set');
  assert.equal(column(account, 'activated_at'), 'NULL', 'not activated');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM user_token WHERE user_id = ${account.id} AND used_at IS NULL`)[0][0]), 1);
  assert.equal(jar.get('sid'), undefined, 'no session');

  const res = await request('/activate', { jar, form: { csrf: getCsrf(form.text), token, password: GOOD, confirm: GOOD } });
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/mfa/enrol', 'the care role requires MFA');
  assert.ok(jar.get('sid'), 'a session is started');
  assert.equal(sql(`SELECT stage FROM session WHERE user_id = ${account.id}`)[0][0], 'enrol');
  assert.notEqual(column(account, 'activated_at'), 'NULL');
  assert.match(column(account, 'password_hash'), /^\$scrypt\$/);
  assert.equal(audited(account, 'account.activated'), 1);
  const enrolPage = await request('/mfa/enrol', { jar });
  assert.equal(enrolPage.status, 200);

  // The same link again, from another browser: a page of its own, not the generic error.
  const again = await request(`/activate?token=${token}`, { jar: browser('fr') });
  await assertHtmlPage(again, { status: 404, lang: 'fr' });
  assert.ok(again.text.includes(th('fr', 'activate.used')));
  assert.ok(again.text.includes(th('fr', 'activate.ask_admin')));
  assert.ok(again.text.includes('href="/password/forgot"'));
  // Posting it again changes nothing either.
  const hash = column(account, 'password_hash');
  const stranger = browser('fr');
  const page = await request('/password/forgot', { jar: stranger });
  const repost = await request('/activate', {
    jar: stranger,
    form: { csrf: getCsrf(page.text), token, password: OTHER, confirm: OTHER },
  });
  assert.equal(repost.status, 404);
  assert.ok(repost.text.includes(th('fr', 'activate.used')));
  assert.equal(column(account, 'password_hash'), hash);
});

test('an expired or unknown activation link gets a clear page in English', async () => {
  const account = newAccount('en');
  const { token, mail } = await invite(account);
  assert.ok(mail.text.includes('Hello'), 'the mail is in English');
  sql(`UPDATE user_token SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 MINUTE WHERE user_id = ${account.id}`);
  const jar = browser('en');
  const res = await request(`/activate?token=${token}`, { jar });
  await assertHtmlPage(res, { status: 404, lang: 'en' });
  assert.ok(res.text.includes(th('en', 'activate.gone_title')));
  assert.ok(res.text.includes(th('en', 'activate.expired')));
  assert.ok(res.text.includes(th('en', 'activate.ask_admin')));
  const page = await request('/password/forgot', { jar });
  const post = await request('/activate', { jar, form: { csrf: getCsrf(page.text), token, password: GOOD, confirm: GOOD } });
  assert.equal(post.status, 404);
  assert.ok(post.text.includes(th('en', 'activate.expired')));
  assert.equal(column(account, 'password_hash'), 'NULL');

  const unknown = await request(`/activate?token=${'A'.repeat(43)}`, { jar });
  await assertHtmlPage(unknown, { status: 404, lang: 'en' });
  assert.ok(unknown.text.includes(th('en', 'activate.unknown')));
  const none = await request('/activate', { jar });
  assert.equal(none.status, 404);
});

test('two requests racing with one activation link: only one sets the password', async () => {
  const account = newAccount('fr');
  const { token } = await invite(account);
  const jars = [browser('fr'), browser('fr')];
  const forms = await Promise.all(jars.map((jar) => request(`/activate?token=${token}`, { jar })));
  const [a, b] = await Promise.all(
    jars.map((jar, i) =>
      request('/activate', { jar, form: { csrf: getCsrf(forms[i].text), token, password: [GOOD, OTHER][i], confirm: [GOOD, OTHER][i] } }),
    ),
  );
  assert.deepEqual([a.status, b.status].sort(), [303, 404]);
  assert.equal(audited(account, 'account.activated'), 1);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM session WHERE user_id = ${account.id}`)[0][0]), 1);
});

// ---- forgot your password -------------------------------------------------

/** Asks for a reset link from a fresh browser; returns the page shown after. */
async function forgot(email, lang = 'fr') {
  const jar = browser(lang);
  const form = await request('/password/forgot', { jar });
  const res = await request('/password/forgot', { jar, form: { csrf: getCsrf(form.text), email } });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  assert.equal(res.headers.get('location'), '/password/forgot?sent=1');
  return request(res.headers.get('location'), { jar });
}

test('the login page links to "forgot your password"', async () => {
  for (const lang of ['fr', 'en']) {
    const res = await request('/login', { jar: browser(lang) });
    assert.ok(res.text.includes(`<a href="/password/forgot">${th(lang, 'login.forgot')}</a>`), lang);
  }
});

test('forgot: an unknown and a known address get the same page, and only the known one a mail', async () => {
  for (const lang of ['fr', 'en']) {
    const account = newAccount(lang);
    const unknown = `nobody-${randomBytes(4).toString('hex')}@example.test`;
    const form = await request('/password/forgot', { jar: browser(lang) });
    await assertHtmlPage(form, { status: 200, lang });
    assert.ok(form.text.includes(th(lang, 'forgot.intro')));
    const a = await forgot(unknown, lang);
    const b = await forgot(account.email, lang);
    await assertHtmlPage(b, { status: 200, lang });
    const strip = (html) => html.replace(/name="csrf" value="[^"]*"/g, '');
    assert.equal(strip(a.text), strip(b.text), 'identical pages');
    assert.ok(b.text.includes(th(lang, 'forgot.sent').replace('{n}', '60')));
    const mails = await waitMails(account.email, 1);
    assert.equal(mailsTo(unknown).length, 0, 'nothing to the unknown address');
    const mail = mails[0];
    assert.equal(mail.subject, t(lang, 'mail.reset.subject'));
    assert.ok(mail.text.includes(t(lang, 'mail.reset.what').replace('{email}', account.email)));
    assert.ok(mail.text.includes(t(lang, 'mail.reset.valid').replace('{n}', '60')));
    assert.ok(mail.html.includes(`<html lang="${lang}"`));
    tokenIn(mail, '/password/reset');
    assert.equal(audited(account, 'password.reset_requested'), 1);
  }
});

test('forgot: a bad address is refused on the field; a missing CSRF token is refused', async () => {
  const jar = browser('fr');
  const form = await request('/password/forgot', { jar });
  const bad = await request('/password/forgot', { jar, form: { csrf: getCsrf(form.text), email: 'pas-une-adresse' } });
  await assertHtmlPage(bad, { status: 422, lang: 'fr' });
  assert.ok(bad.text.includes(th('fr', 'err.email.invalid')));
  const nocsrf = await request('/password/forgot', { jar, form: { email: 'x@example.test' } });
  assert.equal(nocsrf.status, 403);
});

test('forgot: at most 3 reset mails an hour for one account, silently', async () => {
  const account = newAccount('fr');
  const pages = [];
  for (let i = 0; i < 4; i++) pages.push((await forgot(account.email)).text.replace(/name="csrf" value="[^"]*"/g, ''));
  assert.ok(pages.every((p) => p === pages[0]), 'the same page each time');
  await waitMails(account.email, 3);
  await sleep(500);
  assert.equal(mailsTo(account.email).length, 3, 'no fourth mail');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM user_token WHERE user_id = ${account.id} AND purpose = 'reset'`)[0][0]), 3);
  // Only the last link issued works: each new one replaces the one before.
  // (Mail is not delivered in order: the last issued is the one the
  // database holds unused, whichever message brought it.)
  const tokens = mailsTo(account.email).map((m) => tokenIn(m, '/password/reset'));
  const unused = sql(`SELECT LOWER(HEX(token_hash)) FROM user_token WHERE user_id = ${account.id} AND purpose = 'reset' AND used_at IS NULL`).map((r) => r[0]);
  assert.equal(unused.length, 1, 'one link left of three');
  for (const token of tokens) {
    const res = await request(`/password/reset?token=${token}`, { jar: browser('fr') });
    if (createHash('sha256').update(token).digest('hex') === unused[0]) {
      assert.equal(res.status, 200, 'the last link issued opens the form');
    } else {
      assert.equal(res.status, 404, 'an earlier link is refused');
      assert.ok(res.text.includes(th('fr', 'reset.used')));
    }
  }
});

test('forgot works for an account not activated yet: the reset link activates it', async () => {
  const account = newAccount('en');
  await forgot(account.email, 'en');
  const [mail] = await waitMails(account.email, 1);
  const jar = browser('en');
  const res = await choose(jar, '/password/reset', tokenIn(mail, '/password/reset'), GOOD);
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/mfa/enrol');
  assert.notEqual(column(account, 'activated_at'), 'NULL');
});

// ---- password reset -------------------------------------------------------

test('a password reset ends every session of the user, lifts the lock, and still asks for the code', async () => {
  const { account, jar: first } = await enrolledAccount('fr');
  const second = await loginWith(account.email, GOOD, account.recovery);
  assert.equal((await request('/account', { jar: first })).status, 200);
  assert.equal((await request('/account', { jar: second })).status, 200);
  sql(`UPDATE users SET failed_count = 10, locked_until = UTC_TIMESTAMP() + INTERVAL 15 MINUTE WHERE id = ${account.id}`);

  await forgot(account.email);
  const mail = (await waitMails(account.email, 2))[1]; // after the invitation
  const token = tokenIn(mail, '/password/reset');
  const jar = browser('fr');
  const form = await request(`/password/reset?token=${token}`, { jar });
  await assertHtmlPage(form, { status: 200, lang: 'fr' });
  assert.ok(form.text.includes(th('fr', 'reset.title')));
  const short = await request('/password/reset', { jar, form: { csrf: getCsrf(form.text), token, password: 'court', confirm: 'court' } });
  await assertHtmlPage(short, { status: 422, lang: 'fr' });
  assert.ok(short.text.includes(th('fr', 'err.password.short')));
  assert.equal((await request('/account', { jar: first })).status, 200, 'a refused password ends nothing');

  const res = await request('/password/reset', { jar, form: { csrf: getCsrf(form.text), token, password: OTHER, confirm: OTHER } });
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/login/code', 'MFA is set up: the code is still asked');
  for (const old of [first, second]) {
    const r = await request('/account', { jar: old });
    assert.equal(r.status, 303, 'an earlier session has ended');
    assert.equal(location(r).path, '/login');
    assert.equal(sessionRows(old.get('sid')), 0);
  }
  assert.equal(column(account, 'failed_count'), '0');
  assert.equal(column(account, 'locked_until'), 'NULL');
  assert.equal(audited(account, 'password.reset'), 1);
  const code = await request('/login/code', { jar });
  const done = await request('/login/code', { jar, form: { csrf: getCsrf(code.text), next: '/', code: account.recovery.pop() } });
  assert.equal(done.status, 303);
  assert.equal((await request('/account', { jar })).status, 200);

  // Used, then expired: pages of their own with a way to ask again.
  const used = await request(`/password/reset?token=${token}`, { jar: browser('fr') });
  await assertHtmlPage(used, { status: 404, lang: 'fr' });
  assert.ok(used.text.includes(th('fr', 'reset.used')));
  assert.ok(used.text.includes('href="/password/forgot"'));
  await forgot(account.email, 'en');
  const again = (await waitMails(account.email, 3))[2];
  sql(`UPDATE user_token SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE user_id = ${account.id} AND used_at IS NULL`);
  const expired = await request(`/password/reset?token=${tokenIn(again, '/password/reset')}`, { jar: browser('en') });
  await assertHtmlPage(expired, { status: 404, lang: 'en' });
  assert.ok(expired.text.includes(th('en', 'reset.expired')));
  assert.ok(expired.text.includes(th('en', 'reset.ask_again')));
});

// ---- password change ------------------------------------------------------

test('changing the password: the current one is required and a wrong one counts; other sessions end', async () => {
  const { account, jar } = await enrolledAccount('en');
  const other = await loginWith(account.email, GOOD, account.recovery);
  const form = await request('/account/password', { jar });
  await assertHtmlPage(form, { status: 200, lang: 'en' });
  assert.ok(form.text.includes(th('en', 'password.title')));
  assert.ok(form.text.includes(th('en', 'pwrules.length')));
  const csrf = getCsrf(form.text);

  const wrong = await request('/account/password', { jar, form: { csrf, current: 'not the password at all', password: OTHER, confirm: OTHER } });
  await assertHtmlPage(wrong, { status: 422, lang: 'en' });
  assert.ok(wrong.text.includes(th('en', 'err.password.current')));
  assert.ok(!wrong.text.includes('not the password at all'), 'nothing typed comes back');
  assert.equal(column(account, 'failed_count'), '1', 'the failure is counted');
  assert.ok(Number(sql(`SELECT COUNT(*) FROM audit WHERE subject_id = ${account.id} AND action = 'login.failure' AND detail = 'password'`)[0][0]) >= 1);

  const rules = await request('/account/password', { jar, form: { csrf, current: GOOD, password: 'short', confirm: 'short' } });
  assert.equal(rules.status, 422);
  assert.ok(rules.text.includes(th('en', 'err.password.short')));
  const mismatch = await request('/account/password', { jar, form: { csrf, current: GOOD, password: OTHER, confirm: GOOD } });
  assert.equal(mismatch.status, 422);
  assert.ok(mismatch.text.includes(th('en', 'err.password.mismatch')));
  const hash = column(account, 'password_hash');
  assert.equal((await request('/account', { jar: other })).status, 200, 'refusals end nothing');

  const nocsrf = await request('/account/password', { jar, form: { current: GOOD, password: OTHER, confirm: OTHER } });
  assert.equal(nocsrf.status, 403);
  assert.equal(column(account, 'password_hash'), hash);

  const ok = await request('/account/password', { jar, form: { csrf, current: GOOD, password: OTHER, confirm: OTHER } });
  assert.equal(ok.status, 303);
  assert.equal(location(ok).path, '/account');
  assert.notEqual(column(account, 'password_hash'), hash);
  assert.equal(column(account, 'failed_count'), '0');
  assert.equal((await request('/account', { jar })).status, 200, 'this session stays open');
  const ended = await request('/account', { jar: other });
  assert.equal(ended.status, 303, 'the other session has ended');
  assert.equal(location(ended).path, '/login');
  assert.equal(audited(account, 'password.changed'), 1);
  // The new password signs in; the old one no longer does.
  await loginWith(account.email, OTHER, account.recovery);
  const stranger = browser('en');
  const login = await request('/login', { jar: stranger });
  const old = await request('/login', { jar: stranger, form: { csrf: getCsrf(login.text), email: account.email, password: GOOD } });
  assert.equal(old.status, 422, 'the old password is refused');
});

test('the password change page needs a session', async () => {
  const res = await request('/account/password', { jar: browser('fr') });
  assert.equal(res.status, 303);
  assert.equal(location(res).path, '/login');
});
