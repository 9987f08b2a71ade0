// What the tests of the group certificates share (issue 8): the test
// certificates made by tools/test-pki under VAR/pki, a group of its own
// for a test file (a manager who is its responsible person, a member),
// valid made-up national numbers, uploads, and the wizard run end to end.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes, randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import { ROOT, VAR } from './env.mjs';
import { request, getCsrf, location, login } from './http.mjs';
import { makeAccount } from './accounts.mjs';
import { freshCode } from './totp.mjs';
import { formFields, withFields } from './forms.mjs';
import { sql } from './db.mjs';

export const PKI = resolve(VAR, 'pki');

/** The test certificates, made once per VAR (the stack's tls set makes them too). */
export function pki() {
  if (!existsSync(resolve(PKI, 'done')))
    execFileSync(resolve(ROOT, 'tools/test-pki'), [PKI], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { dir: PKI, password: readFileSync(resolve(PKI, 'password'), 'utf8').trim() };
}

export const pkiFile = (name) => readFileSync(resolve(pki().dir, name));

/** A made-up national number with valid check digits, born in the 1900s. */
export function makeNiss() {
  for (;;) {
    const yy = String(randomInt(40, 99)).padStart(2, '0');
    const mm = String(randomInt(1, 13)).padStart(2, '0');
    const dd = String(randomInt(1, 29)).padStart(2, '0');
    const counter = String(randomInt(1, 998)).padStart(3, '0');
    const nine = `${yy}${mm}${dd}${counter}`;
    const check = String(97 - (Number(nine) % 97)).padStart(2, '0');
    const niss = nine + check;
    if (Number(sql(`SELECT COUNT(*) FROM users WHERE niss = '${niss}'`)[0][0]) === 0) return niss;
  }
}

/** Frees a national number an earlier run gave to one of its accounts. */
export function releaseNiss(niss) {
  sql(`UPDATE secure_space s JOIN users u ON u.id = s.owner_id SET s.owner_id = NULL, s.owner_niss = NULL WHERE u.niss = '${niss}'`);
  sql(`UPDATE users SET niss = NULL WHERE niss = '${niss}'`);
}

/**
 * A group of its own: { org, name, manager, member }, the manager (role
 * group_manager, signed in: manager.jar, MFA enrolled) with a national
 * number, the member (group_member) with one too. opts.identifier is the
 * secure space's NIHII number the test will use.
 */
export async function makeGroup(label, opts = {}) {
  const run = randomBytes(3).toString('hex');
  const name = `Groupement ${label} ${run} (fictif)`;
  sql(`INSERT INTO org (kind, name) VALUES ('group', '${name}')`);
  const org = Number(sql(`SELECT id FROM org WHERE name = '${name}'`)[0][0]);
  const manager = makeAccount('group_manager', { name: `Gestion ${label} ${run}`, lang: opts.lang });
  const member = makeAccount('group_member', { name: `Membre ${label} ${run}` });
  manager.niss = opts.managerNiss ?? makeNiss();
  member.niss = opts.memberNiss ?? makeNiss();
  for (const n of [manager.niss, member.niss]) releaseNiss(n);
  sql(`UPDATE users SET org_id = ${org}, niss = '${manager.niss}' WHERE id = ${manager.id}`);
  sql(`UPDATE users SET org_id = ${org}, niss = '${member.niss}' WHERE id = ${member.id}`);
  if (opts.login !== false) manager.jar = await login(manager.email, manager.password);
  return { org, name, manager, member };
}

/** Creates the group's secure space on its screen, the manager confirming. */
export async function createSpace(group, identifier) {
  const { manager } = group;
  const page = await request('/sso/space', { jar: manager.jar });
  assert.equal(page.status, 200);
  const res = await request('/sso/space', {
    jar: manager.jar,
    form: withFields(formFields(page.text, '/sso/space'), {
      owner: manager.id,
      identifier,
      password: manager.password,
      code: await freshCode(manager.email),
    }),
  });
  assert.equal(res.status, 303, `the secure space is created\n${res.text.slice(0, 600)}`);
  return res;
}

/** POSTs a PKCS#12 file (its bytes, or a name under the PKI) to the upload step. */
export async function upload(jar, file, password = pki().password, filename = 'certificat.p12') {
  const page = await request('/sso/certificate/new', { jar });
  const body = new FormData();
  body.append('csrf', getCsrf(page.text));
  if (file !== null)
    body.append('file', new Blob([typeof file === 'string' ? pkiFile(file) : file], { type: 'application/x-pkcs12' }), filename);
  body.append('password', password);
  return request('/sso/certificate/new', { jar, body });
}

/** The draft id of an upload's redirect. */
export function draftOf(res) {
  assert.equal(res.status, 303, `the upload is verified\n${res.text.slice(0, 600)}`);
  return Number(location(res).params.draft);
}

/**
 * Runs the wizard after the upload: the users (userIds), then the
 * establishments (form changes), then Finish. Returns the new certificate's id.
 */
export async function finishWizard(jar, draft, { users = [], establishment } = {}) {
  let page = await request(`/sso/certificate/users?draft=${draft}`, { jar });
  let res = await request('/sso/certificate/users', {
    jar, form: withFields(formFields(page.text, '/sso/certificate/users'), { 'users[]': users }),
  });
  assert.equal(res.status, 303, `users step\n${res.text.slice(0, 400)}`);
  page = await request(`/sso/certificate/establishment?draft=${draft}`, { jar });
  res = await request('/sso/certificate/establishment', {
    jar, form: withFields(formFields(page.text, '/sso/certificate/establishment'), establishment ?? {}),
  });
  assert.equal(res.status, 303, `establishment step\n${res.text.slice(0, 400)}`);
  page = await request(`/sso/certificate/summary?draft=${draft}`, { jar });
  res = await request('/sso/certificate/summary', { jar, form: formFields(page.text, '/sso/certificate/summary', 'finish') });
  assert.equal(res.status, 303, `finish\n${res.text.slice(0, 400)}`);
  assert.equal(location(res).raw, '/sso?done=installed');
  return draft;
}

/** Installs a certificate in the group's space (file under the PKI), with
 * a new billing establishment of a unique TP number. Returns its id. */
export async function installCertificate(group, file, users = []) {
  const draft = draftOf(await upload(group.manager.jar, file));
  const tp = String(randomInt(10000000, 99999999));
  return finishWizard(group.manager.jar, draft, {
    users,
    establishment: { new_name: `Facturation ${group.name}`, new_tp: tp, new_niss: group.manager.niss },
  });
}

/** The SHA-256 fingerprint of a PEM certificate under the PKI, as 64 lowercase hex digits. */
export function fingerprintOf(pem) {
  const out = execFileSync('openssl', ['x509', '-in', resolve(pki().dir, pem), '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' });
  return out.split('=')[1].trim().replace(/:/g, '').toLowerCase();
}
