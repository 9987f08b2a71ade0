// make install lays Passerelle out the Debian way, and the installed
// programs run: as CGI from the installed tree, and as FastCGI on the
// socket systemd's socket activation passes (conf/systemd/).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, VAR } from '../lib/env.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'passerelle-install-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

const mode = (p) => (statSync(p).mode & 0o777).toString(8);

function install(env) {
  return execFileSync(resolve(ROOT, 'tools/install'), [], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
}

/** A CGI request to an installed program: its raw answer (headers and body). */
function cgi(program, conf, path, lang = 'fr') {
  return execFileSync(program, [], {
    env: { PASSERELLE_CONF: conf, GATEWAY_INTERFACE: 'CGI/1.1', REQUEST_METHOD: 'GET', REQUEST_URI: path, SERVER_PORT: '80',
      HTTP_HOST: 'x', HTTP_ACCEPT_LANGUAGE: lang },
    input: '',
    encoding: 'utf8',
  });
}

test('make install with DESTDIR lays out programs, stylesheets, htdocs, SQL, units, examples and one configuration', () => {
  const dest = join(tmp, 'make');
  execFileSync('make', ['-s', '--no-print-directory', 'install', `DESTDIR=${dest}`], { cwd: ROOT, encoding: 'utf8' });
  const p = join(dest, '/usr/local');
  for (const f of ['lib/passerelle/cgi-bin/login.fcgi', 'lib/passerelle/cgi-bin/users.fcgi', 'bin/passerelle', 'sbin/passerelle-superv'])
    assert.equal(mode(join(p, f)), '755', f);
  for (const f of ['share/passerelle/xsl/layout.xsl', 'share/passerelle/xsl/i18n/fr.xml', 'share/passerelle/xsl/i18n/en.xml',
    'share/passerelle/htdocs/css/passerelle.css', 'share/passerelle/sql/001_core.sql', 'share/passerelle/data/common-passwords.txt',
    'share/doc/passerelle/README.md', 'lib/systemd/system/passerelle@.socket', 'lib/systemd/system/passerelle@.service',
    'lib/systemd/system/passerelle.target'])
    assert.ok(existsSync(join(p, f)), f);
  for (const f of ['nginx-app.conf', 'nginx-xml.conf', 'apache-fcgid.conf', 'apache-proxy-fcgi.conf', 'htaccess', 'cron.d-passerelle', 'passerelle.conf'])
    assert.ok(existsSync(join(p, 'share/doc/passerelle/examples', f)), `example ${f}`);
  // One program per screen of the build tree.
  const built = execFileSync('sh', ['-c', `ls ${ROOT}/cgi-bin/*.fcgi | wc -l`], { encoding: 'utf8' }).trim();
  const installed = execFileSync('sh', ['-c', `ls ${p}/lib/passerelle/cgi-bin/*.fcgi | wc -l`], { encoding: 'utf8' }).trim();
  assert.equal(installed, built);
  // The configuration is private to its owner and its group.
  const conf = join(p, 'etc/passerelle/passerelle.conf');
  assert.equal(mode(conf), '640');
  // The examples and units name this PREFIX's paths, nowhere the build tree.
  const unit = readFileSync(join(p, 'lib/systemd/system/passerelle@.service'), 'utf8');
  assert.match(unit, /ExecStart=\/usr\/local\/sbin\/passerelle-superv .* \/usr\/local\/lib\/passerelle\/cgi-bin\/%i\.fcgi/);
  assert.match(unit, /PASSERELLE_CONF=\/usr\/local\/etc\/passerelle\/passerelle\.conf/);
  const nginx = readFileSync(join(p, 'share/doc/passerelle/examples/nginx-xml.conf'), 'utf8');
  assert.match(nginx, /xslt_stylesheet \/usr\/local\/share\/passerelle\/xsl\/login\.xsl;/);
  assert.match(nginx, /alias \/usr\/local\/share\/passerelle\/htdocs\/;/);
  const apache = readFileSync(join(p, 'share/doc/passerelle/examples/apache-fcgid.conf'), 'utf8');
  assert.match(apache, /AliasMatch "\^\/login\$" \/usr\/local\/lib\/passerelle\/cgi-bin\/login\.fcgi/);
  assert.match(apache, /IncludeOptional \/usr\/local\/etc\/passerelle\/apache-client-cert\.conf/);
  const cron = readFileSync(join(p, 'share/doc/passerelle/examples/cron.d-passerelle'), 'utf8');
  assert.match(cron, /\/usr\/local\/bin\/passerelle mail-run/);
  for (const text of [unit, nginx, apache, cron]) assert.ok(!text.includes(ROOT), 'no path of the build tree');
  // A second install (an upgrade) keeps the admin's configuration.
  appendFileSync(conf, '# edited by the admin\n');
  install({ PREFIX: '/usr/local', DESTDIR: dest, SYSCONFDIR: '' });
  assert.match(readFileSync(conf, 'utf8'), /# edited by the admin\n$/);
});

test('with PREFIX=/usr the configuration goes to /etc, as Debian has it', () => {
  const dest = join(tmp, 'debian');
  install({ PREFIX: '/usr', DESTDIR: dest, SYSCONFDIR: '' });
  assert.ok(existsSync(join(dest, 'etc/passerelle/passerelle.conf')));
  assert.ok(!existsSync(join(dest, 'usr/etc')));
  const conf = readFileSync(join(dest, 'etc/passerelle/passerelle.conf'), 'utf8');
  assert.match(conf, /^xsl_dir = \/usr\/share\/passerelle\/xsl$/m);
  assert.match(readFileSync(join(dest, 'usr/lib/systemd/system/passerelle@.service'), 'utf8'),
    /ExecStart=\/usr\/sbin\/passerelle-superv -n \$\{PROCESSES\} -- \/usr\/lib\/passerelle\/cgi-bin\/%i\.fcgi/);
});

test('an installed program serves its page from the installed stylesheets and catalogs, in both languages', () => {
  const p = join(tmp, 'run');
  install({ PREFIX: p, DESTDIR: '', SYSCONFDIR: '' });
  // The stack's database and keys, the installed stylesheets.
  const conf = join(p, 'etc/passerelle/test.conf');
  writeFileSync(conf, readFileSync(resolve(VAR, 'passerelle.conf'), 'utf8')
    .replace(/^xsl_dir = .*$/m, `xsl_dir = ${p}/share/passerelle/xsl`)
    .replace(/^data_dir = .*$/m, `data_dir = ${p}/share/passerelle/data`));
  const fr = cgi(join(p, 'lib/passerelle/cgi-bin/login.fcgi'), conf, '/login');
  assert.match(fr, /^Status: 200 OK\r\n/);
  assert.match(fr, /<html lang="fr"/);
  assert.match(fr, /<title>Ouverture de session/);
  const en = cgi(join(p, 'lib/passerelle/cgi-bin/login.fcgi'), conf, '/login', 'en');
  assert.match(en, /<html lang="en"/);
  assert.match(en, /<title>Sign in/);
  const status = cgi(join(p, 'lib/passerelle/cgi-bin/home.fcgi'), conf, '/nowhere');
  assert.match(status, /^Status: 404 /);
  if (existsSync('/usr/bin/systemd-analyze')) {
    // The units as systemd reads them: no unknown key, every program there.
    const units = join(p, 'lib/systemd/system');
    const out = execFileSync('sh', ['-c', `cd ${units} && cp passerelle@.socket passerelle@login.socket && cp passerelle@.service passerelle@login.service &&
      systemd-analyze verify --man=no ./passerelle@login.socket ./passerelle@login.service 2>&1; true`], { encoding: 'utf8' });
    assert.doesNotMatch(out, /Unknown|unknown|not executable|Failed|invalid/i, out);
  }
});

/** One FastCGI request to a socket, with cgi-fcgi (libfcgi's own client). */
function fastcgi(sock, path) {
  return execFileSync('cgi-fcgi', ['-bind', '-connect', sock], {
    env: { REQUEST_METHOD: 'GET', REQUEST_URI: path, SERVER_PORT: '80', HTTP_HOST: 'x', HTTP_ACCEPT_LANGUAGE: 'en' },
    encoding: 'utf8',
    timeout: 10000,
  });
}

/** Runs argv under systemd-socket-activate on a new socket; the first connection starts it. */
async function activated(argv) {
  const sock = join(tmp, `act-${Math.random().toString(36).slice(2)}.sock`);
  const child = spawn('systemd-socket-activate', ['-l', sock, '-E', 'PASSERELLE_CONF', ...argv], {
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d) => { log += d; });
  for (let i = 0; i < 50 && !existsSync(sock); i++) await new Promise((r) => setTimeout(r, 100));
  return { sock, child, log: () => log };
}

const socketActivation = existsSync('/usr/bin/systemd-socket-activate') ? test : test.skip;

socketActivation('a program started by socket activation serves the socket passed on descriptor 3, alone or under superv', async () => {
  for (const argv of [[resolve(ROOT, 'cgi-bin/login.fcgi')],
    [resolve(ROOT, 'tools/superv'), '-n', '2', '--', resolve(ROOT, 'cgi-bin/login.fcgi')]]) {
    const a = await activated(argv);
    try {
      const page = fastcgi(a.sock, '/login');
      assert.match(page, /^Status: 200 OK\r\n/, a.log());
      assert.match(page, /<html lang="en"/);
      assert.match(page, /<title>Sign in/);
      // Several requests on the same socket, each answered.
      for (let i = 0; i < 5; i++) assert.match(fastcgi(a.sock, '/login'), /^Status: 200 OK/);
      if (argv.length > 1) {
        const kids = execFileSync('pgrep', ['-P', String(a.child.pid)], { encoding: 'utf8' }).trim().split('\n');
        assert.equal(kids.length, 2, 'superv runs two processes on the one socket');
      }
    } finally {
      a.child.kill('SIGTERM');
      await new Promise((r) => (a.child.exitCode !== null ? r() : a.child.on('exit', r)));
    }
  }
});
