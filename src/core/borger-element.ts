// The base of every borger-* element: a value the page sets is never lost, whatever the order of
// "set", "define", "connect" and "first render" (what frameworks, CMSs and htmx do in every order).
import './trusted-types.js';
import { LitElement, type PropertyDeclaration, type PropertyValues, ReactiveElement } from 'lit';
import { type CheckedDeclaration, quote } from './attributes.js';
import { litPolicyBlocked, reportLitPolicyBlocked } from './trusted-types.js';

/**
 * Passes a value the page set on the element before it was upgraded (an own data property, which
 * shadows the class's accessor) to the accessor. The standard "lazy property" pattern for plain
 * accessors; Lit does the same for its reactive properties.
 */
export function adoptOwnProperty(element: object, name: string): void {
  if (!Object.hasOwn(element, name)) return;
  const value = (element as Record<string, unknown>)[name];
  delete (element as Record<string, unknown>)[name];
  (element as Record<string, unknown>)[name] = value;
}

/**
 * `LitElement` plus three guarantees for values set from outside:
 * - Lit replays the reactive properties set before upgrade at the first update, and would then
 *   overwrite a newer value set between upgrade and first render with that older one (see the TODO
 *   in Lit's `performUpdate`). Here the newest value always wins.
 * - Public accessors that are not reactive properties (listed in `upgradeAccessors`) receive a value
 *   set before upgrade, once the element is connected.
 * - Properties declared with `checked(…)` (core/attributes.ts) are checked before every update:
 *   a value a CMS wrote wrongly is replaced by a sensible one and reported once with `console.warn`.
 */
export class BorgerElement extends LitElement {
  /** Names of public non-reactive accessors (e.g. the guide's `state`) a page may set before upgrade. */
  static upgradeAccessors: readonly string[] = [];

  /** Properties set since connection and before the first update, with their newest values. */
  private setEarly: Map<PropertyKey, unknown> | undefined;
  private tracking = false;
  private replaying = false;
  private warnedSettings: Set<string> | undefined;

  override connectedCallback(): void {
    // Upgrades and first connections happen together, so from here on a set comes from the page.
    if (!this.hasUpdated) this.tracking = true;
    for (const name of (this.constructor as typeof BorgerElement).upgradeAccessors) adoptOwnProperty(this, name);
    super.connectedCallback();
  }

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    useNewValue?: boolean,
    newValue?: unknown,
  ): void {
    super.requestUpdate(name, oldValue, options, useNewValue, newValue);
    if (name === undefined || !this.tracking || this.replaying || this.hasUpdated) return;
    this.setEarly ??= new Map();
    this.setEarly.set(name, (this as unknown as Record<PropertyKey, unknown>)[name]);
  }

  // The first update stays in the task that upgraded the element (Lit's microtask): deferring it to a
  // task of its own lets the browser paint the element defined but empty, and a page that reserves the
  // widget's space with `:not(:defined)` then jumps (CLS 0.056 twice on demo/kontakt.html).

  protected override performUpdate(): void {
    // Lit replays pre-upgrade values between here and shouldUpdate; they must not count as new sets.
    if (!this.hasUpdated && this.tracking && this.isUpdatePending) this.replaying = true;
    super.performUpdate();
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.replaying) {
      this.replaying = false;
      this.tracking = false;
      const early = this.setEarly;
      this.setEarly = undefined;
      for (const [name, value] of early ?? []) (this as unknown as Record<PropertyKey, unknown>)[name] = value;
    }
    this.checkSettings(changed);
    return super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues): void {
    if (!litPolicyBlocked()) {
      super.update(changed);
      return;
    }
    // The page's Trusted Types allow-list keeps Lit's templates out of the DOM: the element still
    // updates its attributes, and draws its fallback with plain DOM (no HTML parsing, no policy needed).
    reportLitPolicyBlocked();
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    this.renderWithoutLit(this.renderRoot as ShadowRoot);
  }

  /** What the element shows when Lit cannot render (see core/trusted-types.ts): by default its light DOM. */
  protected renderWithoutLit(root: ShadowRoot): void {
    if (!root.querySelector('slot')) root.replaceChildren(document.createElement('slot'));
  }

  /** Runs the check of every changed checked property, before anything reads it. */
  private checkSettings(changed: PropertyValues): void {
    const declarations = (this.constructor as typeof BorgerElement).elementProperties;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const name of [...changed.keys()]) {
      const declaration = declarations.get(name) as Partial<CheckedDeclaration> | undefined;
      if (!declaration?.check) continue;
      const raw = self[name];
      const { value, problem } = declaration.check(raw);
      if (problem) {
        const attribute = declaration.label ?? (typeof declaration.attribute === 'string' ? declaration.attribute : String(name).toLowerCase());
        const message = `<${this.localName}> ${attribute}=${quote(raw)} ${problem}.`;
        this.warnedSettings ??= new Set();
        if (!this.warnedSettings.has(message)) {
          this.warnedSettings.add(message);
          console.warn(message);
        }
      }
      if (!Object.is(value, raw)) self[name] = value;
    }
  }
}
