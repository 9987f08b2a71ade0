// Directory and service access (issue 6): a professional asks for a
// service from the home page; every admin of the centres administering it
// is mailed at once, with the requester's details, the centre of their
// postal code and a link to the request; an admin accepts, and the tile is
// active on the professional's next page, without signing in again;
// refused takes the access away, with its audit rows; a professional never
// seen before gets an account and an activation link from the admin's
// save; the public form creates a record to process.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN } from '../lib/env.mjs';
import { CookieJar, request, getCsrf, location, login, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { mailsTo, waitMails, tokenIn } from '../lib/mail.mjs';
import {
  CENTRE, CENTRE_ARMOR, PRO, q, runTag, serviceId, accessState, makePerson, setAccess,
  formFields, withFields, savePerson, errorsOf,
} from '../lib/directory.mjs';

const RUN = runTag();
let pro, centre, armor, proPerson;

before(async () => {
  proPerson = Number(sql(`SELECT p.id FROM dir_person p JOIN users u ON u.id = p.user_id WHERE u.email = ${q(PRO)}`)[0][0]);
  sql(`DELETE FROM dir_access WHERE person_id = ${proPerson} AND service_id IN (SELECT id FROM dir_service WHERE code IN ('DCC', 'TLM'))`);
  [pro, centre, armor] = [await session(PRO), await session(CENTRE), await session(CENTRE_ARMOR)];
});

test('the home page shows the profile tile, the granted services as tiles and the others with Add, in French and English', async () => {
  const fr = await request('/', { jar: pro });
  await assertHtmlPage(fr, { status: 200, lang: 'fr' });
  assert.ok(fr.text.includes(th('fr', 'home.profile')));
  assert.match(fr.text, /href="\/directory\/me">Anaïs Fictive</);
  assert.match(fr.text, /href="\/directory\/open\?code=ROR"/, 'a tile for a granted service');
  assert.doesNotMatch(fr.text, /href="\/directory\/open\?code=DCC"/, 'no tile for a service not granted');
  assert.match(fr.text, /href="\/directory\/request\?code=DCC">Ajouter/, 'the carousel offers it');
  assert.ok(!fr.text.includes('code=PORTAL'), 'portal access is not a service to add');
  const en = pro.clone();
  en.set('lang', 'en');
  const page = await request('/', { jar: en });
  await assertHtmlPage(page, { status: 200, lang: 'en' });
  assert.ok(page.text.includes(th('en', 'home.others')));
  assert.match(page.text, /Shared cancer care record/);
});

test('Add asks for confirmation with the guide\'s words, then records the request and mails every admin of the service at once', async () => {
  const ask = await request('/directory/request?code=DCC', { jar: pro });
  await assertHtmlPage(ask, { status: 200 });
  assert.ok(ask.text.includes(th('fr', 'directory_request.question')));
  assert.ok(ask.text.includes(th('fr', 'directory_request.effect')));
  assert.equal(accessState(proPerson, 'DCC'), 'never_requested', 'nothing is recorded by looking');
  const before = { fr: mailsTo(CENTRE).length, en: mailsTo(CENTRE_ARMOR).length };
  const res = await request('/directory/request', { jar: pro, form: { csrf: getCsrf(ask.text), code: 'DCC' } });
  assert.equal(res.status, 303);
  assert.equal(location(res).raw, '/?done=requested');
  assert.equal(accessState(proPerson, 'DCC'), 'to_process');
  const home = await request('/?done=requested', { jar: pro });
  assert.ok(home.text.includes(th('fr', 'flash.directory.requested')));
  assert.ok(home.text.includes(th('fr', 'home.service.pending')));
  // Both centres administering DCC; each admin in their own language.
  const [fr] = (await waitMails(CENTRE, before.fr + 1)).slice(-1);
  const [en] = (await waitMails(CENTRE_ARMOR, before.en + 1)).slice(-1);
  assert.equal(fr.subject, 'Demande d\'accès à traiter : Dossier communicant de cancérologie');
  assert.equal(en.subject, 'Access request to process: Shared cancer care record');
  for (const m of [fr, en]) {
    for (const s of ['Anaïs FICTIVE', 'pro@demo.passerelle.test', '29200', 'Brest', 'Centre de coordination Finistère (démo)'])
      assert.ok(m.text.includes(s) && m.html.includes(s), `${s} in both parts`);
    assert.match(m.text, new RegExp(`/directory/person\\?id=${proPerson}#access`));
  }
  assert.ok(fr.text.includes('Médecin') && en.text.includes('Physician'), 'the profession in the admin\'s language');
  assert.ok(mailsTo('centre-morbihan@demo.passerelle.test').length === 0);
  const audit = sql(`SELECT before_value, after_value, detail FROM audit WHERE action = 'directory.access.requested' AND subject_id = ${proPerson} ORDER BY id DESC LIMIT 1`)[0];
  assert.deepEqual(audit, ['never_requested', 'to_process', 'DCC']);
});

test('a request already made is refused with 409, and mails nobody again', async () => {
  const page = await request('/', { jar: pro });
  const before = mailsTo(CENTRE).length;
  const res = await request('/directory/request', { jar: pro, form: { csrf: getCsrf(page.text), code: 'DCC' } });
  assert.equal(res.status, 409);
  assert.ok(res.text.includes(th('fr', 'err.directory.request.state')));
  const shown = await request('/directory/request?code=DCC', { jar: pro });
  assert.ok(shown.text.includes(th('fr', 'directory_request.state.to_process')));
  assert.equal(mailsTo(CENTRE).length, before);
  for (const code of ['PORTAL', 'NOPE', 'x'.repeat(17)]) {
    const r = await request(`/directory/request?code=${code}`, { jar: pro });
    assert.ok([400, 404].includes(r.status), code);
  }
});

test('the postal code tells the centre: the admins\' area filter shows the request to the right one', async () => {
  const mine = await request('/directory?svc=DCC&access=to_process&area=mine&name=Fictive', { jar: centre });
  assert.match(mine.text, new RegExp(`person\\?id=${proPerson}"`), 'Finistère sees its professional');
  const other = await request('/directory?svc=DCC&access=to_process&area=mine&name=Fictive', { jar: armor });
  assert.doesNotMatch(other.text, new RegExp(`person\\?id=${proPerson}"`), 'Armor does not in its area');
  const all = await request('/directory?svc=DCC&access=to_process&name=Fictive', { jar: armor });
  assert.match(all.text, new RegExp(`person\\?id=${proPerson}"`), 'but does among every area');
});

test('accepted: the tile is active on the professional\'s next page, without signing in again; refused takes it away', async () => {
  const dcc = serviceId('DCC');
  const res = await savePerson(centre, proPerson, { [`access_${dcc}`]: 'accepted' });
  assert.equal(res.status, 303, errorsOf(res.text).join());
  assert.equal(accessState(proPerson, 'DCC'), 'accepted');
  const home = await request('/', { jar: pro }); // the same session as before
  assert.match(home.text, /href="\/directory\/open\?code=DCC"/);
  const open = await request('/directory/open?code=DCC', { jar: pro });
  assert.equal(open.status, 303);
  assert.equal(open.headers.get('location'), 'https://dcc.demo.passerelle.test/');

  const refused = await savePerson(armor, proPerson, { [`access_${dcc}`]: 'refused' });
  assert.equal(refused.status, 303);
  const after = await request('/', { jar: pro });
  assert.doesNotMatch(after.text, /href="\/directory\/open\?code=DCC"/, 'the tile is gone');
  assert.ok(after.text.includes(th('fr', 'home.service.refused')));
  const closed = await request('/directory/open?code=DCC', { jar: pro });
  assert.equal(closed.status, 403, 'refused removes the access');
  const rows = sql(`SELECT before_value, after_value, actor_id FROM audit WHERE action = 'directory.access.changed' AND subject_id = ${proPerson} AND detail = 'DCC' ORDER BY id DESC LIMIT 2`);
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [['accepted', 'refused'], ['to_process', 'accepted']]);
  const feed = sql(`SELECT access FROM dir_change WHERE person_id = ${proPerson} ORDER BY seq DESC LIMIT 1`)[0][0];
  assert.match(feed, /DCC:refused/, 'the feed knows it too');
});

test('an admin decides only the services their centre administers: others are read-only and a forged answer is refused', async () => {
  const page = await request(`/directory/person?id=${proPerson}`, { jar: armor });
  await assertHtmlPage(page, { status: 200, lang: 'en' });
  const mss = serviceId('MSS'); // Finistère, Rance-Vilaine, Morbihan: not Armor
  assert.doesNotMatch(page.text, new RegExp(`name="access_${mss}"`));
  assert.ok(page.text.includes(th('en', 'directory_person.access.not_mine')));
  const res = await request('/directory/person', {
    jar: armor,
    form: withFields(formFields(page.text, '/directory/person'), { [`access_${mss}`]: 'refused' }),
  });
  assert.equal(res.status, 403);
  assert.equal(accessState(proPerson, 'MSS'), 'accepted');
  const xml = await request(`/directory/person?id=${proPerson}`, { jar: armor, headers: { accept: 'application/xml' } });
  assert.doesNotMatch(xml.text, /password|mfa_secret|origin_ip/);
});

test('a professional never seen before: main e-mail, portal access and the service accepted give an account and its activation link', async () => {
  const email = `jamais-vu-${RUN}@exemple.test`;
  const id = makePerson({ ref_family_name: `Jamais-Vu-${RUN}`, ref_given_name: 'Loïc', ref_postal_code: '22300', ref_city: 'Lannion' });
  const portal = serviceId('PORTAL');
  const dcc = serviceId('DCC');
  // Without a main e-mail, portal access is refused on the e-mail field.
  let res = await savePerson(centre, id, { [`access_${portal}`]: 'accepted' });
  assert.equal(res.status, 422);
  assert.ok(errorsOf(res.text).some((e) => e.includes(t('fr', 'err.directory.portal.no_email'))));
  assert.equal(accessState(id, 'PORTAL'), 'never_requested', 'nothing changed');
  assert.equal(sql(`SELECT version FROM dir_person WHERE id = ${id}`)[0][0], '1');
  // An address another account has is refused without saying whose.
  res = await savePerson(centre, id, { email: ADMIN, [`access_${portal}`]: 'accepted' });
  assert.equal(res.status, 422);
  assert.ok(res.text.includes(th('fr', 'err.email.taken')));
  assert.ok(!res.text.includes('Camille Exemple'));
  assert.equal(sql(`SELECT COUNT(*) FROM users WHERE email = ${q(ADMIN)}`)[0][0], '1');
  res = await savePerson(centre, id, { email, [`access_${portal}`]: 'accepted', [`access_${dcc}`]: 'accepted' });
  assert.equal(res.status, 303, errorsOf(res.text).join());
  const account = sql(`SELECT u.id, u.active, u.activated_at, u.org_id, GROUP_CONCAT(r.code) FROM dir_person p JOIN users u ON u.id = p.user_id JOIN user_role ur ON ur.user_id = u.id JOIN role r ON r.id = ur.role_id WHERE p.id = ${id} GROUP BY u.id`)[0];
  assert.equal(account[1], '1');
  assert.equal(account[2], 'NULL', 'not activated yet');
  assert.equal(account[4], 'professional');
  assert.equal(Number(account[3]), Number(sql(`SELECT centre_id FROM dir_person WHERE id = ${id}`)[0][0]), 'in the centre of their area');
  const [mail] = await waitMails(email, 1);
  const token = tokenIn(mail, '/activate');
  // The link, not "forgot your password": choose a password, enrol, and the tile is there.
  const form = new CookieJar();
  const page = await request(`/activate?token=${token}`, { jar: form });
  assert.equal(page.status, 200);
  const password = 'une phrase de passe tout à fait inventée';
  const done = await request('/activate', { jar: form, form: { csrf: getCsrf(page.text), token, password, confirm: password } });
  assert.equal(done.status, 303);
  const jar = await login(email, password);
  const home = await request('/', { jar });
  assert.match(home.text, /href="\/directory\/open\?code=DCC"/);
  // Refusing portal access takes the account away, sessions included.
  res = await savePerson(centre, id, { [`access_${portal}`]: 'refused' });
  assert.equal(res.status, 303);
  assert.equal(sql(`SELECT active FROM users WHERE email = ${q(email)}`)[0][0], '0');
  const gone = await request('/', { jar });
  assert.equal(gone.status, 303);
  assert.equal(location(gone).path, '/login');
});

test('the public activation request form creates the record to process and mails the service\'s admins; bad input changes nothing', async () => {
  const anon = new CookieJar();
  const page = await request('/directory/apply', { jar: anon });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  const en = new CookieJar({ lang: 'en' });
  await assertHtmlPage(await request('/directory/apply', { jar: en }), { status: 200, lang: 'en' });
  const count = () => Number(sql('SELECT COUNT(*) FROM dir_person')[0][0]);
  const n = count();
  const csrf = getCsrf(page.text);
  let res = await request('/directory/apply', { jar: anon, form: { csrf, email: 'pas-une-adresse', rpps: '12345678901', postal_code: '2920' } });
  assert.equal(res.status, 422);
  await assertHtmlPage(res, { status: 422 });
  const errs = errorsOf(res.text).join('\n');
  for (const k of ['err.required', 'err.email.invalid', 'err.rpps.invalid', 'err.postcode.invalid'])
    assert.ok(errs.includes(t('fr', k)), k);
  assert.match(res.text, /value="pas-une-adresse"/, 'the values are kept');
  assert.equal(count(), n, 'nothing created');
  const email = `formulaire-${RUN}@exemple.test`;
  const fields = {
    csrf, family_name: `Formulaire-${RUN}`, given_name: 'Gwénaël', profession: 'SEC', email,
    structure: 'Centre hospitalier de Kerfictif (démo)', postal_code: '29600', city: 'Morlaix', service: 'DCC',
  };
  const before = mailsTo(CENTRE).length;
  res = await request('/directory/apply', { jar: anon, form: fields });
  assert.equal(res.status, 303);
  assert.equal(location(res).raw, '/directory/apply?done=1');
  const id = Number(sql(`SELECT id FROM dir_person WHERE email = ${q(email)}`)[0][0]);
  assert.deepEqual(sql(`SELECT origin, family_name, postal_code, lang FROM dir_person WHERE id = ${id}`)[0], ['form', `Formulaire-${RUN}`, '29600', 'fr']);
  assert.equal(accessState(id, 'PORTAL'), 'to_process');
  assert.equal(accessState(id, 'DCC'), 'to_process');
  assert.equal(sql(`SELECT structure FROM dir_activity WHERE person_id = ${id}`)[0][0], 'Centre hospitalier de Kerfictif (démo)');
  const [mail] = (await waitMails(CENTRE, before + 1)).slice(-1);
  assert.ok(mail.text.includes(t('fr', 'directory.mail.new_record')));
  assert.ok(mail.text.includes(`Gwénaël FORMULAIRE-${RUN.toUpperCase()}`));
  assert.equal(sql(`SELECT COUNT(*) FROM dir_change WHERE person_id = ${id} AND kind = 'created'`)[0][0], '1');
  // The same address again gets the same answer: the form tells nothing
  // of what the directory holds.
  res = await request('/directory/apply', { jar: anon, form: fields });
  assert.equal(res.status, 303);
  // One address may send only a few requests an hour.
  const flood = Array.from({ length: 5 }, (_, i) => makePerson({ origin: 'form', origin_ip: '127.0.0.1', login: `flot.${RUN}.${i}` }));
  const m = count();
  res = await request('/directory/apply', { jar: anon, form: { ...fields, email: `encore-${RUN}@exemple.test` } });
  assert.equal(res.status, 422);
  assert.ok(res.text.includes(th('fr', 'err.directory.apply.too_many')));
  assert.equal(count(), m);
  sql(`UPDATE dir_person SET origin_ip = NULL WHERE origin_ip = '127.0.0.1'`);
  assert.equal(flood.length, 5);
});
