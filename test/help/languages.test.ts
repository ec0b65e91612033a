// One resolved locale per element, in <borger-help>: the toolbar and the editor view (numbers
// included) render for a tag exactly as for the language it falls back to, marks included.
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/help/index.js';
import type { BorgerHelp, Glossary } from '../../src/help/index.js';
import { rendersAsItsFallback } from '../core/lang-marks.js';
import { demoContent } from '../fixtures/content.js';

const ordliste = await demoContent<Glossary>('ordliste.json');

async function help(lang: string): Promise<BorgerHelp> {
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  const element = document.createElement('borger-help');
  element.setAttribute('lang', lang);
  element.setAttribute('editor', '');
  element.innerHTML = '<article><p>Du får et nyt sundhedskort, når du flytter. Sundhedskortet kommer med posten.</p></article>';
  element.content = structuredClone(ordliste);
  host.append(element);
  await waitUntil(() => element.glossaryReady, 'glossary did not load');
  // The editor view's code loads the first time it is asked for.
  await waitUntil(() => element.shadowRoot?.querySelector('[part="editor"] .score'), 'the editor view did not load');
  await element.updateComplete;
  return element;
}

describe('<borger-help> languages', () => {
  rendersAsItsFallback(help);
});
