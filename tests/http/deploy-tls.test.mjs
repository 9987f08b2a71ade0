// The nginx site templates (tools/nginx-conf --site), for both render
// modes, run on loopback with a self-signed certificate in front of the
// stack's programs: HTTP goes to HTTPS, TLS pages carry HSTS and the
// __Host- cookies with Secure, static files are cached and compressed,
// and the login's password step works through TLS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PORT, ROOT, VAR } from '../lib/env.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { validateHtml } from '../lib/html.mjs';

const dir = mkdtempSync(join(tmpdir(), 'passerelle-tls-'));
const modes = [
  { render: 'app', http: PORT + 8, https: PORT + 9 },
  { render: 'xml', http: PORT + 10, https: PORT + 11 },
];
const root = process.getuid() === 0;

before(() => {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
  { stdio: 'ignore' });
  const sites = modes.map(({ render, http, https }) => execFileSync(resolve(ROOT, 'tools/nginx-conf'), ['--site', '--root', ROOT,
    '--sockets', resolve(VAR, 'run/main'), '--server-name', '127.0.0.1', '--render', render, '--listen', '127.0.0.1',
    '--http-port', String(http), '--https-port', String(https), '--cert', join(dir, 'cert.pem'), '--key', join(dir, 'key.pem')],
  { encoding: 'utf8' })).join('\n');
  for (const d of ['body', 'fastcgi', 'proxy', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
  if (root) execFileSync('chown', ['-R', 'nobody', dir]);
  writeFileSync(join(dir, 'nginx.conf'), `load_module /usr/lib/nginx/modules/ngx_http_xslt_filter_module.so;
${root ? 'user nobody nogroup;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	access_log off;
	client_body_temp_path ${dir}/body;
	fastcgi_temp_path ${dir}/fastcgi;
	proxy_temp_path ${dir}/proxy;
	uwsgi_temp_path ${dir}/uwsgi;
	scgi_temp_path ${dir}/scgi;
${sites}
}
`);
  execFileSync('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-t', '-q'], { stdio: 'pipe' });
  execFileSync('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
});

after(() => {
  try {
    process.kill(Number(readFileSync(join(dir, 'nginx.pid'), 'utf8')), 'SIGTERM');
  } catch { /* not started */ }
  rmSync(dir, { recursive: true, force: true });
});

/** curl over the site: { status, headers (lower-cased, arrays), body }. */
function curl(url, args = []) {
  const out = execFileSync('curl', ['-sS', '-k', '-D', '-', '--max-time', '20', ...args, url], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const [head, ...rest] = out.split('\r\n\r\n');
  const lines = head.split('\r\n');
  const headers = {};
  for (const l of lines.slice(1)) {
    const i = l.indexOf(':');
    (headers[l.slice(0, i).toLowerCase()] ||= []).push(l.slice(i + 1).trim());
  }
  return { status: Number(lines[0].split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

for (const { render, http, https } of modes) {
  const site = `https://127.0.0.1:${https}`;

  test(`render = ${render}: plain HTTP is sent to HTTPS`, () => {
    const res = curl(`http://127.0.0.1:${http}/login?next=%2F`);
    assert.equal(res.status, 301);
    assert.match(res.headers.location[0], /^https:\/\/127\.0\.0\.1\/login\?next=%2F$/);
  });

  test(`render = ${render}: a page over TLS has HSTS, the security headers and __Host- cookies with Secure`, async () => {
    const res = curl(`${site}/login`, ['-H', 'Accept-Language: en']);
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'][0], /^text\/html/);
    assert.match(res.headers['strict-transport-security'][0], /max-age=63072000; includeSubDomains/);
    assert.match(res.headers['content-security-policy'][0], /default-src 'self'/);
    assert.equal(res.headers['x-frame-options'][0], 'DENY');
    assert.match(res.headers['cache-control'][0], /no-store/);
    const pre = res.headers['set-cookie'].find((c) => c.startsWith('__Host-pre='));
    assert.ok(pre, `a __Host-pre cookie: ${res.headers['set-cookie']}`);
    assert.match(pre, /; Secure/);
    assert.match(pre, /; Path=\//);
    assert.doesNotMatch(pre, /Domain=/i);
    assert.match(res.body, /<title>Sign in/);
    const { valid, messages } = await validateHtml(res.body);
    assert.ok(valid, messages.join('\n'));
  });

  test(`render = ${render}: static files are cached a day, compressed, with their own headers`, () => {
    const res = curl(`${site}/static/css/passerelle.css`, ['-H', 'Accept-Encoding: gzip', '-o', '/dev/null']);
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'][0], /^text\/css/);
    assert.match(res.headers['cache-control'].join(', '), /max-age=86400/);
    assert.match(res.headers['cache-control'].join(', '), /public/);
    assert.ok(res.headers.expires, 'an Expires header');
    assert.ok(res.headers.etag || res.headers['last-modified'], 'a validator for revalidation');
    assert.equal(res.headers['content-encoding']?.[0], 'gzip');
    assert.equal(res.headers['x-content-type-options'][0], 'nosniff');
    assert.match(res.headers['strict-transport-security'][0], /max-age=/);
    const robots = curl(`${site}/robots.txt`);
    assert.match(robots.headers['content-type'][0], /^text\/plain/);
    assert.match(robots.body, /Disallow: \//);
  });

  test(`render = ${render}: the password step of the login works over TLS and gives a __Host-sid cookie with Secure`, () => {
    const a = makeAccount('agency_staff', { lang: 'fr' });
    const jar = join(dir, `jar-${render}`);
    const form = curl(`${site}/login`, ['-c', jar]);
    const csrf = /name="csrf" value="([^"]*)"/.exec(form.body)[1];
    const res = curl(`${site}/login`, ['-b', jar, '-c', jar, '--data-urlencode', `csrf=${csrf}`,
      '--data-urlencode', `email=${a.email}`, '--data-urlencode', `password=${a.password}`]);
    assert.equal(res.status, 303, res.body.slice(0, 300));
    assert.match(res.headers.location[0], /^\/mfa\/enrol/);
    const sid = res.headers['set-cookie'].find((c) => c.startsWith('__Host-sid='));
    assert.ok(sid, 'a __Host-sid cookie');
    assert.match(sid, /; Secure/);
    assert.match(sid, /; HttpOnly/);
  });
}
