// One resolved locale per element, and whose clock the times are on (field cases 14 and 18).
// Runs in the UTC browser and in the New York one.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/channels/index.js';
import { copenhagenOffsetMinutes } from '../../src/core/time.js';
import { rendering, rendersAsItsFallback } from '../core/lang-marks.js';
import { newYorkOffsetMinutes, visitorReads } from '../core/visitor-clock.js';
import { createWidget } from '../shared/widget-suite.js';

// Field case 14: a phone line open 18:00–00:30 and a counter 10–15, on Monday 12 January 2026 at 21:00.
const CONTENT = {
  channels: [
    {
      id: 'telefon',
      kind: 'phone',
      label: 'Ring til os',
      phone: '+45 11 22 33 44',
      hours: {
        weekly: [
          { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '18:00', closes: '24:00' },
          { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '00:00', closes: '00:30' },
        ],
        holidays: 'none',
      },
    },
    {
      id: 'skranke',
      kind: 'visit',
      label: 'Skranken',
      address: 'Testvej 1, 9999 Testby',
      hours: { weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '10:00', closes: '15:00' }] },
    },
  ],
  tasks: [
    {
      id: 'pas',
      label: 'Pas',
      channels: [
        { channel: 'telefon', fit: 'best' },
        { channel: 'skranke', fit: 'good' },
      ],
    },
  ],
};

const channels = (lang: string | undefined, now = '2026-01-12T21:00') =>
  createWidget('borger-channels', structuredClone(CONTENT), { task: 'pas', now, ...(lang === undefined ? {} : { lang }) });
/** Opens every week of opening hours as a citizen does (the summary): the tables are made when opened. */
async function openWeeks(element: Element): Promise<void> {
  for (const summary of element.shadowRoot!.querySelectorAll<HTMLElement>('details summary')) summary.click();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}
const status = (element: Element, id: number) => element.shadowRoot!.querySelectorAll('.status')[id]!.textContent!.trim();

describe('<borger-channels> languages (field case 14)', () => {
  visitorReads(newYorkOffsetMinutes);

  rendersAsItsFallback((lang) => channels(lang));

  it('Danish (and Norwegian): "kl. 0.30", marked lang="da"', async () => {
    for (const lang of ['da', 'nb']) {
      const element = await channels(lang);
      expect(status(element, 0), lang).to.equal('Åben nu · lukker i morgen kl. 0.30 (dansk tid)');
      expect(rendering(element).lang).to.equal('da');
    }
  });

  it('Ukrainian, German, Polish: English words, English dates, 24-hour clock, marked lang="en"', async () => {
    for (const lang of ['uk', 'de', 'pl']) {
      const element = await channels(lang);
      expect(status(element, 0), lang).to.equal('Open now · closes tomorrow at 0:30 (Danish time)');
      expect(rendering(element), lang).to.include({ lang: 'en', dir: 'ltr' });
      await openWeeks(element);
      expect(rendering(element).text, lang).to.match(/Monday,? 12 Jan/);
    }
  });

  it('follows a change of the page language', async () => {
    const element = await channels('uk');
    element.setAttribute('lang', 'nb');
    await waitUntil(() => rendering(element).lang === 'da', 'did not switch from English to Danish');
    expect(status(element, 0)).to.include('kl. 0.30');
  });
});

describe('<borger-channels> says whose clock (field case 18)', () => {
  describe('a visitor in Copenhagen', () => {
    visitorReads(copenhagenOffsetMinutes);

    it('gets the times and nothing extra', async () => {
      const element = await channels('da');
      expect(status(element, 0)).to.equal('Åben nu · lukker i morgen kl. 0.30');
      expect(status(element, 1)).to.equal('Lukket · åbner i morgen kl. 10.00');
      expect(element.shadowRoot!.querySelector('details summary')!.textContent!.trim()).to.equal('Åbningstider de næste 7 dage: Ring til os');
      expect(rendering(element).text).not.to.include('dansk tid');
    });
  });

  describe('a visitor in New York', () => {
    visitorReads(newYorkOffsetMinutes);

    it('is told, on the status lines and the hours table, in their language', async () => {
      const da = await channels('da');
      expect(status(da, 1)).to.equal('Lukket · åbner i morgen kl. 10.00 (dansk tid)');
      expect(da.shadowRoot!.querySelector('details summary')!.textContent!.trim()).to.equal('Åbningstider de næste 7 dage (dansk tid): Ring til os');
      const en = await channels('en');
      expect(status(en, 1)).to.equal('Closed · opens tomorrow at 10:00 (Danish time)');
      const ar = await channels('ar');
      expect(status(ar, 1)).to.include('(بتوقيت الدنمارك)');
    });
  });

  describe('a visitor on the device’s own clock (this browser: UTC or New York)', () => {
    it('is told, since neither is Copenhagen’s clock', async () => {
      const element = await channels('da');
      expect(status(element, 1)).to.equal('Lukket · åbner i morgen kl. 10.00 (dansk tid)');
    });
  });
});
