// The editor view: LIX of the wrapped text in three bands with its counts, the longest sentences and
// words (listed, and highlighted in the text), and glossary terms the text never uses.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/help/index.js';
import { type BorgerHelp, createMatcher, editorBand, editorReport, type Glossary } from '../../src/help/index.js';

const EASY = 'Du skal have et nyt pas. Husk dit gamle pas, når du kommer til Borgerservice.';
const HARD =
  'Ansøgningen om boligstøtte behandles af Udbetaling Danmark, og afgørelsen fremsendes efterfølgende elektronisk til modtagerens digitale postkasse.';

const glossary: Glossary = {
  terms: [
    { id: 'pas', term: 'pas', inflect: false, explanation: 'Et pas.' },
    { id: 'mitid', term: 'MitID', inflect: false, explanation: 'Dit digitale ID.' },
    { id: 'sundhedskort', term: 'sundhedskort', explanation: 'Det gule kort.' },
  ],
};

describe('editorReport', () => {
  it('counts a known easy text: 15 words, 2 sentences, 1 long word, LIX 14 (easy)', () => {
    const report = editorReport(EASY, { glossary, matcher: createMatcher(glossary) });
    expect([report.lix, report.band, report.lixBand]).to.deep.equal([14, 'easy', 'very-easy']);
    expect([report.words, report.sentences, report.longWords]).to.deep.equal([15, 2, 1]);
    expect(report.longestSentences.map((s) => [s.text, s.words])).to.deep.equal([
      ['Husk dit gamle pas, når du kommer til Borgerservice.', 9],
      ['Du skal have et nyt pas.', 6],
    ]);
    expect(report.longestWords.slice(0, 3).map((w) => [w.text, w.letters])).to.deep.equal([
      ['Borgerservice', 13],
      ['kommer', 6],
      ['gamle', 5],
    ]);
    expect(report.missingTerms).to.deep.equal([
      { id: 'mitid', term: 'MitID' },
      { id: 'sundhedskort', term: 'sundhedskort' },
    ]);
  });

  it('counts a known hard text: 16 words in one sentence, 12 long words, LIX 91 (hard)', () => {
    const report = editorReport(HARD);
    expect([report.words, report.sentences, report.longWords, report.lix, report.band]).to.deep.equal([16, 1, 12, 91, 'hard']);
    expect(report.missingTerms).to.deep.equal([]);
  });

  it('maps the five LIX bands onto the three editor words', () => {
    expect((['very-easy', 'easy', 'medium', 'hard', 'very-hard'] as const).map(editorBand)).to.deep.equal([
      'easy',
      'easy',
      'medium',
      'hard',
      'hard',
    ]);
  });

  it('does not list a term as missing when the text has it in decomposed form (NFC comparison)', () => {
    const g: Glossary = { terms: [{ id: 'aarsopgoerelse', term: 'årsopgørelse', explanation: 'Din skat.' }] };
    const text = 'Se din årsopgørelse.'.normalize('NFD');
    expect(editorReport(text, { glossary: g, matcher: createMatcher(g) }).missingTerms).to.deep.equal([]);
    expect(editorReport('Se din skat.', { glossary: g, matcher: createMatcher(g) }).missingTerms).to.have.length(1);
  });

  it('gives LIX 0 and empty lists for an empty text', () => {
    const report = editorReport('   ');
    expect([report.lix, report.words, report.sentences, report.longestSentences.length, report.longestWords.length]).to.deep.equal([
      0, 0, 0, 0, 0,
    ]);
  });
});

async function editorView(article: string): Promise<BorgerHelp> {
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  const element = document.createElement('borger-help');
  element.setAttribute('editor', '');
  element.innerHTML = article;
  element.content = structuredClone(glossary);
  host.append(element);
  await waitUntil(() => element.glossaryReady);
  // The editor view's code loads the first time it is asked for.
  await waitUntil(() => element.shadowRoot?.querySelector('[part="editor"] .score'), 'the editor view did not load');
  await element.updateComplete;
  return element;
}

const editorPart = (element: BorgerHelp) => element.shadowRoot!.querySelector<HTMLElement>('[part="editor"]')!;
const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());
const lixRanges = () => {
  const highlight = CSS.highlights.get('borger-lix');
  return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString()) : [];
};

describe('<borger-help editor>', () => {
  it('shows LIX with its band, the counts, the longest sentences and words, and unused terms', async () => {
    const element = await editorView(`<article><p>${EASY}</p></article>`);
    const view = editorPart(element);
    expect(view.querySelector('.score')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('LIX 14 let');
    expect(texts(view, '.counts li')).to.deep.equal(['15 ord', '2 sætninger', '1 langt ord (over 6 bogstaver)']);
    expect(texts(view, '.longest-sentences li')).to.deep.equal([
      'Husk dit gamle pas, når du kommer til Borgerservice. (9 ord)',
      'Du skal have et nyt pas. (6 ord)',
    ]);
    expect(texts(view, '.longest-words li')[0]).to.equal('Borgerservice (13 bogstaver)');
    expect(texts(view, '.missing-terms summary')).to.deep.equal(['2 ord fra ordlisten står ikke i teksten']);
    expect(texts(view, '.missing-terms li')).to.deep.equal(['MitID', 'sundhedskort']);
    await expect(element).to.be.accessible();
  });

  it('highlights the longest sentences and words in the text itself, and stops when the view is closed', async () => {
    const element = await editorView(`<article><p>${EASY}</p></article>`);
    const ranges = lixRanges();
    expect(ranges).to.include('Husk dit gamle pas, når du kommer til Borgerservice.');
    expect(ranges).to.include('Borgerservice');
    // The text itself is untouched: highlights are not elements.
    expect(element.querySelector('p')!.querySelectorAll('mark, span')).to.have.length(0);
    element.editor = false;
    await element.updateComplete;
    expect(lixRanges()).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[part="editor"]')).to.equal(null);
  });

  it('follows the text as the CMS adds to it', async () => {
    const element = await editorView(`<article><p>${EASY}</p></article>`);
    const more = document.createElement('p');
    more.textContent = HARD;
    element.querySelector('article')!.append(more);
    await waitUntil(() => texts(editorPart(element), '.counts li')[0] === '31 ord', 'the report did not follow the new text');
    expect(texts(editorPart(element), '.counts li')).to.deep.equal(['31 ord', '3 sætninger', '13 lange ord (over 6 bogstaver)']);
  });

  it('speaks English to an English-speaking editor', async () => {
    const element = await editorView(`<article><p>${HARD}</p></article>`);
    element.setAttribute('lang', 'en');
    await waitUntil(() => editorPart(element).querySelector('.score')!.textContent!.includes('hard'));
    expect(texts(editorPart(element), '.counts li')).to.deep.equal(['16 words', '1 sentence', '12 long words (over 6 letters)']);
  });
});
