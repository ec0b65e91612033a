// The checks of core/attributes.ts: what each makes of values a CMS writes, and why.
import { expect } from '@open-wc/testing';
import { flag, headingLevel, quote, text, wholeNumber } from '../../src/core/attributes.js';
import { instant } from '../../src/core/instant-attribute.js';

describe('attribute checks', () => {
  it('text: trimmed; blank means "not given"; both reported', () => {
    expect(text(undefined)).to.deep.equal({ value: undefined });
    expect(text(null)).to.deep.equal({ value: undefined });
    expect(text('pas')).to.deep.equal({ value: 'pas' });
    expect(text(' pas\n')).to.deep.equal({ value: 'pas', problem: 'has spaces around it; using the value without them' });
    expect(text('')).to.deep.equal({ value: undefined, problem: 'is empty, so it is left out' });
    expect(text('   ')).to.deep.equal({ value: undefined, problem: 'is empty, so it is left out' });
    expect(text('__proto__')).to.deep.equal({ value: '__proto__' });
  });

  it('heading-level: 1–6; out of range the nearest level, junk the default 2', () => {
    expect(headingLevel(undefined)).to.deep.equal({ value: 2 });
    expect(headingLevel(3)).to.deep.equal({ value: 3 });
    expect(headingLevel('3')).to.deep.equal({ value: 3 });
    expect(headingLevel(' 3 ')).to.deep.equal({ value: 3, problem: 'has spaces around it; using 3' });
    expect(headingLevel('9')).to.deep.equal({ value: 6, problem: 'is not a heading level (1–6); using 6' });
    expect(headingLevel('0')).to.deep.equal({ value: 1, problem: 'is not a heading level (1–6); using 1' });
    expect(headingLevel('2.6')).to.deep.equal({ value: 3, problem: 'is not a heading level (1–6); using 3' });
    for (const junk of ['abc', '', '  ', '1e400', 'NaN', Number.NaN, Number.POSITIVE_INFINITY, 'constructor']) {
      expect(headingLevel(junk), String(junk)).to.deep.equal({ value: 2, problem: 'is not a heading level; using the default 2' });
    }
  });

  it('whole numbers: a range and a default of their own', () => {
    const minutes = wholeNumber(0, 1440, 30, 'a number of minutes');
    expect(minutes('45')).to.deep.equal({ value: 45 });
    expect(minutes('-5')).to.deep.equal({ value: 0, problem: 'is not a number of minutes (0–1440); using 0' });
    expect(minutes('1e9')).to.deep.equal({ value: 1440, problem: 'is not a number of minutes (0–1440); using 1440' });
    expect(minutes('soon')).to.deep.equal({ value: 30, problem: 'is not a number of minutes; using the default 30' });
  });

  it('now: an ISO date-time in 1970–2199, else the real time (undefined)', () => {
    expect(instant(undefined)).to.deep.equal({ value: undefined });
    expect(instant('2026-11-26T11:00:00+01:00')).to.deep.equal({ value: '2026-11-26T11:00:00+01:00' });
    expect(instant('2026-11-26T11:00')).to.deep.equal({ value: '2026-11-26T11:00' });
    expect(instant(' 2026-11-26T11:00 ')).to.deep.equal({ value: '2026-11-26T11:00', problem: 'has spaces around it; using the value without them' });
    expect(instant('')).to.deep.equal({ value: undefined, problem: 'is empty, so it is left out; using the real time' });
    const notADate = 'is not an ISO 8601 date-time like "2026-12-24T10:00:00+01:00"; using the real time';
    for (const junk of ['i morgen', '26/11/2026', '2026-02-30T10:00', '2026-11-26T25:00', '__proto__']) {
      expect(instant(junk), junk).to.deep.equal({ value: undefined, problem: notADate });
    }
    const outside = 'is outside the years 1970–2199; using the real time';
    for (const far of ['0001-01-01T00:00', '0001-01-01T00:00:00Z', '1899-12-31T12:00', '9999-12-31T23:59:59Z', '2200-01-01T00:00:00+01:00']) {
      expect(instant(far), far).to.deep.equal({ value: undefined, problem: outside });
    }
  });

  it('boolean attributes: on when present; "false" and friends honoured as off, and reported', () => {
    const history = flag('history');
    expect(history(undefined)).to.deep.equal({ value: false });
    expect(history(true)).to.deep.equal({ value: true });
    expect(history('')).to.deep.equal({ value: true });
    expect(history('history')).to.deep.equal({ value: true });
    expect(history('TRUE')).to.deep.equal({ value: true });
    for (const off of ['false', ' false ', '0', 'no', 'off', 'nej']) {
      expect(history(off), off).to.deep.equal({ value: false, problem: 'switches it off; leave the attribute out instead. Using: off' });
    }
    expect(history('maybe')).to.deep.equal({ value: true, problem: 'is not a value a boolean attribute takes (present means on); using: on' });
  });

  it('quotes values as written, spaces and all', () => {
    expect(quote(' pas ')).to.equal('" pas "');
    expect(quote('"x"')).to.equal('"\\"x\\""');
    expect(quote(9)).to.equal('9');
  });
});
