// Mail is never lost: while the MTA fails or is missing, messages stay in
// the outbox with their error and a later attempt time; once it works they
// go out, once each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, VAR } from '../lib/env.mjs';
import { sql } from '../lib/db.mjs';
import { makeAccount } from '../lib/accounts.mjs';

const MAIL = resolve(VAR, 'mail');
const FAIL = resolve(MAIL, '.fail');

function passerelle(args, conf = resolve(VAR, 'passerelle.conf')) {
  return execFileSync(resolve(ROOT, 'tools/passerelle'), args, {
    env: { ...process.env, PASSERELLE_CONF: conf, PASSERELLE_MAIL_DIR: MAIL },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The captured messages addressed to email. */
function captured(email) {
  if (!existsSync(MAIL)) return [];
  return readdirSync(MAIL)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(resolve(MAIL, f), 'utf8'))
    .filter((m) => m.includes(`To: <${email}>`));
}

function row(email) {
  const [r] = sql(`SELECT state, attempts, last_error IS NOT NULL, next_attempt_at > UTC_TIMESTAMP() FROM outbox WHERE recipient = '${email}' ORDER BY id DESC LIMIT 1`);
  return { state: r[0], attempts: Number(r[1]), error: r[2] === '1', later: r[3] === '1' };
}

test('a failing sendmail keeps the message queued with its error; once it works, it goes out exactly once', () => {
  const a = makeAccount('agency_staff');
  writeFileSync(FAIL, '');
  try {
    passerelle(['invite', a.email]);
    assert.deepEqual(row(a.email), { state: 'pending', attempts: 1, error: true, later: true });
    assert.equal(captured(a.email).length, 0);
    // Not due yet: a run now leaves it alone.
    passerelle(['mail-run']);
    assert.equal(row(a.email).attempts, 1);
  } finally {
    rmSync(FAIL, { force: true });
  }
  // Time passes (the back-off is one minute after the first failure).
  sql(`UPDATE outbox SET next_attempt_at = UTC_TIMESTAMP() WHERE recipient = '${a.email}'`);
  const out = passerelle(['mail-run']);
  assert.match(out, /mail-run: [1-9]\d* sent/);
  assert.equal(row(a.email).state, 'sent');
  assert.equal(captured(a.email).length, 1);
  passerelle(['mail-run']);
  assert.equal(captured(a.email).length, 1, 'no duplicate');
});

test('a missing sendmail program is an error kept on the message, not a lost message', () => {
  const a = makeAccount('agency_staff');
  const conf = resolve(VAR, 'passerelle-nomta.conf');
  writeFileSync(conf, readFileSync(resolve(VAR, 'passerelle.conf'), 'utf8') + '\nsendmail = /nonexistent/sendmail\n');
  passerelle(['invite', a.email], conf);
  const [r] = sql(`SELECT state, last_error FROM outbox WHERE recipient = '${a.email}'`);
  assert.equal(r[0], 'pending');
  assert.match(r[1], /cannot start \/nonexistent\/sendmail/);
  sql(`UPDATE outbox SET next_attempt_at = UTC_TIMESTAMP() WHERE recipient = '${a.email}'`);
  passerelle(['mail-run']);
  assert.equal(captured(a.email).length, 1);
});

test('back-off grows with each failure', () => {
  const a = makeAccount('agency_staff');
  writeFileSync(FAIL, '');
  try {
    passerelle(['invite', a.email]);
    const waits = [];
    for (let i = 0; i < 3; i++) {
      sql(`UPDATE outbox SET next_attempt_at = UTC_TIMESTAMP() WHERE recipient = '${a.email}'`);
      passerelle(['mail-run']);
      waits.push(Number(sql(`SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), next_attempt_at) FROM outbox WHERE recipient = '${a.email}'`)[0][0]));
    }
    assert.ok(waits[0] > 60 && waits[1] > waits[0] && waits[2] > waits[1], `waits ${waits}`);
  } finally {
    rmSync(FAIL, { force: true });
  }
});
