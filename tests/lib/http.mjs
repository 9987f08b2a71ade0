// fetch with a tiny cookie jar, never following redirects, and the few
// steps every HTTP test repeats (CSRF token, login, logout).
import { BASE, PASSWORD } from './env.mjs';

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
 * form (pre cookie and token), POST it. Returns the jar, logged in.
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
  return jar;
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
