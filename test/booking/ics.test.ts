import { expect } from '@open-wc/testing';
import { escapeText, foldLine, icsCalendar, icsFileName, utcDateTime } from '../../src/booking/ics.js';

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
