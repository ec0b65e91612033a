// The e-mail settings (SMTP_*, MAIL_FROM, REMINDER_HOURS, BOOKING_PAGE_URL): read, checked, and
// never a password in a message.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig, UNSENT_FROM } from '../../server/config.js';
import { configProblems as problems } from './fixtures.js';

const MAIL = { MAIL_FROM: 'Borgerservice <booking@kk.dk>', BOOKING_PAGE_URL: 'https://www.kk.dk/book-tid' };

describe('mail settings', () => {
  it('default: no SMTP (mails kept, not sent), reminders 24 hours before', () => {
    assert.deepEqual(readConfig({}).mail, { from: UNSENT_FROM, reminderHours: 24 });
  });

  it('reads SMTP_URL: host, port, TLS and login (smtp:// 587 STARTTLS, smtps:// 465)', () => {
    const config = readConfig({ SMTP_URL: 'smtps://booking%40kk.dk:p%40ss@mail.kk.dk', REMINDER_HOURS: '48', ...MAIL });
    assert.deepEqual(config.mail, {
      smtp: { host: 'mail.kk.dk', port: 465, secure: true, auth: { user: 'booking@kk.dk', pass: 'p@ss' } },
      from: 'Borgerservice <booking@kk.dk>',
      reminderHours: 48,
      bookingPageUrl: 'https://www.kk.dk/book-tid',
    });
    assert.deepEqual(readConfig({ SMTP_URL: 'smtp://relay.internal:2525', ...MAIL }).mail.smtp, {
      host: 'relay.internal',
      port: 2525,
      secure: false,
    });
    assert.deepEqual(readConfig({ SMTP_URL: 'smtp://relay.internal', ...MAIL }).mail.smtp?.port, 587);
  });

  it('reads SMTP_HOST and its companions; 465 means TLS unless told otherwise', () => {
    const env = { SMTP_HOST: 'mail.kk.dk', SMTP_PORT: '465', SMTP_USER: 'booking', SMTP_PASS: 'secret', ...MAIL };
    assert.deepEqual(readConfig(env).mail.smtp, { host: 'mail.kk.dk', port: 465, secure: true, auth: { user: 'booking', pass: 'secret' } });
    assert.deepEqual(readConfig({ SMTP_HOST: 'mail.kk.dk', SMTP_SECURE: 'false', SMTP_PORT: '465', ...MAIL }).mail.smtp?.secure, false);
    assert.deepEqual(readConfig({ SMTP_HOST: 'mail.kk.dk', ...MAIL }).mail.smtp, { host: 'mail.kk.dk', port: 587, secure: false });
    assert.equal(readConfig({ REMINDER_HOURS: '0' }).mail.reminderHours, 0);
  });

  it('refuses bad values, one line each, and never shows a password', () => {
    const found = problems({
      SMTP_URL: 'http://user:hunter2@mail.kk.dk',
      SMTP_PORT: '99999',
      SMTP_SECURE: 'maybe',
      MAIL_FROM: 'Borgerservice\r\nBcc: x@y.dk <booking@kk.dk>',
      REMINDER_HOURS: '-1',
      BOOKING_PAGE_URL: 'http://www.kk.dk/book',
    });
    assert.equal(found.length, 6, found.join('\n'));
    assert.match(found.join('\n'), /SMTP_URL must be a URL like smtp:\/\//);
    assert.match(found.join('\n'), /SMTP_PORT must be a whole number from 1 to 65535, not "99999"/);
    assert.match(found.join('\n'), /SMTP_SECURE must be true or false/);
    assert.match(found.join('\n'), /MAIL_FROM must be an address like booking@kk.dk/);
    assert.match(found.join('\n'), /REMINDER_HOURS must be a whole number from 0 to 336/);
    assert.match(found.join('\n'), /BOOKING_PAGE_URL must start with https:\/\//);
    assert.ok(!found.join('\n').includes('hunter2'));
    assert.deepEqual(problems({ SMTP_HOST: 'mail.kk.dk', SMTP_PASS: 'hunter2', ...MAIL }), [
      'SMTP_USER and SMTP_PASS go together; set both or neither.',
    ]);
    assert.match(problems({ BOOKING_PAGE_URL: 'https://www.kk.dk/book#x' })[0] ?? '', /must not have a #fragment/);
  });

  it('refuses settings that do not fit together', () => {
    assert.deepEqual(problems({ SMTP_URL: 'smtp://a.dk', SMTP_HOST: 'b.dk', ...MAIL }), [
      'SMTP_URL and SMTP_HOST are both set; use SMTP_URL alone or SMTP_HOST and its companions.',
    ]);
    assert.deepEqual(problems({ SMTP_PORT: '25', SMTP_USER: 'x' }), [
      'SMTP_PORT, SMTP_USER are set without SMTP_HOST; set SMTP_HOST (or SMTP_URL) too.',
    ]);
    const missing = problems({ SMTP_HOST: 'mail.kk.dk' });
    assert.equal(missing.length, 2);
    assert.match(missing[0] ?? '', /^MAIL_FROM is required when SMTP is set/);
    assert.match(missing[1] ?? '', /^BOOKING_PAGE_URL is required when SMTP is set/);
    // http:// is fine for a page on this machine.
    assert.equal(
      readConfig({ BOOKING_PAGE_URL: 'http://localhost:5173/book.html' }).mail.bookingPageUrl,
      'http://localhost:5173/book.html',
    );
  });
});
