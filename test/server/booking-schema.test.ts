// The POST /bookings body schema (shared with the browser): CPR numbers never pass, contact
// details are checked, typos in field names are errors.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CreateBookingBodySchema, ErrorBodySchema, looksLikeCpr, SlotSchema } from '../../src/booking/booking.schema.js';
import { validate } from '../../src/core/validation.js';

const base = { slotId: 'bibliotek-valby:pas:2026-03-30T12:00:00+02:00', name: 'Anna Jensen', email: 'anna@example.dk' };

function problemsOf(body: unknown): Record<string, string> {
  const result = validate(CreateBookingBodySchema, body);
  return result.ok ? {} : Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
}

describe('CreateBookingBodySchema', () => {
  it('accepts a name with an e-mail, a phone, or both', () => {
    assert.deepEqual(problemsOf(base), {});
    assert.deepEqual(problemsOf({ slotId: base.slotId, name: 'Bo', phone: '12345678' }), {});
    assert.deepEqual(problemsOf({ ...base, phone: '+45 12 34 56 78', lang: 'en' }), {});
  });

  it('rejects anything that looks like a CPR number in the name', () => {
    for (const name of ['0101901234', '010190-1234', '010190 1234', 'Anna 0101901234', 'Jensen, 311299-4321']) {
      assert.match(problemsOf({ ...base, name })['$.name'] ?? '', /CPR number/, name);
    }
    // Digits that are not ten in a row, or not a real day and month, are not a CPR number.
    assert.equal(looksLikeCpr('Anna 2. sal'), false);
    assert.equal(looksLikeCpr('12345678901'), false);
    assert.equal(looksLikeCpr('1234567890'), false);
    assert.equal(looksLikeCpr('+45 12 34 56 78'), false);
  });

  it('finds CPR numbers however they are written', () => {
    const written = [
      '0101011234',
      '010101-1234',
      '01.01.01-1234',
      '01 01 01-1234',
      '01 01 01 - 1234',
      '01/01/01 1234',
      'Anna 010101–1234', // en dash
      '０１０１０１－１２３４', // full-width
      '٠١٠١٠١-١٢٣٤', // Arabic-Indic digits
      '0101\u200b011234', // a zero-width space inside
      '01\u00ad0101\u20601234', // soft hyphen and word joiner
    ];
    for (const text of written) assert.equal(looksLikeCpr(text), true, JSON.stringify(text));
  });

  it('rejects a CPR number in the e-mail and the language field too', () => {
    assert.match(problemsOf({ ...base, email: '0101011234@example.dk' })['$.email'] ?? '', /CPR number/);
    assert.match(problemsOf({ ...base, email: 'anna.01.01.01-1234@example.dk' })['$.email'] ?? '', /CPR number/);
    assert.match(problemsOf({ ...base, lang: 'da-010101-1234' })['$.lang'] ?? '', /CPR number/);
  });

  it('refuses names of only invisible or control characters, and control characters in names', () => {
    for (const name of ['\u200b\u200b', '\u200e', '\u0000', '\ufeff \u2060', '\u0007\u0008']) {
      assert.ok(problemsOf({ ...base, name })['$.name'], JSON.stringify(name));
    }
    assert.match(problemsOf({ ...base, name: 'Anna\r\nBcc: x@evil.example' })['$.name'] ?? '', /control characters/);
    for (const name of ['Ægir Ørsted-Åberg', 'محمد', 'Zoë d’Arc', '李雷']) assert.deepEqual(problemsOf({ ...base, name }), {}, name);
  });

  it('checks e-mail and phone numbers', () => {
    assert.ok(problemsOf({ ...base, email: 'anna@' })['$.email']);
    assert.ok(problemsOf({ ...base, email: 'anna example.dk' })['$.email']);
    for (const phone of ['12345678', '+4512345678', '0045 12 34 56 78', '12-34-56-78', '+46 70 123 45 67', '+1 (415) 555-0100']) {
      assert.deepEqual(problemsOf({ ...base, phone }), {}, phone);
    }
    for (const phone of ['1234', '+45 1234', '123456789', 'ring mig', '+0 123456789']) {
      assert.match(problemsOf({ ...base, phone })['$.phone'] ?? '', /8 digits/, phone);
    }
  });

  it('needs a way to reach the citizen', () => {
    assert.match(problemsOf({ slotId: base.slotId, name: 'Anna' })['$.email'] ?? '', /e-mail address or a phone number/);
  });

  it('rejects unknown fields, empty names and bad language codes', () => {
    const problems = problemsOf({ ...base, cpr: '0101901234', name: '   ', lang: 'Dansk' });
    assert.match(problems['$.cpr'] ?? '', /not a known field/);
    assert.match(problems['$.name'] ?? '', /empty/);
    assert.match(problems['$.lang'] ?? '', /language code/);
  });
});

describe('response schemas', () => {
  it('want times with an offset', () => {
    const slot = {
      id: 'a:b:c',
      serviceId: 'b',
      locationId: 'a',
      start: '2026-03-30T12:00:00+02:00',
      end: '2026-03-30T12:15:00+02:00',
      remaining: 1,
    };
    assert.equal(validate(SlotSchema, slot).ok, true);
    const local = validate(SlotSchema, { ...slot, start: '2026-03-30T12:00:00' });
    assert.equal(local.ok, false);
    assert.equal(validate(SlotSchema, { ...slot, remaining: -1 }).ok, false);
  });

  it('know the error codes of the contract only', () => {
    assert.equal(validate(ErrorBodySchema, { error: { code: 'slot_taken', message: 'x' } }).ok, true);
    assert.equal(validate(ErrorBodySchema, { error: { code: 'teapot', message: 'x' } }).ok, false);
  });
});
