// createElement with the JSX types: a borger-* tag gets its props checked against
// React.JSX.IntrinsicElements (custom-elements.d.ts) without JSX tooling.
import { createElement, type JSX, type ReactElement, type ReactNode } from 'react';

export function h<K extends keyof JSX.IntrinsicElements>(
  tag: K,
  props: JSX.IntrinsicElements[K] | null,
  ...children: ReactNode[]
): ReactElement {
  return createElement(tag, props as Record<string, unknown> | null, ...children);
}
