// Helpers for <borger-booking> tests: create the element around a provider, find things in its
// shadow root, and walk the steps the way a citizen does (click, then wait for the next step).
import { fixture, waitUntil } from '@open-wc/testing';
import '../../src/booking/index.js';
import type { BookingStep } from '../../src/booking/booking.flow.js';
import type { BorgerBooking } from '../../src/booking/index.js';
import type { BookingProvider } from '../../src/booking/provider.js';
import { settle } from '../shared/widget-suite.js';
import { FakeBookingProvider, NOW } from './fake-provider.js';

export interface Options {
  /** Default: a new FakeBookingProvider; `null`: none (the element then uses its `api` attribute). */
  provider?: BookingProvider | null;
  content?: unknown;
  attributes?: Record<string, string>;
  parent?: Element;
}

export async function bookingElement(options: Options = {}): Promise<BorgerBooking> {
  const element = document.createElement('borger-booking');
  element.setAttribute('now', NOW);
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  if (options.provider !== null) element.provider = options.provider ?? new FakeBookingProvider();
  if (options.content !== undefined) element.content = options.content;
  const host = options.parent ?? (await fixture<HTMLDivElement>(document.createElement('div')));
  host.append(element);
  await ready(element);
  return element;
}

/** Rendered, and no request the step waits for is still running. */
export async function ready(element: BorgerBooking): Promise<void> {
  await element.updateComplete;
  await settle(element);
}

export const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

export const stepOf = (element: Element) => $(element, 'section.step')?.dataset.step as BookingStep | undefined;
export const headingText = (element: Element) => $(element, '[data-step-heading]')?.textContent?.trim() ?? '';
export const activeInShadow = (element: Element) => element.shadowRoot!.activeElement as HTMLElement | null;

export async function waitForStep(element: Element, step: BookingStep): Promise<void> {
  await waitUntil(() => stepOf(element) === step, `expected step ${step}, still at ${stepOf(element)}`, { timeout: 4000 });
  await ready(element as BorgerBooking);
}

/** Clicks the radio (or button) whose label says `text`. */
export function pick(element: Element, text: string): void {
  const label = $$<HTMLLabelElement>(element, 'label').find((l) => l.textContent!.trim() === text);
  if (!label)
    throw new Error(
      `no choice labelled "${text}"; have ${$$(element, 'label')
        .map((l) => l.textContent!.trim())
        .join(' | ')}`,
    );
  label.click();
}

export function button(element: Element, text: string): HTMLElement {
  const found = $$(element, 'button, a').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === text);
  if (!found)
    throw new Error(
      `no button "${text}"; have ${$$(element, 'button, a')
        .map((b) => b.textContent!.replace(/\s+/g, ' ').trim())
        .join(' | ')}`,
    );
  return found;
}

/** "Fortsæt" (in any language). */
export async function next(element: BorgerBooking): Promise<void> {
  const button = $(element, '[part="next"]');
  if (!button) throw new Error(`no "Fortsæt" on step ${stepOf(element)}`);
  button.click();
  await element.updateComplete;
}

export function type(element: Element, id: string, value: string): void {
  const input = $<HTMLInputElement>(element, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** The day in the grid's tab order once the month has loaded (the first free day; nothing is chosen for the citizen). */
export async function firstOfferedDay(element: BorgerBooking, message = 'no free day shown'): Promise<HTMLButtonElement> {
  // 5 s, not 1: over HTTP (the reference server) on a machine running three browsers, a month takes longer.
  await waitUntil(() => $(element, 'button.day.free[tabindex="0"]'), message, { timeout: 5000 });
  return $<HTMLButtonElement>(element, 'button.day.free[tabindex="0"]')!;
}

/** Clicks the first free day, as a citizen must: the calendar never chooses for them. Returns its date. */
export async function chooseFirstDay(element: BorgerBooking, message?: string): Promise<string> {
  const day = await firstOfferedDay(element, message);
  day.click();
  await element.updateComplete;
  return day.dataset.date!;
}

/** The chosen day in the grid (its button is aria-pressed="true"). */
export const chosenDay = (element: Element) => $(element, 'button.day[aria-pressed="true"]')?.dataset.date;

/** From the first step to the check step: Pas, Rådhuset, the first free day, 10.00, name + e-mail. */
export async function toCheck(
  element: BorgerBooking,
  details: { name?: string; email?: string; phone?: string } = { name: 'Mette Hansen', email: 'mette@example.dk' },
): Promise<void> {
  if (stepOf(element) === 'service') {
    pick(element, 'Pas');
    await next(element);
    await waitForStep(element, 'place');
  }
  if (stepOf(element) === 'place') {
    pick(element, 'Borgerservice, Rådhuset');
    await next(element);
    await waitForStep(element, 'day');
  }
  await chooseFirstDay(element);
  await next(element);
  await waitForStep(element, 'time');
  pick(element, '10.00–10.15');
  await next(element);
  await waitForStep(element, 'details');
  if (details.name !== undefined) type(element, 'name', details.name);
  if (details.email !== undefined) type(element, 'email', details.email);
  if (details.phone !== undefined) type(element, 'phone', details.phone);
  await next(element);
  await waitForStep(element, 'check');
}

/** The summary list's rows as text; a line break (<br>) reads as a space, as a screen reader pauses there. */
export function rowTexts(element: Element): string[] {
  return $$(element, '[part="summary"] .row').map((row) => {
    const copy = row.cloneNode(true) as HTMLElement;
    for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });
}
