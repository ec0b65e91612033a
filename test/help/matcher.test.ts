import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CharTrie } from '../../src/help/char-trie.js';
import { crossCheckGlossary } from '../../src/help/glossary.rules.js';
import type { Glossary } from '../../src/help/glossary.schema.js';
import { inflect } from '../../src/help/inflect.js';
import { createMatcher, glossaryForms, type Match } from '../../src/help/matcher.js';
import { createMatcherBefore } from './matcher-before.js';

const glossary: Glossary = {
  terms: [
    { id: 'pas', term: 'pas', forms: ['passet', 'passene'], inflect: false, explanation: 'Et pas.' },
    { id: 'digital-fuldmagt', term: 'digital fuldmagt', forms: ['digitale fuldmagter'], explanation: 'En fuldmagt på nettet.' },
    { id: 'fuldmagt', term: 'fuldmagt', explanation: 'Lov til at handle for en anden.' },
    { id: 'sundhedskort', term: 'sundhedskort', explanation: 'Det gule kort.' },
    { id: 'ydelse', term: 'ydelse', explanation: 'Penge fra det offentlige.' },
    { id: 'cpr-nummer', term: 'CPR-nummer', forms: ['CPR-numre'], explanation: 'Dit personnummer.' },
    { id: 'mitid', term: 'MitID', inflect: false, explanation: 'Dit digitale ID.' },
    { id: 'aer', term: 'ære', inflect: false, explanation: 'Et ord med æ.' },
    { id: 'boligstoette', term: 'boligstøtte', explanation: 'Hjælp til husleje.' },
    { id: 'aar', term: 'år', inflect: false, explanation: 'Tolv måneder.' },
  ],
};
const matcher = createMatcher(glossary);

/** `[termId, matched text]` pairs, the easiest thing to read in a failing test. */
function found(text: string): Array<[string, string]> {
  return matcher.find(text).map((m) => [m.termId, text.slice(m.start, m.end)]);
}

describe('createMatcher().find', () => {
  it('returns offsets, term id and the glossary form', () => {
    const text = 'Husk dit pas.';
    expect(matcher.find(text)).to.deep.equal([{ start: 9, end: 12, termId: 'pas', form: 'pas' }]);
  });

  it('matches whole words only: "pas" is not found in "pasta", "kompas" or "pasfoto"', () => {
    expect(found('Vi spiser pasta ved et kompas og tager et pasfoto.')).to.deep.equal([]);
    expect(found('pas, (pas) "pas" pas. pas')).to.have.length(5);
  });

  it('treats æ, ø, å and every other letter or digit as part of a word', () => {
    expect(found('æpas øpas åpas pasæ paså pasé éjpas pasü')).to.deep.equal([]);
    expect(found('pasب مpas pas2 2pas')).to.deep.equal([]);
    expect(found('ære ærede skære')).to.deep.equal([['aer', 'ære']]);
    expect(found('Ét år, årene, åringen.')).to.deep.equal([['aar', 'år']]);
    expect(found('boligstøtten og boligstøttes')).to.deep.equal([
      ['boligstoette', 'boligstøtten'],
      ['boligstoette', 'boligstøttes'],
    ]);
  });

  it('prefers the longest form: "digital fuldmagt" before "fuldmagt"', () => {
    expect(found('Giv en digital fuldmagt eller en fuldmagt på papir.')).to.deep.equal([
      ['digital-fuldmagt', 'digital fuldmagt'],
      ['fuldmagt', 'fuldmagt'],
    ]);
    expect(found('digital fuldmagten')).to.deep.equal([['digital-fuldmagt', 'digital fuldmagten']]);
  });

  it('does not match a form that runs on into a longer word', () => {
    expect(found('digital fuldmagtsgiver og digital fuldmagt')).to.deep.equal([['digital-fuldmagt', 'digital fuldmagt']]);
    expect(found('sundhedskortet sundhedskortetx')).to.deep.equal([['sundhedskort', 'sundhedskortet']]);
  });

  it('falls back to the longest complete form when a longer one breaks off', () => {
    const ordning = createMatcher({
      terms: [
        { id: 'digital-fuldmagt', term: 'digital fuldmagt', explanation: 'x' },
        { id: 'ordning', term: 'digital fuldmagt ordning', inflect: false, explanation: 'y' },
      ],
    });
    const text = 'en digital fuldmagt og en digital fuldmagt ordning';
    expect(ordning.find(text).map((m) => [m.termId, text.slice(m.start, m.end)])).to.deep.equal([
      ['digital-fuldmagt', 'digital fuldmagt'],
      ['ordning', 'digital fuldmagt ordning'],
    ]);
  });

  it('matches a term of several words across any run of whitespace', () => {
    expect(found('en digital\n   fuldmagt')).to.deep.equal([['digital-fuldmagt', 'digital\n   fuldmagt']]);
    expect(found('en digital\u00a0fuldmagt')).to.deep.equal([['digital-fuldmagt', 'digital\u00a0fuldmagt']]);
    expect(found('de\tdigitale \r\n fuldmagter')).to.deep.equal([['digital-fuldmagt', 'digitale \r\n fuldmagter']]);
  });

  it('finds the regular Danish inflections and the hand-listed forms', () => {
    const text = 'ydelsen ydelser ydelserne ydelsens sundhedskortet sundhedskortets passet passene CPR-nummeret CPR-numre';
    expect(found(text).map(([id]) => id)).to.deep.equal([
      'ydelse',
      'ydelse',
      'ydelse',
      'ydelse',
      'sundhedskort',
      'sundhedskort',
      'pas',
      'pas',
      'cpr-nummer',
      'cpr-nummer',
    ]);
  });

  it('does not inflect a term with inflect: false', () => {
    expect(found('MitIDen MitIDs pasen')).to.deep.equal([]);
  });

  it('ignores case', () => {
    expect(found('PAS Pas pAs DIGITAL FULDMAGT Sundhedskortet mitid')).to.have.length(6);
  });

  it('reads Unicode hyphens and soft hyphens the way a citizen sees them', () => {
    expect(found('dit CPR\u2011nummer')).to.deep.equal([['cpr-nummer', 'CPR\u2011nummer']]);
    expect(found('sund\u00adheds\u00adkortet')).to.deep.equal([['sundhedskort', 'sund\u00adheds\u00adkortet']]);
    expect(found('kom\u00adpas')).to.deep.equal([]);
  });

  it('finds adjacent terms and terms at the very start and end', () => {
    expect(found('pas pas')).to.deep.equal([
      ['pas', 'pas'],
      ['pas', 'pas'],
    ]);
    expect(found('MitID')).to.deep.equal([['mitid', 'MitID']]);
    expect(found('')).to.deep.equal([]);
  });

  it('lets a written form of one term beat a generated form of another', () => {
    const kort = createMatcher({
      terms: [
        { id: 'kort', term: 'kort', explanation: 'Et kort.' },
        { id: 'kortet', term: 'kortet', explanation: 'Et bestemt kort.' },
      ],
    });
    expect(kort.find('kortet').map((m) => m.termId)).to.deep.equal(['kortet']);
    expect(kort.find('kortene').map((m) => m.termId)).to.deep.equal(['kort']);
  });

  it('agrees with a naive search over every form (property test)', () => {
    const words = [
      'pas',
      'passet',
      'kompas',
      'digital',
      'fuldmagt',
      'fuldmagten',
      'digitale',
      'fuldmagter',
      'ydelse',
      'ydelsen',
      'ære',
      'år',
      'mitid',
      'MitID',
      'og',
      'en',
      'CPR-nummer',
      'boligstøtte',
    ];
    const separators = [' ', ', ', '. ', '\n', ' (', ') '];
    const forms = glossaryForms(glossary);
    const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);
    const naive = (text: string): Match[] => {
      const lower = text.toLowerCase().replace(/\s/gu, ' ');
      const out: Match[] = [];
      let i = 0;
      while (i < text.length) {
        let best: Match | undefined;
        if (!(isWord(text[i - 1]) && isWord(text[i]))) {
          for (const { termId, form } of forms) {
            const end = i + form.length;
            if (lower.startsWith(form, i) && !(isWord(text[end - 1]) && isWord(text[end])) && (!best || end > best.end)) {
              best = { start: i, end, termId, form };
            }
          }
        }
        if (best) {
          out.push(best);
          i = best.end;
        } else i++;
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 30 }), (parts) => {
        const text = parts.map(([word, sep]) => word + sep).join('');
        expect(matcher.find(text)).to.deep.equal(naive(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('glossaryForms', () => {
  it('lists written forms before generated ones, each normalised', () => {
    const forms = glossaryForms({ terms: [{ id: 'cpr', term: 'CPR-nummer', forms: ['CPR-numre'], explanation: 'x' }] });
    expect(forms.slice(0, 2)).to.deep.equal([
      { termId: 'cpr', form: 'cpr-nummer', explicit: true },
      { termId: 'cpr', form: 'cpr-numre', explicit: true },
    ]);
    expect(forms.slice(2).every((f) => !f.explicit && f.form.startsWith('cpr-nummer'))).to.equal(true);
  });
});

describe('createMatcher in Unicode NFC (field case 16-nfd)', () => {
  const nfcGlossary: Glossary = {
    terms: [
      { id: 'aarsopgoerelse', term: 'årsopgørelse', explanation: 'Oversigt over din indkomst og skat.' },
      { id: 'bopaelsattest', term: 'bopælsattest', explanation: 'Bevis på, hvor du bor.' },
      { id: 'cafe', term: 'café', inflect: false, explanation: 'Et sted med kaffe.' },
      { id: 'aa', term: 'Å', forms: ['åen'], inflect: false, explanation: 'En lille flod.' },
    ],
  };
  const nfdGlossary: Glossary = {
    terms: nfcGlossary.terms.map((t) => ({ ...t, term: t.term.normalize('NFD'), forms: t.forms?.map((f) => f.normalize('NFD')) })),
  };
  const sentence = 'Se din årsopgørelse og din bopælsattest på en café ved åen.';
  const expected = ['aarsopgoerelse', 'bopaelsattest', 'cafe', 'aa'];

  for (const [glossaryForm, g] of [
    ['NFC', nfcGlossary],
    ['NFD', nfdGlossary],
  ] as const) {
    for (const textForm of ['NFC', 'NFD'] as const) {
      it(`finds every term with a glossary in ${glossaryForm} and the text in ${textForm}; offsets point into the text as given`, () => {
        const text = sentence.normalize(textForm);
        const matches = createMatcher(g).find(text);
        expect(matches.map((m) => m.termId)).to.deep.equal(expected);
        expect(matches.map((m) => text.slice(m.start, m.end).normalize('NFC'))).to.deep.equal([
          'årsopgørelse',
          'bopælsattest',
          'café',
          'åen',
        ]);
        // The slices are the original (decomposed) text, not the NFC copy.
        for (const m of matches) expect(text.slice(m.start, m.end)).to.equal(text.slice(m.start, m.end).normalize(textForm));
      });
    }
  }

  it('finds inflected forms of a decomposed headword, and a decomposed form in the middle of a word is not a match', () => {
    const m = createMatcher(nfdGlossary);
    const text = 'Årsopgørelsen kom, men ikke i forårsopgørelse.'.normalize('NFD');
    expect(m.find(text).map((x) => text.slice(x.start, x.end).normalize('NFC'))).to.deep.equal(['Årsopgørelsen']);
  });

  it('finds the same terms at the same places in NFC and NFD text (generated text)', () => {
    const words = fc.constantFrom('årsopgørelse', 'bopælsattesten', 'café', 'åen', 'og', 'Ærø', 'naïve', 'pas', ' ', ', ', '.');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (pieces) => {
        const composed = pieces.join('');
        const decomposed = composed.normalize('NFD');
        const m = createMatcher(nfcGlossary);
        const a = m.find(composed).map((x) => [x.termId, composed.slice(x.start, x.end)]);
        const b = m.find(decomposed).map((x) => [x.termId, decomposed.slice(x.start, x.end).normalize('NFC')]);
        expect(b).to.deep.equal(a);
      }),
      { numRuns: 200 },
    );
  });
});

describe('createMatcher builds generated forms from the headword', () => {
  it('finds the same words as when every inflection is written out by hand', () => {
    const words = ['sundhedskort', 'sund\u00adheds\u00adkort', 'ydelse', 'digital fuldmagt', 'CPR-nummer'];
    const generated: Glossary = { terms: words.map((term, i) => ({ id: `t${i}`, term, explanation: 'x' })) };
    const written: Glossary = {
      terms: words.map((term, i) => ({ id: `t${i}`, term, forms: inflect(term), inflect: false, explanation: 'x' })),
    };
    const text = words.flatMap((term) => [term, ...inflect(term)]).join(', ');
    const spans = (glossary: Glossary) =>
      createMatcher(glossary)
        .find(text)
        .map(({ start, end, termId }) => `${termId}:${text.slice(start, end)}`);
    expect(spans(generated)).to.deep.equal(spans(written));
    expect(spans(generated).length).to.be.greaterThan(words.length * 5);
  });
});

describe('createMatcher agrees with the matcher that put every generated form in its trie', () => {
  // Random glossaries of short words from few letters (so terms overlap, share headwords, end in -e,
  // -s, -x, have forms that equal another term's inflections), and texts made of their forms, other
  // words, soft hyphens, capitals and decomposed letters.
  const letter = fc.constantFrom('k', 'o', 'r', 't', 'e', 'n', 's', 'x', 'å', 'a\u030a', 'E', 'R');
  const word = fc.array(letter, { minLength: 1, maxLength: 5 }).map((letters) => letters.join(''));
  const phrase = fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => `${a} ${b}`) });
  const term = fc.record({
    term: phrase,
    forms: fc.option(fc.array(phrase, { maxLength: 3 }), { nil: undefined }),
    inflect: fc.option(fc.boolean(), { nil: undefined }),
  });
  const glossaryOf = (terms: { term: string; forms?: string[]; inflect?: boolean }[]): Glossary => ({
    terms: terms.map((t, i) => ({
      id: `t${i}`,
      term: t.term,
      explanation: 'x',
      ...(t.forms ? { forms: t.forms } : {}),
      ...(t.inflect === undefined ? {} : { inflect: t.inflect }),
    })),
  });

  it('finds the same matches (property test)', () => {
    fc.assert(
      fc.property(
        fc.array(term, { minLength: 1, maxLength: 8 }),
        fc.array(
          fc.tuple(
            fc.oneof(phrase, fc.constantFrom('kortene', 'korte', 'ten', 'sen', 'ernes')),
            fc.constantFrom(' ', ', ', '\u00ad', 'e', 'en ', '-', '\n'),
          ),
          {
            maxLength: 25,
          },
        ),
        (terms, pieces) => {
          const glossary = glossaryOf(terms);
          // Texts built from the glossary's own forms too, inflections included, so most cases match something.
          const forms = glossaryForms(glossary).map((f) => f.form);
          const text = pieces.map(([piece, sep], i) => (i % 2 ? (forms[(i * 7) % forms.length] ?? piece) : piece) + sep).join('');
          expect(createMatcher(glossary).find(text)).to.deep.equal(createMatcherBefore(glossary).find(text));
          expect(createMatcher(glossary).find(text.toUpperCase())).to.deep.equal(createMatcherBefore(glossary).find(text.toUpperCase()));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds the same matches on the demo glossary and the benchmark page', async () => {
    const { buildFixture } = await import('../../scripts/bench/matcher-fixture.js');
    const fixture = buildFixture({ terms: 300, words: 3000, seed: 7 });
    const text = new DOMParser().parseFromString(fixture.html, 'text/html').body.textContent ?? '';
    const now = createMatcher(fixture.glossary).find(text);
    expect(now.length).to.be.greaterThan(100);
    expect(now).to.deep.equal(createMatcherBefore(fixture.glossary).find(text));
  });
});

describe('the matcher build’s shared pieces', () => {
  it('a glossary object changed after a build is read anew by the next build and by the checks across terms', () => {
    const own: Glossary = { terms: [{ id: 'frist', term: 'frist', inflect: false, explanation: 'Sidste dag.' }] };
    expect(
      createMatcher(own)
        .find('en tidsfrist og en deadline')
        .map((m) => m.termId),
    ).to.deep.equal([]);
    expect(crossCheckGlossary(own)).to.deep.equal([]);
    // A script reusing its glossary object: a form added in place, and the headword changed.
    own.terms[0]!.forms = ['deadline'];
    expect(
      createMatcher(own)
        .find('en deadline')
        .map((m) => m.form),
    ).to.deep.equal(['deadline']);
    own.terms.push({ id: 'sidste-frist', term: 'Deadline', explanation: 'Den sidste dag.' });
    expect(crossCheckGlossary(own).map((p) => p.path)).to.deep.equal(['$.terms[1].term']);
    (own.terms[0] as { term: string }).term = 'tidsfrist';
    expect(
      createMatcher(own)
        .find('en tidsfrist')
        .map((m) => m.form),
    ).to.deep.equal(['tidsfrist']);
  });

  it('CharTrie grows past its first size and keeps every edge', () => {
    const trie = new CharTrie(1);
    const made = new Map<string, number>();
    // Far more edges than the 4,096 slots it starts with: it grows several times.
    for (let node = 0; node < 300; node++) {
      for (let code = 0x61; code < 0x61 + 26; code++) made.set(`${node}:${code}`, trie.childOrNew(node, code));
    }
    for (const [key, child] of made) {
      const [node, code] = key.split(':').map(Number) as [number, number];
      expect(trie.child(node, code), key).to.equal(child);
      expect(trie.childOrNew(node, code), `${key} again`).to.equal(child);
    }
    expect(new Set(made.values()).size, 'one new node per edge').to.equal(made.size);
    expect(trie.child(300, 0x61)).to.equal(-1);
  });
});
