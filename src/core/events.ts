// Typed events. Every borger event bubbles and crosses shadow roots, so a page can listen on document.

type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires a typed `CustomEvent`; returns false when a listener called `preventDefault()`. */
export function emit<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

export interface BorgerErrorDetail {
  /** The element's tag, e.g. `borger-channels`. */
  widget: string;
  /** Where the content came from: `property`, `inline` or the `src` URL. */
  source: string;
  kind: 'load' | 'invalid';
  problems: { path: string; message: string }[];
}

declare global {
  interface HTMLElementEventMap {
    'borger-error': CustomEvent<BorgerErrorDetail>;
  }
}
