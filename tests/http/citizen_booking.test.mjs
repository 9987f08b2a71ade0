// Finding and booking appointments (issue 5): the search near a postal
// code (nearest first, by the shipped table of postal areas), a service's
// free times, booking for oneself, for another person of the account, for
// a new person, and without an account (whose link manages it); the
// refusals (a time that passed, a cancelled slot, a person not on the
// account, a taken slot — two citizens at once: one gets it, the other is
// told and shown other times); the account's list; confirming and
// cancelling up to the establishment's cut-off; confirmation by mail and
// SMS through the capture scripts.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, PASSWORD, XML_BASE } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, login, location } from '../lib/http.mjs';
import { waitMails, mailsTo } from '../lib/mail.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import {
  RUN, q, makeCitizen, addPerson, makeSlot, serviceId, orgId, auditOf, waitSms, smsTo, phone, localDate,
  MONCTON, FREDERICTON, SAINT_JOHN, CARAQUET,
} from '../lib/citizen.mjs';

const XML = { accept: 'application/xml' };
const DAY = 24 * 60;
const count = (table, where) => Number(sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`)[0][0]);

let flu; // the Moncton clinic's flu vaccination (cut-off 24 hours)
let blood; // its blood tests
let citizen, jar, child, mobile;

before(async () => {
  flu = serviceId(MONCTON, 'flu_vaccine');
  blood = serviceId(MONCTON, 'blood_test');
  mobile = phone();
  citizen = makeCitizen({ given: 'Bérénice', phone: mobile.e164, sms: true, postal: 'E1A 7K3' });
  child = addPerson(citizen.id, 'child', 'Noé', '2016-08-20');
  jar = await login(citizen.email, PASSWORD);
});

/** The booking form of a slot in a jar; returns its page. */
async function bookingPage(slot, j) {
  const page = await request(`/citizen/book?slot=${slot}`, { jar: j });
  return page;
}

/** POSTs a booking from the jar (which opened the form first). */
async function book(slot, j, fields) {
  const page = await bookingPage(slot, j);
  return request('/citizen/book', { jar: j, form: { csrf: getCsrf(page.text), slot, ...fields } });
}

/** The fields of a booking without an account. */
function anonymous(email, extra = {}) {
  return { given_name: 'Yannick', family_name: `SansCompte${RUN}`, birth_date: '1975-10-10', contact_email: email, ...extra };
}

// ---- search -------------------------------------------------------------------

test('the search lists establishments nearest first from the postal code, with distances and next free times; an area not in the table lists them by name and says so', async () => {
  const order = (html, names) => names.map((n) => html.indexOf(n.replace(/'/g, '&#39;'))).map((i, k) => [i, names[k]]).filter(([i]) => i >= 0).sort((a, b) => a[0] - b[0]).map(([, n]) => n);
  const all = [MONCTON, FREDERICTON, SAINT_JOHN, CARAQUET];
  const dieppe = await request('/citizen/search?postal_code=E1A+2B3', { jar: new CookieJar() });
  await assertHtmlPage(dieppe, { status: 200, lang: 'fr' });
  assert.deepEqual(order(dieppe.text, all), [MONCTON, SAINT_JOHN, FREDERICTON, CARAQUET]);
  assert.ok(dieppe.text.includes('Dieppe (E1A)'));
  assert.match(dieppe.text, /à environ [0-9] km/, 'Moncton is a few kilometres from Dieppe');
  const fredericton = await request('/citizen/search?postal_code=e3b', { jar: new CookieJar({ lang: 'en' }) });
  await assertHtmlPage(fredericton, { status: 200, lang: 'en' });
  assert.equal(order(fredericton.text, all)[0], FREDERICTON);
  assert.ok(fredericton.text.includes(th('en', 'citizen_search.next_free')));
  // Only those offering the service.
  const fluOnly = await request('/citizen/search?postal_code=E1W+1B6&service=flu_vaccine', { jar: new CookieJar() });
  assert.ok(!fluOnly.text.includes(CARAQUET), 'Caraquet offers no flu vaccination');
  assert.ok(fluOnly.text.includes(MONCTON));
  // Montréal is not in the table: by name, said so.
  const unknown = await request('/citizen/search?postal_code=H2X+1Y4', { jar: new CookieJar() });
  assert.equal(unknown.status, 200);
  assert.ok(unknown.text.includes(th('fr', 'citizen_search.area_unknown')));
  assert.deepEqual(order(unknown.text, all), [...all].sort((a, b) => a.localeCompare(b, 'fr')));
  // A citizen's own postal code fills the form.
  assert.ok((await request('/citizen/search', { jar })).text.includes('value="E1A 7K3"'));
});

test('a bad postal code or service is refused on its field, in both languages', async () => {
  for (const lang of ['fr', 'en']) {
    for (const [qs, field, key] of [
      ['postal_code=123456', 'postal_code', 'err.postal_code.invalid'],
      ['postal_code=', 'postal_code', 'err.required'],
      ['postal_code=E1C&service=tattoo', 'service', 'err.choice.invalid'],
    ]) {
      const res = await request(`/citizen/search?${qs}`, { jar: new CookieJar({ lang }) });
      await assertHtmlPage(res, { status: 422, lang, what: qs });
      assert.ok(res.text.includes(`href="#field-${field}"`) && res.text.includes(th(lang, key)), qs);
    }
  }
  assert.equal((await request('/citizen/search?postal_code=E1C&page=0', { jar: new CookieJar() })).status, 400);
});

test('a service shows its free times by local day; a booked, cancelled or past slot is not offered', async () => {
  const free = makeSlot(flu, 3 * DAY + 60);
  const taken = makeSlot(flu, 3 * DAY + 90);
  const cancelled = makeSlot(flu, 3 * DAY + 120);
  sql(`UPDATE slot SET state = 'cancelled' WHERE id = ${cancelled}`);
  sql(`UPDATE slot SET appointment_id = 1 WHERE id = ${taken}`);
  const day = localDate(sql(`SELECT starts_at FROM slot WHERE id = ${free}`)[0][0]);
  const res = await request(`/citizen/slots?service=${flu}&from=${day}`, { jar: new CookieJar() });
  await assertHtmlPage(res, { status: 200 });
  assert.ok(res.text.includes(`/citizen/book?slot=${free}"`));
  assert.ok(!res.text.includes(`/citizen/book?slot=${taken}"`) && !res.text.includes(`/citizen/book?slot=${cancelled}"`));
  assert.equal((await request('/citizen/slots?service=999999', { jar: new CookieJar() })).status, 404);
  assert.equal((await request('/citizen/slots?service=abc', { jar: new CookieJar() })).status, 400);
});

test('the search, the free times and the booking form are the same pages whether the program or nginx\'s xslt filter renders them', async () => {
  const slot = makeSlot(flu, 3 * DAY + 200);
  const day = localDate(sql(`SELECT starts_at FROM slot WHERE id = ${slot}`)[0][0]);
  for (const [path, j] of [
    ['/citizen/search?postal_code=E1C+4B7&service=flu_vaccine', new CookieJar({ lang: 'en' })],
    [`/citizen/slots?service=${flu}&from=${day}`, new CookieJar()],
    [`/citizen/book?slot=${slot}`, jar],
  ]) {
    await request(path, { jar: j }); // the pre cookie first, so both carry one token
    const app = await request(path, { jar: j, base: BASE });
    const xml = await request(path, { jar: j, base: XML_BASE });
    await assertHtmlPage(xml, { status: 200, what: `${path} (render=xml)` });
    assert.equal(xml.text, app.text, `${path}: the same HTML from both renderers`);
  }
});

// ---- booking with an account --------------------------------------------------

test('a citizen books for themselves with the form filled in from the account; the confirmation goes by mail and by SMS', async () => {
  const slot = makeSlot(flu, 4 * DAY);
  const page = await bookingPage(slot, jar);
  await assertHtmlPage(page, { status: 200 });
  assert.ok(page.text.includes(`value="${citizen.email}"`), 'the e-mail of the account');
  assert.ok(page.text.includes(`value="${mobile.e164}"`), 'the phone of the account');
  assert.match(page.text, new RegExp(`name="for" value="${citizen.holder}" checked`), 'oneself first');
  assert.ok(page.text.includes(th('fr', 'citizen_book.other_patient')), '"another patient" is offered');
  const res = await book(slot, jar, { for: citizen.holder, contact_email: citizen.email, contact_phone: mobile.typed, sms: '1' });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  const id = Number(location(res).params.id);
  assert.equal(location(res).raw, `/citizen/appointments?id=${id}&done=booked`);
  assert.equal(sql(`SELECT patient_id, account_id, contact_phone, state FROM appointment WHERE id = ${id}`)[0].join(), `${citizen.holder},${citizen.id},${mobile.e164},booked`);
  assert.equal(sql(`SELECT appointment_id FROM slot WHERE id = ${slot}`)[0][0], String(id));
  assert.equal(auditOf('appointment', id)[0].action, 'appointment.booked');
  const [mail] = await waitMails(citizen.email, 1);
  assert.equal(mail.subject, t('fr', 'citizen_mail.booked_subject'));
  assert.ok(mail.text.includes(`/citizen/appointments?id=${id}`));
  assert.ok(mail.text.includes(MONCTON) && mail.text.includes('Bérénice'));
  const [sms] = await waitSms(mobile.e164, 1);
  assert.ok(sms.text.startsWith(t('fr', 'citizen_sms.booked')), sms.text);
  assert.ok(sms.text.includes(`/citizen/appointments?id=${id}`));
  const shown = await request(`/citizen/appointments?id=${id}&done=booked`, { jar });
  assert.ok(shown.text.includes(th('fr', 'citizen_appointments.booked')));
});

test('a parent books for their child, another patient of the account, and for a new person, who joins the account not validated', async () => {
  const forChild = await book(makeSlot(blood, 5 * DAY), jar, { for: child, contact_email: citizen.email });
  assert.equal(forChild.status, 303);
  const a = Number(location(forChild).params.id);
  assert.equal(sql(`SELECT patient_id, account_id, contact_phone IS NULL FROM appointment WHERE id = ${a}`)[0].join(), `${child},${citizen.id},1`, 'no SMS asked');
  const newcomer = await book(makeSlot(blood, 5 * DAY + 30), jar, {
    for: 'new', given_name: 'Aurèle', family_name: 'Essai', birth_date: '1950-03-03', relation: 'parent', contact_email: citizen.email,
  });
  assert.equal(newcomer.status, 303);
  const b = Number(location(newcomer).params.id);
  const [p, relation, assoc] = sql(`SELECT p.id, p.relation, p.association_validated_at IS NULL FROM appointment a JOIN patient p ON p.id = a.patient_id WHERE a.id = ${b}`)[0];
  assert.equal(`${relation},${assoc}`, 'parent,1');
  assert.equal(sql(`SELECT account_id FROM patient WHERE id = ${p}`)[0][0], String(citizen.id));
  assert.equal(auditOf('patient', Number(p))[0].action, 'patient.added');
  assert.ok((await request('/citizen/family', { jar })).text.includes('Aurèle Essai'));
});

test('booking for a person who is not on the account, a past slot, a cancelled slot or an overlapping time is refused clearly, and nothing is written', async () => {
  const other = makeCitizen();
  const stranger = addPerson(other.id, 'child', 'Inconnu');
  const slot = makeSlot(flu, 6 * DAY);
  const before = count('appointment', '1');
  const notMine = await book(slot, jar, { for: stranger, contact_email: citizen.email });
  assert.equal(notMine.status, 422);
  assert.ok(notMine.text.includes(th('fr', 'err.citizen_book.not_on_account')));
  assert.ok(!notMine.text.includes('Inconnu'), 'nothing about that person is shown');
  const past = makeSlot(flu, -60);
  const res = await book(past, jar, { for: citizen.holder, contact_email: citizen.email });
  assert.equal(res.status, 422);
  assert.ok(res.text.includes(th('fr', 'err.citizen_slot.past')));
  assert.match(res.text, /name="slot" value="\d+"/, 'other times are offered');
  const cancelled = makeSlot(flu, 6 * DAY + 30);
  sql(`UPDATE slot SET state = 'cancelled' WHERE id = ${cancelled}`);
  const res2 = await book(cancelled, jar, { for: citizen.holder, contact_email: citizen.email });
  assert.equal(res2.status, 422);
  assert.ok(res2.text.includes(th('fr', 'err.citizen_slot.cancelled')));
  // The holder already has the flu vaccination booked at 4 days: the same time elsewhere overlaps.
  const mine = sql(`SELECT s.starts_at FROM appointment a JOIN slot s ON s.id = a.slot_id WHERE a.patient_id = ${citizen.holder} AND a.state = 'booked' ORDER BY a.id LIMIT 1`)[0][0];
  const seat = 1 + Math.floor(Math.random() * 65000);
  sql(`INSERT INTO slot (service_id, org_id, starts_at, ends_at, seat) SELECT id, org_id, ${q(mine)}, ${q(mine)} + INTERVAL 15 MINUTE, ${seat} FROM establishment_service WHERE id = ${blood}`);
  const overlap = Number(sql(`SELECT MAX(id) FROM slot WHERE seat = ${seat} AND service_id = ${blood}`)[0][0]);
  const res3 = await book(overlap, jar, { for: citizen.holder, contact_email: citizen.email });
  assert.equal(res3.status, 422);
  assert.ok(res3.text.includes(th('fr', 'err.citizen_book.overlap')));
  assert.equal(count('appointment', '1'), before, 'no appointment written');
  assert.equal((await request('/citizen/book?slot=99999999', { jar })).status, 404);
});

// ---- booking without an account --------------------------------------------------

test('anyone books without an account; the mail and the SMS carry the link that shows, confirms and cancels it; a wrong key finds nothing', async () => {
  const email = `sans-compte-${RUN}@exemple.test`;
  const mobile2 = phone();
  const slot = makeSlot(flu, 7 * DAY);
  const browser = new CookieJar({ lang: 'en' });
  const page = await bookingPage(slot, browser);
  await assertHtmlPage(page, { status: 200, lang: 'en' });
  assert.ok(page.text.includes(th('en', 'citizen_book.anonymous_intro')));
  assert.ok(!page.text.includes('name="for"'), 'no account, no people to choose from');
  const res = await request('/citizen/book', { jar: browser, form: { csrf: getCsrf(page.text), slot, ...anonymous(email, { contact_phone: mobile2.typed, sms: '1' }) } });
  assert.equal(res.status, 303, res.text.slice(0, 300));
  const to = location(res);
  assert.equal(to.path, '/citizen/manage');
  const id = Number(to.params.a);
  assert.equal(sql(`SELECT account_id IS NULL, manage_salt IS NOT NULL, lang FROM appointment WHERE id = ${id}`)[0].join(), '1,1,en');
  assert.equal(sql(`SELECT p.account_id IS NULL, p.given_name FROM appointment a JOIN patient p ON p.id = a.patient_id WHERE a.id = ${id}`)[0].join(), '1,Yannick');
  const [mail] = await waitMails(email, 1);
  assert.equal(mail.subject, t('en', 'citizen_mail.booked_subject'));
  const link = new RegExp(`/citizen/manage\\?a=${id}&key=${to.params.key}`);
  assert.match(mail.text, link);
  assert.match((await waitSms(mobile2.e164, 1))[0].text, link);
  const manage = await request(to.raw, { jar: new CookieJar({ lang: 'en' }) });
  await assertHtmlPage(manage, { status: 200, lang: 'en' });
  assert.ok(manage.text.includes(th('en', 'citizen_manage.booked')));
  // The key is the appointment's: another appointment, another key, a made-up key: not found.
  const forged = to.params.key.slice(0, -2) + (to.params.key.endsWith('AA') ? 'BB' : 'AA');
  for (const url of [`/citizen/manage?a=${id}&key=${forged}`, `/citizen/manage?a=${id + 1}&key=${to.params.key}`, `/citizen/manage?a=${id}`])
    assert.equal((await request(url, { jar: new CookieJar() })).status, 404, url);
  // Confirm, then cancel: the slot is free again and a mail says so.
  const csrf = getCsrf(manage.text);
  const version = () => sql(`SELECT version FROM appointment WHERE id = ${id}`)[0][0];
  const confirm = await request('/citizen/manage', { jar: new CookieJar({ lang: 'en' }), form: { csrf: 'x', a: id, key: to.params.key, action: 'confirm', version: version() } });
  assert.equal(confirm.status, 403, 'the CSRF token of the page is needed');
  const browser2 = new CookieJar({ lang: 'en' });
  const page2 = await request(to.raw, { jar: browser2 });
  const ok = await request('/citizen/manage', { jar: browser2, form: { csrf: getCsrf(page2.text), a: id, key: to.params.key, action: 'confirm', version: version() } });
  assert.equal(ok.status, 303);
  assert.equal(sql(`SELECT confirmed_at IS NOT NULL FROM appointment WHERE id = ${id}`)[0][0], '1');
  const cancel = await request('/citizen/manage', { jar: browser2, form: { csrf: getCsrf(page2.text), a: id, key: forged, action: 'cancel', version: version() } });
  assert.equal(cancel.status, 404, 'a forged key cancels nothing');
  const done = await request('/citizen/manage', { jar: browser2, form: { csrf: getCsrf(page2.text), a: id, key: to.params.key, action: 'cancel', version: version() } });
  assert.equal(done.status, 303);
  assert.equal(sql(`SELECT a.state, a.cancelled_by, s.appointment_id IS NULL FROM appointment a JOIN slot s ON s.id = a.slot_id WHERE a.id = ${id}`)[0].join(), 'cancelled,citizen,1');
  const mails = await waitMails(email, 2);
  assert.equal(mails[1].subject, t('en', 'citizen_mail.cancelled_subject'));
  assert.equal(sql(`SELECT COUNT(*) FROM audit WHERE subject_type = 'appointment' AND subject_id = ${id} AND action IN ('appointment.confirmed', 'appointment.cancelled')`)[0][0], '2');
});

test('bad input when booking without an account is refused on its field and writes nothing', async () => {
  const slot = makeSlot(flu, 7 * DAY + 30);
  const before = count('patient', '1');
  for (const [fields, field, key] of [
    [anonymous(''), 'contact_email', 'err.required'],
    [anonymous('x@y'), 'contact_email', 'err.email.invalid'],
    [anonymous(`a-${RUN}@exemple.test`, { contact_phone: '12345' }), 'contact_phone', 'err.phone.ten_digits'],
    [anonymous(`a-${RUN}@exemple.test`, { sms: '1' }), 'contact_phone', 'err.citizen.sms_phone'],
    [anonymous(`a-${RUN}@exemple.test`, { family_name: '' }), 'family_name', 'err.required'],
    [anonymous(`a-${RUN}@exemple.test`, { birth_date: '2090-01-01' }), 'birth_date', 'err.birth_date.future'],
  ]) {
    const res = await book(slot, new CookieJar(), fields);
    await assertHtmlPage(res, { status: 422, what: `${field} ${key}` });
    assert.ok(res.text.includes(`href="#field-${field}"`) && res.text.includes(th('fr', key)), `${field} ${key}`);
  }
  assert.equal(count('patient', '1'), before);
  assert.equal(sql(`SELECT appointment_id IS NULL FROM slot WHERE id = ${slot}`)[0][0], '1');
});

// ---- the race --------------------------------------------------------------------

test('two or more people booking one slot at the same moment: one gets it, every other is told and shown other times', async () => {
  const slot = makeSlot(flu, 8 * DAY);
  makeSlot(flu, 8 * DAY + 60); // another free time to offer
  const browsers = await Promise.all(
    Array.from({ length: 6 }, async (_, i) => {
      const j = new CookieJar();
      const page = await bookingPage(slot, j);
      return { j, csrf: getCsrf(page.text), email: `course-${RUN}-${i}@exemple.test` };
    }),
  );
  const answers = await Promise.all(
    browsers.map((b) => request('/citizen/book', { jar: b.j, form: { csrf: b.csrf, slot, ...anonymous(b.email) } })),
  );
  const statuses = answers.map((r) => r.status).sort();
  assert.deepEqual(statuses, [303, 409, 409, 409, 409, 409], `statuses: ${statuses}`);
  for (const lost of answers.filter((r) => r.status === 409)) {
    assert.ok(lost.text.includes(th('fr', 'err.citizen_slot.taken')));
    assert.match(lost.text, /type="radio" id="field-slot" name="slot" value="\d+"/, 'other times to choose from');
    assert.ok(lost.text.includes(`SansCompte${RUN}`), 'what they typed is kept');
  }
  assert.equal(count('appointment', `slot_id = ${slot}`), 1, 'one appointment for the slot');
  assert.equal(count('patient', `family_name = 'SansCompte${RUN}' AND id IN (SELECT patient_id FROM appointment WHERE slot_id = ${slot})`), 1);
});

// ---- the account's list, confirming and cancelling -------------------------------

test('the account lists every appointment of its people, upcoming soonest first and past latest first; another account\'s appointment is not found', async () => {
  const past = makeSlot(blood, -3 * DAY);
  sql(`INSERT INTO appointment (slot_id, org_id, service_id, starts_at, patient_id, account_id, contact_email, state, present_at) SELECT id, org_id, service_id, starts_at, ${child}, ${citizen.id}, ${q(citizen.email)}, 'present', starts_at FROM slot WHERE id = ${past}`);
  const list = await request('/citizen/appointments', { jar });
  await assertHtmlPage(list, { status: 200 });
  const xml = (await request('/citizen/appointments', { jar, headers: XML })).text;
  const upcoming = /<upcoming>([\s\S]*?)<\/upcoming>/.exec(xml)[1];
  const pastList = /<history>([\s\S]*?)<\/history>/.exec(xml)[1];
  const times = [...upcoming.matchAll(/<starts_at[^>]*>([^<]+)</g)].map((m) => m[1]);
  assert.ok(times.length >= 3);
  assert.deepEqual(times, [...times].sort(), 'soonest first');
  assert.ok(/<state>present<\/state>/.test(pastList) && pastList.includes('Noé'));
  assert.ok(list.text.includes(th('fr', 'citizen.state.present')));
  const other = makeCitizen();
  const theirs = makeSlot(flu, 9 * DAY);
  sql(`INSERT INTO appointment (slot_id, org_id, service_id, starts_at, patient_id, account_id, contact_email) SELECT id, org_id, service_id, starts_at, ${other.holder}, ${other.id}, ${q(other.email)} FROM slot WHERE id = ${theirs}`);
  const id = Number(sql(`SELECT id FROM appointment WHERE slot_id = ${theirs}`)[0][0]);
  assert.ok(!xml.includes(other.email));
  assert.equal((await request(`/citizen/appointments?id=${id}`, { jar })).status, 404);
  assert.equal((await request(`/citizen/appointments?id=${id}`, { jar, headers: XML })).status, 404);
  const csrf = getCsrf(list.text);
  assert.equal((await request('/citizen/appointments', { jar, form: { csrf, action: 'cancel', id, version: 1 } })).status, 404);
  assert.equal(sql(`SELECT state FROM appointment WHERE id = ${id}`)[0][0], 'booked');
});

test('a citizen confirms and cancels before the establishment\'s cut-off; after it they are told to call; a stale form is refused', async () => {
  const later = await book(makeSlot(flu, 9 * DAY), jar, { for: child, contact_email: citizen.email });
  const id = Number(location(later).params.id);
  const page = await request(`/citizen/appointments?id=${id}`, { jar });
  assert.ok(page.text.includes(th('fr', 'citizen_appt.confirm')) && page.text.includes(th('fr', 'citizen_appt.cancel')));
  const csrf = getCsrf(page.text);
  const v = () => sql(`SELECT version FROM appointment WHERE id = ${id}`)[0][0];
  const stale = await request('/citizen/appointments', { jar, form: { csrf, action: 'confirm', id, version: Number(v()) + 5 } });
  assert.equal(stale.status, 409);
  assert.ok(stale.text.includes(th('fr', 'err.citizen_appointment.changed')));
  const confirm = await request('/citizen/appointments', { jar, form: { csrf, action: 'confirm', id, version: v() } });
  assert.equal(location(confirm).raw, `/citizen/appointments?id=${id}&done=confirmed`);
  const mailsBefore = mailsTo(citizen.email).length;
  const cancel = await request('/citizen/appointments', { jar, form: { csrf, action: 'cancel', id, version: v() } });
  assert.equal(location(cancel).raw, `/citizen/appointments?id=${id}&done=cancelled`);
  assert.equal(sql(`SELECT a.state, s.appointment_id IS NULL FROM appointment a JOIN slot s ON s.id = a.slot_id WHERE a.id = ${id}`)[0].join(), 'cancelled,1');
  const mails = await waitMails(citizen.email, mailsBefore + 1);
  assert.equal(mails.at(-1).subject, t('fr', 'citizen_mail.cancelled_subject'));

  // Within the Moncton clinic's 24 hours: too late online.
  const soon = await book(makeSlot(flu, 120), jar, { for: child, contact_email: citizen.email });
  const late = Number(location(soon).params.id);
  const shown = await request(`/citizen/appointments?id=${late}`, { jar });
  assert.ok(!shown.text.includes(th('fr', 'citizen_appt.cancel')));
  assert.ok(shown.text.includes('506-555-0101'), 'the establishment\'s phone is given');
  for (const action of ['cancel', 'confirm']) {
    const res = await request('/citizen/appointments', { jar, form: { csrf, action, id: late, version: sql(`SELECT version FROM appointment WHERE id = ${late}`)[0][0] } });
    assert.equal(res.status, 409, action);
    assert.ok(res.text.includes(th('fr', 'err.citizen_appointment.too_late')));
  }
  assert.equal(sql(`SELECT state, confirmed_at IS NULL FROM appointment WHERE id = ${late}`)[0].join(), 'booked,1');
  // The cut-off is the establishment's: Fredericton's 12 hours let a booking in 20 hours be cancelled.
  const fred = serviceId(FREDERICTON, 'flu_vaccine');
  const far = await book(makeSlot(fred, 20 * 60), jar, { for: child, contact_email: citizen.email });
  const fid = Number(location(far).params.id);
  const fc = await request('/citizen/appointments', { jar, form: { csrf, action: 'cancel', id: fid, version: sql(`SELECT version FROM appointment WHERE id = ${fid}`)[0][0] } });
  assert.equal(fc.status, 303);
  assert.equal(orgId(FREDERICTON) > 0, true);
});
