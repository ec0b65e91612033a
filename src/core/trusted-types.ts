// Trusted Types and Lit. Lit creates a policy named "lit-html" when its module is evaluated; under a
// CSP `trusted-types` allow-list that does not name it, or names it without 'allow-duplicates' while
// a second copy of the widgets (or of Lit) is on the page, that call throws and nothing renders.
//
// This module is imported first by every entry, so it runs before Lit. While the entry's modules are
// evaluated (synchronously; undone in the next microtask) it stands in front of
// `trustedTypes.createPolicy` for the name "lit-html" only:
// - the first copy on the page creates the policy and keeps it on `globalThis` (by a Symbol.for key);
//   every later copy gets that same policy, so two bundle copies or two widget files never collide;
// - if the page's allow-list forbids the policy, Lit gets none, the elements render their fallback
//   with plain DOM (BorgerElement), and the console names the directive the site must add.
// Supported browsers without Trusted Types (Firefox before 135, Safari before 18.4 …) skip all of this.

/** The directive a site's CSP needs (with its own policy names) for the widgets under Trusted Types. */
export const TRUSTED_TYPES_DIRECTIVE = "trusted-types lit-html 'allow-duplicates'";

interface TrustedTypesLike {
  createPolicy(name: string, rules: object): unknown;
}

interface Shared {
  policy?: unknown;
  failure?: string;
  reported?: boolean;
}

const KEY = Symbol.for('borger-widgets.trusted-types');

function shared(): Shared {
  const global = globalThis as unknown as Record<symbol, Shared | undefined>;
  global[KEY] ??= {};
  return global[KEY];
}

function guardLitPolicy(): void {
  const factory = (globalThis as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return;
  const state = shared();
  const native = factory.createPolicy;
  const guarded = function (this: TrustedTypesLike, name: string, rules: object): unknown {
    if (name !== 'lit-html') return native.call(this, name, rules);
    if (state.policy) return state.policy;
    try {
      state.policy = native.call(this, name, rules);
      return state.policy;
    } catch (error) {
      state.failure = error instanceof Error ? error.message : String(error);
      return undefined;
    }
  };
  try {
    factory.createPolicy = guarded;
  } catch {
    return; // A page that froze the factory: Lit meets the browser's own rules.
  }
  queueMicrotask(() => {
    if (factory.createPolicy === guarded) factory.createPolicy = native;
  });
}

guardLitPolicy();

/**
 * Why Lit has no Trusted Types policy on a page that enforces Trusted Types (then nothing Lit renders
 * can reach the DOM), or undefined when rendering works.
 */
export function litPolicyBlocked(): string | undefined {
  return shared().failure;
}

/** Tells the web team, once per page, what the CSP lacks. */
export function reportLitPolicyBlocked(): void {
  const state = shared();
  if (!state.failure || state.reported) return;
  state.reported = true;
  console.error(
    `borger-widgets: this page's Content-Security-Policy does not allow the Trusted Types policy "lit-html" (${state.failure}). ` +
      `The widgets show only their fallback. Add lit-html to the trusted-types directive: ${TRUSTED_TYPES_DIRECTIVE} (with your own policy names).`,
  );
}
