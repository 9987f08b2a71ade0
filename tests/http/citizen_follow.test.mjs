// The establishment's side (issue 5): the follow-up screen ("Suivi") with
// the identity and association of each appointment in words and icons;
// marking a patient present, which runs present → identity → association
// as one guided flow skipping what is valid; the identity and association
// dialogs with corrections in the audit trail; re-validation after a
// citizen changes identifying details; the wall between establishments;
// and the managers' slots and settings.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN, PASSWORD } from '../lib/env.mjs';
import { request, getCsrf, login, location, session } from '../lib/http.mjs';
import { waitMails, mailsTo } from '../lib/mail.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import {
  RUN, q, makeCitizen, addPerson, makeSlot, serviceId, orgId, auditOf, waitSms, phone, localDate,
  MONCTON, FREDERICTON, RECEPTION, MANAGER,
} from '../lib/citizen.mjs';

const XML = { accept: 'application/xml' };
const DAY = 24 * 60;

let staff, staffId, manager, flu, parent, parentJar, child, mobile;

/** An appointment of a patient on a new slot `minutes` from now (negative: begun already, so that
 * it is due today or earlier on the clock, whenever the test runs), as a booking would leave it. */
function appointment(patient, account, minutes, extra = {}) {
  const slot = makeSlot(extra.service || flu, minutes);
  sql(
    `INSERT INTO appointment (slot_id, org_id, service_id, starts_at, patient_id, account_id, contact_email, contact_phone, lang) ` +
      `SELECT id, org_id, service_id, starts_at, ${patient}, ${account ?? 'NULL'}, ${q(extra.email || `suivi-${RUN}@exemple.test`)}, ${q(extra.phone ?? null)}, 'fr' FROM slot WHERE id = ${slot}`,
  );
  const id = Number(sql(`SELECT id FROM appointment WHERE slot_id = ${slot}`)[0][0]);
  sql(`UPDATE slot SET appointment_id = ${id} WHERE id = ${slot}`);
  const starts = sql(`SELECT starts_at FROM appointment WHERE id = ${id}`)[0][0];
  return { id, slot, date: localDate(starts) };
}

/** The <appointment> of id in the follow-up XML of its day. */
async function row(a, jar = staff) {
  const xml = (await request(`/establishment/follow?date=${a.date}`, { jar, headers: XML })).text;
  const m = new RegExp(`<appointment><id>${a.id}</id>[\\s\\S]*?</appointment>`).exec(xml);
  return m?.[0] ?? null;
}
const field = (xml, name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

/** The person's version in the check-in XML. */
async function versionOf(a, who) {
  const xml = (await request(`/establishment/checkin?appointment=${a.id}`, { jar: staff, headers: XML })).text;
  return new RegExp(`<${who}><id>\\d+</id><version>(\\d+)</version>`).exec(xml)[1];
}

/** POSTs to the check-in. */
async function checkin(fields, jar = staff) {
  const page = await request('/establishment/follow', { jar });
  return request('/establishment/checkin', { jar, form: { csrf: getCsrf(page.text), ...fields } });
}

before(async () => {
  flu = serviceId(MONCTON, 'flu_vaccine');
  staff = await session(RECEPTION);
  staffId = Number(sql(`SELECT id FROM users WHERE email = ${q(RECEPTION)}`)[0][0]);
  manager = await session(MANAGER);
  mobile = phone();
  parent = makeCitizen({ given: 'Margaux', phone: mobile.e164 });
  child = addPerson(parent.id, 'child', 'Jules', '2017-03-03');
  parentJar = await login(parent.email, PASSWORD);
});

test('the follow-up screen shows each appointment of the day with the holder\'s identity and the patient\'s association, in words as well as icons', async () => {
  const walkIn = sql(`INSERT INTO patient (relation, given_name, family_name, birth_date) VALUES ('self', 'Sans', 'Compte${RUN}', '1960-01-01'); SELECT LAST_INSERT_ID()`)[0][0];
  const none = appointment(Number(walkIn), null, -20);
  const self = appointment(parent.holder, parent.id, -21);
  const forChild = appointment(child, parent.id, -22);
  for (const [a, identity, association] of [
    [none, 'none', 'none'],
    [self, 'not_validated', 'none'],
    [forChild, 'not_validated', 'not_validated'],
  ]) {
    const r = await row(a);
    assert.ok(r, `appointment ${a.id} on its day`);
    assert.equal(field(r, 'identity'), identity, `${a.id} identity`);
    assert.equal(field(r, 'association'), association, `${a.id} association`);
  }
  assert.equal(field(await row(forChild), 'holder'), `Margaux ${parent.family}`);
  for (const lang of ['fr', 'en']) {
    const jar = staff.clone();
    jar.set('lang', lang);
    const page = await request(`/establishment/follow?date=${forChild.date}`, { jar });
    await assertHtmlPage(page, { status: 200, lang });
    for (const key of ['citizen.identity.none', 'citizen.identity.not_validated', 'citizen.association.not_validated'])
      assert.ok(page.text.includes(th(lang, key)), `${lang}: ${key} written out`);
    assert.ok(page.text.includes(`/establishment/checkin?appointment=${forChild.id}&amp;mode=identity`), 'the red profile icon opens the identity dialog');
    assert.ok(page.text.includes(`/establishment/checkin?appointment=${forChild.id}&amp;mode=association`), 'the red card opens the association dialog');
    assert.match(page.text, /class="cz-icon cz-icon-not_validated"/);
  }
});

test('marking the child present runs the guided flow: identify the parent (with a correction), then validate the association; each step is in the audit trail with who did it', async () => {
  const a = appointment(child, parent.id, -25);
  const version = sql(`SELECT version FROM appointment WHERE id = ${a.id}`)[0][0];
  const present = await checkin({ action: 'present', mode: 'flow', appointment: a.id, version });
  assert.equal(present.status, 303);
  assert.equal(location(present).raw, `/establishment/checkin?appointment=${a.id}`);
  assert.equal(sql(`SELECT state, present_by FROM appointment WHERE id = ${a.id}`)[0].join(), `present,${staffId}`);

  const flow = await request(`/establishment/checkin?appointment=${a.id}`, { jar: staff });
  await assertHtmlPage(flow, { status: 200 });
  assert.ok(flow.text.includes(th('fr', 'citizen_checkin.step.present.done')));
  assert.match(flow.text, /<li class="cz-step cz-step-current" aria-current="step">/);
  assert.ok(flow.text.includes(th('fr', 'citizen_checkin.step.identity.current')));
  assert.ok(flow.text.includes(th('fr', 'citizen_checkin.step.association.todo')));
  assert.ok(flow.text.includes(th('fr', 'citizen_checkin.identity_check')), 'the box to tick');

  // The box must be ticked; nothing is written otherwise.
  const holderVersion = await versionOf(a, 'holder');
  const details = { given_name: 'Margaux', family_name: parent.family, birth_date: '1985-06-15', health_card: '' };
  const unticked = await checkin({ action: 'identity', mode: 'flow', appointment: a.id, version: holderVersion, ...details });
  assert.equal(unticked.status, 422);
  assert.ok(unticked.text.includes(th('fr', 'err.citizen_checkin.confirm')));
  // The association cannot come before the holder's identity.
  const early = await checkin({ action: 'association', mode: 'flow', appointment: a.id, version: await versionOf(a, 'patient'), confirm: '1', given_name: 'Jules', family_name: 'Essai', birth_date: '2017-03-03' });
  assert.equal(early.status, 422);
  assert.ok(early.text.includes(th('fr', 'err.citizen_checkin.identity_first')));
  assert.equal(sql(`SELECT identity_validated_at IS NULL FROM patient WHERE id = ${parent.holder}`)[0][0], '1');

  // The staff corrects the health number while confirming the identity.
  const identity = await checkin({ action: 'identity', mode: 'flow', appointment: a.id, version: holderVersion, ...details, health_card: '300 400 500', confirm: '1' });
  assert.equal(identity.status, 303);
  assert.equal(location(identity).raw, `/establishment/checkin?appointment=${a.id}`, 'on to the next step');
  assert.equal(sql(`SELECT health_card, identity_validated_by, identity_validated_org FROM patient WHERE id = ${parent.holder}`)[0].join(), `300400500,${staffId},${orgId(MONCTON)}`);
  const trail = auditOf('patient', parent.holder).slice(-2);
  assert.deepEqual(trail.map((x) => x.action), ['patient.corrected', 'patient.identity_validated']);
  assert.ok(trail.every((x) => x.actor === staffId));
  assert.match(trail[0].before, /"health_card": ?null/);
  assert.match(trail[0].after, /"health_card": ?"300400500"/);

  const step3 = await request(`/establishment/checkin?appointment=${a.id}`, { jar: staff });
  assert.ok(step3.text.includes(th('fr', 'citizen_checkin.step.identity.done')));
  const check = t('fr', 'citizen_checkin.association_check').replace('{patient}', 'Jules Essai').replace('{holder}', `Margaux ${parent.family}`);
  assert.ok(step3.text.includes(check.replace(/'/g, '&#39;')) || step3.text.includes(check), 'the box names the patient and the holder');
  const association = await checkin({ action: 'association', mode: 'flow', appointment: a.id, version: await versionOf(a, 'patient'), confirm: '1', given_name: 'Jules', family_name: 'Essai', birth_date: '2017-03-03', health_card: '' });
  assert.equal(association.status, 303);
  assert.equal(location(association).raw, `/establishment/follow?date=${a.date}&done=checked_in#a${a.id}`);
  assert.equal(sql(`SELECT association_validated_at IS NOT NULL, association_validated_by FROM patient WHERE id = ${child}`)[0].join(), `1,${staffId}`);
  assert.equal(auditOf('patient', child).at(-1).action, 'patient.association_validated');
  assert.ok(!auditOf('patient', child).some((x) => x.action === 'patient.corrected'), 'no correction, no correction row');
  assert.deepEqual(auditOf('appointment', a.id).map((x) => x.action), ['appointment.present']);
  const r = await row(a);
  assert.equal(`${field(r, 'identity')},${field(r, 'association')},${field(r, 'state')}`, 'validated,validated,present');
  const done = await request(`/establishment/follow?date=${a.date}&done=checked_in`, { jar: staff });
  assert.ok(done.text.includes(th('fr', 'citizen_follow.done_checked_in')));
});

test('a validation is needed once: the next appointment skips the valid steps, until the citizen changes identifying details, which turns the icons red again', async () => {
  const next = appointment(child, parent.id, -30);
  const present = await checkin({ action: 'present', mode: 'flow', appointment: next.id, version: sql(`SELECT version FROM appointment WHERE id = ${next.id}`)[0][0] });
  assert.equal(location(present).raw, `/establishment/follow?date=${next.date}&done=checked_in#a${next.id}`, 'nothing left to validate');

  // The parent corrects the child's birth date from the account.
  const edit = await request(`/citizen/family?person=${child}`, { jar: parentJar, headers: XML });
  const version = /<version>(\d+)</.exec(edit.text)[1];
  const page = await request('/citizen/family', { jar: parentJar });
  const saved = await request('/citizen/family', {
    jar: parentJar,
    form: { csrf: getCsrf(page.text), action: 'save', id: child, version, given_name: 'Jules', family_name: 'Essai', birth_date: '2017-03-04', relation: 'child' },
  });
  assert.equal(location(saved).raw, '/citizen/family?done=withdrawn');
  const change = auditOf('patient', child).at(-1);
  assert.equal(`${change.action},${change.actor},${change.detail}`, `patient.updated,${parent.id},validation withdrawn`);
  const later = appointment(child, parent.id, -35);
  assert.equal(field(await row(later), 'association'), 'not_validated', 'the card is red again');
  assert.equal(field(await row(later), 'identity'), 'validated', 'the parent\'s identity is untouched');
  // The holder's own new name does the same to the identity.
  const xml = (await request('/citizen/profile', { jar: parentJar, headers: XML })).text;
  const profile = await request('/citizen/profile', { jar: parentJar });
  const res = await request('/citizen/profile', {
    jar: parentJar,
    form: {
      csrf: getCsrf(profile.text), action: 'save', patient_version: /<patient_version>(\d+)</.exec(xml)[1], account_version: /<account_version>(\d+)</.exec(xml)[1],
      given_name: 'Margot', family_name: parent.family, birth_date: '1985-06-15', health_card: '300400500', phone: mobile.e164, lang: 'fr',
    },
  });
  assert.equal(location(res).raw, '/citizen/profile?done=withdrawn');
  const r = await row(later);
  assert.equal(`${field(r, 'identity')},${field(r, 'holder')}`, `not_validated,Margot ${parent.family}`);
});

test('the identity and association dialogs open on their own from the follow-up screen; a dialog without object is not found', async () => {
  const other = makeCitizen({ given: 'Inès' });
  const self = appointment(other.holder, other.id, -40);
  const dialog = await request(`/establishment/checkin?appointment=${self.id}&mode=identity`, { jar: staff });
  await assertHtmlPage(dialog, { status: 200 });
  assert.ok(dialog.text.includes(th('fr', 'citizen_checkin.title_identity')));
  assert.ok(dialog.text.includes(th('fr', 'citizen_checkin.identity_submit')));
  assert.ok(dialog.text.includes(other.email), 'the account\'s address, to check with the person');
  assert.ok(!dialog.text.includes('cz-steps'), 'a dialog, not the flow');
  assert.equal((await request(`/establishment/checkin?appointment=${self.id}&mode=association`, { jar: staff })).status, 404, 'the holder is the patient');
  const res = await checkin({ action: 'identity', mode: 'identity', appointment: self.id, version: await versionOf(self, 'holder'), confirm: '1', given_name: 'Inès', family_name: other.family, birth_date: '1985-06-15' });
  assert.equal(location(res).raw, `/establishment/follow?date=${self.date}&done=identity#a${self.id}`);
  assert.equal(sql(`SELECT state FROM appointment WHERE id = ${self.id}`)[0][0], 'booked', 'a dialog does not mark the patient present');
  const walkIn = Number(sql(`INSERT INTO patient (relation, given_name, family_name, birth_date) VALUES ('self', 'Passant', 'Essai', '1970-01-01'); SELECT LAST_INSERT_ID()`)[0][0]);
  const anonymous = appointment(walkIn, null, -41);
  for (const mode of ['identity', 'association'])
    assert.equal((await request(`/establishment/checkin?appointment=${anonymous.id}&mode=${mode}`, { jar: staff })).status, 404, mode);
  assert.equal((await request(`/establishment/checkin?appointment=${anonymous.id}&mode=other`, { jar: staff })).status, 400);
});

test('present is refused on a day still to come, on a cancelled appointment and from a stale form; nothing changes', async () => {
  const tomorrow = appointment(child, parent.id, 2 * DAY);
  const v = () => sql(`SELECT version FROM appointment WHERE id = ${tomorrow.id}`)[0][0];
  const future = await checkin({ action: 'present', mode: 'flow', appointment: tomorrow.id, version: v() });
  assert.equal(future.status, 422);
  assert.ok(future.text.includes(th('fr', 'err.citizen_checkin.not_today')));
  const today = appointment(child, parent.id, -45);
  const stale = await checkin({ action: 'present', mode: 'flow', appointment: today.id, version: 99 });
  assert.equal(stale.status, 409);
  assert.ok(stale.text.includes(th('fr', 'err.conflict')));
  sql(`UPDATE appointment SET state = 'cancelled', version = version + 1 WHERE id = ${today.id}`);
  const cancelled = await checkin({ action: 'present', mode: 'flow', appointment: today.id, version: sql(`SELECT version FROM appointment WHERE id = ${today.id}`)[0][0] });
  assert.equal(cancelled.status, 409);
  assert.ok(cancelled.text.includes(th('fr', 'err.citizen_checkin.not_booked')));
  assert.equal(sql(`SELECT COUNT(*) FROM appointment WHERE id IN (${tomorrow.id}, ${today.id}) AND state = 'present'`)[0][0], '0');
});

test('the staff of another establishment reaches none of this one\'s appointments: 404 on the dialogs, the XML and the actions, and nothing in its list', async () => {
  const email = `accueil-colline-${RUN}@exemple.test`;
  sql(
    `INSERT INTO users (org_id, email, name, lang, password_hash, activated_at) SELECT ${orgId(FREDERICTON)}, ${q(email)}, 'Camille Colline', 'fr', password_hash, UTC_TIMESTAMP() FROM users WHERE email = ${q(ADMIN)};` +
      `INSERT INTO user_role (user_id, role_id) SELECT u.id, r.id FROM users u JOIN role r ON r.code = 'establishment_staff' WHERE u.email = ${q(email)}`,
  );
  const elsewhere = await login(email, PASSWORD);
  const a = appointment(child, parent.id, -50);
  for (const path of [`/establishment/checkin?appointment=${a.id}`, `/establishment/checkin?appointment=${a.id}&mode=identity`]) {
    assert.equal((await request(path, { jar: elsewhere })).status, 404, path);
    const xml = await request(path, { jar: elsewhere, headers: XML });
    assert.equal(xml.status, 404);
    assert.ok(!xml.text.includes(parent.family) && !xml.text.includes(parent.email));
  }
  const list = await request(`/establishment/follow?date=${a.date}`, { jar: elsewhere, headers: XML });
  assert.equal(list.status, 200);
  assert.ok(!list.text.includes(`<id>${a.id}</id>`) && !list.text.includes(parent.family));
  const res = await checkin({ action: 'present', mode: 'flow', appointment: a.id, version: 1 }, elsewhere);
  assert.equal(res.status, 404);
  assert.equal(sql(`SELECT state FROM appointment WHERE id = ${a.id}`)[0][0], 'booked');
  for (const path of ['/establishment/schedule', '/establishment/settings'])
    assert.equal((await request(path, { jar: staff })).status, 403, `reception does not manage: ${path}`);
});

// ---- the managers' slots and settings -----------------------------------------------

test('a manager opens a series of slots on the establishment\'s clock; bad series are refused on their field and open nothing', async () => {
  const blood = serviceId(MONCTON, 'blood_test');
  const first = localDate(sql(`SELECT UTC_TIMESTAMP() + INTERVAL 30 DAY`)[0][0]);
  const last = localDate(sql(`SELECT UTC_TIMESTAMP() + INTERVAL 36 DAY`)[0][0]);
  const before = Number(sql(`SELECT COUNT(*) FROM slot WHERE service_id = ${blood}`)[0][0]);
  const page = await request(`/establishment/schedule?date=${first}`, { jar: manager });
  await assertHtmlPage(page, { status: 200, lang: 'en' });
  const csrf = getCsrf(page.text);
  const series = { csrf, action: 'open', service: blood, first, last, start: '07:00', end: '08:00', places: '2', 'weekday[]': ['1', '2', '3', '4', '5', '6', '0'] };
  const form = (s) => Object.entries(s).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]));
  for (const [change, fieldName, key] of [
    [{ end: '06:00' }, 'end', 'err.citizen_schedule.end'],
    [{ 'weekday[]': [] }, 'weekday', 'err.required'],
    [{ last: localDate(sql(`SELECT UTC_TIMESTAMP() + INTERVAL 200 DAY`)[0][0]) }, 'last', 'err.citizen_schedule.range'],
    [{ start: '7h' }, 'start', 'err.time.invalid'],
    [{ places: '50' }, 'places', 'err.int.invalid'],
    [{ service: String(serviceId(FREDERICTON, 'flu_vaccine')) }, 'service', 'err.choice.invalid'],
  ]) {
    const res = await request('/establishment/schedule', { jar: manager, form: form({ ...series, ...change }) });
    assert.equal(res.status, 422, `${fieldName}: ${res.status}`);
    assert.ok(res.text.includes(th('en', key)), `${fieldName}: ${key}`);
  }
  assert.equal(Number(sql(`SELECT COUNT(*) FROM slot WHERE service_id = ${blood}`)[0][0]), before);
  const ok = await request('/establishment/schedule', { jar: manager, form: form(series) });
  assert.equal(ok.status, 303);
  // 7 days × 4 quarter-hours × 2 places, at 7:00 local (11:00 UTC in winter, 10:00 in summer).
  const made = sql(`SELECT COUNT(*), COUNT(DISTINCT starts_at), MIN(HOUR(starts_at)) FROM slot WHERE service_id = ${blood} AND starts_at >= UTC_TIMESTAMP() + INTERVAL 29 DAY AND starts_at < UTC_TIMESTAMP() + INTERVAL 38 DAY AND seat <= 2 AND MINUTE(starts_at) % 15 = 0 AND HOUR(starts_at) IN (10, 11)`)[0];
  assert.equal(`${made[0]},${made[1]}`, '56,28');
  assert.ok(['10', '11'].includes(made[2]));
  assert.match(auditOf('establishment', orgId(MONCTON)).at(-1).detail, /^56 slots of service/);
  const again = await request('/establishment/schedule', { jar: manager, form: form(series) });
  assert.equal(again.status, 303);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM slot WHERE service_id = ${blood}`)[0][0]), before + 56, 'opening the same series again adds nothing');
});

test('cancelling a booked slot cancels its appointment, which the patient learns by mail and SMS; another establishment\'s slot is not found', async () => {
  const email = `annule-${RUN}@exemple.test`;
  const a = appointment(child, parent.id, 3 * DAY, { email, phone: mobile.e164 });
  const page = await request(`/establishment/schedule?date=${a.date}`, { jar: manager });
  assert.ok(page.text.includes(`name="slot" value="${a.slot}"`));
  const csrf = getCsrf(page.text);
  const version = sql(`SELECT version FROM slot WHERE id = ${a.slot}`)[0][0];
  const stale = await request('/establishment/schedule', { jar: manager, form: { csrf, action: 'cancel', slot: a.slot, version: Number(version) + 3 } });
  assert.equal(stale.status, 409);
  const res = await request('/establishment/schedule', { jar: manager, form: { csrf, action: 'cancel', slot: a.slot, version } });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT s.state, a.state, a.cancelled_by FROM slot s JOIN appointment a ON a.slot_id = s.id WHERE a.id = ${a.id}`)[0].join(), 'cancelled,cancelled,establishment');
  const [mail] = await waitMails(email, 1);
  assert.equal(mail.subject, t('fr', 'citizen_mail.cancelled_subject'));
  assert.ok(mail.text.includes(t('fr', 'citizen_mail.cancelled_by_establishment')));
  const sms = await waitSms(mobile.e164, 1);
  assert.ok(sms.at(-1).text.startsWith(t('fr', 'citizen_sms.cancelled')));
  assert.deepEqual(auditOf('slot', a.slot).map((x) => x.action), ['slot.cancelled']);
  assert.equal(auditOf('appointment', a.id).at(-1).detail, 'by the establishment');
  const theirs = makeSlot(serviceId(FREDERICTON, 'flu_vaccine'), 3 * DAY);
  const other = await request('/establishment/schedule', { jar: manager, form: { csrf, action: 'cancel', slot: theirs, version: 1 } });
  assert.equal(other.status, 404);
  assert.equal(sql(`SELECT state FROM slot WHERE id = ${theirs}`)[0][0], 'open');
  assert.equal(mailsTo(email).length, 1);
});

test('a manager changes the establishment\'s cut-off and details; a stale form or a bad value is refused', async () => {
  const xml = (await request('/establishment/settings', { jar: manager, headers: XML })).text;
  const version = /<establishment>[\s\S]*?<version>(\d+)<\/version>/.exec(xml)[1];
  const page = await request('/establishment/settings', { jar: manager });
  await assertHtmlPage(page, { status: 200 });
  const base = { csrf: getCsrf(page.text), action: 'save', version, address_line: '120, rue des Érables', city: 'Moncton', postal_code: 'E1C 4B7', phone: '506-555-0101', cutoff_hours: '36', published: '1' };
  for (const [change, key] of [[{ postal_code: '00000' }, 'err.postal_code.invalid'], [{ cutoff_hours: '1000' }, 'err.int.invalid'], [{ city: '' }, 'err.required']]) {
    const res = await request('/establishment/settings', { jar: manager, form: { ...base, ...change } });
    assert.equal(res.status, 422);
    assert.ok(res.text.includes(th('en', key)), key);
  }
  const ok = await request('/establishment/settings', { jar: manager, form: base });
  assert.equal(location(ok).raw, '/establishment/settings?done=saved');
  assert.equal(sql(`SELECT cutoff_hours FROM establishment_profile WHERE org_id = ${orgId(MONCTON)}`)[0][0], '36');
  const row2 = auditOf('establishment', orgId(MONCTON)).at(-1);
  assert.equal(row2.action, 'establishment.updated');
  assert.match(row2.before, /"cutoff_hours": ?24/);
  const stale = await request('/establishment/settings', { jar: manager, form: { ...base, cutoff_hours: '12' } });
  assert.equal(stale.status, 409);
  assert.equal(sql(`SELECT cutoff_hours FROM establishment_profile WHERE org_id = ${orgId(MONCTON)}`)[0][0], '36');
  sql(`UPDATE establishment_profile SET cutoff_hours = 24 WHERE org_id = ${orgId(MONCTON)}`);
});
