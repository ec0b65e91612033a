// "dansk tid": when a time needs saying whose clock it is on (pure, with injected visitor zones).
import { expect } from '@open-wc/testing';
import { coreMessages } from '../../src/core/i18n/core.messages.js';
import { loadLanguage } from '../../src/core/i18n/translate.js';
import { copenhagenOffsetMinutes, needsZoneNote, zonedDateTime } from '../../src/core/time.js';
import { withZoneNote, zoneNote } from '../../src/core/zone-note.js';
import { newYorkOffsetMinutes } from './visitor-clock.js';

const WINTER = zonedDateTime('2026-01-12', '09:00');
const SUMMER = zonedDateTime('2026-07-01', '09:00');
const fixed = (minutes: number) => () => minutes;

describe('needsZoneNote', () => {
  it('nothing for a visitor in Copenhagen, winter and summer', () => {
    expect(needsZoneNote([WINTER, SUMMER], copenhagenOffsetMinutes)).to.equal(false);
  });

  it('nothing for a visitor whose clock reads the same (Berlin, Paris; Lagos in winter)', () => {
    expect(needsZoneNote([WINTER], fixed(60))).to.equal(false);
    expect(needsZoneNote([SUMMER], fixed(120))).to.equal(false);
  });

  it('a note for New York, London, Helsinki, UTC', () => {
    for (const offset of [-300, 0, 120]) expect(needsZoneNote([WINTER], fixed(offset)), String(offset)).to.equal(true);
    expect(needsZoneNote([WINTER, SUMMER], newYorkOffsetMinutes)).to.equal(true);
  });

  it('decides on the day of the time shown: a fixed UTC+1 clock agrees in winter, not in summer', () => {
    expect(needsZoneNote([WINTER], fixed(60))).to.equal(false);
    expect(needsZoneNote([SUMMER], fixed(60))).to.equal(true);
  });

  it('the day the clocks go back: one side changed, the other not yet', () => {
    // 25 October 2026: Copenhagen is on winter time (UTC+1) from 03:00; a clock still on UTC+2 disagrees.
    const afterSwitch = zonedDateTime('2026-10-25', '09:00');
    expect(copenhagenOffsetMinutes(afterSwitch)).to.equal(60);
    expect(needsZoneNote([afterSwitch], fixed(120))).to.equal(true);
    expect(needsZoneNote([zonedDateTime('2026-10-24', '09:00')], fixed(120))).to.equal(false);
  });

  it('nothing to say about no times or invalid dates', () => {
    expect(needsZoneNote([], fixed(-300))).to.equal(false);
    expect(needsZoneNote([new Date(Number.NaN)], fixed(-300))).to.equal(false);
  });
});

describe('zoneNote / withZoneNote', () => {
  // English and Arabic are loaded when a page asks for them; a widget waits for them before it renders.
  before(() => Promise.all([loadLanguage([coreMessages], 'en'), loadLanguage([coreMessages], 'ar')]));

  it('says "dansk tid" in the shown language', () => {
    expect(zoneNote('da', [WINTER], fixed(-300))).to.equal('dansk tid');
    expect(zoneNote('en', [WINTER], fixed(-300))).to.equal('Danish time');
    expect(zoneNote('ar', [WINTER], fixed(-300))).to.equal('بتوقيت الدنمارك');
    expect(zoneNote('uk', [WINTER], fixed(-300))).to.equal('Danish time');
    expect(withZoneNote('9.00–9.15', 'da', [WINTER], fixed(-300))).to.equal('9.00–9.15 (dansk tid)');
  });

  it('adds nothing in Copenhagen', () => {
    expect(zoneNote('da', [WINTER], copenhagenOffsetMinutes)).to.equal('');
    expect(withZoneNote('9.00–9.15', 'da', [WINTER], copenhagenOffsetMinutes)).to.equal('9.00–9.15');
  });
});
