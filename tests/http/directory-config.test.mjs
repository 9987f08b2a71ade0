// The directory's configuration by the operator (issue 6): the service
// catalogue (code, names and descriptions in both languages, an internal or
// external link, the centres that administer it) and the centres' postal
// areas, with every refusal; what the professionals and the admins see
// follows at once.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { request, getCsrf, location, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { mailsTo, waitMails } from '../lib/mail.mjs';
import { CENTRE, CENTRE_ARMOR, OPERATOR, PRO, q, runTag, makePerson, setAccess, serviceId, orgId, accessState, errorsOf } from '../lib/directory.mjs';

const RUN = runTag();
const CODE = `T${RUN.toUpperCase()}`;
let operator, csrf;

before(async () => {
  operator = await session(OPERATOR);
  csrf = getCsrf((await request('/directory/service', { jar: operator })).text);
});

const service = (fields) => ({
  csrf, code: CODE, name_fr: `Service d'essai ${RUN}`, name_en: `Trial service ${RUN}`,
  description_fr: 'Une description en français.', description_en: 'A description in English.',
  link_kind: 'internal', href: '/account', position: '60', active: '1',
  ...fields,
});

test('the catalogue and its forms, in French and English', async () => {
  for (const lang of ['fr', 'en']) {
    const jar = operator.clone();
    jar.set('lang', lang);
    await assertHtmlPage(await request('/directory/services', { jar }), { status: 200, lang });
    await assertHtmlPage(await request('/directory/service', { jar }), { status: 200, lang });
    await assertHtmlPage(await request(`/directory/service?id=${serviceId('DCC')}`, { jar }), { status: 200, lang });
    await assertHtmlPage(await request('/directory/centres', { jar }), { status: 200, lang });
  }
  const admin = await session(CENTRE);
  assert.equal((await request('/directory/services', { jar: admin })).status, 403, 'a centre admin does not configure');
});

test('a service is refused for every bad value, and nothing is created', async () => {
  const n = sql('SELECT COUNT(*) FROM dir_service')[0][0];
  for (const [fields, field, key] of [
    [{ code: 'dcc' }, 'code', 'err.directory.service.code'],
    [{ code: 'A' }, 'code', 'err.directory.service.code'],
    [{ code: 'DCC' }, 'code', 'err.directory.service.taken'],
    [{ name_fr: '' }, 'name_fr', 'err.required'],
    [{ link_kind: 'external', href: 'http://plain.example.test/' }, 'href', 'err.directory.service.url'],
    [{ link_kind: 'external', href: 'javascript:alert(1)' }, 'href', 'err.directory.service.url'],
    [{ link_kind: 'internal', href: '//evil.example.test/' }, 'href', 'err.directory.service.path'],
    [{ position: '10000' }, 'position', 'err.int.invalid'],
    [{ 'centres[]': '999999' }, 'centres', 'err.choice.invalid'],
  ]) {
    const res = await request('/directory/service', { jar: operator, form: service(fields) });
    assert.equal(res.status, 422, JSON.stringify(fields));
    assert.ok(res.text.includes(th('fr', key)), `${field}: ${key}`);
  }
  assert.equal(sql('SELECT COUNT(*) FROM dir_service')[0][0], n);
});

test('a new service shows at once in the professionals\' list, in their language; its centres\' admins get its requests; offered no more, it goes', async () => {
  const armor = orgId('Centre de coordination Armor (démo)');
  let res = await request('/directory/service', { jar: operator, form: [...Object.entries(service({})), ['centres[]', String(armor)]] });
  assert.equal(res.status, 303, errorsOf(res.text).join());
  const id = Number(location(res).params.id);
  const pro = await session(PRO);
  const en = pro.clone();
  en.set('lang', 'en');
  let home = await request('/', { jar: en });
  assert.ok(home.text.includes(`Trial service ${RUN}`) && home.text.includes('A description in English.'));
  const ask = await request(`/directory/request?code=${CODE}`, { jar: pro });
  const before = { armor: mailsTo(CENTRE_ARMOR).length, centre: mailsTo(CENTRE).length };
  res = await request('/directory/request', { jar: pro, form: { csrf: getCsrf(ask.text), code: CODE } });
  assert.equal(res.status, 303);
  await waitMails(CENTRE_ARMOR, before.armor + 1);
  assert.equal(mailsTo(CENTRE).length, before.centre, 'Finistère does not administer it');
  // An internal module: accepted, its tile opens the portal's path.
  const person = Number(sql(`SELECT p.id FROM dir_person p JOIN users u ON u.id = p.user_id WHERE u.email = ${q(PRO)}`)[0][0]);
  setAccess(person, CODE, 'accepted');
  const open = await request(`/directory/open?code=${CODE}`, { jar: pro });
  assert.equal(open.status, 303);
  assert.equal(open.headers.get('location'), '/account');
  // Edited by two at once: the second is told.
  const page = await request(`/directory/service?id=${id}`, { jar: operator });
  const version = /name="version" value="(\d+)"/.exec(page.text)[1];
  res = await request('/directory/service', { jar: operator, form: [...Object.entries(service({ id, version, active: '' })).filter(([k]) => k !== 'active'), ['centres[]', String(armor)]] });
  assert.equal(res.status, 303);
  res = await request('/directory/service', { jar: operator, form: { ...service({ id, version }) } });
  assert.equal(res.status, 409);
  assert.ok(res.text.includes(th('fr', 'err.conflict')));
  home = await request('/', { jar: pro });
  assert.ok(!home.text.includes(`Service d'essai ${RUN}`), 'no longer offered: neither tile nor Add');
  assert.equal((await request(`/directory/open?code=${CODE}`, { jar: pro })).status, 404);
  assert.deepEqual(
    sql(`SELECT action FROM audit WHERE subject_type = 'dir_service' AND subject_id = ${id} ORDER BY id`).map((r) => r[0]),
    ['directory.service.created', 'directory.service.updated'],
  );
  sql(`DELETE FROM dir_access WHERE service_id = ${id}`);
});

test('centres\' areas: the longest prefix decides, records are routed again, bad and taken prefixes are refused', async () => {
  const name = `Centre de coordination Essai ${RUN} (démo)`;
  let page = await request('/directory/centres', { jar: operator });
  let res = await request('/directory/centres', { jar: operator, form: { csrf, action: 'add', name } });
  assert.equal(res.status, 303);
  res = await request('/directory/centres', { jar: operator, form: { csrf, action: 'add', name } });
  assert.equal(res.status, 422, 'the name is taken');
  const id = orgId(name);
  const person = makePerson({ ref_postal_code: '29870', ref_city: 'Lannilis' });
  assert.equal(sql(`SELECT centre_id FROM dir_person WHERE id = ${person}`)[0][0], String(orgId('Centre de coordination Finistère (démo)')));
  for (const [areas, key] of [['29', 'err.directory.centre.taken'], ['2987a', 'err.directory.centre.prefix'], ['298700', 'err.directory.centre.prefix']]) {
    res = await request('/directory/centres', { jar: operator, form: { csrf, action: 'areas', id, before: '', [`areas_${id}`]: areas } });
    assert.equal(res.status, 422, areas);
    assert.ok(res.text.includes(th('fr', key)), `${areas}: ${key}`);
  }
  assert.equal(sql(`SELECT COUNT(*) FROM dir_centre_area WHERE org_id = ${id}`)[0][0], '0', 'nothing kept of a refused area');
  res = await request('/directory/centres', { jar: operator, form: { csrf, action: 'areas', id, before: '', [`areas_${id}`]: '2987 29880' } });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT centre_id FROM dir_person WHERE id = ${person}`)[0][0], String(id), '29870 now belongs to the longer prefix');
  res = await request('/directory/centres', { jar: operator, form: { csrf, action: 'areas', id, before: '', [`areas_${id}`]: '2987' } });
  assert.equal(res.status, 409, 'the form showed another area');
  res = await request('/directory/centres', { jar: operator, form: { csrf, action: 'areas', id, before: '2987 29880', [`areas_${id}`]: '' } });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT centre_id FROM dir_person WHERE id = ${person}`)[0][0], String(orgId('Centre de coordination Finistère (démo)')), 'back to the shorter prefix');
  const audit = sql(`SELECT before_value, after_value FROM audit WHERE action = 'directory.centre.areas' AND subject_id = ${id} ORDER BY id`);
  assert.deepEqual(audit, [['', '2987 29880'], ['2987 29880', '']]);
  page = await request('/directory/centres', { jar: operator });
  assert.ok(page.text.includes(name));
});
