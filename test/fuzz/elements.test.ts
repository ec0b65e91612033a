// Fuzzing the elements: arbitrary JSON, and the demo documents mutated at random paths, set as `content`
// on each element. Whatever comes in, the element never throws into the page: it shows its error state
// (a polite message, role="alert") when the validator refuses the content, and a rendered widget when the
// validator accepts it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { validateBookingContent } from '../../src/booking/booking.content.js';
import { validateChannels } from '../../src/channels/channels.schema.js';
import type { Validated } from '../../src/core/validation.js';
import { validateGuide } from '../../src/guide/guide.schema.js';
import { validateGlossary } from '../../src/help/glossary.schema.js';
import { FakeBookingProvider, NOW } from '../booking/fake-provider.js';

const RUNS = 40;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type ContentElement = LitElement & { content: unknown; contentState: { status: string } };

async function demo(name: string): Promise<Json> {
  const response = await fetch(new URL(`../../demo/content/${name}`, import.meta.url));
  return (await response.json()) as Json;
}

/** `<borger-help>` is registered only where it exists (it is being written alongside these tests). */
async function helpAvailable(): Promise<boolean> {
  try {
    await import('../../src/help/index.js');
  } catch {
    return false;
  }
  return customElements.get('borger-help') !== undefined;
}

interface Target {
  tag: string;
  create: () => Promise<ContentElement>;
  validate: (input: unknown) => Validated<unknown>;
  sample: string;
  /** For widgets still being written: runs only when this resolves true. */
  available?: () => Promise<boolean>;
}

const TARGETS: Target[] = [
  {
    tag: 'borger-channels',
    create: () => fixture<ContentElement>(html`<borger-channels task="pas" now=${NOW}></borger-channels>`),
    validate: validateChannels,
    sample: 'kontakt.json',
  },
  {
    tag: 'borger-guide',
    create: () => fixture<ContentElement>(html`<borger-guide fallback-phone="+45 33 66 33 66"></borger-guide>`),
    validate: validateGuide,
    sample: 'guide-pas.json',
  },
  {
    tag: 'borger-booking',
    create: () => fixture<ContentElement>(html`<borger-booking .provider=${new FakeBookingProvider()} now=${NOW}></borger-booking>`),
    validate: validateBookingContent,
    sample: 'booking.json',
  },
  {
    tag: 'borger-help',
    create: () => fixture<ContentElement>(html`<borger-help><p>Husk dit sundhedskort, når du flytter.</p></borger-help>`),
    validate: validateGlossary,
    sample: 'ordliste.json',
    available: helpAvailable,
  },
];

function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, i) => paths(item, [...at, i]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, item]) => paths(item, [...at, k]))];
  return [at];
}

function mutate(doc: Json, path: (string | number)[], replacement: Json | undefined): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return replacement ?? copy;
  const parent = path.slice(0, -1).reduce<Json>((node, step) => (node as Record<string | number, Json>)[step] as Json, copy) as Record<
    string | number,
    Json
  >;
  const key = path[path.length - 1] as string | number;
  if (replacement !== undefined) parent[key] = replacement;
  else if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete parent[key];
  return copy;
}

/**
 * Sets the content and waits for the load and the render after it. Bad content is explained by the
 * schemas, loaded with import() on first need, so the error state may come a few tasks later.
 */
async function show(element: ContentElement, content: unknown, target?: Target): Promise<void> {
  element.content = content;
  await element.updateComplete;
  await new Promise((done) => setTimeout(done, 0));
  if (target && !target.validate(content).ok) {
    await waitUntil(() => element.contentState.status === 'error', 'no error state', { timeout: 3000 }).catch(() => undefined);
  }
  await element.updateComplete;
}

function expectOutcome(element: ContentElement, target: Target, input: unknown): void {
  const root = element.shadowRoot as ShadowRoot;
  const accepted = target.validate(input).ok;
  const status = element.contentState.status;
  const context = `${target.tag} with ${JSON.stringify(input)?.slice(0, 200)}`;
  if (accepted) {
    expect(status, context).to.equal('ready');
    expect(root.querySelector('[part~="error"][role="alert"]'), context).to.equal(null);
    expect((root.textContent ?? '').trim().length + root.querySelectorAll('*').length, context).to.be.greaterThan(0);
  } else {
    expect(status, context).to.equal('error');
    const error = root.querySelector('[part~="error"]');
    expect(error, context).to.not.equal(null);
    expect(error?.getAttribute('role')).to.equal('alert');
  }
}

describe('fuzz: elements with arbitrary content', () => {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
  let consoleError: typeof console.error;
  beforeEach(() => {
    thrown.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Every refusal logs its problems once; that is the documented behaviour, not noise for the test log.
    consoleError = console.error;
    console.error = () => {};
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
  });

  for (const target of TARGETS) {
    it(`${target.tag}: arbitrary JSON gives the error state or a render, never a throw`, async function () {
      if (target.available && !(await target.available())) this.skip();
      const element = await target.create();
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (input) => {
          await show(element, input, target);
          expectOutcome(element, target, input);
        }),
        { numRuns: RUNS },
      );
      expect(thrown).to.deep.equal([]);
    });

    it(`${target.tag}: the demo document mutated at a random path gives the error state or a render`, async function () {
      if (target.available && !(await target.available())) this.skip();
      const valid = await demo(target.sample);
      const all = paths(valid);
      const element = await target.create();
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: all.length - 1 }),
          fc.option(fc.oneof(fc.jsonValue() as fc.Arbitrary<Json>, fc.constantFrom<Json>('', null, 0, [], {}, '<script>x</script>')), {
            nil: undefined,
          }),
          async (index, replacement) => {
            const input = mutate(valid, all[index] as (string | number)[], replacement);
            await show(element, input, target);
            expectOutcome(element, target, input);
          },
        ),
        { numRuns: RUNS },
      );
      // And back to the valid document: the element recovers.
      await show(element, valid);
      expect(element.contentState.status).to.equal('ready');
      expect(thrown).to.deep.equal([]);
    });
  }
});
