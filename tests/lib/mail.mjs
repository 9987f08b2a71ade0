// The mail the capture sendmail keeps under VAR/mail, read back the simple
// way a test needs (tests/lib/mailcheck.py reads it with a real parser).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VAR } from './env.mjs';

export const MAIL_DIR = resolve(VAR, 'mail');

/** Decodes RFC 2047 UTF-8 base64 words, folded or not. */
function decodeWords(s) {
  return s
    .replace(/\?=\n[ \t]+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b) => Buffer.from(b, 'base64').toString('utf8'));
}

/** A kept message: { to, subject, text, html } (bodies decoded). */
export function parseMail(kept) {
  const raw = kept.replace(/\r\n/g, '\n');
  const at = raw.indexOf('\n\n');
  const head = raw.slice(0, at);
  const header = (name) => new RegExp(`^${name}: (.*(?:\\n[ \\t].*)*)`, 'mi').exec(head)?.[1] ?? '';
  const boundary = /boundary="([^"]+)"/.exec(header('Content-Type'))[1];
  const parts = {};
  for (const part of raw.slice(at + 2).split(`--${boundary}`)) {
    const split = part.indexOf('\n\n');
    if (split < 0) continue;
    const type = /Content-Type: ([^;\n]+)/i.exec(part.slice(0, split))?.[1];
    if (type) parts[type] = Buffer.from(part.slice(split + 2).replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return {
    to: /<([^>]+)>/.exec(header('To'))?.[1] ?? header('To'),
    subject: decodeWords(header('Subject')),
    text: parts['text/plain'],
    html: parts['text/html'],
  };
}

/** The names of every kept message, oldest first. */
export function mailFiles() {
  try {
    return readdirSync(MAIL_DIR).filter((f) => f.endsWith('.eml')).sort();
  } catch {
    return [];
  }
}

/** Every message to the address, oldest first. */
export function mailsTo(email) {
  return mailFiles()
    .map((f) => readFileSync(resolve(MAIL_DIR, f), 'utf8'))
    .filter((raw) => raw.includes(`To: <${email}>`))
    .map(parseMail);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits (mail leaves after the answer) until the address has n messages. */
export async function waitMails(email, n) {
  for (let i = 0; i < 50 && mailsTo(email).length < n; i++) await sleep(100);
  const list = mailsTo(email);
  assert.equal(list.length, n, `${n} message(s) to ${email}`);
  return list;
}

/** The token of the link to path in a message, checked in both parts. */
export function tokenIn(mail, path) {
  const re = new RegExp(`https?://[^\\s<>"]*${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]{43})`);
  const text = re.exec(mail.text);
  assert.ok(text, `a ${path} link in the text part:\n${mail.text}`);
  assert.ok(mail.html.includes(`${path}?token=${text[1]}`), 'the same link in the HTML part');
  return text[1];
}
