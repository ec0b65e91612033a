// The shared suite every widget runs (like Shoelace's form-control suites): the conventions of
// DESIGN.md checked the same way for each element.
import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import type { BorgerErrorDetail } from '../../src/core/events.js';

export interface WidgetState {
  name: string;
  /** Creates the element in this state (already attached and rendered). */
  create: () => Promise<HTMLElement>;
}

export interface WidgetSuiteOptions {
  tag: string;
  /** Valid content for the widget. */
  content: () => unknown;
  /** Content that fails the schema, and a JSON path the console message must name. */
  invalid: { content: unknown; path: string };
  /** Attributes the element needs besides content (e.g. `{ task: 'pas', now: '…' }`). */
  attributes?: Record<string, string>;
  /** Every state a citizen can meet; axe must pass in each. */
  states: WidgetState[];
  /** A string shown in Danish and its English counterpart, to prove `lang` re-renders. */
  languageProbe: { da: string; en: string };
}

export function shadowText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return element.textContent ?? '';
  // Walk the shadow tree and the slotted light DOM, the way a reader meets the text.
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(walk);
      return;
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot && node !== element) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

export async function settle(element: Element): Promise<void> {
  await waitUntil(() => !element.shadowRoot?.querySelector('[aria-busy="true"]'), 'content did not load', { timeout: 5000 });
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Creates `<tag>` with the given content property and attributes, attached to the page. */
export async function createWidget(tag: string, content: unknown, attributes: Record<string, string> = {}, parent?: Element): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  (element as unknown as { content: unknown }).content = content;
  const host = parent ?? (await fixture<HTMLDivElement>(document.createElement('div')));
  host.append(element);
  await settle(element);
  return element;
}

export function runWidgetSuite(options: WidgetSuiteOptions): void {
  const { tag } = options;

  describe(`<${tag}> shared suite`, () => {
    let errors: unknown[][];
    let originalError: typeof console.error;
    beforeEach(() => {
      errors = [];
      originalError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
    });
    afterEach(() => {
      console.error = originalError;
    });

    for (const state of options.states) {
      it(`passes axe: ${state.name}`, async () => {
        const element = await state.create();
        await expect(element).to.be.accessible();
      });
    }

    it('renders in Danish by default and re-renders when an ancestor changes lang', async () => {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const element = await createWidget(tag, options.content(), options.attributes, host);
      expect(shadowText(element)).to.include(options.languageProbe.da);
      host.setAttribute('lang', 'en');
      await waitUntil(() => shadowText(element).includes(options.languageProbe.en), 'did not switch to English');
      element.setAttribute('lang', 'da');
      await waitUntil(() => shadowText(element).includes(options.languageProbe.da), 'own lang did not win over the ancestor');
    });

    it('lays out right-to-left for Arabic', async () => {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      host.setAttribute('lang', 'ar');
      const element = await createWidget(tag, options.content(), options.attributes, host);
      expect(element.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    });

    it('shows a polite error, one precise console.error and a composed borger-error for invalid content', async () => {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
      element.setAttribute('fallback-phone', '+45 33 66 33 66');
      const seen = oneEvent(document, 'borger-error') as Promise<CustomEvent<BorgerErrorDetail>>;
      (element as unknown as { content: unknown }).content = options.invalid.content;
      host.append(element);
      const event = await seen;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail.widget).to.equal(tag);
      expect(event.detail.problems.map((p) => p.path)).to.include(options.invalid.path);
      await settle(element);
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'error box').to.exist;
      expect(element.shadowRoot!.querySelector('a[href="tel:+4533663366"]')).to.exist;
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.include(options.invalid.path);
      await expect(element).to.be.accessible();
    });

    it('shows the error state for malformed inline JSON and for a src that fails', async () => {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const inline = document.createElement(tag);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "oops": ';
      inline.append(script);
      host.append(inline);
      await settle(inline);
      expect(inline.shadowRoot!.querySelector('[role="alert"]')).to.exist;

      const remote = document.createElement(tag);
      remote.setAttribute('src', '/test/fixtures/does-not-exist.json');
      host.append(remote);
      await waitUntil(() => remote.shadowRoot?.querySelector('[role="alert"]'), 'no error state for a 404');
      expect(errors.some((args) => String(args[0]).includes('HTTP 404'))).to.equal(true);
      // A load failure offers a retry.
      expect(remote.shadowRoot!.querySelector('button')).to.exist;
    });

    it('loads content from inline JSON and from a src URL', async () => {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const inline = document.createElement(tag);
      for (const [name, value] of Object.entries(options.attributes ?? {})) inline.setAttribute(name, value);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(options.content());
      inline.append(script);
      host.append(inline);
      await settle(inline);
      expect(shadowText(inline)).to.include(options.languageProbe.da);

      const url = URL.createObjectURL(new Blob([JSON.stringify(options.content())], { type: 'application/json' }));
      const remote = document.createElement(tag);
      for (const [name, value] of Object.entries(options.attributes ?? {})) remote.setAttribute(name, value);
      remote.setAttribute('src', url);
      host.append(remote);
      await waitUntil(() => shadowText(remote).includes(options.languageProbe.da), 'src content did not render');
      URL.revokeObjectURL(url);
      expect(errors).to.have.length(0);
    });

    it('a second define of the tag does not throw, and a different version warns once', async () => {
      const warnings: unknown[][] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const Impostor = class extends HTMLElement {};
        expect(() => defineElement(tag, Impostor)).not.to.throw();
        expect(customElements.get(tag)).not.to.equal(Impostor);
        // Same version (the one already registered): silent.
        expect(warnings).to.have.length(0);
        (customElements.get(tag) as unknown as { borgerVersion: string }).borgerVersion = '0.0.1-other';
        defineElement(tag, class extends HTMLElement {});
        defineElement(tag, class extends HTMLElement {});
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.include(tag);
      } finally {
        console.warn = originalWarn;
        const { VERSION } = await import('../../src/core/version.js');
        (customElements.get(tag) as unknown as { borgerVersion: string }).borgerVersion = VERSION;
        await aTimeout(0);
      }
    });
  });
}
