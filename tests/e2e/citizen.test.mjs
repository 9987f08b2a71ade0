// Citizen accounts and appointments in a real browser, in French and in
// English, with axe-core on every page seen: a parent signs in, searches
// near their postal code and books their child's vaccination; then the
// reception of the establishment marks the child present and runs the
// guided three steps (present, identify the parent, validate the child's
// association) without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { BASE, PASSWORD, RESULTS } from '../lib/env.mjs';
import { launch, submit } from '../lib/browser.mjs';
import { session } from '../lib/http.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { makeCitizen, addPerson, makeSlot, serviceId, localDate, MONCTON, RECEPTION } from '../lib/citizen.mjs';

let browser;
const booked = {}; // lang → { id, parent }

before(async () => {
  browser = await launch();
  mkdirSync(RESULTS, { recursive: true });
});

after(async () => {
  await browser?.close();
});

/** A browser context in the language, as a person who chose it. */
async function contextIn(locale, lang) {
  const context = await browser.newContext({ locale });
  await context.addCookies([{ name: 'lang', value: lang, url: BASE }]);
  return context;
}

for (const [locale, lang] of [
  ['fr-CA', 'fr'],
  ['en-CA', 'en'],
]) {
  const language = lang === 'fr' ? 'French' : 'English';

  test(`in ${language}, a parent signs in, finds the vaccination near home and books it for their child`, async () => {
    const parent = makeCitizen({ given: lang === 'fr' ? 'Hélène' : 'Helen', lang, postal: 'E1A 7K3' });
    const child = addPerson(parent.id, 'child', lang === 'fr' ? 'Jules' : 'Julia', '2019-04-04');
    const service = serviceId(MONCTON, 'child_vaccine');
    const slot = makeSlot(service, 2 * 24 * 60);
    const context = await contextIn(locale, lang);
    const page = await context.newPage();
    try {
      await page.goto(`${BASE}/login`);
      await page.getByLabel(t(lang, 'login.email')).fill(parent.email);
      await page.getByLabel(t(lang, 'login.password')).fill(PASSWORD);
      await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 303);
      await page.waitForURL(`${BASE}/`);
      await runAxe(page, 'the citizen\'s home page');

      await page.getByRole('link', { name: t(lang, 'tile.citizen_search.title'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/citizen/search');
      assert.equal(await page.getByLabel(t(lang, 'citizen_search.postal_code')).inputValue(), 'E1A 7K3', 'the postal code of the profile');
      await page.getByLabel(t(lang, 'citizen_search.service'), { exact: true }).selectOption('child_vaccine');
      await page.getByRole('button', { name: t(lang, 'citizen_search.submit'), exact: true }).click();
      await page.waitForURL((u) => u.searchParams.get('service') === 'child_vaccine');
      await runAxe(page, 'the search results');
      const first = page.locator('.cz-result').first();
      assert.equal(await first.locator('h3').innerText(), MONCTON, 'the nearest first');

      await first.locator(`a[href="/citizen/slots?service=${service}"]`).click();
      await page.waitForURL((u) => u.pathname === '/citizen/slots');
      await runAxe(page, 'the free times');
      await page.locator(`a[href="/citizen/book?slot=${slot}"]`).click();
      await page.waitForURL((u) => u.pathname === '/citizen/book');
      assert.equal(await page.locator('h1').innerText(), t(lang, 'citizen_book.title'));
      await runAxe(page, 'the booking form');

      // "For whom?": the child, a person of the account.
      await page.getByLabel(`${lang === 'fr' ? 'Jules' : 'Julia'} Essai (${t(lang, 'citizen.relation.child')})`).check();
      assert.equal(await page.getByLabel(t(lang, 'citizen_book.contact_email')).inputValue(), parent.email, 'filled in from the account');
      await submit(page, page.getByRole('button', { name: t(lang, 'citizen_book.submit'), exact: true }), 303);
      await page.waitForURL((u) => u.pathname === '/citizen/appointments' && u.searchParams.has('id'));
      assert.equal(await page.getByRole('status').innerText(), t(lang, 'citizen_appointments.booked'));
      await runAxe(page, 'the booked appointment');
      const id = Number(new URL(page.url()).searchParams.get('id'));
      assert.equal(sql(`SELECT patient_id, account_id FROM appointment WHERE id = ${id}`)[0].join(), `${child},${parent.id}`);

      await page.getByRole('link', { name: t(lang, 'citizen_appointments.back'), exact: true }).click();
      await page.waitForURL(`${BASE}/citizen/appointments`);
      await runAxe(page, 'the list of appointments');
      assert.equal(await page.locator(`a[href="/citizen/appointments?id=${id}"]`).count(), 1);
      await page.screenshot({ path: resolve(RESULTS, `citizen-appointments-${lang}.png`), fullPage: true });
      booked[lang] = { id, parent, child };
    } finally {
      await context.close();
    }
  });

  test(`in ${language}, the reception marks the child present and runs the three steps: present, identify the parent, validate the association`, async () => {
    const b = booked[lang];
    assert.ok(b, 'the booking of the test before');
    // The day of the appointment has come: it started five minutes ago.
    sql(
      `UPDATE slot s JOIN appointment a ON a.slot_id = s.id SET s.starts_at = UTC_TIMESTAMP() - INTERVAL 5 MINUTE, ` +
        `s.ends_at = UTC_TIMESTAMP() + INTERVAL 15 MINUTE, a.starts_at = UTC_TIMESTAMP() - INTERVAL 5 MINUTE WHERE a.id = ${b.id}`,
    );
    const date = localDate(sql(`SELECT starts_at FROM appointment WHERE id = ${b.id}`)[0][0]);
    const name = `${lang === 'fr' ? 'Jules' : 'Julia'} Essai`;
    const context = await contextIn(locale, lang);
    // The reception's session of the day (signing in with two-step
    // verification is the journey tests' story): its cookie in this browser.
    const staff = await session(RECEPTION);
    await context.addCookies([{ name: 'sid', value: staff.get('sid'), url: BASE }]);
    const page = await context.newPage();
    try {
      await page.goto(`${BASE}/establishment/follow?date=${date}`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'citizen_follow.title'));
      const row = page.locator(`tr#a${b.id}`);
      assert.equal(await row.locator('.cz-status-text').allInnerTexts().then((x) => x.join('|')),
        `${t(lang, 'citizen.identity.not_validated')}|${t(lang, 'citizen.association.not_validated')}`, 'the states in words');
      await runAxe(page, 'the follow-up screen');
      await page.screenshot({ path: resolve(RESULTS, `citizen-follow-${lang}.png`), fullPage: true });

      // Step 1: present. The flow opens at step 2.
      await submit(page, row.getByRole('button', { name: `${t(lang, 'citizen_follow.mark_present')} – ${name}` }), 303);
      await page.waitForURL((u) => u.pathname === '/establishment/checkin');
      assert.deepEqual(await page.locator('.cz-step-text').allTextContents(), [
        `1. ${t(lang, 'citizen_checkin.step.present.done')}`,
        `2. ${t(lang, 'citizen_checkin.step.identity.current')}`,
        `3. ${t(lang, 'citizen_checkin.step.association.todo')}`,
      ]);
      await runAxe(page, 'step 2: the identity of the parent');

      // Step 2: the parent's identity, checked against a document.
      assert.equal(await page.getByLabel(t(lang, 'citizen_checkin.given_name')).inputValue(), b.parent.given);
      await submit(page, page.getByRole('button', { name: t(lang, 'citizen_checkin.identity_submit'), exact: true }), 422);
      assert.ok(await page.getByRole('alert').innerText().then((x) => x.includes(t(lang, 'err.citizen_checkin.confirm'))), 'the box must be ticked');
      await runAxe(page, 'step 2 refused: the box was not ticked');
      await page.getByLabel(t(lang, 'citizen_checkin.identity_check'), { exact: true }).check();
      await submit(page, page.getByRole('button', { name: t(lang, 'citizen_checkin.identity_submit'), exact: true }), 303);
      await page.waitForURL((u) => u.pathname === '/establishment/checkin');
      assert.ok((await page.locator('.cz-step-done').count()) === 2);
      await runAxe(page, 'step 3: the association of the child');

      // Step 3: the child's association to the parent's account.
      const label = t(lang, 'citizen_checkin.association_check').replace('{patient}', name).replace('{holder}', `${b.parent.given} ${b.parent.family}`);
      await page.getByLabel(label, { exact: true }).check();
      await submit(page, page.getByRole('button', { name: t(lang, 'citizen_checkin.association_submit'), exact: true }), 303);
      await page.waitForURL((u) => u.pathname === '/establishment/follow');
      assert.equal(await page.getByRole('status').innerText(), t(lang, 'citizen_follow.done_checked_in'));
      assert.equal(await page.locator(`tr#a${b.id} .cz-status-text`).allInnerTexts().then((x) => x.join('|')),
        `${t(lang, 'citizen.identity.validated')}|${t(lang, 'citizen.association.validated')}`);
      await runAxe(page, 'the follow-up screen after the check-in');
      assert.equal(sql(`SELECT a.state, p.association_validated_at IS NOT NULL, h.identity_validated_at IS NOT NULL FROM appointment a ` +
        `JOIN patient p ON p.id = a.patient_id JOIN patient h ON h.holder_of = a.account_id WHERE a.id = ${b.id}`)[0].join(), 'present,1,1');
    } finally {
      await context.close();
    }
  });
}
