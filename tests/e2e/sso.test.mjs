// A group's manager sets up its eHealth certificate in a real browser, in
// French and in English, with axe-core on every page seen: MyCareNet SSO
// — configuration, the secure space confirmed with their password and
// code, the upload refused for a wrong password then verified, the users,
// the billing establishment, the summary, Finish; then the signing page
// and the certificate login page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { BASE } from '../lib/env.mjs';
import { launch, submit, secondStepInBrowser } from '../lib/browser.mjs';
import { runAxe } from '../lib/axe.mjs';
import { t } from '../lib/i18n.mjs';
import { freshCode } from '../lib/totp.mjs';
import { sql } from '../lib/db.mjs';
import { pki, makeGroup } from '../lib/sso.mjs';

let browser;

before(async () => {
  pki();
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

for (const [locale, lang, file] of [['fr-BE', 'fr', 'group-e2e.p12'], ['en-GB', 'en', 'group-e2e-next.p12']]) {
  test(`in ${lang === 'fr' ? 'French' : 'English'}, a manager creates the secure space and installs the group's certificate with the wizard`, async () => {
    const g = await makeGroup(lang === 'fr' ? 'Tilleuls' : 'Lindens', { login: false, lang });
    const { manager, member } = g;
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const button = (key) => page.getByRole('button', { name: t(lang, key), exact: true });
    const link = (key) => page.getByRole('link', { name: t(lang, key), exact: true });
    try {
      await page.goto(`${BASE}/login/certificate`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'sso_login.title'));
      await runAxe(page, 'the certificate login page');

      await page.goto(`${BASE}/login`);
      await page.getByLabel(t(lang, 'login.email')).fill(manager.email);
      await page.getByLabel(t(lang, 'login.password')).fill(manager.password);
      await submit(page, button('login.submit'), 303);
      await secondStepInBrowser(page, manager.email, lang);
      await page.waitForURL(`${BASE}/`);

      // The configuration screen, from its tile.
      await link('tile.sso.title').click();
      await page.waitForURL(`${BASE}/sso`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'sso.title'));
      await runAxe(page, 'MyCareNet SSO — configuration');

      // The secure space, confirmed by the responsible person.
      await link('sso.space.create').click();
      await page.waitForURL(`${BASE}/sso/space`);
      await runAxe(page, 'the secure space form');
      await page.getByLabel(t(lang, 'sso_space.identifier')).fill('94475640');
      await page.getByLabel(t(lang, 'sso_space.password')).fill(manager.password);
      await page.getByLabel(t(lang, 'sso_space.code')).fill('000000');
      await submit(page, button('sso_space.submit'), 422);
      assert.ok((await page.getByRole('alert').innerText()).includes(t(lang, 'err.code.invalid')));
      await runAxe(page, 'the secure space form with an error');
      await page.getByLabel(t(lang, 'sso_space.password')).fill(manager.password);
      await page.getByLabel(t(lang, 'sso_space.code')).fill(await freshCode(manager.email));
      await submit(page, button('sso_space.submit'), 303);
      await page.waitForURL(`${BASE}/sso?done=space`);
      assert.equal(await page.getByRole('status').first().innerText(), t(lang, 'flash.sso.space'));

      // Step 1: upload and verify; a wrong password first.
      await link('sso.certs.new').click();
      await page.waitForURL(`${BASE}/sso/certificate/new`);
      await runAxe(page, 'the upload step');
      await page.setInputFiles('#field-file', resolve(pki().dir, file));
      await page.getByLabel(t(lang, 'sso_upload.password')).fill('pas le bon mot de passe');
      await submit(page, button('sso_upload.verify'), 422);
      assert.ok((await page.locator('#field-password-error').innerText()).includes(t(lang, 'err.cert.password')));
      await runAxe(page, 'the upload step refusing a wrong password');
      await page.setInputFiles('#field-file', resolve(pki().dir, file));
      await page.getByLabel(t(lang, 'sso_upload.password')).fill(pki().password);
      await submit(page, button('sso_upload.verify'), 303);
      await page.waitForURL((u) => u.pathname === '/sso/certificate/new' && u.searchParams.has('draft'));
      const details = await page.locator('main').innerText();
      for (const text of [t(lang, 'sso.quality.group'), 'GROUP', 'NIH', '94475640', manager.name]) assert.ok(details.includes(text), text);
      await runAxe(page, 'the verified certificate');

      // Step 2: the users; the responsible person is ticked and locked.
      await link('sso.next').click();
      await page.waitForURL((u) => u.pathname === '/sso/certificate/users');
      const mine = page.locator(`input[value="${manager.id}"]`);
      assert.ok(await mine.isChecked());
      assert.ok(await mine.isDisabled());
      await page.getByLabel(t(lang, 'sso.users.allow').replace('{name}', member.name)).check();
      await runAxe(page, 'the users step');
      await submit(page, button('sso.next'), 303);

      // Step 3: the billing establishment, with the responsible's NISS.
      await page.waitForURL((u) => u.pathname === '/sso/certificate/establishment');
      await runAxe(page, 'the establishment step');
      await page.getByLabel(t(lang, 'sso_establishment.new_name')).fill(`Facturation ${g.name}`);
      await page.getByLabel(t(lang, 'sso_establishment.new_tp')).fill(lang === 'fr' ? '41234567' : '41234568');
      await page.getByLabel(t(lang, 'sso_establishment.new_niss')).fill(member.niss);
      await submit(page, button('sso.next'), 422);
      assert.ok((await page.getByRole('alert').innerText()).includes(t(lang, 'err.sso.niss_not_owner')));
      await runAxe(page, 'the establishment step refusing a NISS that is not the responsible\'s');
      await page.getByLabel(t(lang, 'sso_establishment.new_niss')).fill(manager.niss);
      await submit(page, button('sso.next'), 303);

      // Step 4: the summary, then Finish.
      await page.waitForURL((u) => u.pathname === '/sso/certificate/summary');
      assert.ok((await page.locator('main').innerText()).includes(member.name));
      await runAxe(page, 'the summary');
      await submit(page, button('sso_summary.finish'), 303);
      await page.waitForURL(`${BASE}/sso?done=installed`);
      assert.equal(await page.getByRole('status').first().innerText(), t(lang, 'flash.sso.installed'));
      assert.ok((await page.locator('main').innerText()).includes(t(lang, 'sso.certs.active')));
      await runAxe(page, 'MyCareNet SSO — configuration with the certificate');
      assert.equal(sql(`SELECT COUNT(*) FROM cert WHERE org_id = ${g.org} AND state = 'active'`)[0][0], '1');

      // Who may use it, edited afterwards; the signing page.
      await link('sso.certs.edit_users').click();
      await page.waitForURL((u) => u.pathname === '/sso/certificate/access');
      await runAxe(page, 'the authorised users');
      await page.goto(`${BASE}/sign`);
      assert.equal(await page.locator('h1').innerText(), t(lang, 'sso_sign.title'));
      await runAxe(page, 'the signing page');
      await page.goto(`${BASE}/account/niss`);
      assert.ok((await page.locator('main').innerText()).includes(t(lang, 'sso_niss.owner')));
      await runAxe(page, 'the national number page of a responsible person');
    } finally {
      await context.close();
    }
  });
}
