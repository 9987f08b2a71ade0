// The change feed for downstream applications (issue 6): an API token per
// application, kept hashed; a cursor; every change once and in order, with
// the effective values, bulk loads included; and numbers handed out in
// commit order, so that a transaction committing late is never skipped by
// a cursor that went past it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { VAR } from '../lib/env.mjs';
import { request, getCsrf, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { CENTRE, OPERATOR, runTag, makePerson, savePerson, errorsOf } from '../lib/directory.mjs';

const RUN = runTag();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let operator, admin, token;

/** Creates an application on the screen and returns its token. */
async function newApp(name) {
  const page = await request('/directory/apps', { jar: operator });
  const res = await request('/directory/apps', { jar: operator, form: { csrf: getCsrf(page.text), action: 'create', name } });
  assert.equal(res.status, 200);
  return /<code class="secret">([^<]+)</.exec(res.text)[1];
}

/** One page of the feed: { after, next, more, changes: [{ seq, kind, person, xml }] }. */
async function feed(after, limit = 100, tok = token) {
  const res = await request(`/directory/feed?after=${after}&limit=${limit}`, { headers: { authorization: `Bearer ${tok}` } });
  assert.equal(res.status, 200, res.text.slice(0, 200));
  assert.match(res.headers.get('content-type'), /^application\/xml/);
  const root = /<feed after="(\d+)" next="(\d+)" more="(true|false)"/.exec(res.text);
  const changes = [...res.text.matchAll(/<change seq="(\d+)" kind="([a-z]+)" at="[^"]+"><person><id>(\d+)<\/id>([\s\S]*?)<\/change>/g)].map((m) => ({
    seq: Number(m[1]), kind: m[2], person: Number(m[3]), xml: m[4],
  }));
  return { after: Number(root[1]), next: Number(root[2]), more: root[3] === 'true', changes };
}

/** Reads the feed from after to its end; every change seen, in order. */
async function readAll(after, limit = 100) {
  const seen = [];
  for (;;) {
    const page = await feed(after, limit);
    seen.push(...page.changes);
    after = page.next;
    if (!page.more) return { seen, next: after };
  }
}

const maxSeq = () => Number(sql('SELECT last FROM dir_feed_seq WHERE id = 1')[0][0]);

before(async () => {
  operator = await session(OPERATOR);
  admin = await session(CENTRE);
  token = await newApp(`Application ${RUN}`);
});

test('the feed asks for an application\'s token: none, a wrong or a revoked one gets 401; the token is kept only hashed', async () => {
  for (const headers of [{}, { authorization: `Bearer ${'A'.repeat(43)}` }, { authorization: `Basic ${token}` }, { authorization: 'Bearer short' }]) {
    const res = await request('/directory/feed?after=0', { headers });
    assert.equal(res.status, 401, JSON.stringify(headers));
    assert.match(res.headers.get('www-authenticate'), /^Bearer realm="passerelle"/);
    assert.doesNotMatch(res.text, /<change/);
  }
  // A signed-in admin's session is not a token either.
  assert.equal((await request('/directory/feed', { jar: admin })).status, 401);
  const hash = createHash('sha256').update(token).digest('hex');
  assert.equal(sql(`SELECT COUNT(*) FROM dir_app WHERE token_hash = UNHEX('${hash}')`)[0][0], '1');
  assert.equal(sql(`SELECT COUNT(*) FROM dir_app WHERE token_hash = ${"'" + token + "'"} OR name = ${"'" + token + "'"}`)[0][0], '0', 'never in clear');
  for (const bad of ['after=-1', 'after=x', 'limit=0', 'limit=1001'])
    assert.equal((await request(`/directory/feed?${bad}`, { headers: { authorization: `Bearer ${token}` } })).status, 400, bad);
});

test('a token replaced stops at once; a revoked one too; the screen shows each application, in both languages', async () => {
  const old = await newApp(`Tournante ${RUN}`);
  assert.equal((await feed(0, 1, old)).changes.length, 1);
  const page = await request('/directory/apps', { jar: operator });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  const id = sql(`SELECT id, version FROM dir_app WHERE name = 'Tournante ${RUN}'`)[0];
  let res = await request('/directory/apps', { jar: operator, form: { csrf: getCsrf(page.text), action: 'rotate', id: id[0], version: id[1] } });
  assert.equal(res.status, 200);
  const fresh = /<code class="secret">([^<]+)</.exec(res.text)[1];
  assert.notEqual(fresh, old);
  assert.equal((await request('/directory/feed', { headers: { authorization: `Bearer ${old}` } })).status, 401);
  assert.equal((await feed(0, 1, fresh)).changes.length, 1);
  res = await request('/directory/apps', { jar: operator, form: { csrf: getCsrf(page.text), action: 'revoke', id: id[0], version: Number(id[1]) + 1 } });
  assert.equal(res.status, 303);
  assert.equal((await request('/directory/feed', { headers: { authorization: `Bearer ${fresh}` } })).status, 401);
  res = await request('/directory/apps', { jar: operator, form: { csrf: getCsrf(page.text), action: 'revoke', id: id[0], version: id[1] } });
  assert.equal(res.status, 409, 'a stale form is told');
  const en = operator.clone();
  en.set('lang', 'en');
  const shown = await request('/directory/apps', { jar: en });
  await assertHtmlPage(shown, { status: 200, lang: 'en' });
  assert.ok(shown.text.includes(th('en', 'directory_apps.revoked')));
  assert.ok(!shown.text.includes(fresh) && !shown.text.includes(old), 'a token is shown only once');
  assert.deepEqual(
    sql(`SELECT action FROM audit WHERE subject_type = 'dir_app' AND subject_id = ${id[0]} ORDER BY id`).map((r) => r[0]),
    ['directory.app.created', 'directory.app.rotated', 'directory.app.revoked'],
  );
});

test('read page by page, the feed gives every change once, in order, with no gap, and says where to go on', async () => {
  const end = maxSeq();
  const start = Math.max(0, end - 60);
  const { seen, next } = await readAll(start, 7);
  assert.deepEqual(seen.map((c) => c.seq), Array.from({ length: end - start }, (_, i) => start + i + 1));
  assert.equal(next, end);
  const again = await feed(next);
  assert.deepEqual([again.changes.length, again.next, again.more], [0, next, false], 'nothing new: the cursor stays');
  assert.equal(sql(`SELECT last_cursor FROM dir_app WHERE name = 'Application ${RUN}'`)[0][0], String(next));
});

test('a change appears once after the cursor, with the effective values of that moment', async () => {
  const id = makePerson({ ref_family_name: `Flux-${RUN}`, ref_mss: `flux-${RUN}@demo.mssante.test` });
  const cursor = maxSeq();
  let res = await savePerson(admin, id, { ovr_family_name: `Flux-Nouveau-${RUN}`, addr_mode: 'override', ovr_street_number: '5', ovr_street_label: 'du Flux', ovr_postal_code: '29000', ovr_city: 'Quimper' });
  assert.equal(res.status, 303, errorsOf(res.text).join());
  res = await savePerson(admin, id, { ovr_family_name: `Flux-Encore-${RUN}` });
  assert.equal(res.status, 303);
  const { seen } = await readAll(cursor);
  const mine = seen.filter((c) => c.person === id);
  assert.equal(mine.length, 2, 'each change once');
  assert.match(mine[0].xml, new RegExp(`<family_name>Flux-Nouveau-${RUN}</family_name>`), 'as it was then');
  assert.match(mine[1].xml, new RegExp(`<family_name>Flux-Encore-${RUN}</family_name>`));
  for (const c of mine) {
    assert.match(c.xml, /<street_label>du Flux<\/street_label><postal_code>29000<\/postal_code><city>Quimper<\/city><address_line>5 du Flux<\/address_line>/, 'the overridden address, whole');
    assert.doesNotMatch(c.xml, /de la Fiction/, 'nothing of the reference address');
    assert.match(c.xml, /<profession_fr>Infirmier<\/profession_fr><profession_en>Nurse<\/profession_en>/);
  }
});

/** Runs SQL in a session of its own, as another program's transaction. */
function otherTransaction(statements) {
  const child = spawn('mariadb', ['--no-defaults', '-S', resolve(VAR, 'run/mysql.sock'), '-u', 'root', 'passerelle', '-e', statements]);
  return new Promise((ok, ko) => {
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? ok() : ko(new Error(err))));
  });
}

test('a transaction that took number N and commits late is not skipped: the next change waits for it, and a reader never sees N+1 first', async () => {
  const early = makePerson({ ref_family_name: `Lent-${RUN}` });
  const later = makePerson({ ref_family_name: `Rapide-${RUN}` });
  const cursor = maxSeq();
  // Another writer takes the next number, writes its entry and takes
  // 2 seconds to commit.
  const slow = otherTransaction(
    `START TRANSACTION; UPDATE dir_feed_seq SET last = last + 1 WHERE id = 1; ` +
      `INSERT INTO dir_change (seq, person_id, kind, type, family_name, activity_state) SELECT last, ${early}, 'updated', 'health', 'Lent-${RUN}', 'active' FROM dir_feed_seq WHERE id = 1; ` +
      `DO SLEEP(2); COMMIT;`,
  );
  await sleep(400);
  let done = false;
  const save = savePerson(admin, later, { ovr_phone: '02 98 00 00 01' }).then((r) => ((done = true), r));
  await sleep(800);
  const during = await feed(cursor);
  assert.deepEqual(during.changes.map((c) => c.seq), [], 'neither N (not committed) nor a later number is visible');
  assert.equal(during.next, cursor, 'the cursor stays before N');
  assert.equal(done, false, 'the second writer waits for the first to commit');
  await slow;
  const res = await save;
  assert.equal(res.status, 303);
  const after = await feed(cursor);
  assert.deepEqual(after.changes.map((c) => [c.seq, c.person]), [[cursor + 1, early], [cursor + 2, later]]);
});

test('many writers at once while an application polls: every change exactly once, in order, none lost', async () => {
  const ids = Array.from({ length: 8 }, (_, i) => makePerson({ ref_family_name: `Foule-${RUN}-${i}` }));
  let cursor = maxSeq();
  const start = cursor;
  const seen = [];
  let writing = true;
  const poller = (async () => {
    while (writing) {
      const page = await feed(cursor, 3);
      seen.push(...page.changes);
      cursor = page.next;
      await sleep(20);
    }
  })();
  const results = await Promise.all(ids.map((id, i) => savePerson(admin, id, { ovr_phone: `02 98 00 10 ${String(i).padStart(2, '0')}` })));
  assert.deepEqual(results.map((r) => r.status), ids.map(() => 303));
  writing = false;
  await poller;
  const rest = await readAll(cursor, 3);
  seen.push(...rest.seen);
  const seqs = seen.map((c) => c.seq);
  assert.deepEqual(seqs, Array.from({ length: maxSeq() - start }, (_, i) => start + i + 1), 'in order, each once, no gap');
  for (const id of ids) assert.equal(seen.filter((c) => c.person === id).length, 1, `the change of ${id}`);
});
