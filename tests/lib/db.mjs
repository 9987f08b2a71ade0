// The stack's private MariaDB through the mariadb client, as root over its
// socket, and the stack script for stopping and starting it.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT, VAR } from './env.mjs';

/** Runs SQL on the passerelle database; returns the rows as arrays of strings. */
export function sql(statement) {
  const out = execFileSync(
    'mariadb',
    ['--no-defaults', '-S', resolve(VAR, 'run/mysql.sock'), '-u', 'root', '-N', '-B', 'passerelle', '-e', statement],
    { encoding: 'utf8' },
  );
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('\t'));
}

/** The session table's token_hash of a cookie value, as hex for UNHEX(). */
export function tokenHashHex(sid) {
  return createHash('sha256').update(sid).digest('hex');
}

/** Number of session rows for a cookie value (0 or 1). */
export function sessionRows(sid) {
  return Number(sql(`SELECT COUNT(*) FROM session WHERE token_hash = UNHEX('${tokenHashHex(sid)}')`)[0][0]);
}

/** tools/stack with a sub-command (db-stop, db-start…), on this VAR. */
export function stack(command) {
  return execFileSync(resolve(ROOT, 'tools/stack'), [command], {
    cwd: ROOT,
    env: { ...process.env, VAR },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The codes of the home tiles an account's permissions open, in their order. */
export function tilesOf(email) {
  return sql(
    `SELECT t.code FROM tile t WHERE t.permission IN (SELECT rp.permission FROM users u JOIN user_role ur ON ` +
      `ur.user_id = u.id JOIN role_permission rp ON rp.role_id = ur.role_id WHERE u.email = '${email.replace(/'/g, "''")}') ` +
      `ORDER BY t.position`,
  ).map((r) => r[0]);
}
