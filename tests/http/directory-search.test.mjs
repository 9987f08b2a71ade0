// The person search of the directory (issue 6): every filter of the guide,
// accents and case that do not matter, RPPS and ADELI numbers checked,
// sorting, paging and the count; custom lists with their counts on the
// menu; the XML holds only what an admin may see.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { request, getCsrf, location, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { CENTRE, CENTRE_ARMOR, PRO, q, runTag, makePerson, setAccess, errorsOf, listed, freshRpps, freshAdeli } from '../lib/directory.mjs';

const RUN = runTag();
const R = RUN.toUpperCase();
let admin, adminEn;
const ids = {};
const RPPS = freshRpps();
const ADELI = freshAdeli();

before(async () => {
  admin = await session(CENTRE);
  adminEn = admin.clone();
  adminEn.set('lang', 'en');
  // Records of this run: the same invented family name, told apart by the
  // other values, so that each filter has its own answer.
  ids.helene = makePerson({ ref_family_name: `Zéphyrin-${R}`, ref_birth_name: `Kerjégu-${R}`, ref_given_name: 'Hélène', ref_profession: '10', ref_specialty: 'SM02', ref_orientation: 'OR01', rpps: RPPS, ref_birth_date: '1970-03-04', login: `helene.zephyrin-${RUN}` });
  ids.loic = makePerson({ ref_family_name: `Zéphyrin-${R}`, ref_given_name: 'Loïc', ref_profession: '60', adeli: ADELI, type: 'agent', activity_state: 'inactive', ref_postal_code: '56100', ref_city: 'Lorient', ref_birth_date: '1985-11-30', login: `loic.zephyrin-${RUN}` });
  ids.anne = makePerson({ ref_family_name: `Zephyrin-${R}`, ref_given_name: 'Anne', ref_profession: '21', ref_postal_code: '35000', ref_city: 'Rennes', ref_birth_date: '1990-01-01', login: `anne.zephyrin-${RUN}` });
  sql(`INSERT INTO dir_activity (person_id, position, structure, city) VALUES (${ids.anne}, 1, 'Clinique Ker-${RUN} (démo)', 'Rennes')`);
  setAccess(ids.helene, 'DCC', 'to_process');
  setAccess(ids.loic, 'DCC', 'accepted');
});

/** The ids of this run's records a search lists. */
async function found(query, jar = admin) {
  const res = await request(`/directory?${query}`, { jar });
  assert.equal(res.status, 200, `${query}: ${errorsOf(res.text).join()}`);
  const mine = new Set(Object.values(ids));
  return listed(res.text).filter((id) => mine.has(id)).sort((a, b) => a - b);
}

const sorted = (...xs) => xs.sort((a, b) => a - b);

test('the search page lists the persons with their count, in French and English', async () => {
  const fr = await request(`/directory?name=zephyrin-${RUN}`, { jar: admin });
  await assertHtmlPage(fr, { status: 200, lang: 'fr' });
  assert.ok(fr.text.includes('Liste des personnes (3 enregistrements)'));
  for (const k of ['directory.place', 'directory.matricule', 'directory.adeli', 'directory.rpps', 'directory.login', 'directory.birth_name', 'directory.given', 'directory.specialty', 'directory.orientation', 'directory.state'])
    assert.ok(fr.text.includes(th('fr', k)), k);
  const en = await request(`/directory?name=zephyrin-${RUN}`, { jar: adminEn });
  await assertHtmlPage(en, { status: 200, lang: 'en' });
  assert.ok(en.text.includes('List of persons (3 records)'));
});

test('every filter of the guide selects what it says', async () => {
  const n = `name=zephyrin-${RUN}`;
  const cases = [
    [`${n}`, sorted(ids.helene, ids.loic, ids.anne)],
    [`place=ker-${RUN}`, [ids.anne]],
    [`${n}&type=agent`, [ids.loic]],
    [`matricule=PAS${String(ids.anne).padStart(7, '0')}`, [ids.anne]],
    [`adeli=${ADELI}&${n}`, [ids.loic]],
    [`rpps=${RPPS}`, [ids.helene]],
    [`login=loic.zephyrin-${RUN}`, [ids.loic]],
    [`birth_name=KERJEGU-${RUN}`, [ids.helene]],
    [`${n}&given=HELENE`, [ids.helene]],
    [`${n}&given=lo`, [ids.loic]],
    [`${n}&profession=21`, [ids.anne]],
    [`${n}&specialty=SM02`, [ids.helene]],
    [`${n}&orientation=OR01`, [ids.helene]],
    [`${n}&state=inactive`, [ids.loic]],
    [`${n}&state=active`, sorted(ids.helene, ids.anne)],
    [`${n}&svc=DCC&access=to_process`, [ids.helene]],
    [`${n}&svc=DCC&access=accepted`, [ids.loic]],
    [`${n}&svc=DCC&access=never_requested`, [ids.anne]],
    [`${n}&svc=DCC`, sorted(ids.helene, ids.loic)],
    [`${n}&area=mine`, [ids.helene]], // Finistère: 29200
  ];
  for (const [query, want] of cases) assert.deepEqual(await found(query), want, query);
  const armor = await session(CENTRE_ARMOR);
  assert.deepEqual(await found(`${n}&area=mine`, armor), [], 'no record of this run in Armor');
});

test('accents and case do not matter, in names and places', async () => {
  for (const v of [`ZÉPHYRIN-${R}`, `zéphyrin-${RUN}`, `Zephyrin-${RUN}`, `zEpHyRiN-${RUN}`])
    assert.deepEqual(await found(`name=${encodeURIComponent(v)}`), sorted(ids.helene, ids.loic, ids.anne), v);
  assert.deepEqual(await found(`place=${encodeURIComponent(`KER-${R} (DÉMO)`)}`), [ids.anne]);
  assert.deepEqual(await found(`name=zephyrin-${RUN}&given=${encodeURIComponent('LOÏC')}`), [ids.loic]);
  // LIKE's wildcards are letters like others.
  assert.deepEqual(await found('name=%25'), []);
  assert.deepEqual(await found('name=_'), []);
});

test('RPPS and ADELI numbers are checked; a bad filter is reported on its field, in the user\'s language', async () => {
  for (const [query, key] of [
    ['rpps=10003540549', 'err.rpps.invalid'],
    ['rpps=1000354054', 'err.rpps.invalid'],
    ['adeli=296123459', 'err.adeli.invalid'],
    ['adeli=2A6123458', 'err.adeli.invalid'],
    ['profession=NOPE', 'err.choice.invalid'],
    ['svc=NOPE', 'err.choice.invalid'],
    ['access=maybe', 'err.choice.invalid'],
    ['type=robot', 'err.choice.invalid'],
    [`name=${'x'.repeat(101)}`, 'err.too_long'],
  ]) {
    for (const [jar, lang] of [[admin, 'fr'], [adminEn, 'en']]) {
      const res = await request(`/directory?${query}`, { jar });
      assert.equal(res.status, 422, query);
      assert.ok(res.text.includes(th(lang, key)), `${query} ${lang}`);
      assert.match(res.text, /aria-invalid="true"/);
    }
  }
  await assertHtmlPage(await request('/directory?rpps=123', { jar: adminEn }), { status: 422, lang: 'en' });
  for (const bad of ['sort=password', 'sort=name&dir=up', 'page=0', 'page=x', 'list=0', 'list=abc'])
    assert.equal((await request(`/directory?${bad}`, { jar: admin })).status, 400, bad);
  assert.equal((await request('/directory?list=999999999', { jar: admin })).status, 404);
});

test('every column sorts both ways, in the right order', async () => {
  for (const key of ['name', 'type', 'birth_name', 'birth_date', 'given', 'state', 'login', 'matricule', 'updated'])
    for (const dir of ['asc', 'desc']) {
      const res = await request(`/directory?name=zephyrin-${RUN}&sort=${key}&dir=${dir}`, { jar: admin });
      assert.equal(res.status, 200, `${key} ${dir}`);
      assert.match(res.text, new RegExp(`aria-sort="${dir === 'asc' ? 'ascending' : 'descending'}"`));
    }
  const byBirth = await request(`/directory?name=zephyrin-${RUN}&sort=birth_date&dir=desc`, { jar: admin });
  assert.deepEqual(listed(byBirth.text), [ids.anne, ids.loic, ids.helene]);
  const byGiven = await request(`/directory?name=zephyrin-${RUN}&sort=given`, { jar: admin });
  assert.deepEqual(listed(byGiven.text), [ids.anne, ids.helene, ids.loic]);
});

test('a long result comes in pages of 25 with links that keep the filters', async () => {
  const values = Array.from({ length: 30 }, (_, i) => `('health', 'reference', 'page.${RUN}.${i}', 'Page-${R}', 'Essai', '60', '29200', 'Brest', UTC_TIMESTAMP(), UTC_TIMESTAMP())`);
  sql(`INSERT INTO dir_person (type, origin, login, ref_family_name, ref_given_name, ref_profession, ref_postal_code, ref_city, created_at, updated_at) VALUES ${values.join(',')}`);
  const one = await request(`/directory?name=page-${RUN}&sort=login`, { jar: admin });
  assert.equal(listed(one.text).length, 25);
  assert.ok(one.text.includes('(30 enregistrements)'));
  const next = /<a rel="next" href="([^"]+)"/.exec(one.text)[1].replace(/&amp;/g, '&');
  assert.match(next, new RegExp(`name=page-${RUN}`));
  const two = await request(next, { jar: admin });
  assert.equal(listed(two.text).length, 5);
  assert.equal(new Set([...listed(one.text), ...listed(two.text)]).size, 30);
});

test('custom lists: saved from a search, counted on the menu, shown, renamed and deleted, with their refusals', async () => {
  const page = await request(`/directory?name=zephyrin-${RUN}&svc=DCC&access=to_process`, { jar: admin });
  const csrf = getCsrf(page.text);
  const query = /name="query" value="([^"]*)"/.exec(page.text)[1].replace(/&amp;/g, '&');
  assert.equal(query, `name=zephyrin-${RUN}&svc=DCC&access=to_process`);
  const name = `Demandes ${RUN}`;
  let res = await request('/directory/lists', { jar: admin, form: { csrf, action: 'create', list_name: name, query } });
  assert.equal(res.status, 303);
  const id = Number(location(res).params.list);
  const shown = await request(location(res).raw, { jar: admin });
  await assertHtmlPage(shown, { status: 200 });
  assert.deepEqual(listed(shown.text), [ids.helene]);
  assert.match(shown.text, new RegExp(`href="/directory\\?list=${id}" aria-current="page">Demandes ${RUN} <span class="tag">1<`), 'the count on the menu');
  // Its count follows the directory, on every page of the directory.
  setAccess(ids.anne, 'DCC', 'to_process');
  const menu = await request('/directory/import', { jar: admin });
  assert.match(menu.text, new RegExp(`Demandes ${RUN} <span class="tag">2<`));
  res = await request('/directory/lists', { jar: admin, form: { csrf, action: 'create', list_name: name, query } });
  assert.equal(res.status, 422, 'the name is taken');
  assert.ok(res.text.includes(th('fr', 'err.directory.list.taken')));
  res = await request('/directory/lists', { jar: admin, form: { csrf, action: 'create', list_name: `Vide ${RUN}`, query: 'rpps=123' } });
  assert.equal(res.status, 422, 'a list must keep a valid search');
  res = await request('/directory/lists', { jar: admin, form: { csrf, action: 'create', list_name: '', query } });
  assert.equal(res.status, 422);
  const lists = await request('/directory/lists', { jar: admin });
  await assertHtmlPage(lists, { status: 200 });
  const version = new RegExp(`name="id" value="${id}"><input type="hidden" name="version" value="(\\d+)"`).exec(lists.text)[1];
  res = await request('/directory/lists', { jar: admin, form: { csrf, action: 'rename', id, version, [`name_${id}`]: `Renommée ${RUN}` } });
  assert.equal(res.status, 303);
  res = await request('/directory/lists', { jar: admin, form: { csrf, action: 'rename', id, version, [`name_${id}`]: `Encore ${RUN}` } });
  assert.equal(res.status, 409, 'the second writer is told');
  assert.equal(sql(`SELECT name FROM dir_list WHERE id = ${id}`)[0][0], `Renommée ${RUN}`);
  res = await request('/directory/lists', { jar: admin, form: { csrf, action: 'delete', id, version: Number(version) + 1 } });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT COUNT(*) FROM dir_list WHERE id = ${id}`)[0][0], '0');
  assert.deepEqual(
    sql(`SELECT action FROM audit WHERE subject_type = 'dir_list' AND subject_id = ${id} ORDER BY id`).map((r) => r[0]),
    ['directory.list.created', 'directory.list.renamed', 'directory.list.deleted'],
  );
  assert.equal((await request(`/directory?list=${id}`, { jar: admin })).status, 404);
});

test('the XML of the search holds the listed records and nothing an admin may not see', async () => {
  const res = await request(`/directory?name=zephyrin-${RUN}`, { jar: admin, headers: { accept: 'application/xml' } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /application\/xml/);
  assert.match(res.text, /<persons><person><id>/);
  assert.doesNotMatch(res.text, /password|origin_ip|mfa|token/i);
  // A professional has no directory search, and no other record.
  const pro = await session(PRO);
  assert.equal((await request('/directory', { jar: pro })).status, 403);
  assert.equal((await request(`/directory/person?id=${ids.helene}`, { jar: pro })).status, 403);
  const me = await request('/directory/me', { jar: pro, headers: { accept: 'application/xml' } });
  assert.equal(me.status, 200);
  assert.ok(me.text.includes(PRO));
  const others = sql(`SELECT email FROM dir_person WHERE email IS NOT NULL AND email <> ${q(PRO)}`).map((r) => r[0]);
  assert.deepEqual(others.filter((e) => me.text.includes(e)), [], 'no other record\'s address');
  await assertHtmlPage(await request('/directory/me', { jar: pro }), { status: 200 });
});
