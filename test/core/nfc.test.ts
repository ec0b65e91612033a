import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toNfc } from '../../src/core/nfc.js';

const NFD_WORDS = ['årsopgørelse', 'bopælsattest', 'Ærø', 'café', 'Müller', 'Åbenrå', 'naïve', '한국어'];

describe('toNfc', () => {
  it('returns text already in NFC as it is, with offsets unchanged', () => {
    const nfc = toNfc('Se din årsopgørelse.');
    expect(nfc.text).to.equal('Se din årsopgørelse.');
    expect(nfc.toOriginal(7)).to.equal(7);
  });

  it('composes decomposed letters and maps offsets back into the original', () => {
    const original = 'Se din årsopgørelse.'.normalize('NFD');
    const nfc = toNfc(original);
    expect(nfc.text).to.equal('Se din årsopgørelse.');
    const start = nfc.text.indexOf('årsopgørelse');
    const end = start + 'årsopgørelse'.length;
    expect(original.slice(nfc.toOriginal(start), nfc.toOriginal(end, 'end'))).to.equal('årsopgørelse'.normalize('NFD'));
    expect(nfc.toOriginal(nfc.text.length)).to.equal(original.length);
  });

  it('composes Hangul written as conjoining jamo, and singletons such as the Ångström sign', () => {
    expect(toNfc('한국어'.normalize('NFD')).text).to.equal('한국어');
    expect(toNfc('\u212b').text).to.equal('Å');
  });

  it('never cuts a composed letter in half: an offset inside one maps to its start, or to its end for an end', () => {
    // U+0958 is a composition exclusion: its NFC is two units, both from one original unit.
    const nfc = toNfc('x\u0958y');
    expect(nfc.text).to.equal('x\u0915\u093cy');
    expect(nfc.toOriginal(2)).to.equal(1);
    expect(nfc.toOriginal(2, 'end')).to.equal(2);
    expect(nfc.toOriginal(3)).to.equal(2);
  });

  it('agrees with String.prototype.normalize, and maps every boundary monotonically (generated text)', () => {
    const letters = fc.constantFrom(...'aeouAÅæøåéüñ한국 \u0301\u0308\u030a\u0323\u0302.,-'.split(''), ...NFD_WORDS);
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }), (pieces) => {
        const original = pieces.join('').normalize(pieces.length % 2 === 0 ? 'NFD' : 'NFC');
        const nfc = toNfc(original);
        expect(nfc.text).to.equal(original.normalize('NFC'));
        let last = 0;
        for (let j = 0; j <= nfc.text.length; j++) {
          const at = nfc.toOriginal(j);
          expect(at).to.be.at.least(last);
          expect(nfc.toOriginal(j, 'end')).to.be.at.least(at);
          last = at;
        }
        expect(nfc.toOriginal(nfc.text.length)).to.equal(original.length);
      }),
      { numRuns: 300 },
    );
  });
});
