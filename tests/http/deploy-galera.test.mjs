// Passerelle on a 3-node Galera cluster (tools/galera): the programs list
// the three nodes (db_hosts) and keep serving through the others when one
// dies under write load; no acknowledged write is lost; a write-set
// conflict with another node shows the same "changed by someone else" page
// as a stale version.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PORT, ROOT, VAR } from '../lib/env.mjs';
import { request, getCsrf, login } from '../lib/http.mjs';
import { t } from '../lib/i18n.mjs';

const GVAR = `${VAR}-galera`;
const GPORT = PORT + 30;
const base = `http://127.0.0.1:${GPORT}`;
const RUN = Date.now().toString(36);
const env = { ...process.env, VAR: GVAR, PORT: String(GPORT) };

function galera(...args) {
  return execFileSync(resolve(ROOT, 'tools/galera'), args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000 });
}

/** SQL on node n of the cluster, as root: rows of strings. */
function gsql(n, statement) {
  return galera('sql', String(n), '-N', '-B', 'passerelle', '-e', statement)
    .split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let admin, csrf, role, org;

before(async () => {
  galera('up-once');
  // An admin of this cluster's own: the demo accounts' authenticators
  // belong to the main stack's tests.
  const email = `galera-admin-${RUN}@exemple.test`;
  const password = `phrase fictive du grappe ${RUN}`;
  org = gsql(1, "SELECT id FROM org WHERE kind = 'agency' ORDER BY id LIMIT 1")[0][0];
  execFileSync(resolve(ROOT, 'tools/passerelle'), ['user-add', email, 'Admin Grappe Fictif', org, 'admin'], {
    input: `${password}\n`, env: { ...process.env, PASSERELLE_CONF: resolve(GVAR, 'passerelle.conf') }, stdio: ['pipe', 'ignore', 'pipe'],
  });
  admin = await login(email, password, { base });
  csrf = getCsrf((await request('/user', { jar: admin, base })).text);
  role = gsql(1, "SELECT id FROM role WHERE code = 'agency_staff'")[0][0];
});

after(() => galera('stop'));

/** POSTs the creation of an account; the answer's status. */
async function create(email, name = 'Compte Grappe Fictif') {
  const res = await request('/user', {
    jar: admin, base,
    form: [['csrf', csrf], ['action', 'create'], ['name', name], ['email', email], ['lang', 'fr'], ['org', org], ['roles[]', role]],
  });
  return res;
}

test('a write-set conflict with another node gets the "changed by someone else" page, with the record as it is now', async () => {
  const made = await create(`galera-conflict-${RUN}@exemple.test`, 'Avant Conflit');
  assert.equal(made.status, 303, made.text.slice(0, 300));
  const id = new URL(made.headers.get('location'), base).searchParams.get('id');
  const form = await request(`/user?id=${id}`, { jar: admin, base });
  const version = /name="version" value="(\d+)"/.exec(form.text)[1];

  // On node 1, where the programs write, a session holds the end of the
  // audit trail: the save's transaction will wait there, holding the row.
  const holder = spawn('mariadb', ['--no-defaults', '--unbuffered', '-S', resolve(GVAR, 'run/node1.sock'), '-u', 'root', '-N', '-B', 'passerelle'],
    { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  holder.stdout.on('data', (d) => { out += d; });
  holder.stdin.write("BEGIN; SELECT MAX(id) INTO @m FROM audit; SELECT COUNT(*) FROM audit WHERE id > @m FOR UPDATE; SELECT 'held';\n");
  try {
    for (let i = 0; i < 100 && !out.includes('held'); i++) await sleep(50);
    assert.ok(out.includes('held'), 'the audit trail is held');
    const saving = request('/user', {
      jar: admin, base,
      form: [['csrf', csrf], ['action', 'save'], ['id', id], ['version', version], ['name', 'Nom du formulaire'],
        ['email', `galera-conflict-${RUN}@exemple.test`], ['lang', 'fr'], ['org', org], ['roles[]', role]],
    });
    let waiting = 0;
    for (let i = 0; i < 100 && waiting === 0; i++) {
      await sleep(50);
      waiting = Number(gsql(1, "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'")[0][0]);
    }
    assert.equal(waiting, 1, 'the save waits in its transaction');
    // Meanwhile someone changes the same account through node 2.
    gsql(2, `UPDATE users SET name = 'Changé Ailleurs', version = version + 1 WHERE id = ${id}`);
    const res = await saving;
    assert.equal(res.status, 409, res.text.slice(0, 400));
    assert.ok(res.text.includes(t('fr', 'err.conflict').replace(/'/g, '&#39;')) || res.text.includes(t('fr', 'err.conflict')),
      'the message of a stale version');
    assert.match(res.text, /value="Changé Ailleurs"/, 'the form shows the account as it is now');
  } finally {
    holder.stdin.end('ROLLBACK;\n');
    await new Promise((r) => holder.on('exit', r));
  }
  for (const n of [1, 2, 3]) {
    const [[name, v]] = gsql(n, `SELECT name, version FROM users WHERE id = ${id}`);
    assert.equal(name, 'Changé Ailleurs', `node ${n}: the other change stands`);
    assert.equal(Number(v), Number(version) + 1);
  }
  assert.equal(gsql(1, `SELECT COUNT(*) FROM audit WHERE action = 'user.updated' AND subject_id = ${id}`)[0][0], '0',
    'nothing of the refused save was written');
});

test('node 1 is killed under write load: the programs go on through the other nodes and no acknowledged write is lost', async () => {
  const WRITERS = 3, READERS = 1, RUN_MS = 12000, KILL_AT = 3000;
  const started = Date.now();
  const results = []; // { at, kind, status, email }
  let killedAt = 0;
  const writer = async (w) => {
    for (let k = 0; Date.now() - started < RUN_MS && k < 200; k++) {
      const email = `galera-${RUN}-${w}-${k}@exemple.test`;
      const at = Date.now() - started;
      let status;
      try {
        status = (await create(email)).status;
      } catch {
        status = 0;
      }
      results.push({ at, kind: 'write', status, email });
    }
  };
  const reader = async () => {
    while (Date.now() - started < RUN_MS) {
      const at = Date.now() - started;
      let status;
      try {
        status = (await request('/users?sort=email', { jar: admin, base })).status;
      } catch {
        status = 0;
      }
      results.push({ at, kind: 'read', status });
    }
  };
  const killer = (async () => {
    await sleep(KILL_AT);
    galera('kill', '1');
    killedAt = Date.now() - started;
  })();
  await Promise.all([...Array.from({ length: WRITERS }, (_, w) => writer(w)), ...Array.from({ length: READERS }, reader), killer]);

  const acked = results.filter((r) => r.kind === 'write' && r.status === 303);
  const failed = results.filter((r) => !(r.status === 303 || r.status === 200));
  assert.ok(acked.filter((r) => r.at < killedAt).length > 0, 'writes were acknowledged before the kill');
  // Requests that were under way or came during the cluster's few seconds
  // of deciding node 1 is gone may fail, with a clear page: unavailable
  // (503), or for a write the cluster aborted while it changed its
  // membership, "changed meanwhile, nothing was saved" (409); none
  // afterwards.
  for (const f of failed)
    assert.ok(f.status === 503 || (f.kind === 'write' && f.status === 409), `a failure has a clear page: ${JSON.stringify(f)}`);
  const late = results.filter((r) => r.at > killedAt + 6000);
  assert.ok(late.length >= 5, `requests went on after the kill (${late.length})`);
  assert.deepEqual(late.filter((r) => !(r.status === 303 || r.status === 200)), [], 'every late request is served');
  assert.ok(late.some((r) => r.kind === 'write' && r.status === 303), 'writes are acknowledged after the kill');

  // Every acknowledged account is on both surviving nodes, which agree.
  const on = (n) => new Set(gsql(n, `SELECT email FROM users WHERE email LIKE 'galera-${RUN}-%'`).map((r) => r[0]));
  const two = on(2), three = on(3);
  assert.deepEqual([...two].sort(), [...three].sort(), 'nodes 2 and 3 hold the same accounts');
  for (const a of acked) assert.ok(two.has(a.email), `acknowledged ${a.email} is there`);
  assert.ok(two.size >= acked.length);
  // Node 1 comes back, catches up, and holds them too.
  galera('start', '1');
  assert.deepEqual([...on(1)].sort(), [...two].sort(), 'node 1 caught up');
  console.log(`# galera: ${acked.length} writes acknowledged, ${failed.length} refused (${failed.map((f) => f.status).join(' ')}) around the kill at ${killedAt} ms, ${results.length} requests`);
});
