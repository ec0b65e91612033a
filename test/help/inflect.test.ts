import { expect } from '@open-wc/testing';
import { inflect, normalizeForm } from '../../src/help/inflect.js';

describe('normalizeForm', () => {
  it('lower-cases, trims and collapses whitespace (also newlines and no-break spaces)', () => {
    expect(normalizeForm('  Digital\n\u00a0 Post ')).to.equal('digital post');
    expect(normalizeForm('ÆRØ ÅBEN')).to.equal('ærø åben');
  });
});

describe('inflect', () => {
  it('gives the definite, plural and definite plural forms of a noun ending in a consonant', () => {
    const forms = inflect('ansøgning');
    expect(forms).to.include.members(['ansøgningen', 'ansøgninger', 'ansøgningerne']);
    expect(inflect('kørekort')).to.include.members(['kørekortet', 'kørekortene']);
    expect(inflect('sagsbehandler')).to.include.members(['sagsbehandleren', 'sagsbehandlere', 'sagsbehandlerne']);
  });

  it('uses -n/-t/-r/-rne for a headword ending in -e', () => {
    const forms = inflect('ydelse');
    expect(forms).to.have.members([
      'ydelsen',
      'ydelset',
      'ydelser',
      'ydelserne',
      'ydelses',
      'ydelsens',
      'ydelsets',
      'ydelsers',
      'ydelsernes',
    ]);
  });

  it('adds a genitive -s to the headword and every form, except after s, x or z', () => {
    expect(inflect('sundhedskort')).to.include.members(['sundhedskorts', 'sundhedskortets', 'sundhedskortenes']);
    const friplads = inflect('friplads');
    expect(friplads).to.include('fripladsen');
    expect(friplads).not.to.include('fripladss');
  });

  it('inflects only the last word of a term of several words', () => {
    const forms = inflect('Digital Fuldmagt');
    expect(forms).to.include.members(['digital fuldmagten', 'digital fuldmagter', 'digital fuldmagtens']);
    expect(forms.every((form) => form.startsWith('digital fuldmagt'))).to.equal(true);
    expect(inflect('børne- og ungeydelse')).to.include('børne- og ungeydelsen');
  });

  it('never returns the headword itself, duplicates or upper case', () => {
    const forms = inflect('Pas');
    expect(forms).not.to.include('pas');
    expect(new Set(forms).size).to.equal(forms.length);
    expect(forms.every((form) => form === form.toLowerCase())).to.equal(true);
  });

  it('does not inflect a headword that ends in something other than a letter', () => {
    expect(inflect('CPR-nr.')).to.deep.equal([]);
    expect(inflect('A4')).to.deep.equal([]);
    expect(inflect('   ')).to.deep.equal([]);
  });
});
