// Attribute values as a CMS writes them: padded with spaces, empty, out of range or junk. Each
// documented setting has one check here; the element base (BorgerElement) runs it whenever the value
// changes (from an attribute or a property), tells the web team once on the console what it did
// instead, and keeps the widget working with a sensible default. Nothing here throws.
import type { ComplexAttributeConverter, PropertyDeclaration } from 'lit';

/** What a check made of a raw value: the value to use, and why the raw one was not used as written. */
export interface Checked<T> {
  value: T;
  /** Set when the raw value was changed or replaced; ends with no full stop ("…; using 2" follows). */
  problem?: string;
}

export type Check<T> = (raw: unknown) => Checked<T>;

/** A Lit property declaration whose value BorgerElement checks before every update. */
export interface CheckedDeclaration extends PropertyDeclaration {
  check: Check<unknown>;
  /** The name console messages use, when it is not the attribute's (e.g. `glossary` for help's `src`). */
  label?: string;
}

/**
 * Keeps the attribute's text as written, so the check sees (and can report) exactly what the page
 * wrote; reflects booleans the HTML way (present or absent).
 */
const asWritten: ComplexAttributeConverter = {
  fromAttribute: (value) => value ?? undefined,
  toAttribute: (value) => (value === undefined || value === null || value === false ? null : value === true ? '' : String(value)),
};

/** A property declaration (Lit's options, e.g. `{ attribute: 'heading-level' }`) whose value `check` guards. */
export function checked<T>(check: Check<T>, options: PropertyDeclaration = {}, label?: string): CheckedDeclaration {
  return { ...options, converter: asWritten, check, ...(label ? { label } : {}) };
}

const absent = (raw: unknown) => raw === undefined || raw === null;

/** How a value is quoted in a console message (strings as written, with their spaces). */
export function quote(raw: unknown): string {
  return typeof raw === 'string' ? JSON.stringify(raw) : String(raw);
}

/**
 * Text that names something (a task id, a service, a URL): trimmed; empty means "not given".
 * An empty value is reported, since a CMS writes it when an editor left a field blank.
 */
export const text: Check<string | undefined> = (raw) => {
  if (absent(raw)) return { value: undefined };
  const value = String(raw).trim();
  if (value === '') return { value: undefined, problem: 'is empty, so it is left out' };
  return value === raw ? { value } : { value, problem: 'has spaces around it; using the value without them' };
};

/** A whole number in `min`–`max` (e.g. minutes); outside it the nearest limit, junk the default. */
export function wholeNumber(min: number, max: number, fallback: number, what: string): Check<number> {
  return (raw) => {
    if (absent(raw)) return { value: fallback };
    const written = typeof raw === 'number' ? raw : String(raw).trim();
    const number = written === '' ? Number.NaN : Number(written);
    if (!Number.isFinite(number)) return { value: fallback, problem: `is not ${what}; using the default ${fallback}` };
    const whole = Math.round(number);
    const value = Math.min(Math.max(whole, min), max);
    if (value !== number) return { value, problem: `is not ${what} (${min}–${max}); using ${value}` };
    return { value, ...(written === raw || typeof raw === 'number' ? {} : { problem: `has spaces around it; using ${value}` }) };
  };
}

/** `heading-level`: the level (1–6) of the widget's top heading, so it fits the page's outline. Default 2. */
export const headingLevel: Check<number> = wholeNumber(1, 6, 2, 'a heading level');

const OFF = /^(false|0|no|off|nej)$/i;
const ON = /^(true|1|yes|on|ja)$/i;

/**
 * A boolean attribute (`history`, `persist`, …): on when present, as in HTML. A CMS that writes
 * `persist="false"` means off, so that is honoured (and reported: leave the attribute out instead).
 */
export function flag(attribute: string): Check<boolean> {
  return (raw) => {
    if (absent(raw) || raw === false) return { value: false };
    if (raw === true) return { value: true };
    const written = String(raw).trim();
    if (written === '' || written.toLowerCase() === attribute) return { value: true };
    if (OFF.test(written)) return { value: false, problem: 'switches it off; leave the attribute out instead. Using: off' };
    if (ON.test(written)) return { value: true };
    return { value: true, problem: 'is not a value a boolean attribute takes (present means on); using: on' };
  };
}
