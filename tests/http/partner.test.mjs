// The partner portal (issue 4): the tabs of each persona, sorting, the
// agency's offer and the moves between states (allowed and refused), two
// coordinators accepting at once, what the finance persona's XML holds,
// another organisation's request by number (404), reports routed to the
// lead worker, change requests with cloned requests and their period
// rules, confirmation periods, the CSV upload (all or nothing) and the
// dashboard's CSV export.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { AGENT, BASE, COORDINATION, FINANCE, FINANCE_COORDINATION } from '../lib/env.mjs';
import { request, getCsrf, location, login, session } from '../lib/http.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { mailsTo } from '../lib/mail.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';

const RUN = randomBytes(3).toString('hex');
const q = (s) => `'${String(s).replace(/'/g, "''")}'`;
const XML = { accept: 'application/xml' };
const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

let agent, care, finance, other; // sessions: agency, Sud-Ouest care and finance, Centre finance+care
let sudOuest, centre, client, service, centreId, agentId;

/** The one value of a query. */
const one = (s) => sql(s)[0]?.[0];

/** POSTs a form of page (its CSRF token) to path as jar. */
async function post(jar, page, path, fields) {
  const p = await request(page, { jar });
  assert.ok(p.status < 500, `${page}: ${p.status}`);
  return request(path, { jar, form: [['csrf', getCsrf(p.text)], ...Object.entries(fields)] });
}

/** The agency offers a request to the Sud-Ouest provider; returns its id. */
async function offer(fields = {}) {
  const res = await post(agent, '/request/new', '/request/new', {
    client, provider: sudOuest, service, centre: centreId, lead: agentId,
    start_date: day(-60), end_date: day(60), units: '10', rate: '32,50',
    instructions: `Consignes ${RUN}`, ...fields,
  });
  assert.equal(res.status, 303, res.text.slice(0, 400));
  return Number(location(res).params.id);
}

/** Sets a request's state in the database (the moves are tested below). */
function setState(id, state) {
  sql(`UPDATE service_request SET state = ${q(state)} WHERE id = ${id}`);
}

/** The first bytes of a download, as sent (fetch's text() drops a BOM). */
async function head(jar, path) {
  const res = await fetch(`${BASE}${path}`, { headers: { cookie: jar.header() } });
  return Buffer.from(await res.arrayBuffer()).subarray(0, 3).toString('hex');
}

const stateOf = (id) => one(`SELECT state FROM service_request WHERE id = ${id}`);
const errorKeys = (html) => [...html.matchAll(/class="field-error"[^>]*>(?:<span[^>]*>[^<]*<\/span>)?([^<]*)/g)].map((m) => m[1]);

before(async () => {
  agent = await session(AGENT);
  care = await session(COORDINATION);
  finance = await session(FINANCE);
  other = await session(FINANCE_COORDINATION);
  sudOuest = Number(one(`SELECT id FROM org WHERE name = 'Soutien à domicile Sud-Ouest (démo)'`));
  centre = Number(one(`SELECT id FROM org WHERE name = 'Services de répit du Centre (démo)'`));
  client = Number(one(`SELECT id FROM client WHERE file_number = 'DEMO-002'`));
  service = Number(one(`SELECT id FROM care_service WHERE code = 'home_support'`));
  centreId = Number(one(`SELECT id FROM service_centre WHERE code = 'saint_john'`));
  agentId = Number(one(`SELECT id FROM users WHERE email = ${q(AGENT)}`));
});

// ---- lists ------------------------------------------------------------------

test('each persona has the tabs of the guide; finance has no Pending tab', async () => {
  const c = await request('/requests', { jar: care });
  await assertHtmlPage(c, { status: 200, lang: 'fr' });
  for (const tab of ['pending', 'active', 'completed', 'linked', 'cancelled'])
    assert.ok(c.text.includes(`href="/requests?tab=${tab}"`), `care: ${tab}`);
  const f = await request('/requests', { jar: finance });
  await assertHtmlPage(f, { status: 200, lang: 'en' });
  assert.ok(!f.text.includes('href="/requests?tab=pending"'));
  assert.ok(f.text.includes(th('en', 'partner.tab_title.active')), 'finance opens on Active');
  assert.equal((await request('/requests?tab=pending', { jar: finance })).status, 403);
  assert.equal((await request('/requests?tab=rejected', { jar: care })).status, 403);
  const a = await request('/requests?tab=rejected', { jar: agent });
  assert.equal(a.status, 200);
  assert.match(a.text, /<p class="list-status">[^<]*•[^<]*•[^<]*•/);
});

test('every column sorts both ways, numbers show on eight digits, bad parameters are 400', async () => {
  for (const key of ['number', 'client', 'start', 'end', 'status', 'service', 'zone', 'centre'])
    for (const dir of ['asc', 'desc']) {
      const res = await request(`/requests?tab=active&sort=${key}&dir=${dir}`, { jar: care });
      assert.equal(res.status, 200, `${key} ${dir}`);
      assert.match(res.text, new RegExp(`aria-sort="${dir === 'asc' ? 'ascending' : 'descending'}"`));
    }
  const asc = await request('/requests?tab=active&sort=number&dir=asc', { jar: care, headers: XML });
  const ids = [...asc.text.matchAll(/<request><id>(\d+)<\/id>/g)].map((m) => Number(m[1]));
  assert.ok(ids.length >= 2);
  assert.deepEqual(ids, [...ids].sort((x, y) => x - y));
  const html = await request('/requests?tab=active', { jar: care });
  assert.match(html.text, />0000\d{4}<\/a>/);
  for (const bad of ['tab=archive', 'sort=password', 'sort=number&dir=up', 'page=0'])
    assert.equal((await request(`/requests?${bad}`, { jar: care })).status, 400, bad);
  assert.equal((await request(`/requests?q=${'x'.repeat(201)}`, { jar: care })).status, 422);
});

test('a partner list holds only its own organisation\'s requests', async () => {
  for (const tab of ['pending', 'active', 'completed', 'linked', 'cancelled']) {
    const res = await request(`/requests?tab=${tab}`, { jar: other, headers: XML });
    const ids = [...res.text.matchAll(/<request><id>(\d+)<\/id>/g)].map((m) => m[1]);
    for (const id of ids)
      assert.equal(Number(one(`SELECT provider_org_id FROM service_request WHERE id = ${id}`)), centre, `${tab}: ${id}`);
  }
});

// ---- offer and moves ----------------------------------------------------------

test('the agency offers a request: pending for the provider, its coordinators are mailed, the history starts', async () => {
  const before = mailsTo(COORDINATION).length;
  const id = await offer();
  assert.equal(stateOf(id), 'offered');
  const list = await request('/requests?tab=pending&sort=number&dir=desc', { jar: care });
  assert.ok(list.text.includes(`/request?id=${id}"`));
  for (let i = 0; i < 50 && mailsTo(COORDINATION).length === before; i++) await new Promise((r) => setTimeout(r, 100));
  const mail = mailsTo(COORDINATION).at(-1);
  assert.ok(mail.subject.includes(String(id).padStart(8, '0')), mail.subject);
  assert.ok(!mail.text.includes('Consignes'), 'no request detail travels by mail');
  assert.equal(one(`SELECT kind FROM service_request_event WHERE request_id = ${id} ORDER BY id LIMIT 1`), 'offered');
  const bad = await post(agent, '/request/new', '/request/new', { client, provider: sudOuest, service, centre: centreId, lead: agentId, start_date: day(10), end_date: day(5), units: '0', rate: 'abc' });
  assert.equal(bad.status, 422);
  assert.deepEqual(errorKeys(bad.text).length, 3, 'end before start, units, rate');
  const wrong = await post(agent, '/request/new', '/request/new', { client, provider: agentId * 1000, service, centre: centreId, lead: agentId, start_date: day(1), units: '1', rate: '1' });
  assert.equal(wrong.status, 422, 'a provider that does not exist');
});

test('every move between states, allowed and refused, by the persona that may make it', async () => {
  // [who, action, state before, extra fields, expected status, state after]
  const cases = [
    ['care', 'accept', 'offered', {}, 303, 'accepted'],
    ['care', 'reject', 'offered', { reason: '' }, 422, 'offered'],
    ['care', 'reject', 'offered', { reason: 'Pas de personnel' }, 303, 'rejected'],
    ['care', 'accept', 'activated', {}, 409, 'activated'],
    ['care', 'accept', 'cancelled', {}, 409, 'cancelled'],
    ['care', 'activate', 'accepted', {}, 403, 'accepted'],
    ['finance', 'accept', 'offered', {}, 403, 'offered'],
    ['agent', 'accept', 'offered', {}, 403, 'offered'],
    ['agent', 'activate', 'accepted', {}, 303, 'activated'],
    ['agent', 'activate', 'offered', {}, 409, 'offered'],
    ['agent', 'complete', 'activated', { end_date: day(0) }, 303, 'completed'],
    ['agent', 'complete', 'activated', { end_date: day(5) }, 422, 'activated'],
    ['agent', 'complete', 'activated', { end_date: 'hier' }, 422, 'activated'],
    ['agent', 'complete', 'accepted', { end_date: day(0) }, 409, 'accepted'],
    ['agent', 'cancel', 'accepted', { reason: '' }, 422, 'accepted'],
    ['agent', 'cancel', 'activated', { reason: 'Déménagement' }, 303, 'cancelled'],
    ['agent', 'cancel', 'completed', { reason: 'Trop tard' }, 409, 'completed'],
    ['agent', 'cancel', 'rejected', { reason: 'Trop tard' }, 409, 'rejected'],
  ];
  const jars = { care, finance, agent };
  for (const [who, action, from, extra, status, after] of cases) {
    const id = await offer();
    setState(id, from);
    const version = one(`SELECT version FROM service_request WHERE id = ${id}`);
    const res = await post(jars[who], `/request?id=${id}`, '/request', { action, id, version, ...extra });
    const what = `${who} ${action} from ${from}`;
    assert.equal(res.status, status, `${what}: ${res.text.slice(0, 300)}`);
    assert.equal(stateOf(id), after, what);
    if (status === 303) {
      assert.equal(one(`SELECT COUNT(*) FROM audit WHERE subject_type = 'service_request' AND subject_id = ${id} AND action = 'request.${after}'`), '1', `${what}: audit`);
      assert.equal(one(`SELECT COUNT(*) FROM service_request_event WHERE request_id = ${id} AND kind = ${q(after)}`), '1', `${what}: history`);
    }
  }
  const id = await offer();
  setState(id, 'accepted');
  const stale = await post(agent, `/request?id=${id}`, '/request', { action: 'activate', id, version: 99 });
  assert.equal(stale.status, 409);
  assert.ok(stale.text.includes(th('fr', 'err.conflict').slice(0, 40)));
});

test('two coordinators accept at once: one wins, the other is told plainly it was already answered', async () => {
  const second = makeAccount('care', { lang: 'fr' });
  sql(`UPDATE users SET org_id = ${sudOuest} WHERE id = ${second.id}`);
  const jar2 = await login(second.email, second.password);
  const id = await offer();
  const [p1, p2] = await Promise.all([request(`/request?id=${id}`, { jar: care }), request(`/request?id=${id}`, { jar: jar2 })]);
  const [r1, r2] = await Promise.all([
    request('/request', { jar: care, form: { csrf: getCsrf(p1.text), action: 'accept', id } }),
    request('/request', { jar: jar2, form: { csrf: getCsrf(p2.text), action: 'reject', id, reason: 'Complet' } }),
  ]);
  const statuses = [r1.status, r2.status].sort();
  assert.deepEqual(statuses, [303, 409]);
  const loser = r1.status === 409 ? r1 : r2;
  assert.ok(loser.text.includes(th(r1.status === 409 ? 'fr' : 'fr', 'err.partner.already_answered').slice(0, 50)));
  assert.equal(one(`SELECT COUNT(*) FROM service_request_event WHERE request_id = ${id} AND kind IN ('accepted', 'rejected')`), '1');
});

test('the lead agency worker is the client\'s: a change shows on every request of the client at once', async () => {
  const a = await offer();
  const b = await offer();
  const admin = Number(one(`SELECT id FROM users WHERE email = 'admin@demo.passerelle.test'`));
  const page = await request(`/request?id=${a}`, { jar: agent });
  const version = /name="lead_version" value="(\d+)"/.exec(page.text)[1];
  const res = await request('/request', { jar: agent, form: { csrf: getCsrf(page.text), action: 'lead', id: a, lead_version: version, worker: admin } });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  const seen = await request(`/request?id=${b}`, { jar: care, headers: XML });
  assert.match(seen.text, /<lead><id>\d+<\/id><name>Camille Exemple<\/name>/);
  const again = await request('/request', { jar: agent, form: { csrf: getCsrf(page.text), action: 'lead', id: a, lead_version: version, worker: agentId } });
  assert.equal(again.status, 409, 'a stale form is refused');
  const back = await post(agent, `/request?id=${a}`, '/request', { action: 'lead', id: a, lead_version: Number(version) + 1, worker: agentId });
  assert.equal(back.status, 303);
});

// ---- who sees what ------------------------------------------------------------

test('the finance persona\'s XML holds no address, health details, notes, instructions or reports', async () => {
  const id = await offer();
  setState(id, 'activated');
  const sent = await post(care, `/report?request=${id}&kind=incident`, '/report', {
    action: 'create', kind: 'incident', request: id, day: day(-1), time: '10:15', location: `Cuisine ${RUN}`,
    description: `Chute ${RUN}`, people: 'Le client', actions_taken: 'Appel', severity: 'high',
  });
  assert.equal(sent.status, 303, sent.text.slice(0, 300));
  const address = one(`SELECT address_line FROM client WHERE id = ${client}`);
  const health = one(`SELECT health_details FROM care_client WHERE client_id = ${client}`);
  const f = await request(`/request?id=${id}`, { jar: finance, headers: XML });
  assert.equal(f.status, 200);
  for (const secret of [address, health, 'address_line', 'health_details', '<notes>', `Consignes ${RUN}`, `Chute ${RUN}`, 'report_incident', '<reports>', 'phone', 'birth_date'])
    assert.ok(!f.text.includes(secret), `finance XML holds ${secret}`);
  assert.match(f.text, /<billing><units_per_week>1000<\/units_per_week><unit_rate_cents>3250<\/unit_rate_cents>/);
  const c = await request(`/request?id=${id}`, { jar: care, headers: XML });
  for (const seen of [address, health, `Consignes ${RUN}`, 'report_incident'])
    assert.ok(c.text.includes(seen), `care XML holds ${seen}`);
  assert.ok(!c.text.includes('unit_rate_cents'), 'care has no rate');
  const reportId = location(sent).params.id;
  assert.equal((await request(`/report?id=${reportId}`, { jar: finance })).status, 403);
  assert.equal((await request('/reports', { jar: finance })).status, 403);
  const csv = await request('/dashboard?report=activated&format=csv', { jar: finance });
  assert.ok(!csv.text.includes(address) && !csv.text.includes(health));
});

test('another organisation\'s request, report or confirmation by number is 404, page, XML and action alike', async () => {
  const id = await offer();
  const conf = one(`SELECT MIN(id) FROM confirmation WHERE provider_org_id = ${sudOuest}`);
  const report = one(`SELECT MIN(id) FROM service_report WHERE provider_org_id = ${sudOuest}`);
  for (const path of [`/request?id=${id}`, `/confirmation?id=${conf}`, `/report?id=${report}`, `/confirmation?request=${id}`, `/report?request=${id}&kind=incident`]) {
    const res = await request(path, { jar: other });
    assert.equal(res.status, 404, path);
    const xml = await request(path, { jar: other, headers: XML });
    assert.equal(xml.status, 404, `${path} XML`);
    assert.ok(!xml.text.includes(`Consignes ${RUN}`));
  }
  const page = await request('/requests', { jar: other });
  const res = await request('/request', { jar: other, form: { csrf: getCsrf(page.text), action: 'accept', id } });
  assert.equal(res.status, 404);
  assert.equal(stateOf(id), 'offered');
  const list = await request('/requests?tab=pending', { jar: other });
  assert.ok(!list.text.includes(`/request?id=${id}"`));
});

// ---- reports and changes --------------------------------------------------------

test('an incident is checked field by field, routed to the lead worker by mail and into their list', async () => {
  const id = await offer();
  setState(id, 'activated');
  const empty = await post(care, `/report?request=${id}&kind=incident`, '/report', { action: 'create', kind: 'incident', request: id, time: '25:00', severity: 'grave' });
  assert.equal(empty.status, 422);
  assert.ok(errorKeys(empty.text).length >= 6, errorKeys(empty.text).join(' | '));
  assert.equal(one(`SELECT COUNT(*) FROM service_report WHERE request_id = ${id}`), '0');
  const before = mailsTo(AGENT).length;
  const ok = await post(care, `/report?request=${id}&kind=observation`, '/report', { action: 'create', kind: 'observation', request: id, day: day(-2), description: `Fatigue ${RUN}` });
  assert.equal(ok.status, 303);
  for (let i = 0; i < 50 && mailsTo(AGENT).length === before; i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(mailsTo(AGENT).length > before, 'the lead worker is mailed');
  assert.ok(!mailsTo(AGENT).at(-1).text.includes(`Fatigue ${RUN}`), 'the report itself stays behind the sign-in');
  const mine = await request(`/reports?client=${encodeURIComponent('Bruno')}`, { jar: agent });
  assert.equal(mine.status, 200);
  assert.ok(mine.text.includes(`/report?id=${location(ok).params.id}"`), 'an item in their list');
  const byKind = await request('/reports?kind=incident&mine=0', { jar: agent });
  assert.ok(!byKind.text.includes(`/report?id=${location(ok).params.id}"`), 'filtered by kind');
  const closed = await post(care, `/report?request=${id}&kind=incident`, '/report', { action: 'create', kind: 'incident', request: id });
  setState(id, 'completed');
  const late = await post(care, `/report?request=${id}&kind=observation`, '/report', { action: 'create', kind: 'observation', request: id, day: day(-1), description: 'x' });
  assert.equal(late.status, 409, 'no report on a completed request');
  assert.ok(closed.status === 422);
  assert.equal((await request('/reports?status=lost', { jar: agent })).status, 422);
});

/** A change request of kind on request id, then the agency's decision. */
async function change(id, kind, fields, decide) {
  const sent = await post(care, `/report?request=${id}&kind=change`, '/report', { action: 'create', kind: 'change', request: id, change_kind: kind, description: `Changement ${RUN}`, ...fields });
  assert.equal(sent.status, 303, sent.text.slice(0, 600));
  const rid = location(sent).params.id;
  return post(agent, `/report?id=${rid}`, '/report', { action: 'approve', id: rid, version: 1, ...fields, ...decide });
}

test('an approved adjustment clones the request; the two periods never overlap; the guide\'s rules refuse the rest', async () => {
  const id = await offer({ start_date: day(-90), end_date: day(90) });
  setState(id, 'activated');
  const early = await change(id, 'adjust', { effective_date: day(-30), units: '12,5' }, { effective_date: day(-90) });
  assert.equal(early.status, 422);
  assert.ok(early.text.includes(th('fr', 'err.partner.clone.too_early').slice(0, 40)));
  const refused = await post(care, `/report?request=${id}&kind=change`, '/report', { action: 'create', kind: 'change', request: id, change_kind: 'adjust', description: 'x', effective_date: day(200), units: '3' });
  assert.equal(refused.status, 422, 'an effective date after the period is refused when asked');
  const res = await change(id, 'adjust', { effective_date: day(-30), units: '12,5' }, {});
  assert.equal(res.status, 303, res.text.slice(0, 600));
  const clone = Number(one(`SELECT id FROM service_request WHERE origin_id = ${id}`));
  assert.equal(one(`SELECT end_date FROM service_request WHERE id = ${id}`), day(-31));
  assert.equal(one(`SELECT CONCAT(start_date, ' ', end_date, ' ', units_per_week, ' ', state) FROM service_request WHERE id = ${clone}`), `${day(-30)} ${day(90)} 1250 activated`);
  const linked = await request('/requests?tab=linked&sort=number&dir=desc', { jar: care });
  assert.ok(linked.text.includes(`/request?id=${clone}"`) && linked.text.includes(`/request?id=${id}"`));
  const twice = await change(id, 'adjust', { effective_date: day(-40), units: '3' }, {});
  assert.equal(twice.status, 422, 'the original cannot be adjusted again');
  assert.ok(twice.text.includes(th('fr', 'err.partner.clone.exists').slice(0, 40)));

  // Confirmations: before the effective date on the original, from it on the clone.
  const confirm = (rq, from, to) => post(finance, `/confirmation?request=${rq}`, '/confirmation', { action: 'create', request: rq, period_from: from, period_to: to, units: '10', amount: '325,00' });
  const cases = [
    [id, day(-45), day(-30), 422, 'err.partner.period.after_clone'],
    [clone, day(-31), day(-20), 422, 'err.partner.period.before_clone'],
    [id, day(-95), day(-80), 422, 'err.partner.period.outside'],
    [clone, day(-5), day(3), 422, 'err.partner.period.future'],
    [clone, day(-10), day(-20), 422, 'err.partner.period.order'],
    [id, day(-60), day(-31), 303, null],
    [clone, day(-30), day(-1), 303, null],
    [clone, day(-15), day(-14), 422, 'err.partner.period.overlap'],
  ];
  for (const [rq, from, to, status, key] of cases) {
    const res = await confirm(rq, from, to);
    assert.equal(res.status, status, `${rq} ${from}–${to}: ${res.text.slice(0, 200)}`);
    if (key) assert.ok(res.text.includes(th('en', key).slice(0, 40)), `${key} shown`);
  }
  // A later adjustment of the clone may not strand its confirmation.
  const stranded = await change(clone, 'adjust', { effective_date: day(-20), units: '2' }, {});
  assert.equal(stranded.status, 422);
  assert.ok(stranded.text.includes(th('fr', 'err.partner.clone.confirmed').slice(0, 40)));
});

test('a suspension takes days out of the period, a termination ends it; neither may overlap', async () => {
  const id = await offer({ start_date: day(-90), end_date: day(90) });
  setState(id, 'activated');
  const s = await change(id, 'suspend', { effective_date: day(-50), until_date: day(-40) }, {});
  assert.equal(s.status, 303, s.text.slice(0, 400));
  assert.equal(one(`SELECT CONCAT(from_date, ' ', to_date) FROM service_suspension WHERE request_id = ${id}`), `${day(-50)} ${day(-40)}`);
  const again = await change(id, 'suspend', { effective_date: day(-45), until_date: day(-30) }, {});
  assert.equal(again.status, 422, 'overlapping suspensions');
  const c = await post(finance, `/confirmation?request=${id}`, '/confirmation', { action: 'create', request: id, period_from: day(-55), period_to: day(-45), units: '1', amount: '1' });
  assert.equal(c.status, 422);
  assert.ok(c.text.includes(th('en', 'err.partner.period.suspended').slice(0, 30)));
  const tooEarly = await change(id, 'terminate', { effective_date: day(-80) }, { effective_date: day(-95) });
  assert.equal(tooEarly.status, 422);
  const t = await change(id, 'terminate', { effective_date: day(30) }, {});
  assert.equal(t.status, 303);
  assert.equal(one(`SELECT end_date FROM service_request WHERE id = ${id}`), day(29));
  const declined = await post(care, `/report?request=${id}&kind=change`, '/report', { action: 'create', kind: 'change', request: id, change_kind: 'terminate', description: 'x', effective_date: day(10) });
  const rid = location(declined).params.id;
  const noNote = await post(agent, `/report?id=${rid}`, '/report', { action: 'decline', id: rid, version: 1, note: '' });
  assert.equal(noNote.status, 422);
  const ok = await post(agent, `/report?id=${rid}`, '/report', { action: 'decline', id: rid, version: 1, note: 'Non' });
  assert.equal(ok.status, 303);
  const late = await post(agent, `/report?id=${rid}`, '/report', { action: 'approve', id: rid, version: 1, effective_date: day(10) });
  assert.equal(late.status, 409, 'a decided report cannot be decided again');
});

// ---- confirmations ----------------------------------------------------------------

test('a confirmation goes draft → submitted → returned (with a reason, mailed) → submitted → validated', async () => {
  const id = await offer({ start_date: day(-40), end_date: day(40) });
  setState(id, 'accepted');
  const notYet = await post(finance, `/confirmation?request=${id}`, '/confirmation', { action: 'create', request: id, period_from: day(-30), period_to: day(-20), units: '5', amount: '162,50' });
  assert.equal(notYet.status, 422, 'an accepted request is not yet billable');
  setState(id, 'activated');
  const made = await post(finance, `/confirmation?request=${id}`, '/confirmation', { action: 'create', request: id, period_from: day(-30), period_to: day(-20), units: '5', amount: '162,50' });
  assert.equal(made.status, 303);
  const cid = location(made).params.id;
  assert.equal(one(`SELECT CONCAT(state, ' ', units, ' ', amount_cents) FROM confirmation WHERE id = ${cid}`), 'draft 500 16250');
  const byCare = await request(`/confirmation?id=${cid}`, { jar: care });
  assert.equal(byCare.status, 403, 'care coordination has no confirmations');
  const act = async (jar, action, extra = {}) => {
    const version = one(`SELECT version FROM confirmation WHERE id = ${cid}`);
    return post(jar, `/confirmation?id=${cid}`, '/confirmation', { action, id: cid, version, ...extra });
  };
  assert.equal((await act(agent, 'validate')).status, 409, 'a draft cannot be validated');
  assert.equal((await act(finance, 'submit')).status, 303);
  assert.equal((await act(finance, 'save', { period_from: day(-30), period_to: day(-20), units: '6', amount: '1' })).status, 409, 'a submitted one cannot be changed');
  assert.equal((await act(finance, 'validate')).status, 403);
  assert.equal((await act(agent, 'return', { reason: '' })).status, 422);
  const before = mailsTo(FINANCE).length;
  assert.equal((await act(agent, 'return', { reason: 'Heures en trop' })).status, 303);
  for (let i = 0; i < 50 && mailsTo(FINANCE).length === before; i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(mailsTo(FINANCE).length > before, 'the submitter is told');
  assert.equal((await act(finance, 'save', { period_from: day(-30), period_to: day(-20), units: '4,5', amount: '146,25' })).status, 303);
  assert.equal(one(`SELECT CONCAT(state, ' ', units) FROM confirmation WHERE id = ${cid}`), 'draft 450');
  assert.equal((await act(finance, 'submit')).status, 303);
  assert.equal((await act(agent, 'validate')).status, 303);
  assert.equal(one(`SELECT state FROM confirmation WHERE id = ${cid}`), 'validated');
  const stale = await request('/confirmation', { jar: agent, form: { csrf: getCsrf((await request('/confirmations', { jar: agent })).text), action: 'validate', id: cid, version: 1 } });
  assert.equal(stale.status, 409);
  const list = await request('/confirmations?tab=validated&sort=amount&dir=desc', { jar: finance });
  assert.equal(list.status, 200);
  assert.ok(list.text.includes(th('en', 'partner.totals.title')));
  for (const key of ['number', 'request', 'period', 'amount'])
    assert.equal((await request(`/confirmations?tab=draft&sort=${key}&dir=desc`, { jar: finance })).status, 200);
  assert.equal((await request('/confirmations?tab=paid', { jar: finance })).status, 400);
});

/** Uploads text as a CSV file as jar. */
async function upload(jar, text, name = 'confirmations.csv') {
  const page = await request('/confirmations/upload', { jar });
  const fd = new FormData();
  fd.append('csrf', getCsrf(page.text));
  fd.append('file', new Blob([text], { type: 'text/csv' }), name);
  const res = await fetch(`${BASE}/confirmations/upload`, {
    method: 'POST', body: fd, headers: { cookie: jar.header() }, redirect: 'manual',
  });
  res.text = await res.text();
  return res;
}

test('a CSV upload is checked line by line and imported whole or not at all', async () => {
  const id = await offer({ start_date: day(-60), end_date: day(60) });
  setState(id, 'activated');
  const count = () => Number(one(`SELECT COUNT(*) FROM confirmation WHERE request_id = ${id}`));
  const bad = [
    'Numéro;Du;Au;Unités;Montant;Note',
    `${id};${day(-50).split('-').reverse().join('/')};${day(-41)};10;325,00;bon`,
    `${id};${day(-45)};${day(-40)};1;1;chevauche la ligne 2`,
    `999999999;${day(-30)};${day(-29)};1;1;`,
    `${id};${day(-20)};${day(-19)};douze;1;`,
    `${id};${day(-10)};${day(5)};1;1;avenir`,
    `${id};1`,
  ].join('\r\n');
  const res = await upload(finance, bad);
  assert.equal(res.status, 422);
  assert.equal(count(), 0, 'nothing is imported');
  const lines = [...res.text.matchAll(/<tr><td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
  assert.deepEqual(lines, [3, 4, 5, 6, 7], 'each rejected line is reported');
  const good = [
    '\ufeffNumber,From,To,Units,Amount',
    `${id},${day(-50)},${day(-41)},10,"1,325.00"`,
    `${id},${day(-40)},${day(-31)},7.5,243.75`,
  ].join('\n');
  const ok = await upload(finance, good);
  assert.equal(ok.status, 303, ok.text.slice(0, 500));
  assert.equal(count(), 2);
  assert.equal(one(`SELECT GROUP_CONCAT(CONCAT(state, ' ', amount_cents) ORDER BY period_from) FROM confirmation WHERE request_id = ${id}`), 'uploaded 132500,uploaded 24375');
  const again = await upload(finance, good);
  assert.equal(again.status, 422, 'the same file twice would overlap');
  assert.equal(count(), 2);
  // What a French spreadsheet saves as "CSV": Windows-1252 and semicolons.
  const latin = ['Numéro;Du;Au;Unités;Montant;Note', `${id};${day(-30)};${day(-21)};2;50,00;Séance à domicile`].join('\r\n');
  const win = await upload(finance, Buffer.from(latin, 'latin1'), 'confirmations-windows.csv');
  assert.equal(win.status, 303, win.text.slice(0, 500));
  assert.equal(count(), 3);
  assert.equal(one(`SELECT note FROM confirmation WHERE request_id = ${id} AND period_from = '${day(-30)}'`), 'Séance à domicile');
  assert.equal((await upload(finance, '\xff\xfe\x00bad')).status, 422, 'not UTF-8');
  const template = await request('/confirmations/upload?format=template', { jar: finance });
  assert.equal(await head(finance, '/confirmations/upload?format=template'), 'efbbbf');
  assert.ok(template.text.includes(t('en', 'partner.upload.col.request')));
});

test('the dashboard exports CSV in the user\'s language, with a BOM, catalog words and no live formula', async () => {
  const evil = Number(one(`SELECT id FROM client WHERE file_number = 'DEMO-003'`));
  sql(`INSERT INTO client (org_id, given_name, family_name, lang) SELECT org_id, '=HYPERLINK("x")', 'Essai${RUN}', 'fr' FROM client WHERE id = ${evil}`);
  const hostile = Number(one(`SELECT id FROM client WHERE family_name = 'Essai${RUN}'`));
  const id = await offer({ client: hostile });
  setState(id, 'activated');
  const fr = await request('/dashboard?report=activated&format=csv', { jar: agent });
  assert.equal(fr.status, 200);
  assert.match(fr.headers.get('content-type'), /text\/csv/);
  assert.match(fr.headers.get('content-disposition'), /requests-activated\.csv/);
  assert.equal(await head(agent, '/dashboard?report=activated&format=csv'), 'efbbbf', 'UTF-8 with a BOM');
  const header = fr.text.slice(0, fr.text.indexOf('\r\n'));
  assert.ok(header.startsWith(`${t('fr', 'partner.col.number')},${t('fr', 'partner.col.client')}`), header);
  assert.ok(fr.text.includes(`,${t('fr', 'partner.state.activated')},`), 'the status is a word of the catalog');
  assert.ok(fr.text.includes(`"'=HYPERLINK(""x"") Essai${RUN}"`), 'the formula is neutralised');
  assert.ok(fr.text.includes(String(id).padStart(8, '0')));
  const en = await request('/dashboard?report=activated&format=csv', { jar: finance });
  assert.ok(en.text.startsWith(t('en', 'partner.col.number')));
  for (const report of ['new', 'ending', 'activated', 'completed']) {
    const page = await request(`/dashboard?report=${report}`, { jar: care });
    await assertHtmlPage(page, { status: 200 });
  }
  assert.equal((await request('/dashboard?report=all', { jar: care })).status, 400);
  assert.equal((await request('/dashboard?format=csv', { jar: care })).status, 400);
});

test('every partner page is valid HTML in both languages', async () => {
  const id = one(`SELECT MIN(id) FROM service_request WHERE provider_org_id = ${sudOuest} AND state = 'activated'`);
  const rep = one(`SELECT MIN(id) FROM service_report WHERE provider_org_id = ${sudOuest}`);
  const conf = one(`SELECT MIN(id) FROM confirmation WHERE provider_org_id = ${sudOuest}`);
  const pages = [
    [care, ['/requests', `/request?id=${id}`, '/reports', `/report?id=${rep}`, `/report?request=${id}&kind=incident`, `/report?request=${id}&kind=change`, '/dashboard?report=new']],
    [finance, ['/confirmations', `/confirmation?id=${conf}`, `/confirmation?request=${id}`, '/confirmations/upload']],
    [agent, ['/request/new', `/request?id=${id}`, `/report?id=${rep}`, '/reports?mine=0', '/confirmations?tab=submitted']],
  ];
  for (const [jar, paths] of pages)
    for (const lang of ['fr', 'en']) {
      const j = jar.clone();
      j.set('lang', lang);
      for (const path of paths) await assertHtmlPage(await request(path, { jar: j }), { status: 200, lang, what: path });
    }
});
