// The words users read, from the catalogs the stylesheets use, so that
// tests check the page against xsl/i18n/<lang>.xml instead of copies.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './env.mjs';

const catalogs = {};

function unescapeXml(s) {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

function catalog(lang) {
  if (!catalogs[lang]) {
    const xml = readFileSync(resolve(ROOT, 'xsl/i18n', `${lang}.xml`), 'utf8');
    const map = new Map();
    for (const m of xml.matchAll(/<m k="([^"]+)">([\s\S]*?)<\/m>/g)) map.set(m[1], unescapeXml(m[2]));
    catalogs[lang] = map;
  }
  return catalogs[lang];
}

/** The message of a key in a language; throws on an unknown key. */
export function t(lang, key) {
  const v = catalog(lang).get(key);
  if (v === undefined) throw new Error(`no key ${key} in xsl/i18n/${lang}.xml`);
  return v;
}

/** The message as it appears in the HTML text of a page (&, <, > escaped). */
export function th(lang, key) {
  return t(lang, key).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
