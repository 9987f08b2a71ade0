// Reminders (issue 5): `passerelle reminders`, run from cron, queues the
// reminder of each appointment that starts within reminder_hours, by mail
// and by SMS, exactly once, even when several runs overlap; not for a
// cancelled appointment, one further ahead, or one booked inside the
// window (its confirmation said it all).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, VAR } from '../lib/env.mjs';
import { mailsTo, MAIL_DIR } from '../lib/mail.mjs';
import { t } from '../lib/i18n.mjs';
import { sql } from '../lib/db.mjs';
import { RUN, q, makeCitizen, addPerson, makeSlot, serviceId, smsTo, phone, auditOf, SMS_DIR, MONCTON } from '../lib/citizen.mjs';

const run = promisify(execFile);
const reminders = () =>
  run(resolve(ROOT, 'tools/passerelle'), ['reminders'], {
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'), PASSERELLE_MAIL_DIR: MAIL_DIR, PASSERELLE_SMS_DIR: SMS_DIR },
  });

/** An appointment booked `bookedAgo` minutes ago for a slot `minutes` from now. */
function booked(patient, account, minutes, bookedAgo, contact) {
  const slot = makeSlot(serviceId(MONCTON, 'flu_vaccine'), minutes);
  sql(
    `INSERT INTO appointment (slot_id, org_id, service_id, starts_at, patient_id, account_id, contact_email, contact_phone, lang, created_at) ` +
      `SELECT id, org_id, service_id, starts_at, ${patient}, ${account}, ${q(contact.email)}, ${q(contact.phone)}, ${q(contact.lang)}, ` +
      `UTC_TIMESTAMP() - INTERVAL ${bookedAgo} MINUTE FROM slot WHERE id = ${slot}`,
  );
  const id = Number(sql(`SELECT id FROM appointment WHERE slot_id = ${slot}`)[0][0]);
  sql(`UPDATE slot SET appointment_id = ${id} WHERE id = ${slot}`);
  return id;
}

test('each reminder goes out once, by mail and SMS, even when four runs overlap; not for cancelled, later or just-booked appointments', async () => {
  const mobile = phone();
  const c = makeCitizen({ given: 'Rappel', phone: mobile.e164, lang: 'en' });
  const kid = addPerson(c.id, 'child', 'Capucine');
  const contact = { email: `rappel-${RUN}@exemple.test`, phone: mobile.e164, lang: 'en' };
  const due = booked(kid, c.id, 3 * 60, 3 * 24 * 60, contact);
  const dueToo = booked(c.holder, c.id, 20 * 60, 2 * 24 * 60, { ...contact, phone: null });
  const cancelled = booked(c.holder, c.id, 4 * 60, 3 * 24 * 60, contact);
  sql(`UPDATE appointment SET state = 'cancelled' WHERE id = ${cancelled}`);
  const later = booked(c.holder, c.id, 3 * 24 * 60, 24 * 60, contact);
  const justBooked = booked(c.holder, c.id, 5 * 60, 10, contact);

  const runs = await Promise.all([reminders(), reminders(), reminders(), reminders()]);
  for (const r of runs) assert.match(r.stdout, /^reminders: \d+ queued, 0 failed/);
  const queued = runs.map((r) => Number(/reminders: (\d+) queued/.exec(r.stdout)[1]));
  assert.equal(queued.reduce((a, b) => a + b, 0), 2, `the runs together queued each due reminder once: ${queued}`);

  const mails = mailsTo(contact.email);
  assert.equal(mails.length, 2, 'one reminder mail for each due appointment');
  assert.ok(mails.every((m) => m.subject === t('en', 'citizen_mail.reminder_subject')));
  assert.ok(mails.some((m) => m.text.includes('Capucine')));
  const sms = smsTo(mobile.e164);
  assert.equal(sms.length, 1, 'one SMS: the other appointment has no phone');
  assert.ok(sms[0].text.startsWith(t('en', 'citizen_sms.reminder')), sms[0].text);
  assert.ok(sms[0].text.includes(`/citizen/appointments?id=${due}`));
  for (const id of [due, dueToo]) {
    assert.equal(sql(`SELECT reminder_sent_at IS NOT NULL FROM appointment WHERE id = ${id}`)[0][0], '1');
    assert.deepEqual(auditOf('appointment', id).map((a) => `${a.action}:${a.actor}`), ['appointment.reminded:0']);
  }
  for (const id of [cancelled, later, justBooked])
    assert.equal(sql(`SELECT reminder_sent_at IS NULL FROM appointment WHERE id = ${id}`)[0][0], '1', `no reminder for ${id}`);

  // The next run finds nothing new to send.
  const again = await reminders();
  assert.match(again.stdout, /^reminders: 0 queued, 0 failed/);
  assert.equal(mailsTo(contact.email).length, 2);
  assert.equal(smsTo(mobile.e164).length, 1);
});

test('a reminder whose SMS cannot leave stays queued and goes with a later run; sms-run delivers it', async () => {
  const mobile = phone();
  const c = makeCitizen({ phone: mobile.e164 });
  const contact = { email: `rappel-panne-${RUN}@exemple.test`, phone: mobile.e164, lang: 'fr' };
  const id = booked(c.holder, c.id, 2 * 60, 2 * 24 * 60, contact);
  const { mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  mkdirSync(SMS_DIR, { recursive: true });
  writeFileSync(resolve(SMS_DIR, '.fail'), '');
  try {
    const r = await reminders();
    assert.match(r.stdout, /[1-9]\d* queued/);
  } finally {
    rmSync(resolve(SMS_DIR, '.fail'));
  }
  assert.equal(smsTo(mobile.e164).length, 0, 'the gateway was down');
  assert.equal(mailsTo(contact.email).length, 1, 'the mail went');
  const row = sql(`SELECT state, attempts, last_error IS NOT NULL FROM citizen_sms WHERE recipient = ${q(mobile.e164)}`)[0];
  assert.equal(row.join(), 'pending,1,1');
  sql(`UPDATE citizen_sms SET next_attempt_at = UTC_TIMESTAMP() WHERE recipient = ${q(mobile.e164)}`);
  const { stdout } = await run(resolve(ROOT, 'tools/passerelle'), ['sms-run'], {
    env: { ...process.env, PASSERELLE_CONF: resolve(VAR, 'passerelle.conf'), PASSERELLE_SMS_DIR: SMS_DIR },
  });
  assert.match(stdout, /^sms-run: [1-9]\d* sent/);
  assert.equal(smsTo(mobile.e164).length, 1);
  assert.equal(sql(`SELECT reminder_sent_at IS NOT NULL FROM appointment WHERE id = ${id}`)[0][0], '1');
});
