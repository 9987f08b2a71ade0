// What the tests of citizen accounts and appointments share: citizens,
// people and free times made directly in the stack's database (what is
// tested is what the screens do with them), the SMS the capture script
// keeps, and the demo establishments.
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import assert from 'node:assert/strict';
import { ADMIN, VAR } from './env.mjs';
import { sql } from './db.mjs';

export const SMS_DIR = resolve(VAR, 'sms');
export const q = (s) => (s === null || s === undefined ? 'NULL' : `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
export const RUN = randomBytes(3).toString('hex');
let serial = 0;

export const MONCTON = 'Clinique communautaire du Ruisseau (démo)';
export const FREDERICTON = 'Centre de santé de la Colline (démo)';
export const SAINT_JOHN = 'Clinique du Vieux-Port (démo)';
export const CARAQUET = 'Centre de santé de la Baie (démo)';
export const RECEPTION = 'reception@demo.passerelle.test';
export const MANAGER = 'gestion@demo.passerelle.test';
export const PARENT = 'parent@demo.passerelle.test';

/** The id of an organisation by name. */
export function orgId(name) {
  return Number(sql(`SELECT id FROM org WHERE name = ${q(name)}`)[0][0]);
}

/** The id of an establishment's service of a type (flu_vaccine …). */
export function serviceId(org, type) {
  return Number(
    sql(
      `SELECT s.id FROM establishment_service s JOIN establishment_service_type t ON t.id = s.type_id ` +
        `JOIN org o ON o.id = s.org_id WHERE o.name = ${q(org)} AND t.code = ${q(type)}`,
    )[0][0],
  );
}

/**
 * A citizen account made as the sign-up and activation would leave it,
 * with the demo password. opts: given, family, birth, lang, phone, sms,
 * postal. Returns { email, id, holder } (holder: the patient record).
 */
export function makeCitizen(opts = {}) {
  const tag = `${RUN}-${serial++}`;
  const email = opts.email || `citoyen-${tag}@exemple.test`;
  const given = opts.given || 'Émilie';
  const family = opts.family || `Essai${tag.replace(/-/g, '')}`;
  sql(
    `INSERT INTO users (org_id, email, name, lang, password_hash, activated_at) ` +
      `SELECT o.id, ${q(email)}, ${q(`${given} ${family}`)}, ${q(opts.lang || 'fr')}, d.password_hash, UTC_TIMESTAMP() ` +
      `FROM org o JOIN users d ON d.email = ${q(ADMIN)} WHERE o.kind = 'public' ORDER BY o.id LIMIT 1`,
  );
  const id = Number(sql(`SELECT id FROM users WHERE email = ${q(email)}`)[0][0]);
  sql(
    `INSERT INTO user_role (user_id, role_id) SELECT ${id}, id FROM role WHERE code = 'citizen';` +
      `INSERT INTO citizen_account (user_id, phone, sms_opt_in, postal_code) VALUES (${id}, ${q(opts.phone ?? null)}, ${opts.sms ? 1 : 0}, ${q(opts.postal ?? null)});` +
      `INSERT INTO patient (account_id, relation, given_name, family_name, birth_date) VALUES (${id}, 'self', ${q(given)}, ${q(family)}, ${q(opts.birth || '1985-06-15')})`,
  );
  const holder = Number(sql(`SELECT id FROM patient WHERE holder_of = ${id}`)[0][0]);
  return { email, id, holder, given, family };
}

/** Adds a person (child, parent …) to an account; returns the patient id. */
export function addPerson(account, relation = 'child', given = 'Théo', birth = '2018-05-04') {
  sql(
    `INSERT INTO patient (account_id, relation, given_name, family_name, birth_date) ` +
      `VALUES (${account}, ${q(relation)}, ${q(given)}, 'Essai', ${q(birth)})`,
  );
  return Number(sql(`SELECT MAX(id) FROM patient WHERE account_id = ${account}`)[0][0]);
}

/**
 * A free slot of a service, starting about `minutes` from now (negative:
 * past), at a whole minute that is 3 past a multiple of 5, so that it never
 * shares its time with a slot of the demo (which are on multiples of 5);
 * seat keeps several at the same time apart. Returns its id.
 */
export function makeSlot(service, minutes, seat = 1 + (randomBytes(2).readUInt16BE(0) % 60000)) {
  const at = `DATE_FORMAT(UTC_TIMESTAMP() + INTERVAL ${minutes} MINUTE, '%Y-%m-%d %H:%i:00')`;
  const start = `(${at} + INTERVAL ((8 - MINUTE(${at}) % 5) % 5) MINUTE)`;
  sql(
    `INSERT INTO slot (service_id, org_id, starts_at, ends_at, seat) SELECT id, org_id, ${start}, ` +
      `${start} + INTERVAL duration_minutes MINUTE, ${seat} FROM establishment_service WHERE id = ${service}`,
  );
  return Number(sql(`SELECT MAX(id) FROM slot WHERE service_id = ${service} AND seat = ${seat}`)[0][0]);
}

/** The audit rows of a subject, oldest first: [{ action, actor, detail, before, after }]. */
export function auditOf(type, id) {
  return sql(
    `SELECT action, COALESCE(actor_id, 0), detail, COALESCE(before_value, ''), COALESCE(after_value, '') FROM audit ` +
      `WHERE subject_type = ${q(type)} AND subject_id = ${id} ORDER BY id`,
  ).map(([action, actor, detail, before, after]) => ({ action, actor: Number(actor), detail, before, after }));
}

/** The names of every kept SMS, oldest first. */
export function smsFiles() {
  try {
    return readdirSync(SMS_DIR).filter((f) => f.endsWith('.sms')).sort();
  } catch {
    return [];
  }
}

/** Every SMS to the number (E.164), oldest first: [{ to, text }]. */
export function smsTo(number) {
  return smsFiles()
    .map((f) => readFileSync(resolve(SMS_DIR, f), 'utf8'))
    .filter((raw) => raw.startsWith(`To: ${number}\n`))
    .map((raw) => ({ to: number, text: raw.slice(raw.indexOf('\n\n') + 2) }));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits (SMS leave after the answer) until the number has n messages. */
export async function waitSms(number, n) {
  for (let i = 0; i < 50 && smsTo(number).length < n; i++) await sleep(100);
  const list = smsTo(number);
  assert.equal(list.length, n, `${n} SMS to ${number}`);
  return list;
}

/** A fictional mobile number of its own for a test (555-01xx is reserved for fiction). */
export function phone() {
  const n = String(serial++ % 100).padStart(2, '0');
  const area = 200 + (parseInt(RUN, 16) % 700);
  return { typed: `${area}-555-01${n}`, e164: `+1${area}55501${n}` };
}

/** The appointment ids of an account, newest first. */
export function appointmentsOf(account) {
  return sql(`SELECT id FROM appointment WHERE account_id = ${account} ORDER BY id DESC`).map((r) => Number(r[0]));
}

/** The wall-clock date (YYYY-MM-DD) of a UTC time of the database in the deployment's zone. */
export function localDate(utc) {
  const d = new Date(`${utc.replace(' ', 'T')}Z`);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Moncton', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}
