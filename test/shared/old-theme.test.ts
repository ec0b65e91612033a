// Old themes (issue 12, kind 8): a page with `html { font-size: 62.5% }` and a global
// `* { box-sizing: content-box }` must not change what any widget draws. Each widget is measured on a
// plain page, then again under the hostile stylesheet: the same font sizes, the same button and radio
// boxes, 16 px text. A site that wants the root size asks for it with --borger-font-size.
import { expect, fixture, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/booking/index.js';
import '../../src/channels/index.js';
import '../../src/help/index.js';
import { BorgerGuide } from '../../src/guide/index.js';
import type { BorgerHelp, BorgerTerm, Glossary } from '../../src/help/index.js';
import { bookingElement } from '../booking/helpers.js';
import { demoContent } from '../fixtures/content.js';
import { demoJson, guideEl } from '../guide/helpers.js';
import { bubbleOf } from '../help/term-parts.js';
import { createWidget } from './widget-suite.js';

// What older CMS themes and resets put on every page.
const HOSTILE_CSS = `
  html { font-size: 62.5%; }
  body { font-size: 1.4rem; line-height: 1.2; }
  *, *::before, *::after { box-sizing: content-box; }
  button, input, select { font-size: 1.2rem; padding: 0; margin: 0; }
  p, ul, li { margin: 0 0 2rem; padding: 0; }
`;

let hostile: HTMLStyleElement | undefined;
async function setHostile(on: boolean): Promise<void> {
  hostile?.remove();
  hostile = undefined;
  if (on) {
    hostile = document.createElement('style');
    hostile.textContent = HOSTILE_CSS;
    document.head.append(hostile);
  }
  await nextFrame();
}

interface Measures {
  hostFontSize: string;
  texts: string[];
  buttons: string[];
  radios: string[];
}

const px = (value: number) => `${Math.round(value * 10) / 10}`;

/** Font sizes of the texts, and the boxes (width × height, radio offset in its row) of the controls. */
function measure(element: HTMLElement): Measures {
  const root = element.shadowRoot!;
  const box = (node: Element) => {
    const rect = node.getBoundingClientRect();
    return `${px(rect.width)}×${px(rect.height)}`;
  };
  return {
    hostFontSize: getComputedStyle(element).fontSize,
    texts: [...root.querySelectorAll('h2, h3, p, li, label, legend, button, a, select')].map((node) => getComputedStyle(node).fontSize),
    buttons: [...root.querySelectorAll('button, a.button, select')].map(box),
    radios: [...root.querySelectorAll('input[type="radio"], input[type="checkbox"]')].map((input) => {
      const row = input.parentElement!.getBoundingClientRect();
      const own = input.getBoundingClientRect();
      return `${box(input)} at ${px(own.top - row.top)}`;
    }),
  };
}

/** Measures `create()`'s widget on a plain page and under the hostile stylesheet. */
async function bothWays(create: () => Promise<HTMLElement>): Promise<[Measures, Measures, HTMLElement]> {
  await setHostile(false);
  const plain = measure(await create());
  await setHostile(true);
  const element = await create();
  await nextFrame();
  return [plain, measure(element), element];
}

describe('an old theme (html { font-size: 62.5% }, * { box-sizing: content-box }) changes nothing a widget draws', () => {
  // The guide's "Brug for hjælp?" list arrives with its later chunk: both measurements must see it (in
  // WebKit the first one could come before the chunk and the second after).
  before(() => BorgerGuide.chunks.later.load());
  afterEach(() => setHostile(false));

  it('<borger-guide>: 16 px text, the same buttons and radios', async () => {
    const [plain, themed, element] = await bothWays(() => guideEl(demoJson('guide-pas')));
    expect(themed.hostFontSize).to.equal('16px');
    expect(themed.radios.length).to.be.greaterThan(1);
    expect(themed).to.deep.equal(plain);
    const next = element.shadowRoot!.querySelector('button.button')!;
    expect(next.getBoundingClientRect().height).to.be.below(50);
  });

  it('<borger-booking>: 16 px text, the same choices and buttons', async () => {
    const [plain, themed] = await bothWays(() => bookingElement());
    expect(themed.hostFontSize).to.equal('16px');
    expect(themed.radios.length + themed.buttons.length).to.be.greaterThan(1);
    expect(themed).to.deep.equal(plain);
  });

  it('<borger-channels>: 16 px text, the same cards and buttons', async () => {
    const content = await demoContent('kontakt.json');
    const [plain, themed] = await bothWays(() =>
      createWidget('borger-channels', structuredClone(content), { task: 'pas', now: '2026-11-26T11:00:00+01:00' }),
    );
    expect(themed.hostFontSize).to.equal('16px');
    expect(themed.texts.length).to.be.greaterThan(3);
    expect(themed).to.deep.equal(plain);
  });

  it('<borger-help> and <borger-term>: the toolbar and the explanation keep their size; the article keeps the page’s', async () => {
    const glossary = await demoContent<Glossary>('ordliste.json');
    const create = async () => {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const element = document.createElement('borger-help') as BorgerHelp;
      element.innerHTML = '<article><p>Du får et nyt sundhedskort, når du flytter.</p></article>';
      element.content = structuredClone(glossary);
      host.append(element);
      await waitUntil(() => element.glossaryReady && element.querySelector('borger-term'));
      await element.updateComplete;
      const term = element.querySelector<BorgerTerm>('borger-term')!;
      await term.updateComplete;
      term.show();
      await term.updateComplete;
      return element;
    };
    const [plain, themed, element] = await bothWays(create);
    // <borger-help> wraps the page's article: the host (and the article) keep the page's own size…
    expect([plain.hostFontSize, themed.hostFontSize]).to.deep.equal(['16px', '14px']);
    // …and everything the widget draws keeps its own.
    expect(themed.texts.length).to.be.greaterThan(1);
    for (const size of themed.texts) expect(size).to.equal('16px');
    expect({ ...themed, hostFontSize: '' }).to.deep.equal({ ...plain, hostFontSize: '' });
    const term = element.querySelector<BorgerTerm>('borger-term')!;
    const bubble = bubbleOf(term)!;
    const style = getComputedStyle(bubble);
    expect([style.fontSize, style.paddingTop, style.boxSizing]).to.deep.equal(['16px', '12px', 'border-box']);
    // The word itself is part of the page's sentence: it keeps the page's size.
    expect(getComputedStyle(term).fontSize).to.equal('14px');
  });

  it('a site that wants the root size asks for it: --borger-font-size: 1rem', async () => {
    await setHostile(true);
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    host.style.setProperty('--borger-font-size', '1rem');
    const element = await guideEl(demoJson('guide-pas'), {}, host);
    expect(getComputedStyle(element).fontSize).to.equal('10px');
    const gap = getComputedStyle(element.shadowRoot!.querySelector('.button')!).paddingTop;
    expect(gap).to.equal('5px');
  });
});
