// Each program also runs as plain CGI (the way a shared host without
// FastCGI would start it): one request from the environment and standard
// input, the answer on standard output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT, VAR } from '../lib/env.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { login, request, CookieJar } from '../lib/http.mjs';
import { freshCode } from '../lib/totp.mjs';

/** Runs cgi-bin/<name>.fcgi once as CGI; returns {status, headers, body}. */
function cgi(name, env, input = '') {
  const run = spawnSync(resolve(ROOT, `cgi-bin/${name}.fcgi`), [], {
    input,
    env: {
      PATH: process.env.PATH,
      PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'),
      REQUEST_METHOD: 'GET',
      REMOTE_ADDR: '127.0.0.1',
      HTTP_HOST: '127.0.0.1',
      ...env,
    },
  });
  assert.equal(run.status, 0, run.stderr.toString());
  const out = run.stdout.toString();
  const split = out.indexOf('\r\n\r\n');
  const head = out.slice(0, split).split('\r\n');
  const headers = {};
  for (const line of head) {
    const i = line.indexOf(':');
    const key = line.slice(0, i).toLowerCase();
    headers[key] = headers[key] ? [].concat(headers[key], line.slice(i + 1).trim()) : line.slice(i + 1).trim();
  }
  return { status: Number(headers.status.split(' ')[0]), headers, body: out.slice(split + 4) };
}

test('the login page answers as a CGI program, in the browser language', () => {
  const res = cgi('login', { REQUEST_URI: '/login', HTTP_ACCEPT_LANGUAGE: 'en-CA,en;q=0.9' });
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'], /^text\/html/);
  assert.match(res.body, /^<!DOCTYPE html>/);
  assert.match(res.body, /<html lang="en"/);
});

test('a login through CGI, password then code, starts a session that the FastCGI programs accept', async () => {
  const a = makeAccount('agency_staff');
  await login(a.email, a.password); // enrols the authenticator over FastCGI
  const cookieOf = (res, name) => [].concat(res.headers['set-cookie']).find((c) => c.startsWith(`${name}=`)).split(';')[0];
  const post = (program, uri, cookie, fields) => {
    const body = new URLSearchParams(fields).toString();
    return cgi(program, {
      REQUEST_METHOD: 'POST',
      REQUEST_URI: uri,
      HTTP_COOKIE: cookie,
      CONTENT_TYPE: 'application/x-www-form-urlencoded',
      CONTENT_LENGTH: String(Buffer.byteLength(body)),
    }, body);
  };
  const first = cgi('login', { REQUEST_URI: '/login' });
  const pre = cookieOf(first, 'pre');
  const csrf = first.body.match(/name="csrf" value="([^"]+)"/)[1];
  const res = post('login', '/login', pre, { csrf, email: a.email, password: a.password });
  assert.equal(res.status, 303);
  assert.equal(res.headers.location, '/login/code?next=%2F');
  const pending = cookieOf(res, 'sid');
  const page = cgi('code', { REQUEST_URI: '/login/code?next=%2F', QUERY_STRING: 'next=%2F', HTTP_COOKIE: pending });
  assert.equal(page.status, 200);
  const code = post('code', '/login/code', pending, {
    csrf: page.body.match(/name="csrf" value="([^"]+)"/)[1], next: '/', code: await freshCode(a.email),
  });
  assert.equal(code.status, 303);
  const sid = cookieOf(code, 'sid');
  assert.notEqual(sid, pending);
  const home = cgi('home', { REQUEST_URI: '/', HTTP_COOKIE: sid });
  assert.equal(home.status, 200);
  assert.match(home.body, /href="\/account"/);
  const over = await request('/account', { jar: new CookieJar({ sid: sid.split('=')[1] }) });
  assert.equal(over.status, 200, 'the same session works through nginx and FastCGI');
});

test('a CGI request for another path than the program\'s own is a 404 page', () => {
  const res = cgi('account', { REQUEST_URI: '/account/other' });
  assert.equal(res.status, 404);
  assert.match(res.body, /<html lang="fr"/);
});
