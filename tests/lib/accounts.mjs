// Accounts made for one test, so that what it does (locks, MFA, sessions)
// touches nobody else: created with the operator's own program.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT, VAR } from './env.mjs';
import { sql } from './db.mjs';

let serial = 0;

/**
 * Creates an active account with a password (as `passerelle user-add`
 * does for a first admin) in the demo agency, with the given role code.
 * opts: email, name, password, lang. Returns { email, name, password, id }.
 */
export function makeAccount(role = 'agency_staff', opts = {}) {
  const tag = `${process.pid}-${Date.now().toString(36)}-${serial++}`;
  const email = opts.email || `essai-${tag}@exemple.test`;
  const name = opts.name || `Essai Fictif ${tag}`;
  const password = opts.password || `phrase de passe tout à fait fictive ${tag}`;
  const org = sql("SELECT id FROM org WHERE kind = 'agency' ORDER BY id LIMIT 1")[0][0];
  execFileSync(resolve(ROOT, 'tools/passerelle'), ['user-add', email, name, org, role], {
    input: `${password}\n`,
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf') },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const id = Number(sql(`SELECT id FROM users WHERE email = '${email}'`)[0][0]);
  if (opts.lang) sql(`UPDATE users SET lang = '${opts.lang}' WHERE id = ${id}`);
  return { email, name, password, id };
}
