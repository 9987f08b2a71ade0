// What every HTML response must be: the security headers of DESIGN.md
// section 8 and valid HTML.
import assert from 'node:assert/strict';
import { validateHtml } from './html.mjs';
import { htmlLang } from './http.mjs';

/** Asserts the security headers of an HTML response. */
export function assertSecurityHeaders(res, what = res.url) {
  const csp = res.headers.get('content-security-policy');
  assert.ok(csp, `${what}: no Content-Security-Policy`);
  assert.match(csp, /(^|;)\s*default-src 'self'/, `${what}: CSP without default-src 'self': ${csp}`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `${what}: CSP allows inline code: ${csp}`);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(res.headers.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
  assert.ok(res.headers.get('referrer-policy'), `${what}: no Referrer-Policy`);
  assert.match(res.headers.get('cache-control') || '', /no-store/, `${what}: Cache-Control without no-store`);
}

/**
 * Asserts an HTML page: status, text/html, security headers, valid HTML,
 * and optionally its language.
 */
export async function assertHtmlPage(res, { status, lang, what } = {}) {
  const name = what || `${res.status} ${res.url}`;
  if (status !== undefined) assert.equal(res.status, status, `${name}: status (body: ${res.text.slice(0, 300)})`);
  assert.match(res.headers.get('content-type') || '', /^text\/html/i, `${name}: content type`);
  assertSecurityHeaders(res, name);
  const { valid, messages } = await validateHtml(res.text);
  assert.ok(valid, `${name} is not valid HTML:\n  ${messages.join('\n  ')}`);
  if (lang !== undefined) assert.equal(htmlLang(res.text), lang, `${name}: <html lang>`);
}

/** The 8-hex-digit reference an error page shows. */
export function errorRef(html) {
  return /<code class="reference">([0-9A-Fa-f]{8})<\/code>/.exec(html)?.[1];
}
