// One Chromium per test file (Debian's, driven by playwright-core).
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Clicks what submits a form and waits for the POST's answer; asserts its
 * status so that a refused form fails at once with what the page said,
 * instead of a time-out further on.
 */
export async function submit(page, clickable, expected) {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    clickable.click(),
  ]);
  await page.waitForLoadState();
  if (res.status() !== expected) {
    const h1 = await page.locator('h1').first().innerText().catch(() => '?');
    throw new Error(`POST ${new URL(res.url()).pathname} answered ${res.status()} (expected ${expected}): "${h1}"`);
  }
  return res;
}
