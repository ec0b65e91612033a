import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { escapeText, foldLine, icsCalendar, icsFileName, icsSequence, utcDateTime } from '../../src/booking/ics.js';

const encoder = new TextEncoder();
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const EVENT = {
  uid: 'bk-1@borger-booking',
  start: new Date('2026-11-26T10:00:00+01:00'),
  end: new Date('2026-11-26T10:15:00+01:00'),
  stamp: new Date('2026-11-20T08:30:00Z'),
  summary: 'Pas, Borgerservice, Rådhuset',
  location: 'Borgerservice, Rådhuset, Rådhuspladsen 1, 1550 København V',
  description: 'Bookingkode: K7MX3Q\n\nHusk at tage med:\n- Dit gamle pas; også hvis det er udløbet\n- Et foto\\billede',
};

describe('ics', () => {
  it('writes a VCALENDAR with one VEVENT, CRLF line endings and the required properties', () => {
    const text = icsCalendar(EVENT);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.include('\n');
    const lines = unfold(text).split('\r\n').filter(Boolean);
    expect(lines.slice(0, 6)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//borger-widgets//borger-booking//DA',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
    ]);
    expect(lines).to.include('UID:bk-1@borger-booking');
    expect(lines).to.include('DTSTAMP:20261120T083000Z');
    expect(lines).to.include('DTSTART:20261126T090000Z');
    expect(lines).to.include('DTEND:20261126T091500Z');
    expect(lines).to.include('STATUS:CONFIRMED');
    expect(lines.slice(-2)).to.deep.equal(['END:VEVENT', 'END:VCALENDAR']);
  });

  it('counts a later revision higher (SEQUENCE from the stamp), so calendars replace a moved or cancelled entry', () => {
    expect(unfold(icsCalendar(EVENT)).split('\r\n')).to.include(`SEQUENCE:${icsSequence(EVENT.stamp)}`);
    expect(icsSequence(new Date('2000-01-01T00:00:00Z'))).to.equal(0);
    expect(icsSequence(new Date('1999-12-31T23:00:00Z'))).to.equal(0);
    expect(icsSequence(new Date('2026-11-20T08:30:00Z'))).to.equal(14_141_310);
    const booked = new Date('2026-11-20T08:30:00Z');
    const moved = new Date('2026-11-20T08:31:00Z');
    expect(icsSequence(moved)).to.be.greaterThan(icsSequence(booked));
    expect(icsSequence(new Date('5999-12-31T23:59:00Z'))).to.be.at.most(2 ** 31 - 1);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).to.equal('a\\,b\\;c\\\\d\\ne\\nf');
    const lines = unfold(icsCalendar(EVENT)).split('\r\n');
    expect(lines).to.include('SUMMARY:Pas\\, Borgerservice\\, Rådhuset');
    expect(lines).to.include(
      'DESCRIPTION:Bookingkode: K7MX3Q\\n\\nHusk at tage med:\\n- Dit gamle pas\\; også hvis det er udløbet\\n- Et foto\\\\billede',
    );
  });

  it('folds lines at 75 octets without splitting a character, and unfolding restores them', () => {
    const text = icsCalendar(EVENT);
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    const long = `LOCATION:${'æøå'.repeat(40)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(1);
    for (const part of parts) expect(encoder.encode(part).length).to.be.at.most(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).to.equal(true);
    expect(unfold(folded)).to.equal(long);
    expect(foldLine('SHORT:x')).to.equal('SHORT:x');
  });

  it('writes UTC times, right on both DST days', () => {
    expect(utcDateTime(new Date('2026-10-25T10:00:00+01:00'))).to.equal('20261025T090000Z');
    expect(utcDateTime(new Date('2026-10-25T02:30:00+02:00'))).to.equal('20261025T003000Z');
    expect(utcDateTime(new Date('2026-03-29T10:00:00+02:00'))).to.equal('20260329T080000Z');
    expect(utcDateTime(new Date('2026-03-29T01:30:00+01:00'))).to.equal('20260329T003000Z');
  });

  it('can mark an event cancelled and leaves out what is not given', () => {
    const text = icsCalendar({ uid: 'x', start: EVENT.start, end: EVENT.end, stamp: EVENT.stamp, summary: 'Pas', status: 'CANCELLED' });
    expect(text).to.include('STATUS:CANCELLED');
    expect(text).not.to.include('LOCATION');
    expect(text).not.to.include('DESCRIPTION');
  });

  it('makes plain file names', () => {
    expect(icsFileName('Sundhedskort og lægeskift-K7MX3Q')).to.equal('sundhedskort-og-laegeskift-k7mx3q.ics');
    expect(icsFileName('Kørekort på Rådhuset')).to.equal('koerekort-pa-radhuset.ics');
    expect(icsFileName('***')).to.equal('booking.ics');
  });
});

describe('ics, read back by a calendar parser (ical.js)', () => {
  /** The one VEVENT of `text`, as ical.js reads it. */
  function parsed(text: string) {
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT');
    return new ICAL.Event(vevent);
  }
  const octets = (text: string) =>
    text
      .split('\r\n')
      .filter(Boolean)
      .map((line) => encoder.encode(line).length);
  /** What a reader should get back: every line break a "\n", other control characters gone. */
  // Lone surrogate halves are replaced first, as the writer does: a control character dropped between
  // two halves must not join them into a character the citizen never wrote.
  const expectedText = (value: string) =>
    value
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g, '\n')
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '');

  it('a control character between two surrogate halves does not join them (found by fast-check)', () => {
    for (const between of ['\u007f', '\u0085', '\u009b', '\u2028']) {
      const value = `\ud800${between}\udc00æ`;
      const event = parsed(icsCalendar({ ...EVENT, summary: value, description: value }));
      expect(event.summary).to.equal(expectedText(value));
      expect(event.summary.startsWith('\ufffd')).to.equal(true);
    }
  });

  it('pins the fold: a 200-character ASCII description folds into lines of exactly 75, 75 and 64 octets', () => {
    const line = `DESCRIPTION:${'x'.repeat(200)}`;
    expect(octets(foldLine(line))).to.deep.equal([75, 75, 64]);
    expect(octets(foldLine('X'.repeat(75)))).to.deep.equal([75]);
    expect(octets(foldLine('X'.repeat(76)))).to.deep.equal([75, 2]);
    expect(octets(foldLine('X'.repeat(149)))).to.deep.equal([75, 75]);
    expect(octets(foldLine('X'.repeat(150)))).to.deep.equal([75, 75, 2]);
    // Two-octet letters: never split, so a line may end one octet short.
    expect(octets(foldLine(`L:${'æ'.repeat(100)}`))).to.deep.equal([74, 75, 55]);
  });

  it('reads the booking back exactly, with long æøå text folded at 75 octets', () => {
    const description = `Husk at tage med: ${'Dit gamle pas, sundhedskort og bopælsattest fra Ærø og Åbenrå; '.repeat(6)}`;
    const text = icsCalendar({ ...EVENT, description });
    for (const length of octets(text)) expect(length).to.be.at.most(75);
    const event = parsed(text);
    expect(event.uid).to.equal(EVENT.uid);
    expect(event.summary).to.equal(EVENT.summary);
    expect(event.location).to.equal(EVENT.location);
    expect(event.description).to.equal(description);
    expect(event.startDate.toJSDate().getTime()).to.equal(EVENT.start.getTime());
    expect(event.endDate.toJSDate().getTime()).to.equal(EVENT.end.getTime());
  });

  it('puts appointments on both DST days at the right instant', () => {
    for (const [start, end] of [
      ['2026-03-29T01:30:00+01:00', '2026-03-29T03:15:00+02:00'], // across the spring gap
      ['2026-03-29T10:00:00+02:00', '2026-03-29T10:15:00+02:00'],
      ['2026-10-25T02:30:00+02:00', '2026-10-25T02:15:00+01:00'], // the first 02:30, ending in the repeated hour
      ['2026-10-25T10:00:00+01:00', '2026-10-25T10:15:00+01:00'],
    ] as const) {
      const event = parsed(icsCalendar({ ...EVENT, start: new Date(start), end: new Date(end) }));
      expect(event.startDate.toJSDate().toISOString(), start).to.equal(new Date(start).toISOString());
      expect(event.endDate.toJSDate().toISOString(), end).to.equal(new Date(end).toISOString());
      expect(event.startDate.zone?.tzid).to.equal('UTC');
    }
  });

  it('writes no control or line-separator character raw: U+000B, U+0085, U+2028 become new lines, the rest go', () => {
    const nasty = 'Et\u000bto\u0085tre\u2028fire\u2029fem\u000cseks\u0000\u001b[2J\u007f\u009bsyv\ttab';
    const text = icsCalendar({ ...EVENT, summary: nasty, description: nasty, location: nasty });
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/);
    const event = parsed(text);
    expect(event.summary).to.equal('Et\nto\ntre\nfire\nfem\nseks[2Jsyv\ttab');
    expect(event.description).to.equal(event.summary);
  });

  it('any text (controls, separators, æøå, emoji, lone surrogates) gives a file the parser reads back as written (generated)', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        'æ',
        'ø',
        'å',
        'Æ',
        '😀',
        ',',
        ';',
        '\\',
        '\r\n',
        '\n',
        '\r',
        '\t',
        ' ',
        '\u000b',
        '\u0085',
        '\u2028',
        '\u2029',
        '\u0000',
        '\u001b',
        '\u007f',
        '\u009b',
        '\ud800',
        '\udc00',
      ),
      fc.string({ minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 120 }), (pieces) => {
        const value = pieces.join('');
        const text = icsCalendar({ ...EVENT, summary: value, description: value });
        for (const length of octets(text)) expect(length).to.be.at.most(75);
        expect(text.replace(/\r\n/g, '')).to.not.match(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/);
        const event = parsed(text);
        expect(event.summary).to.equal(expectedText(value));
        expect(event.description).to.equal(expectedText(value));
      }),
      { numRuns: 300 },
    );
  });
});
