// Every mail template, in both languages, makes a message that a real mail
// parser (Python's email package) reads: multipart/alternative, UTF-8 text
// and HTML, an encoded subject in the recipient's language, proper Date,
// Message-ID and From.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, VAR } from '../lib/env.mjs';

const templates = readdirSync(resolve(ROOT, 'xsl/mail'))
  .filter((f) => f.endsWith('.xsl') && f !== 'layout.xsl')
  .map((f) => f.slice(0, -4));

/** The message `passerelle mail-preview` makes, as Python's parser reads it. */
function parsed(template, lang) {
  const data = readFileSync(resolve(ROOT, `tests/fixtures/mail/${template}.xml`));
  const message = execFileSync(resolve(ROOT, 'tools/passerelle'),
    ['mail-preview', template, lang, 'destinataire@example.test'],
    { input: data, env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf') } });
  const json = execFileSync('python3', [resolve(ROOT, 'tests/lib/mailcheck.py')], { input: message });
  return { raw: message.toString(), ...JSON.parse(json.toString()) };
}

test('every mail template has data to try it with', () => {
  assert.ok(templates.length >= 1);
  for (const t of templates) readFileSync(resolve(ROOT, `tests/fixtures/mail/${t}.xml`));
});

for (const template of templates) {
  test(`the ${template} mail reads correctly in French and in English`, () => {
    const fr = parsed(template, 'fr');
    const en = parsed(template, 'en');
    for (const [lang, m] of [['fr', fr], ['en', en]]) {
      assert.deepEqual(m.defects, [], `${lang}: parser defects`);
      assert.ok(m.subject.length > 5 && !m.subject.includes('=?'), `${lang}: decoded subject`);
      assert.match(m.to, /^<?destinataire@example\.test>?$/);
      assert.match(m.from, /<[^@>]+@[^>]+>$/);
      assert.match(m.message_id, /^<[0-9a-f]{32}@[^>]+>$/);
      assert.ok(Math.abs(Date.parse(m.date) - Date.now()) < 120000, `${lang}: Date is now`);
      assert.match(m.html, new RegExp(`<html lang="${lang}"`));
      assert.ok(m.text.trim().length > 40, `${lang}: a text part`);
      // Only data becomes text: no markup leaks into either part.
      assert.doesNotMatch(m.text, /<[a-z]+>/);
      assert.doesNotMatch(m.html, /<(name|minutes|hours|link|email|org)>/);
      // Lines of the raw message stay within RFC 5322's 998 characters.
      for (const line of m.raw.split('\r\n')) assert.ok(line.length <= 998);
    }
    assert.notEqual(fr.subject, en.subject, 'each language has its own subject');
    assert.notEqual(fr.text, en.text);
  });
}

test('a subject in French is encoded as RFC 2047 words and decodes to the same text', () => {
  const fr = parsed('locked', 'fr');
  assert.match(fr.raw, /^Subject: =\?UTF-8\?B\?/m);
  assert.match(fr.subject, /verrouillé/);
});
