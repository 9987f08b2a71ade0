// runAxe: axe-core inside a Playwright page. The page's CSP forbids inline
// script, so axe is evaluated as a string through the DevTools protocol
// (page.evaluate), never added as a <script> element.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Formats axe violations for a person reading a test failure. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ')}\n        ${n.html}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/**
 * Runs axe on the current page; throws with a readable list if it finds any
 * violation. Every rule of TAGS runs; only the violations are worked out in
 * full and brought back from the page (axe's resultTypes: the passes would
 * cost a selector for every node checked, and a large transfer).
 */
export async function runAxe(page, what = '') {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(axeSource);
  const result = await page.evaluate(
    async (tags) => ({ violations: (await window.axe.run({ runOnly: tags, resultTypes: ['violations'] })).violations }),
    TAGS,
  );
  if (result.violations.length) {
    throw new Error(
      `axe found ${result.violations.length} violation(s) on ${what || page.url()}:\n${formatViolations(result.violations)}`,
    );
  }
  return result;
}
