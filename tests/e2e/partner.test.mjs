// The partner portal in a real browser, in French and in English, with
// axe-core on every page visited: a care coordinator accepts a pending
// request and reports an incident on an activated one; a finance user
// creates a service confirmation and submits it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE } from '../lib/env.mjs';
import { launch, submit, secondStepInBrowser } from '../lib/browser.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { makeAccount } from '../lib/accounts.mjs';
import { sql } from '../lib/db.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const day = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
const one = (s) => sql(s)[0]?.[0];
const provider = () => Number(one(`SELECT id FROM org WHERE name = 'Soutien à domicile Sud-Ouest (démo)'`));

/** A request of the demo provider in state, made as the agency would. */
function requestIn(state, start, end) {
  sql(
    `INSERT INTO service_request (agency_org_id, provider_org_id, client_id, care_service_id, centre_id, zone_id, state, ` +
      `start_date, end_date, units_per_week, unit_rate_cents, instructions, client_sort, service_sort_fr, service_sort_en, ` +
      `zone_sort_fr, zone_sort_en, centre_sort, created_by) ` +
      `SELECT c.org_id, ${provider()}, c.id, s.id, ce.id, z.id, '${state}', '${start}', '${end}', 800, 3000, 'Consignes', ` +
      `CONCAT(c.given_name, ' ', c.family_name), s.name_fr, s.name_en, z.name_fr, z.name_en, ce.name, ` +
      `(SELECT id FROM users WHERE email = 'agent@demo.passerelle.test') FROM client c, care_service s, service_centre ce ` +
      `JOIN zone z ON z.id = ce.zone_id WHERE c.file_number = 'DEMO-001' AND s.code = 'respite' AND ce.code = 'saint_john'`,
  );
  const id = Number(one('SELECT MAX(id) FROM service_request'));
  sql(`INSERT INTO service_request_event (request_id, kind) VALUES (${id}, 'offered')`);
  return id;
}

/** Signs a new account of role in the demo provider in through the pages. */
async function signIn(page, role, lang) {
  const who = makeAccount(role, { lang });
  sql(`UPDATE users SET org_id = ${provider()} WHERE id = ${who.id}`);
  await page.goto(`${BASE}/login`);
  await page.getByLabel(t(lang, 'login.email')).fill(who.email);
  await page.getByLabel(t(lang, 'login.password')).fill(who.password);
  await submit(page, page.getByRole('button', { name: t(lang, 'login.submit'), exact: true }), 303);
  await secondStepInBrowser(page, who.email, lang);
  await page.waitForURL(`${BASE}/`);
  return who;
}

for (const [locale, lang] of [['fr-CA', 'fr'], ['en-CA', 'en']]) {
  test(`in ${lang === 'fr' ? 'French' : 'English'}, a coordinator accepts a request and reports an incident`, async () => {
    const pending = requestIn('offered', day(3), day(90));
    const active = requestIn('activated', day(-30), day(60));
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    try {
      await signIn(page, 'care', lang);
      await runAxe(page, 'the home page');
      await page.getByRole('link', { name: t(lang, 'tile.partner_requests.title'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/requests');
      await runAxe(page, 'the pending requests');
      await page.getByRole('link', { name: String(pending).padStart(8, '0'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/request');
      await runAxe(page, 'a pending request');
      await submit(page, page.getByRole('button', { name: t(lang, 'partner.action.accept'), exact: true }), 303);
      assert.ok((await page.locator('.flash').innerText()).includes(t(lang, 'partner.flash.accepted')));
      assert.ok((await page.locator('.lead').innerText()).includes(t(lang, 'partner.state.accepted')));
      await runAxe(page, 'the accepted request');

      await page.goto(`${BASE}/requests?tab=active&sort=client&dir=desc`);
      await runAxe(page, 'the active requests sorted');
      await page.goto(`${BASE}/request?id=${active}`);
      await page.getByRole('link', { name: t(lang, 'partner.action.incident'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/report');
      await runAxe(page, 'the incident form');
      await submit(page, page.getByRole('button', { name: t(lang, 'partner.report.send'), exact: true }), 422);
      assert.equal(await page.locator('.error-summary').count(), 1, 'the empty form is refused with a summary');
      await runAxe(page, 'the incident form with errors');
      await page.getByLabel(t(lang, 'partner.report.day')).fill(day(-1));
      await page.getByLabel(t(lang, 'partner.report.time')).fill('14:30');
      await page.getByLabel(t(lang, 'partner.report.location')).fill('Salon');
      await page.getByLabel(t(lang, 'partner.report.what')).fill('Chute sans blessure');
      await page.getByLabel(t(lang, 'partner.report.people')).fill('La cliente, la préposée');
      await page.getByLabel(t(lang, 'partner.report.actions')).fill('Appel à la famille');
      await page.getByLabel(t(lang, 'partner.severity.moderate'), { exact: true }).check();
      await submit(page, page.getByRole('button', { name: t(lang, 'partner.report.send'), exact: true }), 303);
      assert.ok((await page.locator('.flash').innerText()).includes(t(lang, 'partner.flash.reported')));
      await runAxe(page, 'the incident report sent');
      await page.goto(`${BASE}/reports`);
      await runAxe(page, 'the service reports');
      assert.ok((await page.locator('tbody').innerText()).includes(t(lang, 'partner.kind.incident')));
    } finally {
      await context.close();
    }
  });

  test(`in ${lang === 'fr' ? 'French' : 'English'}, finance creates a service confirmation and submits it`, async () => {
    const active = requestIn('activated', day(-40), day(60));
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    try {
      await signIn(page, 'finance', lang);
      await page.getByRole('link', { name: t(lang, 'tile.partner_confirmations.title'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/confirmations');
      await runAxe(page, 'the confirmations');
      await page.goto(`${BASE}/request?id=${active}`);
      await runAxe(page, 'a request seen by finance');
      assert.equal(await page.getByText(t(lang, 'partner.client.health')).count(), 0, 'no health details for finance');
      await page.getByRole('link', { name: t(lang, 'partner.action.confirm'), exact: true }).click();
      await page.waitForURL((u) => u.pathname === '/confirmation');
      await runAxe(page, 'the new confirmation form');
      await page.getByLabel(t(lang, 'partner.confirmation.from')).fill(day(-30));
      await page.getByLabel(t(lang, 'partner.confirmation.to')).fill(day(5));
      await page.getByLabel(t(lang, 'partner.confirmation.units_hour')).fill(lang === 'fr' ? '7,5' : '7.5');
      await page.getByLabel(t(lang, 'partner.confirmation.amount')).fill(lang === 'fr' ? '225,00' : '225.00');
      await submit(page, page.getByRole('button', { name: t(lang, 'partner.confirmation.create'), exact: true }), 422);
      assert.ok((await page.locator('.error-summary').innerText()).includes(t(lang, 'err.partner.period.future')));
      await runAxe(page, 'the confirmation form with an error');
      await page.getByLabel(t(lang, 'partner.confirmation.to')).fill(day(-1));
      await submit(page, page.getByRole('button', { name: t(lang, 'partner.confirmation.create'), exact: true }), 303);
      assert.ok((await page.locator('.flash').innerText()).includes(t(lang, 'partner.flash.c_created')));
      await runAxe(page, 'the draft confirmation');
      await submit(page, page.getByRole('button', { name: t(lang, 'partner.confirmation.submit'), exact: true }), 303);
      assert.ok((await page.locator('.flash').innerText()).includes(t(lang, 'partner.flash.c_submitted')));
      await runAxe(page, 'the submitted confirmation');
      assert.equal(one(`SELECT CONCAT(state, ' ', units, ' ', amount_cents) FROM confirmation WHERE request_id = ${active}`), 'submitted 750 22500');
      await page.goto(`${BASE}/confirmations?tab=submitted`);
      await runAxe(page, 'the submitted confirmations with their totals');
      await page.goto(`${BASE}/confirmations/upload`);
      await runAxe(page, 'the upload form');
      await page.goto(`${BASE}/dashboard?report=activated`);
      await runAxe(page, 'the dashboard');
    } finally {
      await context.close();
    }
  });
}
