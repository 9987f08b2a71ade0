// validateHtml: every page the tests fetch must be valid HTML by
// html-validate's recommended rules.
import { HtmlValidate } from 'html-validate';

// libxslt's HTML serialiser (xsl:output method="html") writes void elements
// without a closing slash (<input ...>, <meta ...>), inserts
// <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"> as the
// first child of <head>, and escapes only what HTML needs. With
// html-validate 9's recommended preset none of that is reported, so no rule
// is turned off; void-style is pinned to "omit" (what libxslt writes) so a
// change of the preset's default cannot turn the serialiser's choice into a
// failure.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': ['error', { style: 'omit' }],
  },
});

/** Validates a document; returns { valid, messages } with readable messages. */
export async function validateHtml(html) {
  const report = await validator.validateString(html);
  const lines = html.split('\n');
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => {
      const line = lines[m.line - 1] || '';
      const around = line.slice(Math.max(0, m.column - 60), m.column + 60);
      return `${m.ruleId} at ${m.line}:${m.column}: ${m.message}\n      …${around}…`;
    }),
  );
  return { valid: report.valid, messages };
}

/** Asserts that a document is valid, listing the problems otherwise. */
export async function assertValidHtml(html, what = 'page') {
  const { valid, messages } = await validateHtml(html);
  if (!valid) throw new Error(`${what} is not valid HTML:\n  ${messages.join('\n  ')}`);
}
