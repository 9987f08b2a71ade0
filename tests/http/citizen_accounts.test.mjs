// Citizen accounts (issue 5): opening one with an activation link through
// the existing /activate and /login; the professional's e-mail rule and an
// address already used, refused without saying whose it is (nor whether it
// exists); the profile, whose change of identifying details withdraws the
// identity validation; the family, whose people start "not validated";
// bad input refused on its field with nothing written; and the wall
// between accounts.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { AGENT, PASSWORD } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, login, location } from '../lib/http.mjs';
import { waitMails, mailsTo, tokenIn } from '../lib/mail.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { RUN, q, makeCitizen, addPerson, auditOf } from '../lib/citizen.mjs';

const XML = { accept: 'application/xml' };
const count = (table, where) => Number(sql(`SELECT COUNT(*) FROM ${table} WHERE ${where}`)[0][0]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let citizen; // { email, id, holder } and its session
let jar;

/** POSTs the sign-up form in a new browser; returns the answer. */
async function signup(fields, lang = 'fr') {
  const browser = new CookieJar({ lang });
  const page = await request('/citizen/signup', { jar: browser });
  assert.equal(page.status, 200);
  return request('/citizen/signup', { jar: browser, form: { csrf: getCsrf(page.text), ...fields } });
}

/** The csrf of a page of the jar. */
async function csrfOf(path, j = jar) {
  return getCsrf((await request(path, { jar: j })).text);
}

before(async () => {
  citizen = makeCitizen({ given: 'Colette', birth: '1979-02-11' });
  jar = await login(citizen.email, PASSWORD);
});

// ---- signing up -------------------------------------------------------------

test('a person signs up, gets the activation link by mail, chooses a password on /activate and is in, as a citizen', async () => {
  const email = `inscription-${RUN}@exemple.test`;
  const form = await request('/citizen/signup', { jar: new CookieJar({ lang: 'en' }) });
  await assertHtmlPage(form, { status: 200, lang: 'en' });
  assert.ok(form.text.includes(th('en', 'citizen_signup.pro_text')), 'the professional is told up front');
  const res = await signup({ given_name: 'Anaïs', family_name: `Nouvelle${RUN}`, birth_date: '1990-07-01', email }, 'en');
  assert.equal(res.status, 303);
  assert.equal(location(res).raw, '/citizen/signup?sent=1');
  const [mail] = await waitMails(email, 1);
  assert.equal(mail.subject, t('en', 'citizen_mail.signup_subject'));
  const token = tokenIn(mail, '/activate');
  const id = Number(sql(`SELECT id FROM users WHERE email = ${q(email)}`)[0][0]);
  assert.equal(sql(`SELECT o.kind, u.name, u.lang, u.password_hash IS NULL FROM users u JOIN org o ON o.id = u.org_id WHERE u.id = ${id}`)[0].join(), `public,Anaïs Nouvelle${RUN},en,1`);
  assert.equal(sql(`SELECT GROUP_CONCAT(r.code) FROM user_role ur JOIN role r ON r.id = ur.role_id WHERE ur.user_id = ${id}`)[0][0], 'citizen');
  assert.equal(sql(`SELECT relation, given_name, birth_date, identity_validated_at IS NULL FROM patient WHERE holder_of = ${id}`)[0].join(), 'self,Anaïs,1990-07-01,1');
  assert.deepEqual(auditOf('user', id).map((a) => a.action), ['citizen.signed_up']);

  // The existing activation screen, then straight in: citizens are offered MFA, not forced.
  const browser = new CookieJar({ lang: 'en' });
  const act = await request(`/activate?token=${token}`, { jar: browser });
  assert.equal(act.status, 200);
  const password = 'une promenade tranquille au bord de la baie';
  const done = await request('/activate', { jar: browser, form: { csrf: getCsrf(act.text), token, password, confirm: password } });
  assert.equal(done.status, 303);
  assert.equal(location(done).path, '/');
  const home = await request('/', { jar: browser });
  assert.equal(home.status, 200);
  for (const tile of ['citizen_search', 'citizen_appointments', 'citizen_family', 'citizen_profile'])
    assert.ok(home.text.includes(th('en', `tile.${tile}.title`)), tile);
  assert.ok(!home.text.includes(th('en', 'tile.citizen_follow.title')), 'no staff tile');
  // And the ordinary login works for a citizen.
  const again = await login(email, password);
  assert.equal((await request('/citizen/profile', { jar: again })).status, 200);
});

test('a health professional cannot open a citizen account with the address of their staff account: the owner is told by mail to use another address, and the page says nothing', async () => {
  const before = count('users', '1');
  sql(`DELETE FROM citizen_signup_mail WHERE email = ${q(AGENT)}`); // an earlier run's
  const had = mailsTo(AGENT).length;
  const known = await signup({ given_name: 'Dominique', family_name: 'Fictif', birth_date: '1980-01-01', email: AGENT });
  const unknown = await signup({ given_name: 'Dominique', family_name: 'Fictif', birth_date: '1980-01-01', email: `personne-${RUN}@exemple.test` });
  assert.equal(known.status, 303);
  assert.equal(location(known).raw, location(unknown).raw, 'the same answer for a used and a new address');
  assert.equal(count('users', '1'), before + 1, 'only the new address got an account');
  assert.equal(count('user_role ur JOIN users u ON u.id = ur.user_id JOIN role r ON r.id = ur.role_id', `u.email = ${q(AGENT)} AND r.code = 'citizen'`), 0);
  const mails = await waitMails(AGENT, had + 1);
  const mail = mails.at(-1);
  assert.equal(mail.subject, t('fr', 'citizen_mail.used_subject'));
  assert.ok(mail.text.includes(t('fr', 'citizen_mail.used_professional')), 'the professional is told to use another address');
  assert.ok(!mail.text.includes('/activate?token='), 'no link that would turn the account into something else');
  const refused = auditOf('user', Number(sql(`SELECT id FROM users WHERE email = ${q(AGENT)}`)[0][0])).at(-1);
  assert.equal(refused.action, 'citizen.signup_refused');
  assert.equal(refused.actor, 0);
  // A second try moments later sends no second mail (a public form must not flood a mailbox).
  await signup({ given_name: 'Dominique', family_name: 'Fictif', birth_date: '1980-01-01', email: AGENT.toUpperCase() });
  await sleep(400);
  assert.equal(mailsTo(AGENT).length, mails.length);
});

test('an address already used by a citizen account is refused without telling whose it is: its owner is invited to sign in', async () => {
  const other = makeCitizen();
  const res = await signup({ given_name: 'Intrus', family_name: 'Essai', birth_date: '1970-01-01', email: other.email });
  assert.equal(res.status, 303);
  const [mail] = await waitMails(other.email, 1);
  assert.ok(mail.text.includes(t('fr', 'citizen_mail.used_citizen')));
  assert.ok(mail.text.includes('/password/forgot'));
  assert.ok(!mail.text.includes('Intrus'), 'the mail does not echo what the stranger typed');
  assert.equal(sql(`SELECT name FROM users WHERE id = ${other.id}`)[0][0], `${other.given} ${other.family}`, 'the account did not change');
});

test('signing up again before activating replaces the pending details and sends the link again (once in a while)', async () => {
  const email = `encore-${RUN}@exemple.test`;
  await signup({ given_name: 'Premier', family_name: 'Essai', birth_date: '1991-01-01', email });
  await waitMails(email, 1);
  sql(`UPDATE citizen_signup_mail SET sent_at = UTC_TIMESTAMP() - INTERVAL 1 HOUR WHERE email = ${q(email)}`);
  await signup({ given_name: 'Second', family_name: 'Essai', birth_date: '1992-02-02', email });
  const mails = await waitMails(email, 2);
  const id = Number(sql(`SELECT id FROM users WHERE email = ${q(email)}`)[0][0]);
  assert.equal(sql(`SELECT given_name, birth_date FROM patient WHERE holder_of = ${id}`)[0].join(), 'Second,1992-02-02');
  assert.notEqual(tokenIn(mails[0], '/activate'), tokenIn(mails[1], '/activate'), 'a new link');
  assert.equal(count('users', `email = ${q(email)}`), 1);
});

test('bad sign-up input is refused on its field, in the page language, and writes nothing', async () => {
  const before = count('users', '1');
  const cases = [
    [{ given_name: '', family_name: 'Essai', birth_date: '1990-01-01', email: `a-${RUN}@exemple.test` }, 'given_name', 'err.required'],
    [{ given_name: 'A', family_name: 'B', birth_date: '2999-01-01', email: `b-${RUN}@exemple.test` }, 'birth_date', 'err.birth_date.future'],
    [{ given_name: 'A', family_name: 'B', birth_date: '31/12/1990', email: `c-${RUN}@exemple.test` }, 'birth_date', 'err.birth_date.invalid'],
    [{ given_name: 'A', family_name: 'B', birth_date: '1990-01-01', email: 'pas-une-adresse' }, 'email', 'err.email.invalid'],
    [{ given_name: 'x'.repeat(101), family_name: 'B', birth_date: '1990-01-01', email: `d-${RUN}@exemple.test` }, 'given_name', 'err.too_long'],
  ];
  for (const lang of ['fr', 'en'])
    for (const [fields, field, key] of cases) {
      const res = await signup(fields, lang);
      await assertHtmlPage(res, { status: 422, lang, what: `${field} ${key}` });
      assert.ok(res.text.includes(`href="#field-${field}"`), `${field}: the summary links to the field`);
      assert.ok(res.text.includes(th(lang, key)), `${field}: ${key} in ${lang}`);
    }
  assert.equal(count('users', '1'), before, 'no account written');
});

// ---- the profile ------------------------------------------------------------

test('the profile shows the holder\'s details and identity state; a change of identifying details withdraws the validation, in the audit trail', async () => {
  sql(`UPDATE patient SET identity_validated_at = UTC_TIMESTAMP(), identity_validated_org = (SELECT id FROM org WHERE kind = 'establishment' LIMIT 1) WHERE id = ${citizen.holder}`);
  const page = await request('/citizen/profile', { jar });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes(th('fr', 'citizen.identity.validated')));
  const xml = await request('/citizen/profile', { jar, headers: XML });
  const pv = /<patient_version>(\d+)</.exec(xml.text)[1];
  const av = /<account_version>(\d+)</.exec(xml.text)[1];
  const base = { csrf: getCsrf(page.text), action: 'save', patient_version: pv, account_version: av, given_name: 'Colette', family_name: citizen.family, birth_date: '1979-02-11', health_card: '', phone: '(506) 555-0177', sms_opt_in: '1', postal_code: 'e1c4b7', lang: 'fr' };

  // Contact details are not identifying: the validation stays.
  const contact = await request('/citizen/profile', { jar, form: base });
  assert.equal(contact.status, 303);
  assert.equal(location(contact).raw, '/citizen/profile?done=saved');
  assert.equal(sql(`SELECT phone, sms_opt_in, postal_code FROM citizen_account WHERE user_id = ${citizen.id}`)[0].join(), '+15065550177,1,E1C 4B7');
  assert.equal(sql(`SELECT identity_validated_at IS NOT NULL FROM patient WHERE id = ${citizen.holder}`)[0][0], '1');

  // A new birth date is: back to "not validated", before and after in the audit trail.
  const xml2 = await request('/citizen/profile', { jar, headers: XML });
  const res = await request('/citizen/profile', {
    jar,
    form: { ...base, patient_version: /<patient_version>(\d+)</.exec(xml2.text)[1], account_version: /<account_version>(\d+)</.exec(xml2.text)[1], birth_date: '1979-02-12' },
  });
  assert.equal(res.status, 303);
  assert.equal(location(res).raw, '/citizen/profile?done=withdrawn');
  assert.equal(sql(`SELECT identity_validated_at IS NULL, birth_date FROM patient WHERE id = ${citizen.holder}`)[0].join(), '1,1979-02-12');
  const row = auditOf('patient', citizen.holder).at(-1);
  assert.equal(row.action, 'patient.updated');
  assert.equal(row.actor, citizen.id);
  assert.equal(row.detail, 'validation withdrawn');
  assert.match(row.before, /"birth_date": ?"1979-02-11"/);
  assert.match(row.after, /"birth_date": ?"1979-02-12"/);
  const shown = await request('/citizen/profile?done=withdrawn', { jar });
  assert.ok(shown.text.includes(th('fr', 'citizen_profile.withdrawn')));
  assert.ok(shown.text.includes(th('fr', 'citizen.identity.not_validated')));

  // The form read before that change is now stale: 409, nothing written.
  const stale = await request('/citizen/profile', { jar, form: { ...base, family_name: 'Autrement' } });
  assert.equal(stale.status, 409);
  assert.ok(stale.text.includes(th('fr', 'err.conflict')));
  assert.equal(sql(`SELECT family_name FROM patient WHERE id = ${citizen.holder}`)[0][0], citizen.family);
});

test('bad profile input is refused on its field and changes nothing', async () => {
  const xml = await request('/citizen/profile', { jar, headers: XML });
  const v = { patient_version: /<patient_version>(\d+)</.exec(xml.text)[1], account_version: /<account_version>(\d+)</.exec(xml.text)[1] };
  const csrf = await csrfOf('/citizen/profile');
  const base = { csrf, action: 'save', ...v, given_name: 'Colette', family_name: citizen.family, birth_date: '1979-02-12', lang: 'fr' };
  for (const [fields, field, key] of [
    [{ phone: '555-0123' }, 'phone', 'err.phone.ten_digits'],
    [{ postal_code: 'ZZZ 999' }, 'postal_code', 'err.postal_code.invalid'],
    [{ health_card: '12-34' }, 'health_card', 'err.health_card.invalid'],
    [{ sms_opt_in: '1', phone: '' }, 'phone', 'err.citizen.sms_phone'],
    [{ lang: 'de' }, 'lang', 'err.choice.invalid'],
  ]) {
    const res = await request('/citizen/profile', { jar, form: { ...base, ...fields } });
    assert.equal(res.status, 422, `${field}: ${res.text.slice(0, 200)}`);
    assert.ok(res.text.includes(th('fr', key)), `${field}: ${key}`);
  }
  assert.equal(sql(`SELECT version FROM patient WHERE id = ${citizen.holder}`)[0][0], v.patient_version, 'nothing written');
});

// ---- the family ---------------------------------------------------------------

test('the holder adds a child, whose association starts not validated; editing identifying details withdraws a validation; removal is refused while an appointment is to come', async () => {
  const form = await request('/citizen/family?person=new', { jar });
  await assertHtmlPage(form, { status: 200 });
  const csrf = getCsrf(form.text);
  const bad = await request('/citizen/family', { jar, form: { csrf, action: 'add', given_name: 'Zoé', family_name: 'Essai', birth_date: '2017-04-01', relation: 'cousin' } });
  assert.equal(bad.status, 422);
  assert.ok(bad.text.includes(th('fr', 'err.choice.invalid')));
  const res = await request('/citizen/family', { jar, form: { csrf, action: 'add', given_name: 'Zoé', family_name: 'Essai', birth_date: '2017-04-01', health_card: '200 300 400', relation: 'child' } });
  assert.equal(res.status, 303);
  const id = Number(sql(`SELECT MAX(id) FROM patient WHERE account_id = ${citizen.id} AND given_name = 'Zoé'`)[0][0]);
  assert.equal(sql(`SELECT relation, health_card, association_validated_at IS NULL FROM patient WHERE id = ${id}`)[0].join(), 'child,200300400,1');
  assert.equal(auditOf('patient', id)[0].action, 'patient.added');
  const list = await request('/citizen/family', { jar });
  assert.ok(list.text.includes('Zoé Essai'));
  assert.ok(list.text.includes(th('fr', 'citizen.association.not_validated')), 'the state in words');

  sql(`UPDATE patient SET identity_validated_at = UTC_TIMESTAMP(), association_validated_at = UTC_TIMESTAMP() WHERE id = ${id}`);
  const edit = await request(`/citizen/family?person=${id}`, { jar, headers: XML });
  const version = /<version>(\d+)</.exec(edit.text)[1];
  const save = await request('/citizen/family', { jar, form: { csrf, action: 'save', id, version, given_name: 'Zoé', family_name: 'Essai', birth_date: '2017-04-01', health_card: '200300400', relation: 'other' } });
  assert.equal(location(save).raw, '/citizen/family?done=withdrawn', 'a change of relation withdraws the association');
  assert.equal(sql(`SELECT association_validated_at IS NULL, relation FROM patient WHERE id = ${id}`)[0].join(), '1,other');

  const service = Number(sql(`SELECT id FROM establishment_service ORDER BY id LIMIT 1`)[0][0]);
  sql(
    `INSERT INTO slot (service_id, org_id, starts_at, ends_at, seat) SELECT id, org_id, UTC_TIMESTAMP() + INTERVAL 9 DAY, UTC_TIMESTAMP() + INTERVAL 9 DAY + INTERVAL 10 MINUTE, 1 + FLOOR(RAND() * 65000) FROM establishment_service WHERE id = ${service};` +
      `INSERT INTO appointment (slot_id, org_id, service_id, starts_at, patient_id, account_id, contact_email) SELECT id, org_id, service_id, starts_at, ${id}, ${citizen.id}, ${q(citizen.email)} FROM slot WHERE id = LAST_INSERT_ID()`,
  );
  const v2 = /<version>(\d+)</.exec((await request(`/citizen/family?person=${id}`, { jar, headers: XML })).text)[1];
  const blocked = await request('/citizen/family', { jar, form: { csrf, action: 'remove', id, version: v2 } });
  assert.equal(blocked.status, 409);
  assert.ok(blocked.text.includes(th('fr', 'err.citizen_family.upcoming')));
  sql(`UPDATE appointment SET state = 'cancelled' WHERE patient_id = ${id}`);
  const removed = await request('/citizen/family', { jar, form: { csrf, action: 'remove', id, version: v2 } });
  assert.equal(location(removed).raw, '/citizen/family?done=removed');
  assert.equal(sql(`SELECT active FROM patient WHERE id = ${id}`)[0][0], '0', 'kept for history, no longer offered');
  assert.ok(!(await request('/citizen/family', { jar })).text.includes('Zoé Essai'));
});

test('a citizen never reaches another account\'s people: 404 on the page, the XML and the actions, and the list holds only their own', async () => {
  const other = makeCitizen({ given: 'Voisine' });
  const theirs = addPerson(other.id, 'child', 'Secret');
  const csrf = await csrfOf('/citizen/family');
  for (const path of [`/citizen/family?person=${theirs}`, `/citizen/family?person=${other.holder}`]) {
    assert.equal((await request(path, { jar })).status, 404, path);
    const xml = await request(path, { jar, headers: XML });
    assert.equal(xml.status, 404);
    assert.ok(!xml.text.includes('Secret') && !xml.text.includes(other.family));
  }
  for (const action of ['save', 'remove']) {
    const res = await request('/citizen/family', { jar, form: { csrf, action, id: theirs, version: 1, given_name: 'Pris', family_name: 'Essai', birth_date: '2018-05-04', relation: 'child' } });
    assert.equal(res.status, 404, action);
  }
  assert.equal(sql(`SELECT given_name, active FROM patient WHERE id = ${theirs}`)[0].join(), 'Secret,1');
  const mine = await request('/citizen/family', { jar, headers: XML });
  assert.ok(!mine.text.includes(other.email) && !mine.text.includes('Secret'));
  const profile = await request('/citizen/profile', { jar, headers: XML });
  assert.ok(profile.text.includes(citizen.email) && !profile.text.includes(other.email));
});

test('the staff screens are closed to citizens, and the citizen screens to staff and to anonymous visitors', async () => {
  for (const path of ['/establishment/follow', '/establishment/checkin?appointment=1', '/establishment/schedule', '/establishment/settings'])
    assert.equal((await request(path, { jar })).status, 403, path);
  for (const path of ['/citizen/profile', '/citizen/family', '/citizen/appointments']) {
    const res = await request(path, { jar: new CookieJar() });
    assert.equal(res.status, 303, path);
    assert.equal(location(res).path, '/login');
  }
});
