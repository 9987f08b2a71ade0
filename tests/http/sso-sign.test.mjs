// Signing with the group's certificate (issue 8): an authorised user gets
// a CMS signature, detached or attached, that `openssl cms -verify`
// accepts against the test CA (and not against another CA, nor for other
// content); a user the certificate does not list is refused; every use
// and every refusal is in the audit trail; XML with a DTD is refused.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { BASE } from '../lib/env.mjs';
import { request, getCsrf, login } from '../lib/http.mjs';
import { assertHtmlPage } from '../lib/page.mjs';
import { th } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { pki, makeGroup, createSpace, installCertificate } from '../lib/sso.mjs';

const DIR = mkdtempSync(resolve(tmpdir(), 'passerelle-sign-'));
const BATCH = '<?xml version="1.0" encoding="UTF-8"?>\n<confirmations groupe="94475624">\n' +
  '  <confirmation demande="1001" date="2026-11-24" heures="2.5"/>\n  <confirmation demande="1002" date="2026-11-25" heures="1"/>\n</confirmations>\n';
let g, cert, memberJar;

const count = (where) => Number(sql(`SELECT COUNT(*) FROM ${where}`)[0][0]);

/** POSTs the signing form: a document (bytes) named filename, mode, certificate id. */
async function sign(jar, content, { filename = 'confirmations.xml', mode = 'detached', id = cert } = {}) {
  const page = await request('/sign', { jar });
  const body = new FormData();
  body.append('csrf', getCsrf(page.text));
  if (id !== null) body.append('cert', String(id));
  if (content !== null) body.append('file', new Blob([content]), filename);
  if (mode !== null) body.append('mode', mode);
  const res = await fetch(`${BASE}/sign`, {
    method: 'POST', body, headers: { cookie: jar.header() }, redirect: 'manual',
  });
  res.bytes = Buffer.from(await res.arrayBuffer());
  res.text = res.bytes.toString('utf8');
  return res;
}

/** openssl cms -verify on the DER signature; returns { ok, out, err }. */
function verify(signature, { content, ca = 'ca.pem' } = {}) {
  const sig = resolve(DIR, 'signature.der');
  writeFileSync(sig, signature);
  const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', sig, '-CAfile', resolve(pki().dir, ca), '-out', resolve(DIR, 'out')];
  if (content !== undefined) {
    writeFileSync(resolve(DIR, 'content'), content);
    args.push('-content', resolve(DIR, 'content'));
  }
  const r = spawnSync('openssl', args, { encoding: 'utf8' });
  return { ok: r.status === 0 && /Verification successful/.test(r.stderr), err: r.stderr, out: r.status === 0 ? readFileSync(resolve(DIR, 'out')) : null };
}

before(async () => {
  pki();
  g = await makeGroup('Signature');
  await createSpace(g, '94475624');
  cert = await installCertificate(g, 'group.p12');
  memberJar = await login(g.member.email, g.member.password);
});

test('an authorised user signs a batch of confirmations: the detached signature verifies against the issuing CA, and is audited', async () => {
  const page = await request('/sign', { jar: g.manager.jar });
  await assertHtmlPage(page, { status: 200, lang: 'fr' });
  assert.ok(page.text.includes('enctype="multipart/form-data"'));
  const res = await sign(g.manager.jar, BATCH);
  assert.equal(res.status, 200, res.text.slice(0, 300));
  assert.equal(res.headers.get('content-type'), 'application/pkcs7-signature');
  assert.match(res.headers.get('content-disposition'), /attachment; filename="confirmations\.xml\.p7s"/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const v = verify(res.bytes, { content: BATCH });
  assert.ok(v.ok, v.err);
  assert.ok(!verify(res.bytes, { content: BATCH.replace('2.5', '25') }).ok, 'other content does not verify');
  assert.ok(!verify(res.bytes, { content: BATCH, ca: 'other-ca.pem' }).ok, 'another CA does not vouch for it');
  const sha = createHash('sha256').update(BATCH).digest('hex');
  const [audit] = sql(`SELECT actor_id, detail FROM audit WHERE action = 'cert.signed' AND subject_id = ${cert} ORDER BY id DESC LIMIT 1`);
  assert.equal(Number(audit[0]), g.manager.id);
  assert.ok(audit[1].includes(`sha256=${sha}`) && audit[1].startsWith('detached'), audit[1]);
});

test('an attached signature holds the document, verifies, and gives it back unchanged', async () => {
  const doc = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0d, 0x0a, 0x80, 0x81]);
  const res = await sign(g.manager.jar, doc, { filename: 'rapport mensuel.pdf', mode: 'attached' });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pkcs7-mime');
  assert.match(res.headers.get('content-disposition'), /filename="rapportmensuel\.pdf\.p7m"/);
  const v = verify(res.bytes);
  assert.ok(v.ok, v.err);
  assert.deepEqual(v.out, doc);
});

test('XML with a DTD or not well formed, no document, a bad mode: refused on the field, nothing signed', async () => {
  const before = count(`audit WHERE action = 'cert.signed' AND subject_id = ${cert}`);
  const cases = [
    ['<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x "y">]><c>&x;</c>', {}, 'err.sso_sign.xml_dtd'],
    ['<confirmations><confirmation></confirmations>', {}, 'err.sso_sign.xml_invalid'],
    [null, {}, 'err.sso_sign.file_required'],
    ['', {}, 'err.sso_sign.file_required'],
    [BATCH, { mode: 'enveloppée' }, 'err.choice.invalid'],
    [Buffer.alloc(1024 * 1024 + 1, 0x41), { filename: 'gros.bin' }, 'err.sso_sign.too_large'],
  ];
  for (const [content, opts, key] of cases) {
    const res = await sign(g.manager.jar, content, opts);
    assert.equal(res.status, 422, key);
    assert.match(res.headers.get('content-type'), /text\/html/);
    assert.ok(res.text.includes(th('fr', key)), key);
  }
  assert.equal(count(`audit WHERE action = 'cert.signed' AND subject_id = ${cert}`), before);
});

test('a user the certificate does not list is refused, and the attempt is audited', async () => {
  const page = await request('/sign', { jar: memberJar });
  await assertHtmlPage(page, { status: 200 });
  assert.ok(page.text.includes(th('fr', 'sso_sign.not_authorised')));
  assert.ok(!page.text.includes('type="file"'));
  const res = await sign(memberJar, BATCH);
  assert.equal(res.status, 403);
  assert.ok(res.text.includes(th('fr', 'sso_sign.refused.title')));
  assert.doesNotMatch(res.headers.get('content-type'), /pkcs7/);
  const [audit] = sql(`SELECT actor_id, detail FROM audit WHERE action = 'cert.sign_refused' AND subject_id = ${cert} ORDER BY id DESC LIMIT 1`);
  assert.deepEqual(audit, [String(g.member.id), 'not_authorised']);
  // Once the manager lists them, they may.
  sql(`INSERT INTO cert_user (cert_id, user_id, granted_at, granted_by) VALUES (${cert}, ${g.member.id}, UTC_TIMESTAMP(), ${g.manager.id})`);
  const ok = await sign(memberJar, BATCH);
  assert.equal(ok.status, 200);
  assert.ok(verify(ok.bytes, { content: BATCH }).ok);
  sql(`DELETE FROM cert_user WHERE cert_id = ${cert} AND user_id = ${g.member.id}`);
});

test('another group\'s certificate answers 404, an expired one cannot sign; both audited', async () => {
  const foreign = Number(sql(`SELECT COALESCE(MAX(id), 0) FROM cert WHERE org_id <> ${g.org} AND state = 'active'`)[0][0]) || 999999999;
  const res = await sign(g.manager.jar, BATCH, { id: foreign });
  assert.equal(res.status, 404);
  assert.equal(sql(`SELECT detail FROM audit WHERE action = 'cert.sign_refused' AND subject_id = ${foreign} ORDER BY id DESC LIMIT 1`)[0][0], 'not_found');
  sql(`UPDATE cert SET not_after = UTC_TIMESTAMP() - INTERVAL 1 DAY WHERE id = ${cert}`);
  try {
    const expired = await sign(g.manager.jar, BATCH);
    assert.equal(expired.status, 422);
    assert.ok(expired.text.includes(th('fr', 'err.sso_sign.expired')));
    assert.equal(sql(`SELECT detail FROM audit WHERE action = 'cert.sign_refused' AND subject_id = ${cert} ORDER BY id DESC LIMIT 1`)[0][0], 'expired');
  } finally {
    sql(`UPDATE cert SET not_after = UTC_TIMESTAMP() + INTERVAL 300 DAY WHERE id = ${cert}`);
  }
});

test('the sealed key opens only for its own certificate: a key moved to another row does not sign', async () => {
  sql(`INSERT INTO cert (org_id, state, name, quality, sector, id_type, id_value, subject, issuer, serial, not_before, not_after, fingerprint, cert_der, chain_der, key_sealed, owner_id, created_at, created_by) ` +
    `SELECT org_id, 'replaced', name, quality, sector, id_type, id_value, subject, issuer, serial, not_before, not_after, REPEAT('0', 64), cert_der, chain_der, key_sealed, owner_id, created_at, created_by FROM cert WHERE id = ${cert}`);
  const copy = Number(sql(`SELECT MAX(id) FROM cert WHERE org_id = ${g.org} AND fingerprint = REPEAT('0', 64)`)[0][0]);
  // The copy's key is bound to another fingerprint: swapped in as the active one, it does not open.
  sql(`UPDATE cert SET state = 'replaced' WHERE id = ${cert}; UPDATE cert SET state = 'active' WHERE id = ${copy}`);
  try {
    const res = await sign(g.manager.jar, BATCH, { id: copy });
    assert.equal(res.status, 403, 'the responsible person is not listed on the copy, and its key would not open');
    sql(`INSERT INTO cert_user (cert_id, user_id, granted_at, granted_by) VALUES (${copy}, ${g.manager.id}, UTC_TIMESTAMP(), ${g.manager.id})`);
    const again = await sign(g.manager.jar, BATCH, { id: copy });
    assert.equal(again.status, 500, 'the key does not open under another fingerprint');
  } finally {
    sql(`UPDATE cert SET state = 'replaced' WHERE id = ${copy}; UPDATE cert SET state = 'active' WHERE id = ${cert}`);
  }
});
