// The one resolution per element: tag → texts → Intl locale → lang/dir marks (pure, no DOM).
import { expect } from '@open-wc/testing';
import { fallbackChain } from '../../src/core/i18n/lang.js';
import { intlLocale, parseLanguageTag, resolveLocale } from '../../src/core/i18n/locale.js';
import { completeLanguages, createTranslator } from '../../src/core/i18n/translate.js';
import { localize } from '../../src/core/localized.js';
import { formatNumber } from '../../src/core/number.js';
import { formatDate, formatTime, formatWallClock, zonedDateTime } from '../../src/core/time.js';

const ALL = ['da', 'en', 'ar'];
const shown = (tag: string | null | undefined, available = ALL) => {
  const { lang, dir, intl } = resolveLocale(tag, available);
  return { lang, dir, intl };
};
const DA = { lang: 'da', dir: 'ltr', intl: 'da-DK' };
const EN = { lang: 'en', dir: 'ltr', intl: 'en-GB' };
const AR = { lang: 'ar', dir: 'rtl', intl: 'ar-u-nu-latn' };

describe('parseLanguageTag (BCP 47, as CMSs write it)', () => {
  const cases: [string | null | undefined, string | undefined][] = [
    ['da', 'da'],
    ['DA', 'da'],
    ['da-dk', 'da-DK'],
    [' en-GB ', 'en-GB'],
    ['en_us', 'en-US'],
    ['EN_US', 'en-US'],
    ['pt-br', 'pt-BR'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['sr-Latn-RS', 'sr-Latn-RS'],
    ['iw', 'he'],
    ['', undefined],
    ['   ', undefined],
    [null, undefined],
    [undefined, undefined],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
    ['hasOwnProperty', undefined],
    ['x-klingon', undefined],
    ['d', undefined],
    ['da--dk', undefined],
    ['da-', undefined],
    ['dansk', undefined],
    ['123', undefined],
    ['<script>', undefined],
    ['und', undefined],
    ['zxx', undefined],
    ['mul', undefined],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      expect(parseLanguageTag(input)).to.equal(expected);
    });
  }
});

describe('resolveLocale: which texts, which Intl locale, which marks', () => {
  it('Danish when nothing or junk is asked for', () => {
    for (const tag of [null, undefined, '', 'constructor', '__proto__', 'x-foo', 'und', '!!'])
      expect(shown(tag), String(tag)).to.deep.equal(DA);
  });

  it('Danish for Danish in any case, region or spelling', () => {
    for (const tag of ['da', 'DA', 'da-DK', 'da_dk', 'da-GL', 'da-FO']) expect(shown(tag), tag).to.deep.equal(DA);
  });

  it('Danish for Norwegian, Swedish, Faroese and Greenlandic readers (they read Danish more easily than English)', () => {
    for (const tag of ['nb', 'nn', 'no', 'NB_no', 'nb-NO', 'nn-NO', 'sv', 'sv-SE', 'sv-FI', 'fo', 'kl'])
      expect(shown(tag), tag).to.deep.equal(DA);
  });

  it('English for English in any region (24-hour clock, day before month: en-GB)', () => {
    for (const tag of ['en', 'en-US', 'EN_us', 'en-GB', 'en-DK', 'en-IN']) expect(shown(tag), tag).to.deep.equal(EN);
  });

  it('English for every other language the element has no texts for', () => {
    for (const tag of ['uk', 'uk-UA', 'de', 'de-DE', 'pl', 'pt-BR', 'fr', 'tr', 'so', 'ti', 'fa', 'he', 'ur', 'zh-Hant-TW', 'zz']) {
      expect(shown(tag), tag).to.deep.equal(EN);
    }
  });

  it('Arabic, right to left, in any region, when the element has Arabic texts; English (left to right) when it has none', () => {
    for (const tag of ['ar', 'ar-SA', 'ar_EG', 'AR']) {
      expect(shown(tag), tag).to.deep.equal(AR);
      expect(shown(tag, ['da', 'en']), tag).to.deep.equal(EN);
    }
  });

  it('keeps what was asked for, tidied', () => {
    expect(resolveLocale('pt_br', ALL).requested).to.equal('pt-BR');
    expect(resolveLocale('constructor', ALL).requested).to.equal(undefined);
  });
});

describe('completeLanguages', () => {
  const one = { da: { a: 'A', b: 'B' }, en: { a: 'A', b: 'B' }, ar: { a: 'A' } };
  const two = { da: { c: 'C' }, en: { c: 'C' }, ar: { c: 'C' }, de: { c: 'C' } };

  it('counts a language only where every Danish key is there, in every catalogue set', () => {
    expect(completeLanguages(two)).to.deep.equal(['da', 'en', 'ar', 'de']);
    expect(completeLanguages(one, two)).to.deep.equal(['da', 'en']);
  });

  it('does not see keys on Object.prototype', () => {
    const sneaky = { da: { constructor: 'x' }, en: {} as Record<string, string> };
    expect(completeLanguages(sneaky)).to.deep.equal(['da']);
  });
});

describe('own-property lookups: no prototype key is ever a text', () => {
  const catalogs = { da: { hello: 'Hej {name}' }, en: { hello: 'Hello {name}' } };

  it('a translator for a junk language speaks Danish, not "function Object()"', () => {
    for (const tag of ['constructor', '__proto__', 'toString', 'valueOf']) {
      const t = createTranslator(catalogs, tag);
      expect(t('hello', { name: 'Mette' }), tag).to.equal('Hej Mette');
    }
  });

  it('an unknown key is the key itself, never an inherited function', () => {
    const t = createTranslator(catalogs, 'da') as (key: string) => string;
    expect(t('constructor')).to.equal('constructor');
    expect(t('toString')).to.equal('toString');
  });

  it('a placeholder named like a prototype key stays as written', () => {
    const t = createTranslator({ da: { x: 'a {constructor} b' }, en: { x: 'a {constructor} b' } }, 'da');
    expect(t('x', {})).to.equal('a {constructor} b');
  });

  it('content text for a junk language is the Danish text', () => {
    expect(localize({ da: 'Pas', en: 'Passport' }, 'constructor')).to.equal('Pas');
    expect(localize({ da: 'Pas', en: 'Passport' }, '__proto__')).to.equal('Pas');
  });

  it('the fallback chain of junk is Danish then English', () => {
    expect(fallbackChain('constructor')).to.deep.equal(['da', 'en']);
    expect(fallbackChain('pt_BR')).to.deep.equal(['pt-BR', 'pt-br', 'pt', 'en', 'da']);
    expect(fallbackChain('nb')).to.deep.equal(['nb', 'da']);
  });
});

describe('Intl formatting follows the shown language (never the tag as asked)', () => {
  const nineOClock = zonedDateTime('2026-01-12', '09:00');
  const half = zonedDateTime('2026-01-13', '00:30');

  it('Danish: "9.00" (no leading zero, in every engine) and "0.30"', () => {
    expect(formatTime(nineOClock, 'da')).to.equal('9.00');
    expect(formatTime(half, 'da')).to.equal('0.30');
    expect(formatTime(zonedDateTime('2026-01-12', '15:05'), 'da')).to.equal('15.05');
  });

  it('English: 24-hour clock, "9:00", "17:00", never AM/PM', () => {
    expect(formatTime(nineOClock, 'en')).to.equal('9:00');
    expect(formatTime(zonedDateTime('2026-01-12', '17:00'), 'en')).to.equal('17:00');
    expect(formatTime(half, 'en')).to.equal('0:30');
  });

  it('Arabic: 24-hour clock with Latin digits, like the phone numbers and codes beside it', () => {
    expect(formatTime(zonedDateTime('2026-01-12', '17:00'), 'ar')).to.equal('17:00');
    expect(formatDate(nineOClock, 'ar', { day: 'numeric' })).to.equal('12');
  });

  it('English dates put the day first', () => {
    expect(formatDate(nineOClock, 'en')).to.equal('12 January');
    expect(formatDate(nineOClock, 'da')).to.equal('12. januar');
  });

  it('a tag without texts formats as its fallback does: nb as Danish, uk/de/pl as English', () => {
    expect(formatTime(half, 'nb')).to.equal(formatTime(half, 'da'));
    for (const tag of ['uk', 'de', 'pl', 'pt-BR']) {
      expect(formatTime(nineOClock, tag), tag).to.equal('9:00');
      expect(formatDate(nineOClock, tag, { weekday: 'long' }), tag).to.equal('Monday');
    }
    expect(intlLocale('constructor')).to.equal('da-DK');
  });

  it('wall-clock opening hours: "09:30" → "9.30", "24:00" stays the end of the day', () => {
    expect(formatWallClock('09:30', 'da')).to.equal('9.30');
    expect(formatWallClock('00:30', 'da')).to.equal('0.30');
    expect(formatWallClock('24:00', 'da')).to.equal('24.00');
    expect(formatWallClock('24:00', 'en')).to.equal('24:00');
    expect(formatWallClock('18:00', 'en')).to.equal('18:00');
  });

  it('numbers in the shown language', () => {
    expect(formatNumber(1.25, 'da')).to.equal('1,25');
    expect(formatNumber(1.25, 'en')).to.equal('1.25');
    expect(formatNumber(1.25, 'uk')).to.equal('1.25');
  });
});
