// Content for a widget, in order of precedence: a JS property, an inline
// `<script type="application/json">` child, or a URL. Never throws: failures come back as problems.
import type { Problem } from './validation.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export type ContentSource = 'property' | 'inline' | string;

export type RawContent =
  | { ok: true; source: ContentSource; data: unknown }
  | { ok: false; source: ContentSource; problems: Problem[] }
  | { ok: 'none' };

export interface ContentRequest {
  property: unknown;
  host: Element;
  url: string | undefined | null;
  signal: AbortSignal;
  timeoutMs?: number;
}

function inlineScript(host: Element): HTMLScriptElement | null {
  return host.querySelector(':scope > script[type="application/json"]');
}

function parseJson(text: string, source: ContentSource): RawContent {
  try {
    return { ok: true, source, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, source, problems: [{ path: '$', message: `is not valid JSON (${(error as Error).message})` }] };
  }
}

/** Whether the element has any content to load at all. */
export function hasContent(request: Omit<ContentRequest, 'signal'>): boolean {
  return request.property !== undefined || inlineScript(request.host) !== null || Boolean(request.url);
}

export async function loadContent(request: ContentRequest): Promise<RawContent> {
  if (request.property !== undefined) return { ok: true, source: 'property', data: request.property };
  const script = inlineScript(request.host);
  if (script) return parseJson(script.textContent ?? '', 'inline');
  if (!request.url) return { ok: 'none' };
  return fetchJson(request.url, request.signal, request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}

/** GET a JSON document with a timeout; aborting `signal` (a newer load) cancels it. */
export async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number): Promise<RawContent> {
  const source = url;
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      return { ok: false, source, problems: [{ path: '$', message: `could not be loaded: HTTP ${response.status} ${response.statusText}`.trim() }] };
    }
    return parseJson(await response.text(), source);
  } catch (error) {
    const message = timeout.aborted
      ? `did not arrive within ${timeoutMs / 1000} s`
      : `could not be loaded (${(error as Error).message})`;
    return { ok: false, source, problems: [{ path: '$', message }] };
  }
}
