// fetch with a tiny cookie jar, never following redirects, and the few
// steps every HTTP test repeats (CSRF token, login, logout).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BASE, PASSWORD, VAR } from './env.mjs';
import { freshCode, remember, totp } from './totp.mjs';

/** The cookies one browser holds for the stack (one host, Path=/ only). */
export class CookieJar {
  constructor(init = {}) {
    this.cookies = new Map(Object.entries(init));
    this.lastSetCookies = [];
  }
  get(name) {
    return this.cookies.get(name);
  }
  set(name, value) {
    this.cookies.set(name, value);
  }
  delete(name) {
    this.cookies.delete(name);
  }
  clone() {
    return new CookieJar(Object.fromEntries(this.cookies));
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  /** Takes the Set-Cookie headers of a response (Max-Age=0 deletes). */
  update(res) {
    const list = res.headers.getSetCookie();
    this.lastSetCookies = list;
    for (const line of list) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const maxAge = attrs.map((a) => a.trim()).find((a) => /^max-age=/i.test(a));
      if (value === '' || (maxAge && Number(maxAge.split('=')[1]) <= 0)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Parses every Set-Cookie header of a response: [{name, value, attrs: {lowercased: value|true}}]. */
export function setCookies(res) {
  return res.headers.getSetCookie().map((line) => {
    const [pair, ...rest] = line.split(';');
    const eq = pair.indexOf('=');
    const attrs = {};
    for (const a of rest) {
      const [k, ...v] = a.trim().split('=');
      attrs[k.toLowerCase()] = v.length ? v.join('=') : true;
    }
    return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim(), attrs, line };
  });
}

/**
 * One request. opts: method, jar, headers, form (object or [[k, v]…]:
 * sent urlencoded), body (sent as is), base (default BASE).
 * Returns the Response with .text already read (res.body is consumed).
 */
export async function request(path, opts = {}) {
  const { method, jar, form, base = BASE } = opts;
  const headers = { ...(opts.headers || {}) };
  let body = opts.body;
  if (form !== undefined) {
    body = new URLSearchParams(form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  }
  if (jar && jar.cookies.size && !('cookie' in headers)) headers.cookie = jar.header();
  const res = await fetch(path.startsWith('http') ? path : base + path, {
    method: method || (body !== undefined ? 'POST' : 'GET'),
    headers,
    body,
    redirect: 'manual',
  });
  if (jar) jar.update(res);
  res.text = await res.text();
  return res;
}

/** The CSRF token of the first form on a page. */
export function getCsrf(html) {
  const m = /<input type="hidden" name="csrf" value="([^"]*)"/.exec(html);
  if (!m) throw new Error('no csrf field in the page');
  return m[1];
}

/**
 * Logs in from a jar (a new one by default), as a browser would: GET the
 * form (pre cookie and token), POST it, then give the second factor the
 * account asks for — enrol the authenticator the first time (the secret is
 * remembered for later logins), or a fresh TOTP code. Returns the jar with
 * a full session; jar.loginResponse is the POST /login answer and
 * jar.mfaResponse the answer of the MFA step, when there was one.
 * opts.mfa = false stops after the password.
 */
export async function login(email, password = PASSWORD, opts = {}) {
  const jar = opts.jar || new CookieJar();
  const base = opts.base || BASE;
  const form = await request('/login', { jar, base });
  const res = await request('/login', {
    jar,
    base,
    form: { csrf: getCsrf(form.text), email, password, ...(opts.next ? { next: opts.next } : {}) },
  });
  if (res.status !== 303 || !jar.get('sid'))
    throw new Error(`login as ${email} failed: ${res.status}\n${res.text.slice(0, 500)}`);
  jar.loginResponse = res;
  if (opts.mfa !== false) jar.mfaResponse = await secondStep(jar, res, email, opts.next, base);
  return jar;
}

/**
 * Gives the second factor after the password answer `res` (a redirect to
 * /mfa/enrol or /login/code): enrols the authenticator the first time (the
 * secret is remembered for later logins) or posts a fresh TOTP code.
 * Returns the answer of that step (the recovery codes page after an
 * enrolment, a redirect after a code), or res itself when there was no
 * second step.
 */
export async function secondStep(jar, res, email, next, base = BASE) {
  const to = res.headers.get('location') || '';
  const target = next ?? new URL(to, BASE).searchParams.get('next') ?? '/';
  if (to.startsWith('/mfa/enrol')) {
    const page = await request(to, { jar, base });
    const secret = /class="secret"><code>([^<]+)</.exec(page.text)?.[1];
    if (!secret) throw new Error(`no secret on the enrolment page for ${email}`);
    remember(email, secret);
    const done = await request('/mfa/enrol', {
      jar, base, form: { csrf: getCsrf(page.text), next: target, code: totp(secret.replace(/\s/g, '')) },
    });
    if (done.status !== 200) throw new Error(`enrolment of ${email} failed: ${done.status}`);
    return done;
  }
  if (to.startsWith('/login/code')) {
    const page = await request(to, { jar, base });
    const done = await request('/login/code', {
      jar, base, form: { csrf: getCsrf(page.text), next: target, code: await freshCode(email) },
    });
    if (done.status !== 303) throw new Error(`code for ${email} refused: ${done.status}`);
    return done;
  }
  return res;
}

/** POSTs the logout form of a page the jar can see. */
export async function logout(jar, opts = {}) {
  const page = await request(opts.from || '/', { jar, base: opts.base });
  return request('/logout', { jar, base: opts.base, form: { csrf: getCsrf(page.text) } });
}

/** The query parameters of a redirect's Location, with its path. */
export function location(res) {
  const loc = res.headers.get('location');
  if (loc === null) return null;
  const u = new URL(loc, BASE);
  return { path: u.pathname, params: Object.fromEntries(u.searchParams), raw: loc };
}

/** The value of <html lang>. */
export function htmlLang(html) {
  return /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
}

/** The text of <title>. */
export function title(html) {
  return /<title>([\s\S]*?)<\/title>/.exec(html)?.[1];
}

/**
 * A signed-in jar for tests that only need some session of the account,
 * not a new login: the session an earlier test file opened is used again
 * while it is alive (kept in a file under VAR), otherwise login(). Each
 * login of an account with MFA spends a TOTP time step, and an account
 * has three usable steps per 30 seconds, as for a person.
 */
export async function session(email) {
  const file = resolve(VAR, 'test-sessions.json');
  let all = {};
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    /* none yet */
  }
  if (all[email]) {
    const jar = new CookieJar({ sid: all[email] });
    const probe = await request('/account', { jar, headers: { accept: 'application/xml' } });
    if (probe.status === 200) return jar;
  }
  const jar = await login(email);
  all[email] = jar.get('sid');
  writeFileSync(file, JSON.stringify(all));
  return jar;
}
