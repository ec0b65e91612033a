// <borger-help>: the shared suite, and marking terms in the page's own article (first per section or all,
// never inside links, buttons, headings or opted-out parts, incrementally as the CMS adds content,
// and undone exactly by the switch).
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/help/index.js';
import { BorgerHelp, type BorgerTerm, type Glossary } from '../../src/help/index.js';
import { FakeSynthesis, fakeVoice, installSpeech, restoreSpeech } from '../core/fake-speech.js';
import { demoContent } from '../fixtures/content.js';
import { markingSettled } from '../shared/harness.js';
import { runWidgetSuite } from '../shared/widget-suite.js';
import { bubbleOf, isButton, MARKED_TERM, tipOf } from './term-parts.js';

const ordliste = await demoContent<Glossary>('ordliste.json');
const glossary = () => structuredClone(ordliste);

const ARTICLE = `<article>
  <h2>Nyt sundhedskort</h2>
  <p>Du får et nyt sundhedskort, når du flytter. Sundhedskortet kommer med posten.</p>
  <p>Husk at tjekke din folkeregisteradresse, før du logger på med MitID.</p>
  <p>Læs mere om <a href="#kort">sundhedskort på borger.dk</a>, eller <button type="button">vis sundhedskort</button>.</p>
  <section><h3>Når du flytter</h3><p>Et nyt sundhedskort koster ikke noget. Et sundhedskort er gult.</p></section>
  <div data-borger-no-terms><p>Bestil sundhedskort her.</p></div>
</article>`;

const ENGLISH_ARTICLE = `<article><p>Bring your sundhedskort (your health insurance card) and log on with MitID.</p></article>`;
const ARABIC_ARTICLE = `<article><p>أحضر sundhedskort الخاص بك وسجّل الدخول باستخدام MitID.</p></article>`;

/** A <borger-help> around `article`, attached and with its glossary loaded. */
async function helpEl(article: string, attributes: Record<string, string> = {}, content: unknown = glossary()): Promise<BorgerHelp> {
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  const element = document.createElement('borger-help');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = article;
  element.content = content;
  host.append(element);
  await waitUntil(() => element.glossaryReady || element.shadowRoot?.querySelector('[role="alert"]'), 'glossary did not load');
  await element.updateComplete;
  return element;
}

const marks = (root: Element) => [...root.querySelectorAll('borger-term')].map((el) => `${el.getAttribute('term')}:${el.textContent}`);
const withoutComments = (html: string) => html.replace(/<!--[^>]*-->/g, '');
const toggle = (element: BorgerHelp) => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="terms-toggle"]')!;

let synth: FakeSynthesis;
/** Speech with Danish and English voices (or only the given ones). */
function speechWith(...langs: string[]): FakeSynthesis {
  synth = new FakeSynthesis();
  synth.voices = (langs.length ? langs : ['da-DK', 'en-GB']).map((lang) => fakeVoice(lang));
  installSpeech(synth);
  return synth;
}

async function openFirstTerm(element: BorgerHelp): Promise<BorgerTerm> {
  const term = element.querySelector('borger-term')!;
  await term.updateComplete;
  term.click();
  await term.updateComplete;
  return term;
}

describe('<borger-help> (with speech voices)', () => {
  before(() => speechWith());
  after(() => restoreSpeech());

  runWidgetSuite({
    tag: 'borger-help',
    content: glossary,
    invalid: { content: { terms: [{ id: 'Sundhedskort', term: 'sundhedskort', explanation: 'x' }] }, path: '$.terms[0].id' },
    languageProbe: { da: 'Forklar svære ord', en: 'Explain difficult words' },
    properties: {
      element: BorgerHelp,
      scenarios: [
        {
          name: 'content, all, headings',
          children: ARTICLE,
          set: () => ({ content: glossary(), all: true, headings: true }),
          shows: async (element) => {
            await waitUntil(() => element.querySelector('h2 borger-term'), 'no term marked in the heading', { timeout: 5000 });
            await markingSettled(element);
            const outsideSections = [...element.querySelectorAll('borger-term')].filter((term) => !term.closest('section'));
            expect(outsideSections.length, 'every occurrence marked').to.be.greaterThan(3);
          },
        },
        {
          name: 'glossary (the URL)',
          children: ARTICLE,
          set: () => ({ glossary: '/demo/content/ordliste.json' }),
          shows: (element) =>
            waitUntil(() => element.querySelector('p borger-term[term="sundhedskort"]'), 'glossary from its URL not used', {
              timeout: 5000,
            }),
        },
        {
          name: 'src, explain-terms off',
          children: ARTICLE,
          set: () => ({ src: '/demo/content/ordliste.json', explainTerms: false }),
          shows: async (element) => {
            const help = element as BorgerHelp;
            await waitUntil(() => help.glossaryReady, 'glossary from src not loaded');
            await help.updateComplete;
            expect(toggle(help).getAttribute('aria-pressed')).to.equal('false');
            expect(element.querySelectorAll('borger-term')).to.have.length(0);
          },
        },
        {
          name: 'content, editor',
          children: ARTICLE,
          set: () => ({ content: glossary(), editor: true }),
          shows: (element) => waitUntil(() => element.shadowRoot?.querySelector('[part="editor"]'), 'no editor view', { timeout: 5000 }),
        },
      ],
    },
    states: [
      {
        name: 'article with terms marked',
        create: () => {
          speechWith();
          return helpEl(ARTICLE);
        },
      },
      {
        name: 'toggletip open',
        create: async () => {
          speechWith();
          const element = await helpEl(ARTICLE);
          await openFirstTerm(element);
          return element;
        },
      },
      {
        name: 'toolbar with no voice for the language',
        create: async () => {
          speechWith('en-GB');
          const element = await helpEl(ARTICLE);
          await waitUntil(() => element.shadowRoot!.querySelector('[part="listen"]'));
          element.shadowRoot!.querySelector<HTMLButtonElement>('[part="listen"]')!.click();
          await waitUntil(() => element.shadowRoot!.querySelector('[part="notice"]'), 'no notice about the missing voice');
          return element;
        },
      },
      {
        name: 'reading aloud',
        create: async () => {
          speechWith();
          const element = await helpEl(ARTICLE);
          await waitUntil(() => element.shadowRoot!.querySelector('[part="listen"]'));
          element.shadowRoot!.querySelector<HTMLButtonElement>('[part="listen"]')!.click();
          await element.updateComplete;
          return element;
        },
      },
      {
        name: 'editor view',
        create: () => {
          speechWith();
          return helpEl(ARTICLE, { editor: '' });
        },
      },
      {
        name: 'English, toggletip open',
        create: async () => {
          speechWith();
          const element = await helpEl(ENGLISH_ARTICLE, { lang: 'en' });
          await openFirstTerm(element);
          return element;
        },
      },
      {
        name: 'Arabic (right-to-left), toggletip open',
        create: async () => {
          speechWith();
          const element = await helpEl(ARABIC_ARTICLE, { lang: 'ar' });
          await openFirstTerm(element);
          return element;
        },
      },
    ],
  });
});

describe('<borger-help> marking terms', () => {
  before(() => speechWith());
  after(() => restoreSpeech());

  it('wraps the first occurrence of each term per section in <borger-term>, in the light DOM', async () => {
    const element = await helpEl(ARTICLE);
    expect(marks(element)).to.deep.equal([
      'sundhedskort:sundhedskort',
      'folkeregisteradresse:folkeregisteradresse',
      'mitid:MitID',
      'sundhedskort:sundhedskort',
    ]);
    // The first paragraph: one mark, the rest of the text untouched and still the page's own.
    const first = element.querySelector('p')!;
    expect(withoutComments(first.innerHTML)).to.equal(
      `Du får et nyt ${MARKED_TERM('sundhedskort', 'sundhedskort')}, når du flytter. Sundhedskortet kommer med posten.`,
    );
    expect(element.querySelector('section borger-term')!.textContent).to.equal('sundhedskort');
  });

  it('never marks inside headings, links, buttons or data-borger-no-terms', async () => {
    const element = await helpEl(ARTICLE, { all: '' });
    for (const selector of ['h2', 'h3', 'a', 'button', '[data-borger-no-terms]']) {
      expect(element.querySelector(`${selector} borger-term`), selector).to.equal(null);
    }
  });

  it('marks every occurrence with `all`, and headings with `headings`', async () => {
    const element = await helpEl(ARTICLE, { all: '' });
    expect(marks(element).filter((m) => m.startsWith('sundhedskort'))).to.deep.equal([
      'sundhedskort:sundhedskort',
      'sundhedskort:Sundhedskortet',
      'sundhedskort:sundhedskort',
      'sundhedskort:sundhedskort',
    ]);
    element.headings = true;
    await element.updateComplete;
    expect(element.querySelector('h2 borger-term')!.textContent).to.equal('sundhedskort');
    element.all = false;
    await element.updateComplete;
    // The heading now has the section's first occurrence; the paragraph after it has none.
    expect(element.querySelector('h2 borger-term')).to.exist;
    expect(element.querySelector('article > p borger-term[term="sundhedskort"]')).to.equal(null);
  });

  it('marks content the CMS adds later, and only that', async () => {
    const element = await helpEl(ARTICLE);
    const before = marks(element);
    const more = document.createElement('section');
    more.innerHTML = '<p>Har du fået Digital Post? Du skal stadig have et sundhedskort.</p>';
    element.querySelector('article')!.append(more);
    await waitUntil(() => more.querySelector('borger-term'), 'added content was not marked');
    expect(marks(more)).to.deep.equal(['digital-post:Digital Post', 'sundhedskort:sundhedskort']);
    expect(marks(element)).to.deep.equal([...before, 'digital-post:Digital Post', 'sundhedskort:sundhedskort']);
    // Text appended to a paragraph that already has its mark: the section has it already.
    const first = element.querySelector('p')!;
    first.append(' Nyt sundhedskort igen.');
    await new Promise((resolve) => setTimeout(resolve));
    expect(first.querySelectorAll('borger-term')).to.have.length(1);
  });

  it('"Forklar svære ord" off removes the marks and restores the text exactly; on marks again', async () => {
    const element = await helpEl(ARTICLE);
    const pristine = document.createElement('div');
    pristine.innerHTML = ARTICLE;
    const button = toggle(element);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await element.updateComplete;
    expect(toggle(element).getAttribute('aria-pressed')).to.equal('false');
    expect(element.querySelectorAll('borger-term')).to.have.length(0);
    expect(withoutComments(element.innerHTML)).to.equal(pristine.innerHTML);
    // Not one text node more than before: the marks left no split text behind.
    const paragraphs = [...element.querySelectorAll('p')];
    expect(paragraphs.map((p) => p.childNodes.length)).to.deep.equal([...pristine.querySelectorAll('p')].map((p) => p.childNodes.length));
    toggle(element).click();
    await element.updateComplete;
    expect(marks(element)).to.have.length(4);
  });

  it('leaves terms written by hand in place, and they follow the switch', async () => {
    const element = await helpEl('<p>Find det på <borger-term term="sundhedskort">det gule kort</borger-term>.</p>');
    const term = element.querySelector('borger-term')!;
    await term.updateComplete;
    expect(isButton(term)).to.equal(true);
    toggle(element).click();
    await element.updateComplete;
    await term.updateComplete;
    expect(element.querySelector('borger-term')).to.equal(term);
    expect(term.outerHTML, 'switched off: plain text').to.equal('<borger-term term="sundhedskort">det gule kort</borger-term>');
    toggle(element).click();
    await element.updateComplete;
    await term.updateComplete;
    expect(isButton(term)).to.equal(true);
  });

  it('a term drawn as it was made skips its first update, and updates in full once its language changes or it is touched', async () => {
    const element = await helpEl('<article lang="da"><p>Husk dit sundhedskort og din folkeregisteradresse.</p></article>');
    await markingSettled(element);
    const [term, other] = [...element.querySelectorAll('borger-term')] as BorgerTerm[];
    await term!.updateComplete;
    await other!.updateComplete;
    // Its attributes, set before it joined the page, are its whole drawn state: no update ran or waits.
    expect(term!.hasUpdated, 'first update skipped').to.equal(false);
    expect(term!.isUpdatePending).to.equal(false);
    expect(term!.outerHTML).to.equal(MARKED_TERM('sundhedskort', 'sundhedskort'));
    // The article's language changes: every term draws itself again, in English.
    element.querySelector('article')!.setAttribute('lang', 'en');
    await waitUntil(
      () => other!.getAttribute('aria-label') === 'folkeregisteradresse (explanation)',
      'the term did not follow the language',
    );
    expect(term!.getAttribute('aria-label')).to.equal('sundhedskort (explanation)');
    element.querySelector('article')!.setAttribute('lang', 'da');
    await waitUntil(() => term!.getAttribute('aria-label') === 'sundhedskort (forklaring)', 'the term did not come back to Danish');
  });

  it('a term drawn as it was made opens on the first click and key, with its toggletip made on focus', async () => {
    const element = await helpEl('<article><p>Husk dit sundhedskort og din folkeregisteradresse.</p></article>');
    await markingSettled(element);
    const [term, other] = [...element.querySelectorAll('borger-term')] as BorgerTerm[];
    await term!.updateComplete;
    expect(term!.hasUpdated).to.equal(false);
    term!.click();
    await term!.updateComplete;
    expect(term!.open).to.equal(true);
    expect(term!.getAttribute('aria-expanded')).to.equal('true');
    expect(bubbleOf(term!)?.textContent).to.contain('sundhedskort');
    // The other one, by keyboard: focus makes its toggletip (the live region), Enter opens it.
    expect(other!.hasUpdated).to.equal(false);
    other!.focus();
    await other!.updateComplete;
    expect(tipOf(other!)?.querySelector('[role="status"]')).to.exist;
    other!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await other!.updateComplete;
    expect(other!.open).to.equal(true);
    expect(term!.open, 'one open at a time').to.equal(false);
    expect(bubbleOf(other!)?.textContent).to.contain('folkeregisteradresse');
  });

  it('keeps the page typography: the article is slotted, not copied', async () => {
    const element = await helpEl(ARTICLE);
    const slot = element.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
    expect(slot.assignedElements()).to.include(element.querySelector('article'));
    expect(getComputedStyle(element).fontFamily).to.equal(getComputedStyle(element.parentElement!).fontFamily);
  });

  it('loads the glossary from the `glossary` attribute', async () => {
    // blob: URLs load only where the page allows them (core/content.ts).
    const allow = Object.assign(document.createElement('meta'), { name: 'borger-widgets-src', content: 'blob:' });
    document.head.append(allow);
    const url = URL.createObjectURL(new Blob([JSON.stringify(glossary())], { type: 'application/json' }));
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const element = document.createElement('borger-help');
    element.setAttribute('glossary', url);
    element.innerHTML = '<p>Husk dit MitID.</p>';
    host.append(element);
    await waitUntil(() => element.querySelector('borger-term'), 'no term marked from the glossary URL');
    expect(element.glossary).to.equal(url);
    expect(element.hasAttribute('src')).to.equal(false);
    URL.revokeObjectURL(url);
    allow.remove();
  });

  it('keeps the article and reports a broken glossary, without throwing into the page', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const element = document.createElement('borger-help');
      element.innerHTML = '<p>Husk dit MitID.</p>';
      element.content = { terms: [{ id: 'mitid', term: 'MitID', explanation: 'x', colour: 'red' }] };
      const failed = oneEvent(element, 'borger-error');
      host.append(element);
      await failed;
      await element.updateComplete;
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert).to.exist;
      // The article is still there to read: the message says only the explanations are missing.
      expect(alert.textContent).to.include('Forklaringer af svære ord kan ikke vises lige nu');
      expect(alert.textContent).to.include('Du kan stadig læse hele teksten herunder.');
      expect(element.querySelector('p')!.textContent).to.equal('Husk dit MitID.');
      expect(element.querySelector('borger-term')).to.equal(null);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });
});
