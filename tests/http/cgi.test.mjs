// Each program also runs as plain CGI (the way a shared host without
// FastCGI would start it): one request from the environment and standard
// input, the answer on standard output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT, VAR, ADMIN, PASSWORD } from '../lib/env.mjs';

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

test('a login through CGI starts a session that the FastCGI programs accept', async () => {
  const first = cgi('login', { REQUEST_URI: '/login' });
  const pre = [].concat(first.headers['set-cookie']).find((c) => c.startsWith('pre='));
  assert.ok(pre, 'the login form sets its pre-session cookie');
  const cookie = pre.split(';')[0];
  const csrf = first.body.match(/name="csrf" value="([^"]+)"/)[1];
  const body = new URLSearchParams({ csrf, email: ADMIN, password: PASSWORD }).toString();
  const res = cgi('login', {
    REQUEST_METHOD: 'POST',
    REQUEST_URI: '/login',
    HTTP_COOKIE: cookie,
    CONTENT_TYPE: 'application/x-www-form-urlencoded',
    CONTENT_LENGTH: String(Buffer.byteLength(body)),
  }, body);
  assert.equal(res.status, 303);
  const sid = [].concat(res.headers['set-cookie']).find((c) => c.startsWith('sid='));
  assert.ok(sid, 'a session cookie is set');
  const home = cgi('home', { REQUEST_URI: '/', HTTP_COOKIE: sid.split(';')[0] });
  assert.equal(home.status, 200);
  assert.match(home.body, /href="\/account"/);
});

test('a CGI request for another path than the program\'s own is a 404 page', () => {
  const res = cgi('account', { REQUEST_URI: '/account/other' });
  assert.equal(res.status, 404);
  assert.match(res.body, /<html lang="fr"/);
});
