// Hostile values for form fields: each is { label, value } (a JS string,
// sent UTF-8 and percent-encoded like a browser) or { label, raw } (bytes
// already percent-encoded, sent as they are: invalid UTF-8 and the like).
// `keep` marks values that are valid text and must come back unchanged
// when stored and shown.

export const LONG_LENGTH = 100000;

export const HOSTILE = [
  { label: 'SQL quote and comment', value: "' OR 1=1 --" },
  { label: 'SQL statement', value: '"; DROP TABLE users; --' },
  { label: 'backslashes', value: "\\'\\\"\\\\ \\x00 \\n" },
  { label: 'script element', value: '<script>alert(1)</script>' },
  { label: 'double-quoted attribute breaker', value: '" onmouseover="x' },
  { label: 'single-quoted attribute breaker', value: "'><img src=x onerror=alert(1)>" },
  { label: 'javascript URL', value: 'javascript:alert(1)' },
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'control characters', value: 'a\u0001\u0007\u001b[31m\u007fb\r\nX-Injected: 1' },
  { label: 'invalid UTF-8: C3 28', raw: '%C3%28' },
  { label: 'invalid UTF-8: surrogate ED A0 80', raw: '%ED%A0%80' },
  { label: 'invalid UTF-8: FF', raw: 'x%FFy' },
  { label: 'right-to-left override', value: 'abc\u202Etxt.exe' },
  { label: 'formula =1+2', value: '=1+2' },
  { label: 'formula +1', value: '+1' },
  { label: 'formula -1', value: '-1' },
  { label: 'formula @SUM', value: '@SUM(A1)' },
  { label: 'tab first', value: '\t=1+2' },
  { label: 'CR first', value: '\r=1+2' },
  { label: 'emoji and accents', value: 'Élodie Ñúñez 🙂 çà', keep: true },
];

/** The 100,000-character string, sent to one text field per form. */
export const LONG = { label: '100,000 characters', value: 'A'.repeat(LONG_LENGTH) };

/** The percent-encoded form of a corpus entry, for a urlencoded body. */
export function encoded(entry) {
  return entry.raw ?? encodeURIComponent(entry.value);
}
