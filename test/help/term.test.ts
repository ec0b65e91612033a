// <borger-term>: the toggletip. Keyboard (Enter/Space open, Escape closes and returns focus, Tab away),
// pointer (click, click outside, hover keeps it), announced through a live region, inside the viewport
// at 320 px, in the page's language, and safe with hostile glossary text.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { BorgerErrorDetail } from '../../src/core/events.js';
import '../../src/help/index.js';
import { type BorgerHelp, BorgerTerm, type Glossary, placeToggletip } from '../../src/help/index.js';
import { termChunks } from '../../src/help/term.element.js';
import { demoContent } from '../fixtures/content.js';
import { markingSettled, SPACE, setViewportOrSkip } from '../shared/harness.js';
import { markup, runAttributeSuite, runPropertyOrderSuite } from '../shared/widget-suite.js';
import { bubbleOf, buttonOf, focusedIn, isButton, tipOf } from './term-parts.js';

const ordliste = await demoContent<Glossary>('ordliste.json');
// The code a term loads when first touched (term-lazy.test.ts tests that loading): here it is there
// from the start, so these tests time the terms, not the test server's first transform of that chunk.
await termChunks.awake.load();

const explanationShown = (element: HTMLElement, text: string) =>
  waitUntil(() => tipOf(element)?.textContent?.includes(text), `explanation "${text}" not shown`);

runAttributeSuite({
  tag: 'borger-term',
  element: BorgerTerm,
  create: async (attribute, value) => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    // With an explanation of its own, so `open` has something to show.
    host.innerHTML = markup('borger-term', { explanation: 'Det gule kort.', [attribute]: value }, 'sundhedskort');
    return host.firstElementChild as HTMLElement;
  },
});

runPropertyOrderSuite({
  tag: 'borger-term',
  element: BorgerTerm,
  scenarios: [
    {
      name: 'explanation, open',
      children: 'ordet',
      set: () => ({ explanation: 'En forklaring skrevet i siden.', open: true }),
      shows: async (element) => {
        await explanationShown(element, 'En forklaring skrevet i siden.');
        expect(element.hasAttribute('open'), 'open reflected').to.equal(true);
      },
    },
    {
      name: 'term, glossary',
      children: 'sundhedskort',
      set: () => ({ term: 'sundhedskort', glossary: '/demo/content/ordliste.json' }),
      shows: async (element) => {
        // Nothing to open until the glossary has arrived; then a click opens its explanation.
        await waitUntil(() => {
          if (!(element as BorgerTerm).open && isButton(element)) element.click();
          return element.hasAttribute('open');
        }, 'did not open once the glossary arrived');
        await explanationShown(element, 'Det gule kort');
        (element as BorgerTerm).hide();
      },
    },
  ],
});

/** A page with a <borger-help> around `article`; resolves once its glossary is loaded and terms are rendered. */
async function page(article: string, options: { lang?: string; content?: unknown } = {}): Promise<BorgerHelp> {
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  if (options.lang) host.setAttribute('lang', options.lang);
  const element = document.createElement('borger-help');
  element.innerHTML = article;
  element.content = options.content ?? structuredClone(ordliste);
  host.append(element);
  await waitUntil(() => element.glossaryReady, 'glossary did not load');
  await element.updateComplete;
  await markingSettled(element);
  await Promise.all([...element.querySelectorAll('borger-term')].map((term) => term.updateComplete));
  return element;
}

// MitID comes first: an open explanation lies below its word and may cover the lines under it.
const ARTICLE = `<article>
  <p>Log på med MitID.</p>
  <p>Du får et nyt sundhedskort, når du flytter. <a href="#efter">Et link efter</a></p>
  <p>Den sidste linje.</p>
</article>`;

const termOf = (element: Element, id: string) => element.querySelector<BorgerTerm>(`borger-term[term="${id}"]`)!;
const focused = focusedIn;

async function clickAt(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

describe('<borger-term> toggletip', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('is a button around the page’s own text, with aria-expanded and an empty live region', async () => {
    const element = await page(ARTICLE);
    const term = termOf(element, 'sundhedskort');
    expect(isButton(term), 'role="button", tabindex="0", aria-expanded').to.equal(true);
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    // Named by the page's own word (its only child) and what it does.
    expect([...term.childNodes].map((node) => node.nodeType)).to.deep.equal([Node.TEXT_NODE]);
    expect(term.textContent).to.equal('sundhedskort');
    expect(term.getAttribute('aria-label')).to.equal('sundhedskort (forklaring)');
    // Away from the word (a pointer left over it from an earlier test would show the hover style).
    await sendMouse({ type: 'move', position: [1, 1] });
    expect(getComputedStyle(term).textDecorationStyle, 'dotted underline').to.equal('dotted');
    // The live region is there, empty, before the citizen opens it (as soon as the word has focus or the pointer).
    term.focus();
    await term.updateComplete;
    const live = tipOf(term)!.querySelector('[role="status"]')!;
    expect(live.textContent!.trim()).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('opens on click, puts the explanation into the live region and fires borger-help-term', async () => {
    const element = await page(ARTICLE);
    const term = termOf(element, 'sundhedskort');
    const opened = oneEvent(element, 'borger-help-term');
    buttonOf(term).click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ term: 'sundhedskort', action: 'open' });
    expect(event.composed).to.equal(true);
    await term.updateComplete;
    expect(buttonOf(term).getAttribute('aria-expanded')).to.equal('true');
    const live = tipOf(term)!.querySelector('[role="status"]')!;
    expect(live.querySelector('[part="toggletip"]')).to.equal(bubbleOf(term));
    expect(live.textContent).to.include('Det gule kort, der viser, at du har ret til gratis læge og hospital.');
    expect(live.querySelector('strong')!.textContent).to.equal('sundhedskort');
    const link = live.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect([link.getAttribute('href'), link.textContent, link.rel]).to.deep.equal([
      'https://www.borger.dk/',
      'Læs mere på borger.dk↗ (andet websted)',
      'noopener noreferrer',
    ]);
    await expect(term.parentElement!).to.be.accessible();

    const closed = oneEvent(element, 'borger-help-term');
    buttonOf(term).click();
    expect((await closed).detail).to.deep.equal({ term: 'sundhedskort', action: 'close' });
    await term.updateComplete;
    expect(bubbleOf(term)).to.equal(null);
  });

  it('opens with Enter and Space; Escape closes it and focus stays on (returns to) the word', async () => {
    const element = await page(ARTICLE);
    const term = termOf(element, 'sundhedskort');
    buttonOf(term).focus();
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    expect(term.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await term.updateComplete;
    expect(term.open).to.equal(false);
    expect(focused(term)).to.equal(buttonOf(term));

    await sendKeys({ press: SPACE });
    await term.updateComplete;
    expect(term.open).to.equal(true);
    // Tab goes into the explanation (its link) and keeps it open; Escape there brings focus back.
    await sendKeys({ press: 'Tab' });
    await term.updateComplete;
    expect(focused(term)).to.equal(tipOf(term)!.querySelector('a[part="link"]'));
    expect(term.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await term.updateComplete;
    expect(term.open).to.equal(false);
    expect(focused(term)).to.equal(buttonOf(term));
  });

  it('closes when the keyboard moves on past it (Tab away), and nothing else is disturbed', async () => {
    const element = await page(ARTICLE);
    const term = termOf(element, 'sundhedskort');
    buttonOf(term).focus();
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    await sendKeys({ press: 'Tab' }); // into the explanation's link
    await sendKeys({ press: 'Tab' }); // out, to the page's next link
    await term.updateComplete;
    expect(document.activeElement).to.equal(element.querySelector('a[href="#efter"]'));
    expect(term.open).to.equal(false);
  });

  it('closes on a click outside, without taking focus; a second term closes the first', async () => {
    const element = await page(ARTICLE);
    const card = termOf(element, 'sundhedskort');
    const mitid = termOf(element, 'mitid');
    await clickAt(buttonOf(card));
    await card.updateComplete;
    expect(card.open).to.equal(true);
    await clickAt(buttonOf(mitid));
    await Promise.all([card.updateComplete, mitid.updateComplete]);
    expect([card.open, mitid.open]).to.deep.equal([false, true]);
    // Somewhere on the page away from the explanation (it covers the lines right under its word).
    await sendMouse({ type: 'click', position: [790, 590] });
    await mitid.updateComplete;
    expect(document.activeElement, 'focus is not pulled back to the word').not.to.equal(mitid);
    expect(mitid.open).to.equal(false);
  });

  it('stays open while the pointer is on the explanation, even when focus moves on; closes when the pointer leaves', async () => {
    const element = await page(ARTICLE);
    const term = termOf(element, 'sundhedskort');
    await clickAt(buttonOf(term));
    await term.updateComplete;
    // Over the explanation: clicking its text keeps it open (it is part of the term).
    await clickAt(bubbleOf(term)!.querySelector('.bubble-text')!);
    await term.updateComplete;
    expect(term.open).to.equal(true);
    // Focus moves on from the word while the pointer rests on the explanation: still open (WCAG 1.4.13 hoverable).
    buttonOf(term).focus();
    const bubbleBox = bubbleOf(term)!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(bubbleBox.left + 20), Math.round(bubbleBox.top + 10)] });
    element.querySelector<HTMLAnchorElement>('a[href="#efter"]')!.focus();
    await term.updateComplete;
    expect(term.open).to.equal(true);
    // The pointer leaves: now neither hovered nor focused.
    await sendMouse({ type: 'move', position: [1, 1] });
    await waitUntil(() => !term.open, 'did not close when the pointer left');
  });

  it('stays inside the viewport at 320 px, below or above the word', async function () {
    // Skipped in WebKit only: its WebDriver harness cannot go below 447 px (docs/browsers.md).
    await setViewportOrSkip(this, { width: 320, height: 640 });
    try {
      const long = `<p>${'Tekst før ordet. '.repeat(3)}Til sidst på linjen står ordet sundhedskort.</p>`;
      const element = await page(long);
      const term = termOf(element, 'sundhedskort');
      buttonOf(term).click();
      await term.updateComplete;
      const box = bubbleOf(term)!.getBoundingClientRect();
      const word = buttonOf(term).getBoundingClientRect();
      expect(box.left, 'left edge').to.be.at.least(0);
      expect(box.right, 'right edge').to.be.at.most(320);
      expect(box.top).to.be.at.least(0);
      expect(box.bottom).to.be.at.most(640);
      expect(box.top >= word.bottom || box.bottom <= word.top, 'does not cover the word').to.equal(true);
      expect(bubbleOf(term)!.hasAttribute('style'), 'custom properties only').to.equal(true);
      expect(bubbleOf(term)!.getAttribute('style')).to.match(/^--_borger-term-x: \d+px; --_borger-term-y: \d+px;$/);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('explains in the page’s language, marking text that falls back to another language', async () => {
    const english = await page(ARTICLE, { lang: 'en' });
    const card = termOf(english, 'sundhedskort');
    buttonOf(card).click();
    await card.updateComplete;
    expect(bubbleOf(card)!.querySelector('strong')!.textContent).to.equal('health insurance card');
    expect(bubbleOf(card)!.textContent).to.include('The yellow card');
    expect(bubbleOf(card)!.querySelector('a')!.textContent).to.equal('Read more on borger.dk↗ (other website)');
    expect(bubbleOf(card)!.querySelector('.bubble-text')!.hasAttribute('lang')).to.equal(false);

    // No Arabic translation: the English one, marked as English and left-to-right inside the Arabic box.
    const arabic = await page(ARTICLE, { lang: 'ar' });
    const term = termOf(arabic, 'sundhedskort');
    buttonOf(term).click();
    await term.updateComplete;
    const bubble = bubbleOf(term)!;
    expect([bubble.getAttribute('lang'), bubble.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    const text = bubble.querySelector('.bubble-text')!;
    expect([text.getAttribute('lang'), text.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(bubble.querySelector('strong span[lang="en"]')!.textContent).to.equal('health insurance card');
    await expect(term.parentElement!).to.be.accessible();
  });

  it('renders hostile glossary text as text: no <img onerror>, no javascript: link', async () => {
    const hostile = {
      terms: [
        {
          id: 'frist',
          term: 'frist',
          explanation:
            'Før <img src=x onerror="window.__pwned=1">fristen. <a href="javascript:window.__pwned=2">Klik</a> <script>window.__pwned=3</script><strong>Husk</strong> den.',
        },
      ],
    };
    const element = await page('<p>Husk din frist.</p>', { content: hostile });
    const term = termOf(element, 'frist');
    buttonOf(term).click();
    await term.updateComplete;
    const bubble = bubbleOf(term)!;
    expect(bubble.querySelector('img, script')).to.equal(null);
    expect(bubble.querySelector('a'), 'the javascript: link is dropped').to.equal(null);
    expect(bubble.querySelector('strong:not(.bubble-term)')!.textContent).to.equal('Husk');
    expect(bubble.querySelector('.bubble-text')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Før fristen. Klik Husk den.');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('refuses a glossary whose link is javascript: (schema), so no such link can ever render', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const element = document.createElement('borger-help');
      element.innerHTML = '<p>Husk din frist.</p>';
      element.content = { terms: [{ id: 'frist', term: 'frist', explanation: 'x', link: { href: 'javascript:alert(1)', label: 'Læs' } }] };
      const failed = oneEvent(element, 'borger-error') as Promise<CustomEvent<BorgerErrorDetail>>;
      host.append(element);
      expect((await failed).detail.problems.map((p) => p.path)).to.deep.equal(['$.terms[0].link.href']);
      expect(element.querySelector('borger-term')).to.equal(null);
    } finally {
      console.error = original;
    }
  });
});

describe('<borger-term> on its own', () => {
  it('explains with its own explanation attribute (sanitised)', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    host.innerHTML =
      '<p>Tag dit <borger-term explanation="Det gule kort. &lt;img src=x onerror=alert(1)&gt;">sundhedskort</borger-term> med.</p>';
    const term = host.querySelector('borger-term')!;
    await term.updateComplete;
    buttonOf(term).click();
    await term.updateComplete;
    expect(bubbleOf(term)!.querySelector('img')).to.equal(null);
    expect(bubbleOf(term)!.textContent!.trim()).to.equal('Det gule kort.');
    // Its own text is the headword: the box does not repeat it.
    expect(bubbleOf(term)!.querySelector('strong')).to.equal(null);
  });

  it('loads its own glossary from the glossary attribute, once for every term naming it', async () => {
    // blob: URLs load only where the page allows them (core/content.ts).
    const allow = Object.assign(document.createElement('meta'), { name: 'borger-widgets-src', content: 'blob:' });
    document.head.append(allow);
    const url = URL.createObjectURL(new Blob([JSON.stringify(ordliste)], { type: 'application/json' }));
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    host.innerHTML = `<p><borger-term term="mitid" glossary="${url}">MitID</borger-term> og <borger-term term="pas" glossary="${url}">passet</borger-term>.</p>`;
    const [first, second] = [...host.querySelectorAll('borger-term')] as BorgerTerm[];
    await waitUntil(() => isButton(first!) && isButton(second!), 'own glossary did not load');
    buttonOf(second!).click();
    await second!.updateComplete;
    // Titled with the word the citizen clicked (an inflection of "pas").
    expect(bubbleOf(second!)!.querySelector('strong')!.textContent).to.equal('passet');
    URL.revokeObjectURL(url);
    allow.remove();
  });

  it('finds its entry when the id or the glossary is written with decomposed letters (NFC comparison)', async () => {
    const content = {
      terms: [{ id: 'årsopgørelse'.normalize('NFD'), term: 'årsopgørelse'.normalize('NFD'), explanation: 'Oversigt over din skat.' }],
    };
    const element = await page(
      `<p>Din <borger-term term="${'årsopgørelse'.normalize('NFD')}">opgørelse</borger-term> og din årsopgørelse.</p>`,
      {
        content,
      },
    );
    const terms = [...element.querySelectorAll('borger-term')] as BorgerTerm[];
    expect(terms).to.have.length(2);
    for (const term of terms) {
      buttonOf(term).click();
      await term.updateComplete;
      expect(bubbleOf(term)!.textContent).to.contain('Oversigt over din skat.');
      buttonOf(term).click();
      await term.updateComplete;
    }
  });

  it('is plain text when there is nothing to explain (unknown id), and says so once in the console', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await page('<p>Et <borger-term term="findes-ikke">ord</borger-term>.</p>');
      const term = element.querySelector('borger-term')!;
      await term.updateComplete;
      expect(term.hasAttribute('role') || term.hasAttribute('tabindex') || term.hasAttribute('aria-label'), 'no button').to.equal(false);
      term.dispatchEvent(new FocusEvent('focusin'));
      term.click();
      await term.updateComplete;
      expect([term.open, tipOf(term)], 'nothing to open').to.deep.equal([false, null]);
      expect(term.textContent).to.equal('ord');
      expect(warnings.filter((w) => String(w[0]).includes('findes-ikke'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});

describe('<borger-term> light until touched', () => {
  it('a term in the page before the element is defined draws itself when it is upgraded, and opens', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const tag = 'borger-term-defined-late';
    host.innerHTML = `<p>Tag dit <${tag} explanation="Det gule kort.">sundhedskort</${tag}> med.</p>`;
    const term = host.querySelector(tag) as BorgerTerm;
    // A value set by the page while the element was still unknown is kept through the upgrade.
    Object.assign(term, { term: 'sundhedskort' });
    expect(isButton(term), 'not a button before it is defined').to.equal(false);
    customElements.define(tag, class extends BorgerTerm {});
    await term.updateComplete;
    expect(isButton(term)).to.equal(true);
    expect(term.getAttribute('aria-label')).to.equal('sundhedskort (forklaring)');
    expect(term.getAttribute('term'), 'the property set before the upgrade, reflected').to.equal('sundhedskort');
    term.click();
    await term.updateComplete;
    expect(bubbleOf(term)!.textContent!.trim()).to.equal('Det gule kort.');
  });

  it('follows attributes and properties set after it joined the page, both ways', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    host.innerHTML = '<p>Tag dit <borger-term>sundhedskort</borger-term> med.</p>';
    const term = host.querySelector('borger-term')!;
    await term.updateComplete;
    expect(term.outerHTML, 'nothing to explain: plain text').to.equal('<borger-term>sundhedskort</borger-term>');
    term.setAttribute('explanation', 'Det gule kort.');
    await term.updateComplete;
    expect(isButton(term)).to.equal(true);
    expect(term.explanation).to.equal('Det gule kort.');
    term.open = true;
    await term.updateComplete;
    expect(term.hasAttribute('open'), 'open reflected').to.equal(true);
    expect(bubbleOf(term)!.textContent!.trim()).to.equal('Det gule kort.');
    // The explanation goes: nothing to open or to press any more.
    term.removeAttribute('explanation');
    await term.updateComplete;
    expect([term.open, term.hasAttribute('open'), isButton(term)]).to.deep.equal([false, false, false]);
    expect(bubbleOf(term)).to.equal(null);
  });

  it('a term drawn as it was made stays asleep when asked to update, and wakes in its new language when moved', async () => {
    const element = await page('<article lang="da"><p>Husk dit sundhedskort og dit MitID.</p></article><p lang="en" id="english"></p>');
    const term = termOf(element, 'sundhedskort');
    await term.updateComplete;
    // Opened by script, never touched: it wakes and shows its explanation.
    const mitid = termOf(element, 'mitid');
    expect(mitid.hasUpdated).to.equal(false);
    mitid.show();
    await mitid.updateComplete;
    expect([mitid.open, mitid.getAttribute('aria-expanded')]).to.deep.equal([true, 'true']);
    expect(bubbleOf(mitid)!.textContent).to.contain('MitID');
    mitid.hide();
    await mitid.updateComplete;
    // <borger-help> asks its terms to update when a setting changes; a term as drawn has nothing to redo.
    term.requestUpdate();
    await term.updateComplete;
    expect(term.hasUpdated, 'still as drawn').to.equal(false);
    expect(term.getAttribute('aria-label')).to.equal('sundhedskort (forklaring)');
    expect(tipOf(term), 'no toggletip until touched').to.equal(null);
    // A key reaching it before anything woke it (no focus event first): it wakes and acts on it.
    const keyed = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true });
    term.dispatchEvent(keyed);
    await term.updateComplete;
    expect([keyed.defaultPrevented, term.open]).to.deep.equal([true, true]);
    term.hide();
    await term.updateComplete;
    // Moved into English text (a CMS rearranging the page): it draws itself in English.
    element.querySelector('#english')!.append(term);
    await term.updateComplete;
    expect(term.hasUpdated).to.equal(true);
    expect(term.getAttribute('aria-label')).to.equal('sundhedskort (explanation)');
    term.click();
    await term.updateComplete;
    expect(bubbleOf(term)!.getAttribute('lang')).to.equal('en');
  });
});

describe('placeToggletip', () => {
  const viewport = { width: 320, height: 640 };
  const size = { width: 300, height: 120 };

  it('goes below the word, lined up with it, moved left to stay inside', () => {
    expect(placeToggletip({ top: 100, bottom: 120, left: 10, right: 60 }, size, viewport)).to.deep.equal({ x: 10, y: 126, side: 'below' });
    expect(placeToggletip({ top: 100, bottom: 120, left: 250, right: 300 }, size, viewport)).to.deep.equal({
      x: 12,
      y: 126,
      side: 'below',
    });
  });

  it('goes above when there is no room below, and lines up with the end edge right-to-left', () => {
    expect(placeToggletip({ top: 580, bottom: 600, left: 10, right: 60 }, size, viewport)).to.deep.equal({ x: 10, y: 454, side: 'above' });
    expect(placeToggletip({ top: 100, bottom: 120, left: 200, right: 310 }, size, viewport, { rtl: true })).to.deep.equal({
      x: 10,
      y: 126,
      side: 'below',
    });
  });

  it('takes the side with more room when it fits neither, and never leaves the viewport', () => {
    const tall = { width: 100, height: 600 };
    const placed = placeToggletip({ top: 340, bottom: 360, left: 10, right: 60 }, tall, viewport);
    expect(placed.side).to.equal('above');
    expect(placed.y).to.equal(8);
  });
});

describe('<borger-term> bubble title (issue 9, point 10)', () => {
  it('is the word clicked: an inflection as written, a synonym with the entry that explains it', async () => {
    const element = await page(`<article>
  <p>Tag sundhedskortet med.</p>
  <p>Har du en dåbsattest?</p>
</article>`);
    const titleOf = async (id: string) => {
      const term = termOf(element, id);
      buttonOf(term).click();
      await term.updateComplete;
      const title = bubbleOf(term)!.querySelector('.bubble-term')!.textContent!.replace(/\s+/g, ' ').trim();
      term.hide();
      await term.updateComplete;
      return title;
    };
    expect(await titleOf('sundhedskort')).to.equal('sundhedskortet');
    expect(await titleOf('foedselsattest')).to.equal('dåbsattest – se fødselsattest');
  });
});
