// The demo's page of mails (/demo/mails, demo/mails.ts): lists the outbox with every value escaped,
// serves each mail's HTML under a CSP that allows nothing and its .ics; and the booking server
// itself (`npm run server`) has no such page.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { demoMailOptions, mailsRoute } from '../../demo/mails.js';
import { createDemoServer } from '../../demo/serve.js';
import { createApp } from '../../server/app.js';
import { MailWorker } from '../../server/mail/worker.js';
import { seedCatalogue } from '../../server/seed.js';
import { SqliteBookingStorage } from '../../server/sqlite-storage.js';
import { CreatedBookingResponseSchema } from '../../src/booking/booking.schema.js';
import { bearer, bookingBody, call, expectShape, NOW, postBooking, valbyPasSlotId } from './fixtures.js';

describe('the demo page of mails', () => {
  it('lists the kept mails, escaped; serves their HTML (CSP: nothing allowed) and .ics; erased ones say so', async () => {
    const storage = new SqliteBookingStorage(':memory:');
    await seedCatalogue(storage);
    const catalogue = await storage.services();
    // A hostile service name reaches the mails and the page: it must stay text.
    await storage.saveCatalogue({
      services: catalogue.map((s) => (s.id === 'pas' ? { ...s, name: 'Pas <script>alert(1)</script>' } : s)),
      locations: await storage.locations(),
    });
    const options = demoMailOptions('http://localhost:5173/book.html');
    const app = createApp(storage, {
      now: () => NOW,
      rateLimit: false,
      citizenLimit: 0,
      mail: { reminderHours: options.reminderHours, ...(options.bookingPageUrl ? { bookingPageUrl: options.bookingPageUrl } : {}) },
    });
    const first = expectShape(
      CreatedBookingResponseSchema,
      (await postBooking(app, bookingBody(valbyPasSlotId('2026-04-09T12:00:00+02:00')))).body,
    );
    const second = expectShape(
      CreatedBookingResponseSchema,
      (await postBooking(app, bookingBody(valbyPasSlotId('2026-04-09T12:15:00+02:00'), { email: 'bo@example.dk', lang: 'en' }))).body,
    );
    const worker = new MailWorker(storage, { from: options.from, now: () => NOW });
    await worker.drain();
    assert.equal((await call(app, 'DELETE', `/bookings/${second.booking.id}`, { headers: bearer(second.token) })).status, 204);
    await worker.drain();

    const server = createDemoServer(mailsRoute(storage));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const page = await fetch(`${origin}/demo/mails`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const html = await page.text();
      assert.ok(!html.includes('<script>alert'), 'escaped');
      assert.ok(html.includes('Din tid er booket: Pas &lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(html.includes('anna@example.dk'));
      assert.ok(html.includes(`Bookingkode: ${first.booking.code}`));
      assert.ok(html.includes(`#booking=${first.booking.id}&amp;token=${first.token}`), 'the manage link, as text');
      // The cancelled booking: its confirmation's content was erased with it; the cancellation is kept.
      assert.ok(html.includes('Bekræftelse (indholdet er slettet)'));
      assert.match(html, /<h2 id="mail-\d+" lang="en">Your appointment is cancelled: Pas &lt;script&gt;/);
      assert.ok(html.includes('ikke sendt: demoen har ingen mailserver'));

      const [row] = (await storage.mailOutbox(10)).filter((m) => m.bookingId === first.booking.id && m.kind === 'confirmation');
      assert.ok(row);
      const mailHtml = await fetch(`${origin}/demo/mails/${row.id}.html`);
      assert.equal(
        mailHtml.headers.get('content-security-policy'),
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
      assert.ok((await mailHtml.text()).includes('&lt;script&gt;'));
      const ics = await fetch(`${origin}/demo/mails/${row.id}.ics`);
      assert.match(ics.headers.get('content-type') ?? '', /^text\/calendar/);
      assert.match(await ics.text(), /^BEGIN:VCALENDAR\r\n/);
      assert.equal((await fetch(`${origin}/demo/mails/999.html`)).status, 404);
      assert.equal((await fetch(`${origin}/demo/mails/../../server/data`)).status, 404);
    } finally {
      server.close();
      await storage.close();
    }
  });

  it('the booking server (npm run server) has no page of mails', async () => {
    const storage = new SqliteBookingStorage(':memory:');
    await seedCatalogue(storage);
    const app = createApp(storage, { now: () => NOW, rateLimit: false, mail: { reminderHours: 24 } });
    for (const path of ['/demo/mails', '/mails', '/outbox']) assert.equal((await call(app, 'GET', path)).status, 404);
    await storage.close();
  });
});
