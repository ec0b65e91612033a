import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { GLOSSARY_LIMITS, type Glossary, isSafeHref, validateGlossary } from '../../src/help/glossary.schema.js';
import { lix } from '../../src/help/lix.js';
import { glossaryForms } from '../../src/help/matcher.js';

const valid = {
  $schema: '../schemas/glossary.json',
  terms: [
    {
      id: 'sundhedskort',
      term: 'sundhedskort',
      forms: ['sundhedskortet'],
      inflect: true,
      explanation: { da: 'Det gule kort.', en: 'The yellow card.' },
      link: { href: 'https://www.borger.dk/', label: { da: 'Læs mere', en: 'Read more' } },
      translations: { en: { term: 'health insurance card', explanation: 'The yellow card.' } },
    },
    { id: 'pas', term: 'pas', explanation: 'Et pas.', link: { href: '/pas', label: 'Om pas' } },
  ],
};

function problemsOf(input: unknown): Record<string, string> {
  const result = validateGlossary(input);
  expect(result.ok, 'expected problems').to.equal(false);
  return result.ok ? {} : Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
}

function withTerms(...terms: unknown[]) {
  return { terms };
}

describe('validateGlossary', () => {
  it('accepts the documented shape', () => {
    const result = validateGlossary(valid);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.terms[0]?.translations?.en?.term).to.equal('health insurance card');
  });

  it('accepts an empty glossary', () => {
    expect(validateGlossary({ terms: [] }).ok).to.equal(true);
  });

  it('rejects unknown fields (typos) with their path', () => {
    const problems = problemsOf(withTerms({ id: 'pas', term: 'pas', explanation: 'x', explantion: 'y' }));
    expect(problems['$.terms[0].explantion']).to.match(/not a known field/);
    expect(problemsOf({ terms: [], term: [] })['$.term']).to.match(/not a known field/);
    const inTranslation = problemsOf(
      withTerms({ id: 'pas', term: 'pas', explanation: 'x', translations: { en: { term: 'passport', explanation: 'x', note: 'y' } } }),
    );
    expect(inTranslation['$.terms[0].translations.en.note']).to.match(/not a known field/);
  });

  it('requires id, term and explanation', () => {
    const problems = problemsOf(withTerms({}));
    expect(Object.keys(problems)).to.include.members(['$.terms[0].id', '$.terms[0].term', '$.terms[0].explanation']);
  });

  it('explains a malformed id, an empty term and a bad language code', () => {
    const problems = problemsOf(
      withTerms({ id: 'Digital Fuldmagt', term: ' ', explanation: 'x', translations: { English: { term: 'a', explanation: 'b' } } }),
    );
    expect(problems['$.terms[0].id']).to.match(/lower-case id like "digital-fuldmagt"/);
    expect(problems['$.terms[0].term']).to.equal('must contain a letter or a digit');
    expect(problems['$.terms[0].translations.English']).to.match(/language code/);
  });

  it('rejects a link that is not http(s) or relative', () => {
    const link = (href: string) => withTerms({ id: 'pas', term: 'pas', explanation: 'x', link: { href, label: 'Læs' } });
    expect(problemsOf(link('javascript:alert(1)'))['$.terms[0].link.href']).to.match(
      /https:, http:, mailto: or tel: link, or a link on this site/,
    );
    expect(problemsOf(link('//evil.example/a'))['$.terms[0].link.href']).to.match(/starts with "\/\/", which leads to another site/);
    expect(problemsOf(link('/\\evil.example/b'))['$.terms[0].link.href']).to.match(/contains "\\", which browsers read as "\/"/);
    for (const bad of [
      'data:text/html,hi',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      ' javascript:x',
      'mailto:a@b.dk',
      '',
      '//kk.dk/pas',
      '\\\\evil.example',
    ]) {
      expect(validateGlossary(link(bad)).ok, bad).to.equal(false);
    }
    for (const good of ['https://www.borger.dk/', 'HTTP://kk.dk', '/pas', '../flyt', 'pas.html', '#frister', '?side=2']) {
      expect(validateGlossary(link(good)).ok, good).to.equal(true);
    }
  });

  it('reports a duplicate id at the second use, naming the first', () => {
    const problems = problemsOf(withTerms({ id: 'pas', term: 'pas', explanation: 'x' }, { id: 'pas', term: 'nødpas', explanation: 'y' }));
    expect(problems['$.terms[1].id']).to.equal('is "pas" again; ids must be unique (first used at $.terms[0].id)');
  });

  it('reports a form claimed by two terms, ignoring case and spacing', () => {
    const problems = problemsOf(
      withTerms(
        { id: 'sundhedskort', term: 'sundhedskort', forms: ['det gule  kort'], explanation: 'x' },
        { id: 'gult-kort', term: 'Det gule kort', explanation: 'y' },
        { id: 'kort', term: 'kort', forms: ['Sundhedskort'], explanation: 'z' },
      ),
    );
    expect(problems['$.terms[1].term']).to.match(/already a form of the term "sundhedskort" \(\$\.terms\[0\]\.forms\[0\]\)/);
    expect(problems['$.terms[2].forms[0]']).to.match(/already a form of the term "sundhedskort" \(\$\.terms\[0\]\.term\)/);
  });

  it('allows a term to repeat its own headword among its forms', () => {
    expect(validateGlossary(withTerms({ id: 'mitid', term: 'MitID', forms: ['mitid'], explanation: 'x' })).ok).to.equal(true);
  });
});

describe('isSafeHref', () => {
  it('knows a relative link from a scheme', () => {
    expect(isSafeHref('side:2')).to.equal(false);
    expect(isSafeHref('./side:2')).to.equal(true);
    expect(isSafeHref('//kk.dk/pas')).to.equal(false);
  });
});

describe('demo/content/ordliste.json', () => {
  let glossary: Glossary;
  before(async () => {
    const response = await fetch(new URL('../../demo/content/ordliste.json', import.meta.url));
    const result = validateGlossary(await response.json());
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    glossary = result.value;
  });

  it('has at least 45 terms, each with an English translation', () => {
    expect(glossary.terms.length).to.be.at.least(45);
    for (const entry of glossary.terms) expect(entry.translations?.en, entry.id).to.have.keys(['term', 'explanation']);
  });

  it('covers the hard words of Danish citizen service', () => {
    const forms = new Set(glossaryForms(glossary).map((f) => f.form));
    for (const word of [
      'folkeregisteradresse',
      'bopælsattest',
      'sundhedskortet',
      'digital fuldmagt',
      'digital post',
      'mitid',
      'partshøring',
      'aktindsigt',
      'forældremyndighed',
      'navnebevis',
      'boligstøtte',
      'friplads',
      'dagtilbud',
      'sagsbehandler',
      'afgørelsen',
      'klagevejledning',
      'cpr-nummer',
      'personnummer',
      'udrejse',
      'indrejse',
      'nemkonto',
      'årsopgørelse',
    ]) {
      expect(forms.has(word), word).to.equal(true);
    }
  });

  it('explains in plain Danish: every explanation under LIX 45, on average under 35', () => {
    const scores = glossary.terms.map((entry) => ({
      id: entry.id,
      lix: lix(typeof entry.explanation === 'string' ? entry.explanation : (entry.explanation.da ?? '')).lix,
    }));
    for (const score of scores) expect(score.lix, score.id).to.be.below(45);
    const average = scores.reduce((sum, s) => sum + s.lix, 0) / scores.length;
    expect(average).to.be.below(35);
  });
});

describe('validateGlossary in Unicode NFC', () => {
  it('stores ids, headwords and forms in NFC, so a decomposed duplicate is reported like any other', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const ok = validateGlossary({
      terms: [{ id: nfd('årsopgørelse'), term: nfd('årsopgørelse'), forms: [nfd('årsopgørelsen')], explanation: 'x' }],
    });
    expect(ok.ok).to.equal(true);
    if (ok.ok)
      expect([ok.value.terms[0]!.id, ok.value.terms[0]!.term, ok.value.terms[0]!.forms![0]]).to.deep.equal([
        'årsopgørelse',
        'årsopgørelse',
        'årsopgørelsen',
      ]);
    const twice = validateGlossary({
      terms: [
        { id: 'årsopgørelse', term: 'årsopgørelse', explanation: 'x' },
        { id: nfd('årsopgørelse'), term: nfd('årsopgørelse'), explanation: 'y' },
      ],
    });
    expect(twice.ok).to.equal(false);
    if (!twice.ok) expect(twice.problems.map((p) => p.path)).to.deep.equal(['$.terms[1].id', '$.terms[1].term']);
  });
});

describe('validateGlossary: size limits', () => {
  const term = (extra: Record<string, unknown>) => ({ terms: [{ id: 'x', term: 'ord', explanation: 'Forklaring.', ...extra }] });
  const paths = (input: unknown) => {
    const result = validateGlossary(input);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
  };

  it('accepts a term and forms exactly at the limits (60 characters, 6 words, 20 forms)', () => {
    const sixWords = 'aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeee fffffffff'; // 59 characters
    expect(sixWords.length).to.equal(59);
    const forms = Array.from({ length: GLOSSARY_LIMITS.forms }, (_, i) => `${'x'.repeat(58)}${String(i).padStart(2, '0')}`);
    expect(paths(term({ term: sixWords, forms }))).to.deep.equal([]);
  });

  it('refuses a longer term, a form of too many words and too many forms, naming each path', () => {
    expect(paths(term({ term: 'x'.repeat(61) }))).to.deep.equal(['$.terms[0].term: is too long: a term has at most 60 characters']);
    expect(paths(term({ forms: ['en to tre fire fem seks syv'] }))).to.deep.equal([
      '$.terms[0].forms[0]: has too many words: a form has at most 6 words',
    ]);
    expect(paths(term({ forms: Array.from({ length: 21 }, (_, i) => `form${i}`) }))).to.deep.equal([
      '$.terms[0].forms: has too many forms: at most 20 per term',
    ]);
    const many = {
      terms: Array.from({ length: GLOSSARY_LIMITS.terms + 1 }, (_, i) => ({ id: `t${i}`, term: `ord${i}`, explanation: 'x' })),
    };
    expect(paths(many)).to.deep.equal([`$.terms: has too many terms: at most ${GLOSSARY_LIMITS.terms}`]);
  });

  it('refuses every term over the word or character limit, and accepts every term within both (generated)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'æ', 'ø', 'å', 'b'), minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const within = words.length <= GLOSSARY_LIMITS.formWords && text.length <= GLOSSARY_LIMITS.formChars;
        expect(validateGlossary(term({ term: text })).ok).to.equal(within);
      }),
      { numRuns: 200 },
    );
  });
});
