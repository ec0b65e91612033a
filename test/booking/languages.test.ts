// One resolved locale per element, in <borger-booking>: the calendar step (month and day names, the
// day buttons' numbers and names) renders for a tag exactly as for the language it falls back to.
import { expect } from '@open-wc/testing';
import { dayNameAndNumber } from '../../src/booking/calendar.render.js';
import { rendering, rendersAsItsFallback } from '../core/lang-marks.js';
import { $$, bookingElement } from './helpers.js';

const calendar = (lang: string) =>
  bookingElement({ attributes: { lang, service: 'pas', location: 'borgerservice-raadhuset' } }).then(async (element) => {
    await element.updateComplete;
    return element;
  });

describe('<borger-booking> languages', () => {
  rendersAsItsFallback(calendar);

  it('an Arabic page gets Arabic texts, right to left, and the same digits in every day button’s text and name', async () => {
    const element = await calendar('ar');
    expect(rendering(element)).to.include({ lang: 'ar', dir: 'rtl' });
    const days = $$(element, 'button.day');
    expect(days.length).to.be.greaterThan(27);
    for (const day of days) {
      // WCAG 2.5.3 (axe label-content-name-mismatch): the visible number is part of the name.
      const visible = day.textContent!.trim();
      expect(day.getAttribute('aria-label')!, day.dataset.date).to.include(visible);
    }
  });

  it('takes the day button’s number from the same formatter as its name, in every language', () => {
    for (const lang of ['da', 'en', 'ar', 'uk', 'nb']) {
      for (const date of ['2026-11-01', '2026-11-26', '2026-12-31']) {
        const { name, number } = dayNameAndNumber(date, lang);
        expect(name, `${lang} ${date}`).to.include(number);
        expect(number, `${lang} ${date}`).to.equal(String(Number(date.slice(8))));
      }
    }
  });

  // Older CLDR data (WebKitGTK's ICU) writes a comma after the weekday: the order is what counts.
  it('English in Denmark: the day before the month, "Thursday 26 November"', async () => {
    expect(dayNameAndNumber('2026-11-26', 'en').name).to.match(/^Thursday,? 26 November$/);
    expect(dayNameAndNumber('2026-11-26', 'de').name).to.equal(dayNameAndNumber('2026-11-26', 'en').name);
    expect(dayNameAndNumber('2026-11-26', 'nb').name).to.equal('torsdag 26. november');
  });
});
