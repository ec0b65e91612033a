// The shared suite every widget runs (like Shoelace's form-control suites): the conventions of
// DESIGN.md checked the same way for each element.
import { aTimeout, expect, fixture, fixtureSync, oneEvent, waitUntil } from '@open-wc/testing';
import type { CheckedDeclaration } from '../../src/core/attributes.js';
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
  /** Every documented property, set in every order (see `runPropertyOrderSuite`). */
  properties: Omit<PropertyOrderOptions, 'tag'>;
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

/** The levels of the headings in the shadow root (`<hN>` and `role="heading"` with `aria-level`). */
export function headingLevels(element: Element): number[] {
  const headings = [...(element.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]') ?? [])];
  return headings.map((heading) => Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)));
}

export async function settle(element: Element): Promise<void> {
  await waitUntil(() => !element.shadowRoot?.querySelector('[aria-busy="true"]'), 'content did not load', { timeout: 5000 });
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Creates `<tag>` with the given content property and attributes, attached to the page. */
export async function createWidget(
  tag: string,
  content: unknown,
  attributes: Record<string, string> = {},
  parent?: Element,
): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  (element as unknown as { content: unknown }).content = content;
  const host = parent ?? (await fixture<HTMLDivElement>(document.createElement('div')));
  host.append(element);
  await settle(element);
  return element;
}

/** Collects the console.error calls of each test in the enclosing describe block (and keeps them off the log). */
function captureConsoleErrors(): { calls: unknown[][] } {
  const captured = { calls: [] as unknown[][] };
  let original: typeof console.error;
  beforeEach(() => {
    captured.calls = [];
    original = console.error;
    console.error = (...args: unknown[]) => captured.calls.push(args);
  });
  afterEach(() => {
    console.error = original;
  });
  return captured;
}

export function runWidgetSuite(options: WidgetSuiteOptions): void {
  const { tag } = options;
  // Every content widget also shows its fallback phone and link, whatever the order.
  const fallback: PropertyScenario = {
    name: 'invalid content with fallback-phone and fallback-href',
    set: () => ({
      content: structuredClone(options.invalid.content),
      fallbackPhone: '+45 33 66 33 66',
      fallbackHref: 'https://www.kk.dk/kontakt',
    }),
    reportsProblem: true,
    shows: async (element) => {
      await waitUntil(() => element.shadowRoot?.querySelector('a[href="tel:+4533663366"]'), 'no fallback phone');
      expect(element.shadowRoot!.querySelector('a[href="https://www.kk.dk/kontakt"]'), 'fallback link').to.exist;
    },
  };
  runPropertyOrderSuite({ tag, ...options.properties, scenarios: [...options.properties.scenarios, fallback] });
  runAttributeSuite({
    tag,
    element: options.properties.element,
    create: async (attribute, value) => {
      const host = fixtureSync<HTMLDivElement>(document.createElement('div'));
      // The value as markup, parsed before the first render, like a CMS page.
      host.innerHTML = markup(tag, { ...options.attributes, [attribute]: value });
      const element = host.firstElementChild as HTMLElement;
      (element as unknown as { content: unknown }).content = options.content();
      return element;
    },
  });

  describe(`<${tag}> shared suite`, () => {
    const errors = captureConsoleErrors();

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
      expect(errors.calls).to.have.length(1);
      expect(String(errors.calls[0]![0])).to.include(options.invalid.path);
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
      // A network round trip: more than waitUntil's 1 s default when three engines share the cores.
      await waitUntil(() => remote.shadowRoot?.querySelector('[role="alert"]'), 'no error state for a 404', { timeout: 5000 });
      expect(errors.calls.some((args) => String(args[0]).includes('HTTP 404'))).to.equal(true);
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

      // blob: URLs load only where the page allows them (core/content.ts).
      const allow = Object.assign(document.createElement('meta'), { name: 'borger-widgets-src', content: 'blob:' });
      document.head.append(allow);
      const url = URL.createObjectURL(new Blob([JSON.stringify(options.content())], { type: 'application/json' }));
      const remote = document.createElement(tag);
      for (const [name, value] of Object.entries(options.attributes ?? {})) remote.setAttribute(name, value);
      remote.setAttribute('src', url);
      host.append(remote);
      await waitUntil(() => shadowText(remote).includes(options.languageProbe.da), 'src content did not render');
      URL.revokeObjectURL(url);
      allow.remove();
      expect(errors.calls).to.have.length(0);
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

// ---- Values set in any order ----------------------------------------------------------------------
// Frameworks, CMSs and htmx set properties before the widget script has loaded, before connecting
// the element, or right after connecting it; a value must count in every one of these orders.

/** One set of documented properties whose effect is visible together. */
export interface PropertyScenario {
  name: string;
  /** Documented properties (JS names) and values to set; called once per case, for fresh objects. */
  set: () => Record<string, unknown>;
  /** Attributes the element carries in every order (not under test). */
  attributes?: Record<string, string>;
  /** Light-DOM children as HTML (e.g. the article inside <borger-help>). */
  children?: string;
  /** The scenario makes the widget report a problem (console.error is expected). */
  reportsProblem?: boolean;
  /** Runs before the element is created (e.g. a URL fragment) and returns its undo. */
  arrange?: () => () => void;
  /** Resolves once the element shows the effect of every value set; fails with a message otherwise. */
  shows: (element: HTMLElement) => Promise<void>;
}

export interface PropertyOrderOptions {
  tag: string;
  /** The element class; each case defines a subclass under a fresh tag, so "before define" is real. */
  element: CustomElementConstructor;
  scenarios: PropertyScenario[];
  /** Documented properties that are plain accessors, not reactive properties (e.g. the guide's `state`). */
  accessors?: string[];
}

let tagCount = 0;

/** `<tag attributes…>children</tag>` as a CMS writes it (attribute values escaped). */
export function markup(tag: string, attributes: Record<string, string> = {}, children = ''): string {
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
    .join('');
  return `<${tag}${written}>${children}</${tag}>`;
}

function created(tag: string, scenario: PropertyScenario): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = markup(tag, scenario.attributes, scenario.children);
  const element = document.createElement(tag);
  for (const attribute of (template.content.firstElementChild as Element).attributes) element.setAttribute(attribute.name, attribute.value);
  element.append(...template.content.firstElementChild!.childNodes);
  return element;
}

/** A value of the same kind that differs from `value`: what a page set first and then replaced. */
function staleOf(value: unknown): unknown {
  if (typeof value === 'string') return `${value}-stale`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  return {};
}

// A timer, not an animation frame: a test tab in the background gets no frames (and Firefox none at all).
const frame = () => aTimeout(16);

/**
 * What a page does, step by step: `parse` (markup through innerHTML; connected at once), `create`
 * (document.createElement), `clone` (cloneNode of the element, which is then removed), `stale` (set
 * older values), `set`, `define` (customElements.define; upgrades connected elements), `connect`,
 * `render` (wait for the first render), `disconnect`, `frame` (let the browser breathe).
 */
type Step = 'parse' | 'create' | 'clone' | 'stale' | 'set' | 'define' | 'connect' | 'render' | 'disconnect' | 'frame';

const ORDERS: Record<string, Step[]> = {
  'parser markup, set, then define (upgrade)': ['parse', 'set', 'frame', 'define'],
  'createElement, set, connect, then define': ['create', 'set', 'connect', 'frame', 'define'],
  'createElement, set, define, then connect': ['create', 'set', 'define', 'connect'],
  'set before define, newer value after upgrade before first render': ['parse', 'stale', 'define', 'set'],
  'defined: createElement, set, connect (React, Preact)': ['define', 'create', 'set', 'connect'],
  'defined: createElement, connect, set before first render (Angular)': ['define', 'create', 'connect', 'set'],
  'defined: connect, first render, then set': ['define', 'create', 'connect', 'render', 'set'],
  'defined: innerHTML, set before first render (htmx, CMS)': ['define', 'parse', 'set'],
  'defined: cloneNode of a rendered element, set, connect': ['define', 'create', 'connect', 'render', 'clone', 'set', 'connect'],
  'set while disconnected after a first render, then reconnect': [
    'define',
    'create',
    'connect',
    'render',
    'disconnect',
    'set',
    'frame',
    'connect',
  ],
};

interface Play {
  tag: string;
  define: () => void;
  scenario: PropertyScenario;
  host: HTMLElement;
  /** Sets values; what the console said before the last call describes an earlier state. */
  assign: (element: HTMLElement, values: Record<string, unknown>) => void;
}

async function play(steps: Step[], { tag, define, scenario, host, assign }: Play): Promise<HTMLElement> {
  let element: HTMLElement | undefined;
  const current = () => {
    if (!element) throw new Error(`order ${steps.join(' → ')} has no element yet`);
    return element;
  };
  for (const step of steps) {
    if (step === 'parse') {
      host.innerHTML = markup(tag, scenario.attributes, scenario.children);
      element = host.firstElementChild as HTMLElement;
    } else if (step === 'create') element = created(tag, scenario);
    else if (step === 'clone') {
      const original = current();
      element = original.cloneNode(true) as HTMLElement;
      original.remove();
    } else if (step === 'stale')
      assign(current(), Object.fromEntries(Object.entries(scenario.set()).map(([name, value]) => [name, staleOf(value)])));
    else if (step === 'set') assign(current(), scenario.set());
    else if (step === 'define') define();
    else if (step === 'connect') host.append(current());
    else if (step === 'render') await (current() as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    else if (step === 'disconnect') current().remove();
    else await frame();
  }
  return current();
}

/** The documented properties: reactive properties that are not internal state, plus the listed accessors. */
function documentedProperties(options: PropertyOrderOptions): string[] {
  const properties = (options.element as unknown as { elementProperties: Map<PropertyKey, { state?: boolean }> }).elementProperties;
  const reactive = [...properties].filter(([, declaration]) => !declaration.state).map(([name]) => String(name));
  return [...reactive, ...(options.accessors ?? [])];
}

/**
 * Every documented property of `options.element` counts whether it is set before or after
 * `customElements.define`, before or after connection, before or after the first render, and
 * whether the element comes from the parser, `createElement`, `innerHTML` or `cloneNode`.
 */
export function runPropertyOrderSuite(options: PropertyOrderOptions): void {
  describe(`<${options.tag}> properties count in any order`, () => {
    const errors = captureConsoleErrors();

    it('the matrix covers every documented property', () => {
      const covered = new Set(options.scenarios.flatMap((scenario) => Object.keys(scenario.set())));
      const missing = documentedProperties(options).filter((name) => !covered.has(name));
      expect(missing, 'documented properties with no scenario').to.deep.equal([]);
    });

    for (const [order, steps] of Object.entries(ORDERS)) {
      for (const scenario of options.scenarios) {
        it(`${order}: ${scenario.name}`, async () => {
          const undo = scenario.arrange?.() ?? (() => {});
          try {
            const host = fixtureSync<HTMLDivElement>(document.createElement('div'));
            let errorsBefore = 0;
            const assign = (target: HTMLElement, values: Record<string, unknown>) => {
              errorsBefore = errors.calls.length;
              Object.assign(target, values);
            };
            const tag = `${options.tag}-order-${++tagCount}`;
            const element = await play(steps, {
              tag,
              define: () => customElements.define(tag, class extends options.element {}),
              scenario,
              host,
              assign,
            });
            await scenario.shows(element);
            // Plain values must be the ones set last (objects are checked by what the widget shows).
            for (const [name, value] of Object.entries(scenario.set())) {
              if (typeof value === 'object' || (options.accessors ?? []).includes(name)) continue;
              expect((element as unknown as Record<string, unknown>)[name], name).to.equal(value);
            }
            if (!scenario.reportsProblem)
              expect(
                errors.calls.slice(errorsBefore).map((args) => String(args[0])),
                'console.error',
              ).to.deep.equal([]);
          } finally {
            undo();
          }
        });
      }
    }
  });
}

// ---- Attribute values a CMS may write -------------------------------------------------------------

/** Values editors and CMSs really write: blank, padded, out of range, junk, far-off dates. */
export const CMS_VALUES = [
  '',
  '   ',
  ' 3 ',
  '9',
  '0',
  '-1',
  'abc',
  '1e400',
  'false',
  'true',
  '0001-01-01T00:00',
  '9999-12-31T23:59:59Z',
  ' 2026-11-26T11:00 ',
  '__proto__',
  'constructor',
  '<b>x</b>',
];

export interface AttributeSuiteOptions {
  tag: string;
  element: CustomElementConstructor;
  /** A connected, rendered element carrying `attribute="value"` from its markup (besides what it needs). */
  create: (attribute: string, value: string) => Promise<HTMLElement>;
}

/**
 * Every checked attribute of the element, with every value of CMS_VALUES: no uncaught error, the
 * element renders, and each value its check corrects is reported once with `console.warn` naming the
 * element, the attribute and the value as written.
 */
export function runAttributeSuite(options: AttributeSuiteOptions): void {
  const properties = (options.element as unknown as { elementProperties: Map<PropertyKey, Partial<CheckedDeclaration>> }).elementProperties;
  const attributes = [...properties]
    .filter(([, declaration]) => declaration.check && declaration.attribute !== false)
    .map(([name, declaration]) => ({
      name: String(name),
      attribute: typeof declaration.attribute === 'string' ? declaration.attribute : String(name).toLowerCase(),
      label: declaration.label,
      check: declaration.check!,
    }));

  describe(`<${options.tag}> attribute values a CMS may write`, () => {
    let warnings: string[];
    let uncaught: string[];
    let originalWarn: typeof console.warn;
    const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    const errors = captureConsoleErrors();
    beforeEach(() => {
      warnings = [];
      uncaught = [];
      originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    afterEach(() => {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    it('every checked attribute is documented in the element', () => {
      expect(attributes.length, 'checked attributes').to.be.greaterThan(0);
    });

    if (attributes.some(({ name }) => name === 'headingLevel')) {
      it('heading-level: "9" gives level-6 headings, "0" level 1, "abc" the default 2', async () => {
        for (const [value, level] of [
          ['9', 6],
          ['0', 1],
          ['abc', 2],
          [' 4 ', 4],
        ] as const) {
          const element = await options.create('heading-level', value);
          await settle(element);
          expect(Math.min(...headingLevels(element)), `heading-level="${value}"`).to.equal(level);
          element.remove();
        }
      });
    }

    for (const { name, attribute, label, check } of attributes) {
      it(`${attribute}: every value is used or corrected, named on the console, never thrown`, async () => {
        for (const value of CMS_VALUES) {
          warnings = [];
          const element = await options.create(attribute, value);
          await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          const { value: used, problem } = check(value);
          const shown = label ?? attribute;
          // Exactly one message for a corrected value (a widget may add its own, e.g. an unknown task).
          const expected = `<${element.localName}> ${shown}=${JSON.stringify(value)} ${problem}.`;
          if (problem)
            expect(
              warnings.filter((warning) => warning === expected),
              expected,
            ).to.have.length(1);
          expect((element as unknown as Record<string, unknown>)[name], `${name} used for ${JSON.stringify(value)}`).to.deep.equal(used);
          expect((element as unknown as { hasUpdated: boolean }).hasUpdated, 'rendered').to.equal(true);
          element.remove();
        }
        await aTimeout(0);
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
        expect(
          errors.calls.filter((args) => String(args[0]).includes('TypeError')),
          'type errors',
        ).to.deep.equal([]);
      });
    }
  });
}
