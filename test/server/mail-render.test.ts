// The mail renderer (pure): language choice, escaping in the HTML part, and what each kind says.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, mailLanguage, manageUrl, renderMail } from '../../server/mail/render.js';
import type { Location, Service } from '../../src/booking/booking.schema.js';

const booking = { id: 'b1', code: 'K7MX3Q', start: '2026-11-26T10:00:00+01:00', end: '2026-11-26T10:15:00+01:00' };
const hostile = '<script>alert("x")</script> & \'ø\'';
const service: Service = { id: 's', name: { da: hostile, en: hostile }, durationMinutes: 15, bring: [`${hostile} <img src=x>`] };
const location: Location = {
  id: 'l',
  name: 'Rådhuset <b>',
  kind: 'borgerservice',
  address: 'Rådhuspladsen 1 "A"',
  accessibility: 'Trin <3',
};

describe('renderMail', () => {
  it('chooses Danish by default and for Nordic readers, English for everyone else', () => {
    assert.deepEqual([undefined, 'da', 'da-DK', 'nb', 'sv-SE', 'en', 'en-US', 'fr', 'ar', 'junk!'].map(mailLanguage), [
      'da',
      'da',
      'da',
      'da',
      'da',
      'en',
      'en',
      'en',
      'en',
      'da',
    ]);
  });

  it('escapes every value in the HTML part; the text part is plain', () => {
    const mail = renderMail({
      kind: 'confirmation',
      booking,
      service,
      location,
      to: 'a@b.dk',
      lang: 'da',
      bookingPageUrl: 'https://kk.dk/book?a=1&b="2"',
      token: 'T<>',
      now: new Date(0),
    });
    assert.ok(!mail.html.includes('<script>'));
    assert.ok(!mail.html.includes('<img'));
    assert.ok(!mail.html.includes('<b>'));
    assert.ok(mail.html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;ø&#39;'));
    assert.ok(mail.html.includes('Rådhuspladsen 1 &quot;A&quot;'));
    assert.ok(mail.html.includes('Trin &lt;3'));
    // The link's URL is escaped inside the attribute too.
    assert.match(mail.html, /<a href="https:\/\/kk\.dk\/book\?a=1&amp;b=%222%22#booking=b1&amp;token=T%3C%3E">/);
    assert.ok(mail.text.includes(`Hvad: ${hostile}`));
    assert.match(mail.text, /Hvornår: torsdag (den )?26\. november 2026 kl\. 10\.00–10\.15 \(dansk tid\)/);
    assert.match(mail.text, /Adgang: Trin <3/);
    assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
  });

  it('puts the manage fragment on the page URL, replacing a fragment it had', () => {
    assert.equal(manageUrl('https://kk.dk/book#old', 'ID', 'T/+='), 'https://kk.dk/book#booking=ID&token=T%2F%2B%3D');
  });

  it('without a page URL, the confirmation points to the link the citizen was shown', () => {
    const mail = renderMail({
      kind: 'confirmation',
      booking,
      service: undefined,
      location: undefined,
      to: 'a@b.dk',
      lang: 'en',
      now: new Date(0),
    });
    assert.match(mail.text, /To move or cancel the appointment, use the link in your confirmation\./);
    assert.ok(!mail.text.includes('#booking='));
  });

  it('a reminder has no .ics and no token; a cancellation no bring list and a cancelling .ics', () => {
    const reminder = renderMail({ kind: 'reminder', booking, service, location, to: 'a@b.dk', lang: 'da', now: new Date(0) });
    assert.equal(reminder.ics, undefined);
    assert.ok(reminder.text.includes('Husk at tage med'));
    const cancelled = renderMail({
      kind: 'cancelled',
      booking,
      service,
      location,
      to: 'a@b.dk',
      lang: 'da',
      bookingPageUrl: 'https://kk.dk/book',
      token: 'SECRET',
      now: new Date(0),
    });
    assert.ok(!cancelled.text.includes('Husk at tage med'));
    assert.ok(!cancelled.text.includes('SECRET'));
    assert.match(cancelled.ics?.text ?? '', /STATUS:CANCELLED/);
  });
});
