// What a term does once touched is loaded the first time a term wakes (issue 11): a page's terms are
// drawn without it; focus or the pointer near a word starts the download; a press before it arrives
// shows at once, a long wait says "Henter forklaringen …" politely while focus stays on the word, and
// a failed download says so (and in the console) and the next press tries again. The chunk is replaced
// through the term's lazy-chunk hook (a promise the test settles), so no test depends on timing.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SLOW_CHUNK_MS } from '../../src/core/lazy-chunk.js';
import '../../src/help/index.js';
import type { BorgerHelp, BorgerTerm } from '../../src/help/index.js';
import { termChunks } from '../../src/help/term.element.js';
import { deferred } from '../core/deferred.js';
import { markingSettled } from '../shared/harness.js';
import { bubbleOf, focusedIn, isButton, tipOf } from './term-parts.js';

type AwakeModule = typeof import('../../src/help/term.awake.js');
const realChunk = () => import('../../src/help/term.awake.js');

const ARTICLE = '<article><p>Du får et nyt sundhedskort med posten.</p></article>';
const GLOSSARY = { terms: [{ id: 'sundhedskort', term: 'sundhedskort', explanation: 'Det gule kort.' }] };

async function page(lang = 'da'): Promise<{ element: BorgerHelp; term: BorgerTerm }> {
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  host.lang = lang;
  const element = document.createElement('borger-help');
  element.innerHTML = ARTICLE;
  element.content = structuredClone(GLOSSARY);
  host.append(element);
  await waitUntil(() => element.glossaryReady, 'glossary did not load');
  await element.updateComplete;
  await markingSettled(element);
  return { element, term: element.querySelector('borger-term') as BorgerTerm };
}

const liveText = (term: Element) => tipOf(term)?.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<borger-term> code loaded when a term is first touched', () => {
  let errors: unknown[][];
  const consoleError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = consoleError;
    termChunks.awake.useImporter(realChunk);
  });

  it('draws the page’s terms as buttons without it, and starts the download when a word gets focus', async () => {
    let loads = 0;
    termChunks.awake.useImporter(() => {
      loads++;
      return realChunk();
    });
    const { term } = await page();
    expect(isButton(term), 'a button before any code of its own').to.equal(true);
    expect(loads, 'nothing loaded before a term is touched').to.equal(0);
    term.focus();
    expect(loads, 'focus is intent: the download starts').to.equal(1);
    expect(tipOf(term)!.querySelector('[role="status"]'), 'the live region is there before the press').to.not.equal(null);
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    expect(bubbleOf(term)!.textContent).to.include('Det gule kort.');
    expect(loads).to.equal(1);
  });

  it('shows a press at once, says "Henter forklaringen …" when the code is slow, keeps focus, then explains', async () => {
    const arrival = deferred<AwakeModule>();
    termChunks.awake.useImporter(() => arrival.promise);
    const { element, term } = await page();
    term.focus();
    await sendKeys({ press: 'Enter' });
    expect([term.open, term.getAttribute('aria-expanded')], 'the press shows on the word at once').to.deep.equal([true, 'true']);
    expect(liveText(term), 'nothing said before the wait is long').to.equal('');
    await waitUntil(() => liveText(term) === 'Henter forklaringen …', 'no polite loading note', { timeout: SLOW_CHUNK_MS + 2000 });
    expect(tipOf(term)!.querySelector('[role="status"] .note')).to.not.equal(null);
    expect(focusedIn(term), 'focus stays on the word').to.equal(term);
    await expect(element).to.be.accessible();
    arrival.resolve(await realChunk());
    await term.updateComplete;
    expect(liveText(term)).to.equal('sundhedskort Det gule kort.');
    expect(tipOf(term)!.querySelector('.note'), 'the loading note is gone').to.equal(null);
    expect(focusedIn(term)).to.equal(term);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await term.updateComplete;
    expect(term.open).to.equal(false);
  });

  it('says so when the code cannot be loaded (console too), keeps focus, and the next press tries again', async () => {
    termChunks.awake.useImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const { element, term } = await page();
    term.focus();
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    expect([term.open, term.getAttribute('aria-expanded')], 'nothing opened').to.deep.equal([false, 'false']);
    expect(liveText(term)).to.equal('Forklaringen kunne ikke hentes lige nu. Prøv igen om lidt.');
    expect(focusedIn(term)).to.equal(term);
    expect(errors.filter((args) => String(args[0]).includes('<borger-term> could not load'))).to.have.length(1);
    await expect(element).to.be.accessible();
    termChunks.awake.useImporter(realChunk);
    await sendKeys({ press: 'Enter' });
    await term.updateComplete;
    expect(term.open).to.equal(true);
    expect(liveText(term)).to.equal('sundhedskort Det gule kort.');
  });

  it('says the failure in the page’s language, and a click fails the same way', async () => {
    termChunks.awake.useImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const { term } = await page('en');
    term.click();
    await term.updateComplete;
    expect(term.open).to.equal(false);
    expect(liveText(term)).to.equal('The explanation could not be loaded just now. Please try again shortly.');
  });
});
