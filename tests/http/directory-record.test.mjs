// A record of the directory (issue 6): reference values read-only and
// marked, their values for modification beside, the effective value the
// override where set; the address overridden as a whole or not at all
// (the guide's mixed address cannot be made); activities' secure-messaging
// addresses; every bad value refused on its field with nothing changed;
// the second writer told; the audit row and the feed entry of a change.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { request, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { CENTRE, runTag, makePerson, formFields, withFields, savePerson, errorsOf } from '../lib/directory.mjs';

const RUN = runTag();
let admin, adminEn, id, activity;

const row = (cols) => sql(`SELECT ${cols} FROM dir_person WHERE id = ${id}`)[0];
const lastChange = () => sql(`SELECT seq, street_number, street_label, postal_code, city, family_name, mss FROM dir_change WHERE person_id = ${id} ORDER BY seq DESC LIMIT 1`)[0];

before(async () => {
  admin = await session(CENTRE);
  adminEn = admin.clone();
  adminEn.set('lang', 'en');
  id = makePerson({ ref_family_name: `Référence-${RUN}`, ref_mss: `ref-${RUN}@demo.mssante.test`, ref_street_number: '7', ref_street_type: 'rue', ref_street_label: 'du Référentiel', ref_postal_code: '29200', ref_city: 'Brest' });
  sql(`INSERT INTO dir_activity (person_id, position, structure, postal_code, city, ref_mss) VALUES (${id}, 1, 'Clinique de l''Essai ${RUN}', '29200', 'Brest', 'accueil-${RUN}@demo.mssante.test')`);
  activity = Number(sql(`SELECT id FROM dir_activity WHERE person_id = ${id}`)[0][0]);
});

test('the record shows each reference value read-only and marked, with its value for modification beside, in both languages', async () => {
  for (const [jar, lang] of [[admin, 'fr'], [adminEn, 'en']]) {
    const page = await request(`/directory/person?id=${id}`, { jar });
    await assertHtmlPage(page, { status: 200, lang });
    assert.match(page.text, new RegExp(`id="field-ovr_family_name-ref">${th(lang, 'directory_person.ovr_family_name.ref')}<span class="ref-mark"> \\(\\*\\)</span>[^<]*Référence-${RUN}<`));
    assert.match(page.text, /<input class="input" id="field-ovr_family_name" name="ovr_family_name" type="text" value=""/);
    assert.match(page.text, /aria-describedby="field-ovr_family_name-ref"/, 'the field tells its reference value');
    assert.ok(page.text.includes(th(lang, 'directory_person.addr_mode.help')));
    assert.doesNotMatch(page.text, /name="ref_/, 'no reference value can be sent');
  }
});

test('a value for modification becomes the effective value everywhere; emptied, the reference one is back', async () => {
  let res = await savePerson(admin, id, { ovr_family_name: `Modifié-${RUN}`, ovr_mss: `nouveau-${RUN}@demo.mssante.test` });
  assert.equal(res.status, 303, errorsOf(res.text).join());
  assert.deepEqual(row('ref_family_name, family_name, mss'), [`Référence-${RUN}`, `Modifié-${RUN}`, `nouveau-${RUN}@demo.mssante.test`]);
  const found = await request(`/directory?name=modifie-${RUN}`, { jar: admin });
  assert.match(found.text, new RegExp(`person\\?id=${id}"`));
  assert.equal(lastChange()[5], `Modifié-${RUN}`, 'the feed has the effective value');
  const audit = sql(`SELECT before_value, after_value FROM audit WHERE action = 'directory.person.updated' AND subject_id = ${id} ORDER BY id DESC LIMIT 1`)[0];
  assert.match(audit[0], /"ovr_family_name": null/);
  assert.match(audit[1], new RegExp(`"ovr_family_name": "Modifié-${RUN}"`));
  res = await savePerson(admin, id, { ovr_family_name: '', ovr_mss: '' });
  assert.equal(res.status, 303);
  assert.deepEqual(row('family_name, mss'), [`Référence-${RUN}`, `ref-${RUN}@demo.mssante.test`]);
});

test('the address is overridden as a whole: the effective and sent address is all override, never mixed', async () => {
  const res = await savePerson(admin, id, {
    addr_mode: 'override', ovr_street_number: '33', ovr_street_repeat: 'bis', ovr_street_type: 'avenue', ovr_street_label: 'du Nouveau Cabinet', ovr_postal_code: '56100', ovr_city: 'Lorient',
  });
  assert.equal(res.status, 303, errorsOf(res.text).join());
  assert.deepEqual(row('street_number, street_repeat, street_type, street_label, postal_code, city'), ['33', 'bis', 'avenue', 'du Nouveau Cabinet', '56100', 'Lorient']);
  assert.deepEqual(lastChange().slice(1, 5), ['33', 'du Nouveau Cabinet', '56100', 'Lorient']);
  assert.equal(row('(SELECT name FROM org WHERE id = centre_id)')[0], 'Centre de coordination Morbihan (démo)', 'routed by the new postal code');
  // An override with only some fields: its street type stays empty, not the
  // reference's "rue".
  let r = await savePerson(admin, id, { ovr_street_type: '', ovr_street_repeat: '' });
  assert.equal(r.status, 303);
  assert.deepEqual(row('street_number, street_repeat, street_type, street_label'), ['33', 'NULL', 'NULL', 'du Nouveau Cabinet']);
  // Back to the reference: all of it, and the override fields are gone.
  r = await savePerson(admin, id, { addr_mode: 'reference', ovr_street_number: '', ovr_street_type: '', ovr_street_label: '', ovr_postal_code: '', ovr_city: '' });
  assert.equal(r.status, 303, errorsOf(r.text).join());
  assert.deepEqual(row('street_number, street_type, street_label, postal_code, city, ovr_street_label, ovr_city'), ['7', 'rue', 'du Référentiel', '29200', 'Brest', 'NULL', 'NULL']);
});

test('a mixed address is refused, and so is an override without its postal code and town; nothing changes', async () => {
  const version = row('version')[0];
  for (const [changes, field, key] of [
    [{ addr_mode: 'reference', ovr_street_number: '12' }, 'addr_mode', 'err.directory.address.mixed'],
    [{ addr_mode: 'reference', ovr_city: 'Quimper' }, 'addr_mode', 'err.directory.address.mixed'],
    [{ addr_mode: 'override', ovr_street_label: 'de la Gare' }, 'ovr_postal_code', 'err.required'],
    [{ addr_mode: 'override', ovr_postal_code: '29000' }, 'ovr_city', 'err.required'],
  ]) {
    const res = await savePerson(adminEn, id, changes);
    assert.equal(res.status, 422, JSON.stringify(changes));
    await assertHtmlPage(res, { status: 422, lang: 'en' });
    assert.match(res.text, new RegExp(`href="#field-${field}">[^<]*${th('en', key).slice(0, 30)}`), `${field}: ${key}`);
  }
  assert.equal(row('version')[0], version);
  // Even SQL cannot store a mixed address.
  assert.throws(() => sql(`UPDATE dir_person SET ovr_city = 'Quimper' WHERE id = ${id}`), /dir_person_address_whole/);
});

test('every bad value is refused on its field, in the user\'s language, and changes nothing', async () => {
  const version = row('version')[0];
  const feed = lastChange()[0];
  for (const [field, value, key] of [
    ['ovr_phone', '02 98 xx', 'err.phone.invalid'],
    ['ovr_mss', 'pas-une-adresse', 'err.email.invalid'],
    ['email', 'a@b', 'err.email.invalid'],
    ['ovr_street_number', '7 bis', 'err.street_number.invalid'],
    ['ovr_birth_date', '31/02/1980', 'err.date.invalid'],
    ['ovr_profession', 'NOPE', 'err.choice.invalid'],
    ['ovr_family_name', 'x'.repeat(101), 'err.too_long'],
    ['type', 'robot', 'err.choice.invalid'],
    ['lang', 'de', 'err.choice.invalid'],
    [`mss_${activity}`, 'nope', 'err.email.invalid'],
  ]) {
    for (const [jar, lang] of [[admin, 'fr'], [adminEn, 'en']]) {
      const res = await savePerson(jar, id, { [field]: value });
      assert.equal(res.status, 422, `${field}=${value}`);
      assert.ok(res.text.includes(th(lang, key)), `${field} ${lang}`);
      assert.match(res.text, new RegExp(`id="field-${field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="field-${field}"|id="field-${field}-error"`));
    }
  }
  assert.equal(row('version')[0], version);
  assert.equal(lastChange()[0], feed, 'no feed entry');
});

test('the secure-messaging address of an activity is set and sent downstream', async () => {
  const res = await savePerson(admin, id, { [`mss_${activity}`]: `secretariat-${RUN}@demo.mssante.test` });
  assert.equal(res.status, 303, errorsOf(res.text).join());
  assert.deepEqual(sql(`SELECT ref_mss, mss FROM dir_activity WHERE id = ${activity}`)[0], [`accueil-${RUN}@demo.mssante.test`, `secretariat-${RUN}@demo.mssante.test`]);
  const seq = lastChange()[0];
  assert.equal(sql(`SELECT mss FROM dir_change_activity WHERE seq = ${seq}`)[0][0], `secretariat-${RUN}@demo.mssante.test`);
});

test('a save that changes nothing moves nothing; the second of two writers is told, with the current values', async () => {
  const [version] = row('version');
  const seq = lastChange()[0];
  const audits = sql(`SELECT COUNT(*) FROM audit WHERE subject_id = ${id} AND subject_type = 'dir_person'`)[0][0];
  let res = await savePerson(admin, id, {});
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location'), /done=unchanged/);
  assert.equal(row('version')[0], version);
  assert.equal(lastChange()[0], seq);
  assert.equal(sql(`SELECT COUNT(*) FROM audit WHERE subject_id = ${id} AND subject_type = 'dir_person'`)[0][0], audits);
  // Two admins opened the page; the first saves, then the second.
  const page = await request(`/directory/person?id=${id}`, { jar: admin });
  const fields = formFields(page.text, '/directory/person');
  res = await request('/directory/person', { jar: admin, form: withFields(fields, { ovr_phone: '02 98 11 22 33' }) });
  assert.equal(res.status, 303);
  res = await request('/directory/person', { jar: adminEn, form: withFields(fields, { ovr_phone: '02 98 44 55 66' }) });
  assert.equal(res.status, 409);
  assert.ok(res.text.includes(th('en', 'err.conflict')));
  assert.match(res.text, /value="02 98 11 22 33"/, 'the page shows what the first saved');
  assert.equal(row('phone')[0], '02 98 11 22 33');
});

test('unknown or malformed ids', async () => {
  assert.equal((await request('/directory/person?id=999999999', { jar: admin })).status, 404);
  assert.equal((await request('/directory/person?id=abc', { jar: admin })).status, 400);
  assert.equal((await request('/directory/person', { jar: admin })).status, 400);
});
