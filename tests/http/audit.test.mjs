// The audit trail screen (issue 3): filters by action and period with their
// bad inputs, paging, the CSV export (BOM, header row in the user's
// language, quoting, formula neutralisation) and the permission it needs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ADMIN, AGENT } from '../lib/env.mjs';
import { request, login, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';

const RUN = randomBytes(3).toString('hex');
const ACTION = `test.audit_${RUN}`;
let admin, adminEn;

/** Rows of the audit table on a page. */
const rows = (html) => (/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1].match(/<tr>/g) || []).length;

before(async () => {
  admin = await session(ADMIN);
  adminEn = admin.clone();
  adminEn.set('lang', 'en');
  // 60 events of this run's own action, the last one with awkward text.
  const values = [];
  for (let i = 0; i < 59; i++) values.push(`('${ACTION}', '192.0.2.1', 'user', 'détail ${i}', UTC_TIMESTAMP(3))`);
  values.push(`('${ACTION}', '192.0.2.1', 'user', '=1+2', UTC_TIMESTAMP(3) + INTERVAL 1 SECOND)`);
  sql(`INSERT INTO audit (action, ip, subject_type, detail, at) VALUES ${values.join(',')}`);
  sql(`UPDATE audit SET before_value = 'a,b "q"\nsecond line', after_value = '-x' WHERE action = '${ACTION}' AND detail = '=1+2'`);
});

test('the trail lists the events newest first, filtered by action, 50 a page', async () => {
  const res = await request(`/audit?what=${ACTION}`, { jar: admin });
  await assertHtmlPage(res, { status: 200, lang: 'fr' });
  assert.ok(res.text.includes(th('fr', 'audit.caption')));
  assert.equal(rows(res.text), 50);
  assert.ok(res.text.indexOf('=1+2') >= 0 && res.text.indexOf('=1+2') < res.text.indexOf('détail 58'), 'newest first');
  assert.match(res.text, new RegExp(`<option value="${ACTION.replace(/\./g, '\\.')}" selected`));
  const p2 = await request(`/audit?what=${ACTION}&page=2`, { jar: admin });
  await assertHtmlPage(p2, { status: 200, lang: 'fr' });
  assert.equal(rows(p2.text), 10);
  const asc = await request(`/audit?what=${ACTION}&sort=at&dir=asc`, { jar: admin });
  assert.ok(!asc.text.includes('=1+2'), 'oldest first: the newest is on page 2');
  assert.equal((await request('/audit?page=0', { jar: admin })).status, 400);
  assert.equal((await request('/audit?sort=ip', { jar: admin })).status, 400);
});

test('the trail shows who acted, or a dash for nobody, and the action\'s label', async () => {
  // Every login of the admin so far went through the password step.
  const res = await request('/audit?what=login.password', { jar: adminEn });
  await assertHtmlPage(res, { status: 200, lang: 'en' });
  assert.ok(res.text.includes(th('en', 'audit.action.login.password')));
  assert.ok(res.text.includes(ADMIN));
  const anon = await request(`/audit?what=${ACTION}`, { jar: adminEn });
  assert.ok(anon.text.includes(`<td>${th('en', 'audit.anonymous')}</td>`));
  assert.ok(anon.text.includes(ACTION), 'an action without a label shows its code');
});

test('the period filters by day; bad or reversed dates are refused', async () => {
  const today = new Date().toISOString().slice(0, 10);
  const res = await request(`/audit?what=${ACTION}&from=${today}&to=${today}`, { jar: admin });
  await assertHtmlPage(res, { status: 200, lang: 'fr' });
  assert.equal(rows(res.text), 50);
  const old = await request(`/audit?what=${ACTION}&from=2000-01-01&to=2000-01-31`, { jar: admin });
  await assertHtmlPage(old, { status: 200, lang: 'fr' });
  assert.ok(old.text.includes(th('fr', 'audit.none')));
  for (const bad of ['2026-02-30', '24/11/2026', '2026-1-5', 'x']) {
    const r = await request(`/audit?from=${encodeURIComponent(bad)}`, { jar: admin });
    await assertHtmlPage(r, { status: 422, lang: 'fr' });
    assert.ok(r.text.includes(th('fr', 'err.date.invalid')), bad);
  }
  const rev = await request('/audit?from=2026-03-02&to=2026-03-01', { jar: admin });
  await assertHtmlPage(rev, { status: 422, lang: 'fr' });
  assert.ok(rev.text.includes(th('fr', 'err.date.order')));
  const unknown = await request('/audit?what=no.such_action', { jar: admin });
  await assertHtmlPage(unknown, { status: 422, lang: 'fr' });
});

test('the CSV export has a BOM, a header row in the user\'s language and safe cells', async () => {
  const fr = await request(`/audit?format=csv&what=${ACTION}`, { jar: admin });
  assert.equal(fr.status, 200);
  assert.equal(fr.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.equal(fr.headers.get('content-disposition'), 'attachment; filename="audit.csv"');
  const bytes = Buffer.from(await (await fetch(fr.url, { headers: { cookie: admin.header() } })).arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = fr.text.replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  assert.equal(lines[0].split(',')[0], t('fr', 'audit.col.at'));
  assert.ok(lines[0].includes(t('fr', 'audit.col.detail')));
  assert.ok(text.endsWith('\r\n'));
  const first = lines[1];
  assert.ok(first.includes(`,${ACTION},`));
  assert.ok(first.includes(",'=1+2,"), 'a formula gets a leading quote');
  assert.ok(first.includes('"a,b ""q""\nsecond line"'), 'commas, quotes and newlines are quoted');
  assert.ok(first.endsWith(",'-x"));
  assert.equal(text.split(ACTION).length - 1, 60);
  const en = await request(`/audit?format=csv&what=${ACTION}`, { jar: adminEn });
  assert.equal(en.text.replace(/^\uFEFF/, '').split('\r\n')[0].split(',')[0], t('en', 'audit.col.at'));
  const bad = await request('/audit?format=csv&from=2026-13-01', { jar: admin });
  assert.equal(bad.status, 422);
});

test('an agent without audit.view cannot see or export the trail', async () => {
  const agent = await login(AGENT);
  const res = await request('/audit', { jar: agent });
  await assertHtmlPage(res, { status: 403, lang: 'fr' });
  assert.equal((await request('/audit?format=csv', { jar: agent })).status, 403);
  assert.equal((await request('/audit', { method: 'POST', jar: agent, form: { csrf: 'x' } })).status, 405);
});
