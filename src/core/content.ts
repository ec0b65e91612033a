// Content for a widget, in order of precedence: a JS property, an inline
// `<script type="application/json">` child, or a URL. Never throws: failures come back as problems.
import type { Problem } from './problems.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The largest `src` response read, in bytes: 2 MiB, far above any real guide, channel list or
 * glossary (the largest glossary the schema allows is about 1 MiB). A widget's `max-bytes` attribute
 * raises (or lowers) it. A larger body is refused as soon as its size is known (Content-Length) or,
 * while it streams, the moment it passes the limit: a 400 MB response once froze the page.
 */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The meta element by which a site lets `src` use `data:` and `blob:` URLs, refused by default (a
 * `data:` URL is content nobody reviewed on the server; neither gets the server's content type):
 * `<meta name="borger-widgets-src" content="blob: data:">`.
 */
export const SRC_SCHEMES_META = 'borger-widgets-src';

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
  /** Largest body read from `url`, in bytes (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

/**
 * The byte limit an element's `max-bytes` attribute asks for: a whole number of bytes (digits only,
 * "5000000"), else DEFAULT_MAX_BYTES. The console says when the attribute is not a number.
 */
export function maxBytesOf(host: Element): number {
  const value = host.getAttribute('max-bytes');
  if (value === null) return DEFAULT_MAX_BYTES;
  if (/^\s*\d+\s*$/.test(value) && Number(value) > 0) return Number(value);
  console.error(`<${host.localName}> max-bytes="${value}" is not a number of bytes; using ${DEFAULT_MAX_BYTES}.`);
  return DEFAULT_MAX_BYTES;
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
  return fetchJson(request.url, request.signal, request.timeoutMs ?? DEFAULT_TIMEOUT_MS, request.maxBytes ?? DEFAULT_MAX_BYTES);
}

/** The schemes (`"blob:"`, `"data:"`) the page allows for `src` by its SRC_SCHEMES_META element. */
function allowedExtraSchemes(): Set<string> {
  const meta = globalThis.document?.querySelector(`meta[name="${SRC_SCHEMES_META}"]`);
  const listed =
    meta
      ?.getAttribute('content')
      ?.toLowerCase()
      .split(/[\s,]+/) ?? [];
  return new Set(listed.filter(Boolean).map((scheme) => (scheme.endsWith(':') ? scheme : `${scheme}:`)));
}

/** Why `url` may not be loaded, or undefined when it may. */
function refusedUrl(url: string): string | undefined {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== 'data' && scheme !== 'blob') return undefined;
  if (allowedExtraSchemes().has(`${scheme}:`)) return undefined;
  return `is a ${scheme}: URL, which is refused unless the page allows it with <meta name="${SRC_SCHEMES_META}" content="${scheme}:">`;
}

/** JSON media types: application/json, text/json and any "+json" type (application/ld+json …). */
const JSON_TYPE = /^\s*(application\/json|text\/json|[a-z]+\/[a-z0-9.+-]+\+json)\s*(;|$)/i;

const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/**
 * Reads a response body as UTF-8 text, at most `maxBytes`: undefined as soon as it is known to be
 * larger (the rest is never downloaded). Aborting the request's signal (the timeout) ends the read.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * GET a JSON document: at most `maxBytes` (default DEFAULT_MAX_BYTES), served with a JSON content
 * type, within `timeoutMs` (the whole body, not only the headers); aborting `signal` (a newer load)
 * cancels it. `data:` and `blob:` URLs only when the page allows them (SRC_SCHEMES_META). Never
 * throws: each refusal is one problem at "$" saying exactly what was wrong, for the console.
 */
export async function fetchJson(url: string, signal: AbortSignal, timeoutMs: number, maxBytes = DEFAULT_MAX_BYTES): Promise<RawContent> {
  const source = url;
  const fail = (message: string): RawContent => ({ ok: false, source, problems: [{ path: '$', message }] });
  const refused = refusedUrl(url);
  if (refused) return fail(refused);
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return fail(`could not be loaded: HTTP ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      await response.body?.cancel().catch(() => undefined);
      return fail(`was served as ${type ? `"${type}"` : 'no content type'}, not JSON; serve it as "application/json"`);
    }
    const text = await readCapped(response, maxBytes);
    if (text === undefined) {
      return fail(
        `is larger than ${kib(maxBytes)} (max-bytes="${maxBytes}"); raise the element's max-bytes attribute if it really is that big`,
      );
    }
    return parseJson(text, source);
  } catch (error) {
    return fail(timeout.aborted ? `did not arrive within ${timeoutMs / 1000} s` : `could not be loaded (${(error as Error).message})`);
  }
}
