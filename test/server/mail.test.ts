// E-mail that is really sent: the booking server's outbox and worker against a real SMTP server
// started in this process (smtp-server), each mail parsed (mailparser) and its .ics read with an
// iCalendar library (ical.js), not with our own writer. The clock is injected throughout.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { pino } from 'pino';
import { BookingMetrics } from '../../server/metrics.js';
import { createApp } from '../../server/app.js';
import { smtpTransport } from '../../server/mail/smtp.js';
import { MailWorker } from '../../server/mail/worker.js';
import { seedCatalogue } from '../../server/seed.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import { startServer } from '../../server/start.js';
import type { BookingStorage } from '../../server/storage.js';
import { CreatedBookingResponseSchema } from '../../src/booking/booking.schema.js';
import { bearer, bookingBody, call, expectShape, NOW, postBooking, valbyPasSlotId } from './fixtures.js';
import { type Inbox, startInbox } from './mail-inbox.js';

const PAGE = 'https://www.kk.dk/book-tid';
const FROM = 'Borgerservice <booking@kk.dk>';
const HOUR = 3_600_000;
// Thursday 9 April 2026 12:00 Copenhagen (summer time, +02:00): ten days after NOW.
const LATER_SLOT = valbyPasSlotId('2026-04-09T12:00:00+02:00');
const MOVED_SLOT = valbyPasSlotId('2026-04-13T12:00:00+02:00');

const dir = mkdtempSync(join(tmpdir(), 'booking-mail-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Setup {
  storage: BookingStorage;
  app: ReturnType<typeof createApp>;
  worker: MailWorker;
  clock: { now: Date };
  logLines: string[];
}

async function setup(
  inbox: Inbox | undefined,
  options: { storage?: BookingStorage; reminderHours?: number; batchSize?: number; metrics?: BookingMetrics } = {},
): Promise<Setup> {
  const storage = options.storage ?? new SqliteBookingStorage(':memory:');
  await seedCatalogue(storage);
  const clock = { now: NOW };
  const logLines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) });
  const worker = new MailWorker(storage, {
    ...(inbox ? { transport: smtpTransport({ host: '127.0.0.1', port: inbox.port, secure: false }, { connectionMs: 2000 }) } : {}),
    from: FROM,
    now: () => clock.now,
    logger,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const app = createApp(storage, {
    now: () => clock.now,
    rateLimit: false,
    citizenLimit: 0,
    logger,
    mail: { reminderHours: options.reminderHours ?? 24, bookingPageUrl: PAGE },
  });
  return { storage, app, worker, clock, logLines };
}

async function book(app: Setup['app'], slotId: string, extra: Record<string, unknown> = {}) {
  const response = await postBooking(app, bookingBody(slotId, extra));
  assert.equal(response.status, 201, response.text);
  return expectShape(CreatedBookingResponseSchema, response.body);
}

/** The newest outbox row of `kind` (a booking queues its confirmation and its reminder). */
async function rowOf(storage: BookingStorage, kind: string) {
  return (await storage.mailOutbox(100)).find((row) => row.kind === kind);
}

function icsOf(mail: ParsedMail): ICAL.Event {
  const attachment = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  assert.ok(attachment, 'an .ics attachment');
  assert.match(attachment.filename ?? '', /\.ics$/);
  const component = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')));
  return new ICAL.Event(component.getFirstSubcomponent('vevent') as ICAL.Component);
}

describe('e-mail through SMTP', () => {
  it('sends a Danish confirmation: code, time with "dansk tid", place, what to bring, manage link, .ics attached', async () => {
    const inbox = await startInbox();
    const s = await setup(inbox);
    const created = await book(s.app, LATER_SLOT);
    assert.deepEqual(await s.worker.runOnce(), { sent: 1, unsent: 0, retried: 0, failed: 0, dropped: 0 });
    const [mail] = await inbox.waitFor(1);
    assert.ok(mail);
    const { booking, token } = created;
    assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.text : '', 'anna@example.dk');
    assert.equal(mail.from?.text, '"Borgerservice" <booking@kk.dk>');
    assert.match(
      mail.subject ?? '',
      /^Din tid er booket: Pas torsdag den 9\. april kl\. 12\.00$|^Din tid er booket: Pas torsdag 9\. april kl\. 12\.00$/,
    );
    assert.equal(mail.headers.get('content-language'), 'da');
    const text = mail.text ?? '';
    assert.match(text, new RegExp(`Bookingkode: ${booking.code}`));
    assert.match(text, /Hvornår: torsdag (den )?9\. april 2026 kl\. 12\.00–12\.15 \(dansk tid\)/);
    assert.match(text, /Hvor: Valby Bibliotek, Annexstræde 2, 2500 Valby/);
    assert.match(text, /Husk at tage med:\n- Dit gamle pas, også hvis det er udløbet\./);
    assert.match(text, /- Til børn: samtykke fra begge forældre med forældremyndighed\./);
    const link = `${PAGE}#booking=${booking.id}&token=${token}`;
    assert.ok(text.includes(`Se, flyt eller aflys din tid: ${link}`), text);
    // HTML: the same facts; the link as a link.
    const html = String(mail.html);
    assert.ok(html.includes(`<a href="${link.replace(/&/g, '&amp;')}">Se, flyt eller aflys din tid</a>`), html);
    assert.ok(html.includes(booking.code));
    assert.ok(html.includes('<html lang="da">'));
    // The .ics, read by ical.js.
    const event = icsOf(mail);
    assert.equal(event.uid, `${booking.id}@borger-booking`);
    assert.equal(event.startDate.toJSDate().toISOString(), new Date(booking.start).toISOString());
    assert.equal(event.endDate.toJSDate().toISOString(), new Date(booking.end).toISOString());
    assert.equal(event.summary, 'Pas, Valby Bibliotek');
    assert.equal(event.location, 'Valby Bibliotek, Annexstræde 2, 2500 Valby');
    assert.match(event.description, new RegExp(`Bookingkode: ${booking.code}`));
    assert.match(event.description, /Husk at tage med:\n- Dit gamle pas/);
    // The token (a capability) stays out of the calendar file: calendars are shared and synced.
    assert.ok(!event.description.includes(token));
    // Sent: the address and the texts are gone from the outbox.
    const row = await rowOf(s.storage, 'confirmation');
    assert.equal(row?.status, 'sent');
    assert.equal(row?.content, undefined);
    await s.worker.stop();
    await inbox.stop();
    await s.storage.close();
  });

  it('writes in the booking language: English for "en-GB", Danish for Swedish, English for French', async () => {
    const inbox = await startInbox();
    const s = await setup(inbox);
    const created = await book(s.app, LATER_SLOT, { lang: 'en-GB' });
    await book(s.app, valbyPasSlotId('2026-04-09T12:15:00+02:00'), { lang: 'sv' });
    await book(s.app, valbyPasSlotId('2026-04-09T12:30:00+02:00'), { lang: 'fr' });
    await s.worker.drain();
    const mails = await inbox.waitFor(3);
    const bySubject = (pattern: RegExp) => mails.filter((m) => pattern.test(m.subject ?? '')).length;
    assert.equal(bySubject(/^Your appointment is booked: Passport Thursday 9 April at 12:00$/), 1);
    assert.equal(bySubject(/^Your appointment is booked: Passport Thursday 9 April at 12:30$/), 1);
    assert.equal(bySubject(/^Din tid er booket: Pas torsdag (den )?9\. april kl\. 12\.15$/), 1);
    const english = mails.find((m) => /12:00/.test(m.subject ?? '')) as ParsedMail;
    assert.match(english.text ?? '', /When: Thursday,? 9 April 2026, 12:00–12:15 \(Danish time\)/);
    assert.match(english.text ?? '', /Where: Valby Library, Annexstræde 2, 2500 Valby/);
    assert.match(english.text ?? '', /Remember to bring:\n- Your old passport, even if it has expired/);
    assert.ok(
      (english.text ?? '').includes(`See, move or cancel your appointment: ${PAGE}#booking=${created.booking.id}&token=${created.token}`),
    );
    assert.equal(english.headers.get('content-language'), 'en');
    assert.equal(icsOf(english).summary, 'Passport, Valby Library');
    await s.worker.stop();
    await inbox.stop();
    await s.storage.close();
  });

  it('reminds REMINDER_HOURS before the appointment, with the time as it is then (moved), not before', async () => {
    const inbox = await startInbox();
    const s = await setup(inbox, { reminderHours: 24 });
    const created = await book(s.app, LATER_SLOT);
    await s.worker.drain();
    await inbox.waitFor(1);
    const confirmationSequence = icsOf(inbox.mails[0] as ParsedMail).sequence;
    // Ten minutes later, moved to Monday 13 April 12:00: a "moved" mail now, and the reminder follows the new time.
    s.clock.now = new Date(s.clock.now.getTime() + 10 * 60_000);
    const moved = await call(s.app, 'POST', `/bookings/${created.booking.id}/reschedule`, {
      body: { slotId: MOVED_SLOT },
      headers: bearer(created.token),
    });
    assert.equal(moved.status, 200, moved.text);
    await s.worker.drain();
    const [, movedMail] = await inbox.waitFor(2);
    assert.match(movedMail?.subject ?? '', /^Din tid er flyttet: Pas mandag (den )?13\. april kl\. 12\.00$/);
    assert.ok((movedMail?.text ?? '').includes(`${PAGE}#booking=${created.booking.id}&token=${created.token}`));
    assert.equal(
      icsOf(movedMail as ParsedMail)
        .startDate.toJSDate()
        .toISOString(),
      '2026-04-13T10:00:00.000Z',
    );
    // Same UID, higher SEQUENCE: a calendar replaces the entry it has instead of keeping both times.
    assert.equal(icsOf(movedMail as ParsedMail).uid, icsOf(inbox.mails[0] as ParsedMail).uid);
    assert.equal(icsOf(movedMail as ParsedMail).sequence, confirmationSequence + 10);

    const appointment = Date.parse('2026-04-13T12:00:00+02:00');
    // The old reminder's time (8 April 12:00) passes: nothing.
    s.clock.now = new Date(Date.parse('2026-04-09T12:00:00+02:00') - 24 * HOUR + 60_000);
    assert.equal((await s.worker.drain()).sent, 0);
    // A minute before the new reminder time: nothing.
    s.clock.now = new Date(appointment - 24 * HOUR - 60_000);
    assert.equal((await s.worker.drain()).sent, 0);
    s.clock.now = new Date(appointment - 24 * HOUR);
    assert.equal((await s.worker.drain()).sent, 1);
    const [, , reminder] = await inbox.waitFor(3);
    assert.match(reminder?.subject ?? '', /^Husk din tid: Pas mandag (den )?13\. april kl\. 12\.00$/);
    assert.match(reminder?.text ?? '', /Hvornår: mandag (den )?13\. april 2026 kl\. 12\.00–12\.15 \(dansk tid\)/);
    assert.match(reminder?.text ?? '', /brug linket i din bekræftelse/);
    assert.equal(reminder?.attachments.length, 0);
    // Once only.
    s.clock.now = new Date(appointment - 2 * HOUR);
    assert.equal((await s.worker.drain()).sent, 0);
    assert.equal(inbox.mails.length, 3);
    await s.worker.stop();
    await inbox.stop();
    await s.storage.close();
  });

  it('sends a cancellation with a cancelling .ics, and withdraws the reminder', async () => {
    const inbox = await startInbox();
    const s = await setup(inbox);
    const created = await book(s.app, LATER_SLOT);
    await s.worker.drain();
    assert.equal((await call(s.app, 'DELETE', `/bookings/${created.booking.id}`, { headers: bearer(created.token) })).status, 204);
    await s.worker.drain();
    const [, cancelled] = await inbox.waitFor(2);
    assert.match(cancelled?.subject ?? '', /^Din tid er aflyst: Pas torsdag (den )?9\. april kl\. 12\.00$/);
    assert.match(cancelled?.text ?? '', /Du skal ikke komme\./);
    assert.ok(!(cancelled?.text ?? '').includes(created.token));
    assert.ok((cancelled?.text ?? '').includes(`Vil du have en ny tid, så book igen: ${PAGE}`));
    const event = icsOf(cancelled as ParsedMail);
    assert.equal(event.uid, `${created.booking.id}@borger-booking`);
    assert.equal(event.component.getFirstPropertyValue('status'), 'CANCELLED');
    s.clock.now = new Date(Date.parse('2026-04-09T12:00:00+02:00') - 23 * HOUR);
    assert.equal((await s.worker.drain()).sent, 0, 'no reminder for a cancelled booking');
    assert.equal(inbox.mails.length, 2);
    await s.worker.stop();
    await inbox.stop();
    await s.storage.close();
  });

  it('queues no mail for a booking with a phone number only', async () => {
    const s = await setup(undefined);
    await book(s.app, LATER_SLOT, { email: undefined, phone: '12345678' });
    assert.deepEqual(await s.storage.mailOutbox(10), []);
    await s.storage.close();
  });

  it('SMTP down: the mail waits and goes out on a later try (1 min, then 2 …); a 550 refusal is final', async () => {
    const inbox = await startInbox({ refuse: ['nobody@example.dk'] });
    await inbox.stop();
    const metrics = new BookingMetrics();
    const s = await setup(inbox, { metrics });
    await book(s.app, LATER_SLOT);
    assert.deepEqual(await s.worker.runOnce(), { sent: 0, unsent: 0, retried: 1, failed: 0, dropped: 0 });
    let row = await rowOf(s.storage, 'confirmation');
    assert.equal(row?.status, 'pending');
    assert.match(row?.lastError ?? '', /^(ESOCKET|ECONNECTION)$/);
    assert.ok(row?.content, 'kept until sent');
    // Not again before its time.
    s.clock.now = new Date(NOW.getTime() + 59_000);
    assert.equal((await s.worker.runOnce()).retried, 0);
    s.clock.now = new Date(NOW.getTime() + 60_000);
    assert.equal((await s.worker.runOnce()).retried, 1);
    // The second wait is 2 minutes; by then SMTP is back.
    await inbox.restart();
    s.clock.now = new Date(NOW.getTime() + 60_000 + 119_000);
    assert.equal((await s.worker.runOnce()).sent, 0);
    s.clock.now = new Date(NOW.getTime() + 60_000 + 120_000);
    assert.equal((await s.worker.runOnce()).sent, 1);
    await inbox.waitFor(1);
    row = await rowOf(s.storage, 'confirmation');
    assert.deepEqual([row?.status, row?.attempts], ['sent', 3]);

    await book(s.app, valbyPasSlotId('2026-04-09T12:15:00+02:00'), { email: 'nobody@example.dk' });
    assert.equal((await s.worker.runOnce()).failed, 1);
    row = await rowOf(s.storage, 'confirmation');
    assert.deepEqual([row?.status, row?.lastError, row?.content], ['failed', 'EENVELOPE 550', undefined]);
    // Operations see it: booking_mails_total by kind and outcome.
    const counted = (await metrics.mails.get()).values.map((v) => `${v.labels.kind} ${v.labels.outcome} ${v.value}`).sort();
    assert.deepEqual(counted, ['confirmation failed 1', 'confirmation retry 2', 'confirmation sent 1']);
    await s.worker.stop();
    await inbox.stop();
    await s.storage.close();
  });

  it('restart: a queued mail survives, and a mail claimed by a process that died goes out once, after its lease', async () => {
    const inbox = await startInbox();
    const path = join(dir, 'restart.db');
    const first = await setup(undefined, { storage: new SqliteBookingStorage(path) });
    await book(first.app, LATER_SLOT);
    await book(first.app, valbyPasSlotId('2026-04-09T12:15:00+02:00'));
    // The process dies after claiming one mail, before sending it.
    const claimed = await first.storage.claimMails(NOW.getTime(), 1, 5 * 60_000);
    assert.equal(claimed.length, 1);
    await first.storage.close();

    const second = await setup(inbox, { storage: new SqliteBookingStorage(path) });
    // The unclaimed one goes at once; the claimed one waits for its lease.
    assert.equal((await second.worker.drain()).sent, 1);
    second.clock.now = new Date(NOW.getTime() + 5 * 60_000);
    assert.equal((await second.worker.drain()).sent, 1);
    second.clock.now = new Date(NOW.getTime() + 60 * 60_000);
    assert.equal((await second.worker.drain()).sent, 0);
    const mails = await inbox.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(mails.length, 2);
    assert.equal(new Set(mails.map((m) => m.messageId)).size, 2);
    // The late claim cannot overwrite what the second worker recorded.
    const stale = claimed[0];
    assert.ok(stale);
    assert.equal(
      await second.storage.finishMail(stale.id, stale.attempts, { kind: 'retry', nextAttemptMs: 0, error: 'X' }, NOW.getTime()),
      false,
    );
    await second.worker.stop();
    await inbox.stop();
    await second.storage.close();
  });

  it('two workers on one database file (two processes) send each mail once', async () => {
    const inbox = await startInbox();
    const path = join(dir, 'two-workers.db');
    const a = await setup(inbox, { storage: new SqliteBookingStorage(path), batchSize: 3 });
    const bStorage = new SqliteBookingStorage(path);
    const b = new MailWorker(bStorage, {
      transport: smtpTransport({ host: '127.0.0.1', port: inbox.port, secure: false }),
      from: FROM,
      now: () => a.clock.now,
      batchSize: 3,
    });
    const slots = ['12:00', '12:15', '12:30', '12:45', '13:00', '13:15', '13:30', '13:45', '14:00', '14:15', '14:30', '14:45'];
    for (const time of slots) await book(a.app, valbyPasSlotId(`2026-04-09T${time}:00+02:00`));
    const [one, two] = await Promise.all([a.worker.drain(), b.drain()]);
    assert.equal(one.sent + two.sent, slots.length);
    assert.ok(one.sent > 0 && two.sent > 0, `both worked (${one.sent} + ${two.sent})`);
    const mails = await inbox.waitFor(slots.length);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(mails.length, slots.length);
    assert.equal(new Set(mails.map((m) => m.messageId)).size, slots.length);
    await a.worker.stop();
    await b.stop();
    await inbox.stop();
    await bStorage.close();
    await a.storage.close();
  });

  it('without SMTP: mails are rendered and kept as "unsent", for the demo to show', async () => {
    const s = await setup(undefined);
    const created = await book(s.app, LATER_SLOT);
    assert.equal((await s.worker.drain()).unsent, 1);
    const row = await rowOf(s.storage, 'confirmation');
    assert.equal(row?.status, 'unsent');
    assert.equal(row?.content?.to, 'anna@example.dk');
    assert.ok(row?.content?.text.includes(created.booking.code));
    assert.match(row?.content?.ics?.text ?? '', /BEGIN:VCALENDAR/);
    await s.storage.close();
  });

  it('logs no personal data: no address, name, token or booking code', async () => {
    const inbox = await startInbox({ refuse: ['nobody@example.dk'] });
    const s = await setup(inbox);
    const created = await book(s.app, LATER_SLOT);
    await book(s.app, valbyPasSlotId('2026-04-09T12:15:00+02:00'), { email: 'nobody@example.dk' });
    await s.worker.drain();
    await inbox.stop();
    await book(s.app, valbyPasSlotId('2026-04-09T12:30:00+02:00'));
    await s.worker.drain();
    const log = s.logLines.join('\n');
    assert.match(log, /mail sent/);
    assert.match(log, /mail not sent/);
    for (const secret of ['anna@example.dk', 'nobody@example.dk', 'Anna', 'Jensen', created.token, created.booking.code]) {
      assert.ok(!log.includes(secret), `the log holds ${secret}`);
    }
    await s.worker.stop();
    await s.storage.close();
  });

  it('npm run server wiring: a booking over HTTP wakes the worker, the mail arrives', async () => {
    const inbox = await startInbox();
    const server = await startServer({
      dbPath: ':memory:',
      now: () => NOW,
      rateLimit: false,
      citizenLimit: 0,
      mail: {
        smtp: { host: '127.0.0.1', port: inbox.port, secure: false },
        from: FROM,
        reminderHours: 24,
        bookingPageUrl: PAGE,
        intervalMs: 60_000,
      },
    });
    const response = await fetch(`${server.url}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'a'.repeat(20) },
      body: JSON.stringify(bookingBody(LATER_SLOT)),
    });
    assert.equal(response.status, 201);
    const [mail] = await inbox.waitFor(1);
    assert.match(mail?.subject ?? '', /^Din tid er booket/);
    await server.close();
    await inbox.stop();
  });
});
