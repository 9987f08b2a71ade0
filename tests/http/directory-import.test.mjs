// Bulk creation from a pivot file (issue 6): CSV in UTF-8 or Windows-1252,
// with commas or semicolons, as spreadsheets save it; a preview with every
// line's errors before anything is written; then every line created in one
// transaction or none (even when the database fails half-way); then the
// report. An admin sees only their own centre's imports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request, getCsrf, location, session } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { t, th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { mailsTo, waitMails, tokenIn } from '../lib/mail.mjs';
import { CENTRE, CENTRE_ARMOR, q, runTag, accessState, freshRpps } from '../lib/directory.mjs';

const RUN = runTag();
const R = RUN.toUpperCase();
let admin, adminEn, csrf;

before(async () => {
  admin = await session(CENTRE);
  adminEn = admin.clone();
  adminEn.set('lang', 'en');
  csrf = getCsrf((await request('/directory/import', { jar: admin })).text);
});

after(() => sql(`DROP TRIGGER IF EXISTS dir_import_boom_${RUN}`));

async function upload(bytes, jar = admin, name = 'pivot.csv') {
  const fd = new FormData();
  fd.set('csrf', csrf);
  fd.set('action', 'upload');
  fd.set('file', new Blob([bytes]), name);
  return request('/directory/import', { jar, method: 'POST', body: fd });
}

/** The rows of the errors table: "line|column|message". */
function errorRows(html) {
  const table = /<h2 id="errors-title">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr><td class="num">(\d+)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((m) => `${m[1]}|${m[2]}|${m[3]}`);
}

const persons = () => Number(sql('SELECT COUNT(*) FROM dir_person')[0][0]);
const changes = () => Number(sql('SELECT COUNT(*) FROM dir_change')[0][0]);
const outbox = () => Number(sql('SELECT COUNT(*) FROM outbox')[0][0]);

test('the upload page explains the pivot file, in French and English', async () => {
  const fr = await request('/directory/import', { jar: admin });
  await assertHtmlPage(fr, { status: 200, lang: 'fr' });
  assert.ok(fr.text.includes(th('fr', 'directory_import.col.required')));
  assert.match(fr.text, /enctype="multipart\/form-data"/);
  await assertHtmlPage(await request('/directory/import', { jar: adminEn }), { status: 200, lang: 'en' });
});

test('the preview lists every line\'s errors, in the user\'s language, and nothing is written', async () => {
  const rpps = freshRpps();
  const csv = [
    'Nom;Prénom;Profession;Code postal;Commune;RPPS;E-mail;Services;Date de naissance',
    `Bon-${R};Anne;Infirmier;29200;Brest;;;;`,
    `Ligne3-${R};;Plombier;2920;Brest;10003540549;;;31/02/1980`,
    `Ligne4-${R};Yves;60;29000;Quimper;${rpps};;DCC;`,
    `Ligne5-${R};Léa;Médecin;29000;Quimper;${rpps};pas-une-adresse;TLM NOPE;`,
    `Ligne6-${R};Noé;Infirmier;29000;Quimper;;a@exemple.test;DCC;;trop`,
  ].join('\r\n');
  const n = persons(), c = changes(), o = outbox();
  const imports = Number(sql('SELECT COUNT(*) FROM dir_import')[0][0]);
  for (const [jar, lang] of [[admin, 'fr'], [adminEn, 'en']]) {
    const res = await upload(Buffer.from(csv, 'utf8'), jar);
    await assertHtmlPage(res, { status: 422, lang });
    const e = errorRows(res.text);
    const has = (line, col, key) => assert.ok(e.includes(`${line}|${col}|${t(lang, key)}`), `${line} ${col} ${key} in\n${e.join('\n')}`);
    has(3, 'Prénom', 'err.required');
    has(3, 'Profession', 'err.directory.import.unknown');
    has(3, 'Code postal', 'err.postcode.invalid');
    has(3, 'RPPS', 'err.rpps.invalid');
    has(3, 'Date de naissance', 'err.date.invalid');
    has(4, 'E-mail', 'err.directory.import.email_needed');
    has(5, 'RPPS', 'err.directory.import.rpps_twice');
    has(5, 'E-mail', 'err.email.invalid');
    has(5, 'Services', 'err.directory.import.not_yours'); // TLM is Morbihan's
    has(5, 'Services', 'err.directory.import.unknown');
    has(6, '', 'err.directory.import.cells');
    assert.ok(!e.some((x) => x.startsWith('2|')), 'the good line has no error');
    assert.ok(res.text.includes(th(lang, 'err.directory.import.refused')));
  }
  assert.equal(persons(), n);
  assert.equal(changes(), c);
  assert.equal(outbox(), o);
  assert.equal(Number(sql('SELECT COUNT(*) FROM dir_import')[0][0]), imports, 'a refused file is not kept');
});

test('the file as a whole: unknown and missing columns, not text, empty, too big, no file', async () => {
  let res = await upload(Buffer.from('nom,prenom,profession,commune,couleur\nA,B,60,Brest,bleu\n'));
  assert.equal(res.status, 422);
  let e = errorRows(res.text);
  assert.ok(e.includes(`1|couleur|${t('fr', 'err.directory.import.column_unknown')}`), e.join('\n'));
  assert.ok(e.includes(`1|code_postal|${t('fr', 'err.directory.import.column_missing')}`));
  res = await upload(Buffer.from([0xff, 0xfe, 0x6e, 0x00, 0x6f, 0x00, 0x6d, 0x00]));
  assert.ok(errorRows(res.text).some((x) => x.endsWith(t('fr', 'err.directory.import.encoding'))));
  res = await upload(Buffer.from('nom;prenom;profession;code_postal;commune\r\n'));
  assert.ok(errorRows(res.text).some((x) => x.endsWith(t('fr', 'err.directory.import.empty'))));
  res = await upload(Buffer.from('nom;prenom;profession;code_postal;commune\r\n"A;B;60;29200;Brest\r\n'));
  assert.ok(errorRows(res.text).some((x) => x.endsWith(t('fr', 'err.directory.import.quote'))));
  res = await upload(Buffer.alloc(2 * 1024 * 1024 + 10, 0x61));
  assert.equal(res.status, 422);
  assert.ok(res.text.includes(th('fr', 'err.directory.import.too_big')));
  const fd = new FormData();
  fd.set('csrf', csrf);
  fd.set('action', 'upload');
  res = await request('/directory/import', { jar: admin, method: 'POST', body: fd });
  assert.equal(res.status, 422);
  assert.ok(res.text.includes(th('fr', 'err.directory.import.no_file')));
});

/** A Windows-1252 file with semicolons, as a French spreadsheet saves it. */
function cp1252File(tag) {
  const text = [
    'nom;prénom;profession;code_postal;commune;structure;email;services;mss',
    `Hervé-${tag};Gaëlle;Infirmier;29200;Brest;Clinique de l'Œuvre;gaelle-${tag}@exemple.test;DCC;`,
    `Salaün-${tag};Loïc;Médecin;56100;Lorient;;;;loic-${tag}@demo.mssante.test`,
    `Cœur-${tag};Maël;Secrétaire médical;22300;Lannion;;mael-${tag}@exemple.test;DCC ROR;`,
  ].join('\r\n');
  return Buffer.from(text.replace(/œ/g, '\x9c').replace(/Œ/g, '\x8c'), 'latin1');
}

test('a Windows-1252 file with semicolons: preview, then every line created at once, then the report', async () => {
  const n = persons(), c = changes();
  let res = await upload(cp1252File(R));
  assert.equal(res.status, 303);
  const preview = await request(location(res).raw, { jar: admin });
  await assertHtmlPage(preview, { status: 200 });
  assert.match(preview.text, /<dd>Windows-1252<\/dd>/);
  assert.ok(preview.text.includes(`<dd>${th('fr', 'directory_import.sep.semicolon')}</dd>`));
  assert.ok(preview.text.includes(`Cœur-${R}`), 'accents and œ read right');
  assert.equal(persons(), n, 'the preview writes no record');
  const id = Number(/name="id" value="(\d+)"/.exec(preview.text)[1]);
  const before = mailsTo(`gaelle-${R.toLowerCase()}@exemple.test`).length;
  res = await request('/directory/import', { jar: admin, form: { csrf, action: 'confirm', id } });
  assert.equal(res.status, 303);
  const report = await request(location(res).raw, { jar: admin });
  await assertHtmlPage(report, { status: 200 });
  assert.ok(report.text.includes(t('fr', 'directory_import.created').replace('{n}', '3')));
  assert.ok(report.text.includes(t('fr', 'directory_import.invited').replace('{n}', '2')));
  assert.equal(persons(), n + 3);
  const made = sql(`SELECT id, family_name, origin, postal_code, centre_id IS NOT NULL FROM dir_person WHERE import_id = ${id} ORDER BY id`);
  assert.deepEqual(made.map((r) => r[1]), [`Hervé-${R}`, `Salaün-${R}`, `Cœur-${R}`]);
  assert.ok(made.every((r) => r[2] === 'import' && r[4] === '1'));
  assert.equal(accessState(made[0][0], 'DCC'), 'accepted');
  assert.equal(accessState(made[0][0], 'PORTAL'), 'accepted');
  assert.equal(accessState(made[2][0], 'ROR'), 'accepted');
  assert.equal(accessState(made[1][0], 'PORTAL'), 'never_requested', 'no service, no account');
  const [mail] = await waitMails(`gaelle-${R.toLowerCase()}@exemple.test`, before + 1);
  tokenIn(mail, '/activate');
  // The feed has every created record once, in id order.
  const feed = sql(`SELECT person_id, kind FROM dir_change WHERE person_id IN (${made.map((r) => r[0]).join(',')}) ORDER BY seq`);
  assert.deepEqual(feed, made.map((r) => [r[0], 'created']));
  assert.equal(changes(), c + 3);
  assert.equal(sql(`SELECT structure FROM dir_activity WHERE person_id = ${made[0][0]}`)[0][0], "Clinique de l'Œuvre");
  // Confirmed twice: told, nothing more.
  res = await request('/directory/import', { jar: admin, form: { csrf, action: 'confirm', id } });
  assert.equal(res.status, 409);
  assert.equal(persons(), n + 3);
  // Another centre's admin cannot see it.
  const armor = await session(CENTRE_ARMOR);
  assert.equal((await request(`/directory/import?id=${id}`, { jar: armor })).status, 404);
  assert.equal((await request('/directory/import', { jar: armor, form: { csrf: getCsrf((await request('/directory/import', { jar: armor })).text), action: 'confirm', id } })).status, 404);
  assert.equal(sql(`SELECT COUNT(*) FROM audit WHERE action = 'directory.import.done' AND subject_id = ${id}`)[0][0], '1');
});

test('all or nothing: a line that became wrong since the preview, or a failure half-way, leaves no record, mail or feed entry', async () => {
  const tag = `${R}B`;
  let res = await upload(cp1252File(tag));
  assert.equal(res.status, 303);
  const id = Number(location(res).params.id);
  // Since the preview, another record took the address of line 2.
  sql(`INSERT INTO users (org_id, email, name) VALUES (1, 'gaelle-${tag.toLowerCase()}@exemple.test', 'Autre Compte')`);
  const n = persons(), c = changes(), o = outbox();
  res = await request('/directory/import', { jar: admin, form: { csrf, action: 'confirm', id } });
  assert.equal(res.status, 422);
  assert.ok(errorRows(res.text).includes(`2|email|${t('fr', 'err.email.taken')}`));
  assert.deepEqual([persons(), changes(), outbox()], [n, c, o]);
  sql(`DELETE FROM users WHERE email = 'gaelle-${tag.toLowerCase()}@exemple.test'`);
  // The database refuses the third record: the first two go too.
  // (A NOT NULL column set to NULL for that line only.)
  sql(`CREATE TRIGGER dir_import_boom_${RUN} BEFORE INSERT ON dir_person FOR EACH ROW SET NEW.origin = IF(NEW.ovr_family_name = 'Cœur-${tag}', NULL, NEW.origin)`);
  res = await request('/directory/import', { jar: admin, form: { csrf, action: 'confirm', id } });
  assert.equal(res.status, 500);
  assert.deepEqual([persons(), changes(), outbox()], [n, c, o]);
  assert.equal(sql(`SELECT state FROM dir_import WHERE id = ${id}`)[0][0], 'preview', 'still to confirm');
  assert.equal(sql(`SELECT COUNT(*) FROM users WHERE email = 'gaelle-${tag.toLowerCase()}@exemple.test'`)[0][0], '0', 'no account');
  sql(`DROP TRIGGER dir_import_boom_${RUN}`);
  res = await request('/directory/import', { jar: admin, form: { csrf, action: 'confirm', id } });
  assert.equal(res.status, 303);
  assert.equal(persons(), n + 3);
});

test('a preview can be discarded: nothing created, the file forgotten', async () => {
  const res = await upload(cp1252File(`${R}C`));
  const id = Number(location(res).params.id);
  const n = persons();
  const d = await request('/directory/import', { jar: admin, form: { csrf, action: 'discard', id } });
  assert.equal(d.status, 303);
  assert.deepEqual(sql(`SELECT state, content IS NULL FROM dir_import WHERE id = ${id}`)[0], ['discarded', '1']);
  assert.equal(persons(), n);
});
