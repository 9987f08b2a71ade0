// What the directory's tests (issue 6) share: the demo personas, records
// made with SQL for one test, the fields of a page's form as a browser
// would send them, and the person page's save.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request, getCsrf } from './http.mjs';
import { sql } from './db.mjs';

export const CENTRE = 'centre@demo.passerelle.test'; // Finistère: PORTAL DCC ROR MSS
export const CENTRE_ARMOR = 'centre-armor@demo.passerelle.test'; // Armor: PORTAL DCC ROR PARC
export const PRO = 'pro@demo.passerelle.test';
export const OPERATOR = 'annuaire@demo.passerelle.test'; // the catalogue, centres, applications

export const q = (s) => (s === null || s === undefined ? 'NULL' : `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);

/** A tag for the names one test file makes. */
export function runTag() {
  return randomBytes(3).toString('hex');
}

/** The id of a service of the catalogue. */
export function serviceId(code) {
  return Number(sql(`SELECT id FROM dir_service WHERE code = ${q(code)}`)[0][0]);
}

/** The id of an organisation by name. */
export function orgId(name) {
  return Number(sql(`SELECT id FROM org WHERE name = ${q(name)}`)[0][0]);
}

/** The state of a person's access to a service ('never_requested' when none). */
export function accessState(person, code) {
  return sql(`SELECT a.state FROM dir_access a JOIN dir_service s ON s.id = a.service_id WHERE a.person_id = ${person} AND s.code = ${q(code)}`)[0]?.[0] ?? 'never_requested';
}

/**
 * A record of the national reference made with SQL, with its matricule and
 * its centre, as a reference load leaves it. fields: any dir_person ref_*
 * or plain column; defaults make an active nurse of Brest. Returns its id.
 */
export function makePerson(fields = {}) {
  const tag = runTag();
  const row = {
    type: 'health',
    origin: 'reference',
    login: `essai.${tag}`,
    ref_family_name: `Essai-${tag}`,
    ref_given_name: 'Maëlle',
    ref_birth_name: `Essai-${tag}`,
    ref_profession: '60',
    ref_postal_code: '29200',
    ref_city: 'Brest',
    ref_street_number: '7',
    ref_street_type: 'rue',
    ref_street_label: 'de la Fiction',
    ...fields,
  };
  const cols = Object.keys(row);
  sql(
    `INSERT INTO dir_person (${cols.join(', ')}, created_at, updated_at) VALUES (${cols.map((c) => q(row[c])).join(', ')}, UTC_TIMESTAMP(), UTC_TIMESTAMP());` +
      `SET @p = LAST_INSERT_ID();` +
      `UPDATE dir_person SET matricule = CONCAT('PAS', LPAD(id, 7, '0')), centre_id = (SELECT a.org_id FROM dir_centre_area a WHERE postal_code LIKE CONCAT(a.prefix, '%') ORDER BY LENGTH(a.prefix) DESC LIMIT 1) WHERE id = @p`,
  );
  return Number(sql(`SELECT id FROM dir_person WHERE login = ${q(row.login)}`)[0][0]);
}

/** Sets an access state directly (what a past decision left). */
export function setAccess(person, code, state) {
  sql(
    `INSERT INTO dir_access (person_id, service_id, state, requested_at) SELECT ${person}, id, ${q(state)}, UTC_TIMESTAMP() FROM dir_service WHERE code = ${q(code)} ` +
      `ON DUPLICATE KEY UPDATE state = VALUES(state)`,
  );
}

/**
 * The fields a browser would send with the form of the page whose action
 * is `action` (the first such form): hidden and text inputs, the checked
 * radios and checkboxes, each select's selected option.
 */
export function formFields(html, action) {
  const at = html.indexOf(`action="${action}"`);
  assert.ok(at >= 0, `a form to ${action}`);
  const end = html.indexOf('</form>', at);
  const form = html.slice(at, end);
  const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  const fields = [];
  for (const m of form.matchAll(/<input[^>]*>/g)) {
    const tag = m[0];
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    if (!name) continue;
    const value = unescape(/value="([^"]*)"/.exec(tag)?.[1] ?? '');
    if (/type="(radio|checkbox)"/.test(tag) && !/\schecked/.test(tag)) continue;
    if (/type="file"/.test(tag)) continue;
    fields.push([name, value]);
  }
  for (const m of form.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const sel = /<option value="([^"]*)" selected/.exec(m[2]) ?? /<option value="([^"]*)"/.exec(m[2]);
    fields.push([m[1], sel ? unescape(sel[1]) : '']);
  }
  for (const m of form.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields.push([m[1], unescape(m[2])]);
  return fields;
}

/** fields with the given names replaced (or added). */
export function withFields(fields, changes) {
  const out = fields.filter(([k]) => !(k in changes));
  for (const [k, v] of Object.entries(changes)) out.push([k, String(v)]);
  return out;
}

/** Opens a record's page as jar and saves its form with changes. */
export async function savePerson(jar, id, changes = {}) {
  const page = await request(`/directory/person?id=${id}`, { jar });
  assert.equal(page.status, 200, `the record ${id}`);
  return request('/directory/person', { jar, form: withFields(formFields(page.text, '/directory/person'), changes) });
}

/** The keys of the error summary's messages, matched against a catalog. */
export function errorsOf(html) {
  return [...(/class="error-summary-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
}

/** The names (family names) listed by a directory search page. */
export function listed(html) {
  return [...html.matchAll(/<th scope="row"><a href="\/directory\/person\?id=(\d+)">([^<]*)<\/a>/g)].map((m) => Number(m[1]));
}

/** Appends the Luhn key to a string of digits. */
export function withLuhn(digits) {
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    let d = Number(c);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return digits + String((10 - (sum % 10)) % 10);
}

/** A valid RPPS number no other record has (from the run and a counter). */
export function freshRpps() {
  for (;;) {
    const n = withLuhn(`10${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`);
    if (sql(`SELECT COUNT(*) FROM dir_person WHERE rpps = '${n}'`)[0][0] === '0') return n;
  }
}

/** A valid ADELI number of the département. */
export function freshAdeli(dept = '29') {
  return withLuhn(`${dept}60${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`);
}
