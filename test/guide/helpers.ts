// Driving <borger-guide> the way a citizen does: tick the inputs, press "Fortsæt".
import { expect, fixtureSync } from '@open-wc/testing';
import '../../src/guide/index.js';
import { localize } from '../../src/core/localized.js';
import type { Answer, GuideRoute } from '../../src/guide/guide.engine.js';
import { type Guide, validateGuide } from '../../src/guide/guide.schema.js';
import type { BorgerGuide } from '../../src/guide/index.js';
import { demoContent } from '../fixtures/content.js';
import { createWidget } from '../shared/widget-suite.js';

export const DEMO_GUIDES = ['guide-pas', 'guide-flyt', 'guide-barn'] as const;
export type DemoName = (typeof DEMO_GUIDES)[number];

const raw = new Map<DemoName, unknown>();
for (const name of DEMO_GUIDES) raw.set(name, await demoContent(`${name}.json`));

/** A fresh copy of a demo guide's JSON. */
export const demoJson = (name: DemoName) => structuredClone(raw.get(name)) as Record<string, unknown>;

/** A demo guide, validated (a broken demo file fails here loudly). */
export function demoGuide(name: DemoName): Guide {
  const result = validateGuide(demoJson(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/**
 * A host element on the page, removed after the test. Synchronous on purpose: open-wc's `fixture` waits
 * for an animation frame, and a test page the browser keeps in the background gets none.
 */
export const host = () => fixtureSync<HTMLDivElement>(document.createElement('div'));

export const guideEl = (content: unknown, attributes: Record<string, string> = {}, parent: Element = host()) =>
  createWidget('borger-guide', content, attributes, parent) as Promise<BorgerGuide>;

export const root = (element: BorgerGuide) => element.shadowRoot!;
export const stepHeading = (element: BorgerGuide) => root(element).querySelector<HTMLElement>('#step-heading')!;
export const stepTitle = (element: BorgerGuide) => stepHeading(element).textContent!.trim();
export const part = (element: BorgerGuide, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
export const inputs = (element: BorgerGuide) => [...root(element).querySelectorAll<HTMLInputElement>('[part="question"] input')];
export const inputFor = (element: BorgerGuide, value: string) => inputs(element).find((input) => input.value === value);

/** Ticks the inputs for `answer` (clicks, as a citizen would) and presses "Fortsæt". */
export async function answerWith(element: BorgerGuide, answer: Answer | undefined): Promise<void> {
  for (const value of answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer) {
    const input = inputFor(element, value);
    if (!input) throw new Error(`no input with value "${value}" at "${stepTitle(element)}"`);
    if (!input.checked) input.click();
  }
  await pressNext(element);
}

export async function pressNext(element: BorgerGuide): Promise<void> {
  const next = part(element, 'next');
  if (!next) throw new Error(`no "Fortsæt" at "${stepTitle(element)}"`);
  next.click();
  await element.updateComplete;
}

/** Walks a route through the UI, checking each step's heading against the graph. */
export async function walkRoute(
  element: BorgerGuide,
  guide: Guide,
  route: GuideRoute,
  onStep?: (id: string) => Promise<void>,
): Promise<void> {
  for (const [index, id] of route.nodes.entries()) {
    const node = guide.nodes[id]!;
    expect(stepTitle(element), `step ${index + 1} of ${route.nodes.join(' → ')}`).to.equal(localize(node.title, 'da'));
    if (onStep) await onStep(id);
    if (node.type === 'outcome') return;
    await answerWith(element, node.type === 'question' ? route.answers[id] : undefined);
  }
}
