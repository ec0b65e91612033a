// Texts that arrive after the first download (a widget's later steps bring their own Danish texts):
// addTexts puts them into a catalogue set, and every translator of that set finds them from then on.
import { expect } from '@open-wc/testing';
import {
  addTexts,
  type Catalog,
  completeLanguages,
  createTranslator,
  lazyCatalogs,
  loadLanguage,
  translatorFor,
} from '../../src/core/i18n/translate.js';

type Key = 'first' | 'later';

describe('addTexts', () => {
  it('a translator made before the texts arrived finds them afterwards, and so does a new one', () => {
    const catalogs = lazyCatalogs<Key>({ first: 'Først' } as Catalog<Key>, {});
    const before = translatorFor(catalogs, 'da');
    expect(before('later')).to.equal('later');
    addTexts(catalogs, 'da', { later: 'Senere {n}' });
    expect(before('later', { n: 2 })).to.equal('Senere 2');
    expect(translatorFor(catalogs, 'da')('later', { n: 3 })).to.equal('Senere 3');
    expect(createTranslator(catalogs, 'da')('first')).to.equal('Først');
  });

  it('keeps a complete language complete (another language declared complete still counts)', async () => {
    const en: Catalog<Key> = { first: 'First', later: 'Later' };
    const catalogs = lazyCatalogs<Key>({ first: 'Først' } as Catalog<Key>, { en: async () => ({ default: en }) });
    expect(completeLanguages(catalogs)).to.deep.equal(['da', 'en']);
    addTexts(catalogs, 'da', { later: 'Senere' });
    expect(completeLanguages(catalogs)).to.deep.equal(['da', 'en']);
    expect(translatorFor(catalogs, 'en')('later')).to.equal('Senere');
    await loadLanguage([catalogs], 'en');
    expect(translatorFor(catalogs, 'en')('later')).to.equal('Later');
  });

  it('refuses a language the set has no texts for yet (a lazy language arrives whole)', () => {
    const catalogs = lazyCatalogs<Key>(
      { first: 'Først', later: 'Senere' },
      { en: async () => ({ default: { first: 'First', later: 'Later' } }) },
    );
    expect(() => addTexts(catalogs, 'en', { later: 'Later' })).to.throw(/no "en" texts/);
    expect(() => addTexts(catalogs, 'constructor', {})).to.throw(/no "constructor" texts/);
  });
});
