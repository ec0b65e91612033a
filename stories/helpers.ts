// Shared pieces for every widget's stories: the page wrapper (language, direction, theme), fixed
// moments for `now`, and content URLs served by Storybook itself for the loading states.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { isRtl } from '../src/core/i18n/lang.js';
import { isThemeName, themes } from './themes.js';

/** Languages in the toolbar: Danish (source), English (complete), Arabic (right-to-left, partly translated). */
export const LANGS = ['da', 'en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Wraps every story in a "page" element carrying `lang`, `dir` and the theme's custom properties.
 * The widgets read the closest ancestor's `lang`, as they do on a real page.
 */
export const withPage: Decorator = (story, { globals }) => {
  const lang: Lang = LANGS.includes(globals.lang) ? globals.lang : 'da';
  const theme = themes[isThemeName(globals.theme) ? globals.theme : 'default'];
  const style = { ...theme.properties, background: theme.page.background, color: theme.page.color, padding: '1rem' };
  return html`<div class="borger-story-page" lang=${lang} dir=${isRtl(lang) ? 'rtl' : 'ltr'} style=${styleMap(style)}>${story()}</div>`;
};

/** Fixed moments (Europe/Copenhagen) so every story looks the same on every day it is opened. */
export const MOMENTS = {
  thursdayMorning: { iso: '2026-11-26T11:00:00+01:00', label: 'Tor. 26. nov. 2026 kl. 11.00 (almindelig hverdag)' },
  thursdayClosingSoon: { iso: '2026-11-26T13:45:00+01:00', label: 'Tor. 26. nov. 2026 kl. 13.45 (telefon og chat lukker snart)' },
  thursdayEvening: { iso: '2026-11-26T20:30:00+01:00', label: 'Tor. 26. nov. 2026 kl. 20.30 (alt lukket)' },
  christmasEve: { iso: '2026-12-24T11:00:00+01:00', label: 'Juleaftensdag 24. dec. 2026 kl. 11.00' },
  goodFriday: { iso: '2026-04-03T11:00:00+02:00', label: 'Langfredag 3. apr. 2026 kl. 11.00 (påske)' },
} as const;

export const DEFAULT_NOW = MOMENTS.thursdayMorning.iso;

/** argTypes control for `now`: the fixed moments, labelled. */
export const nowControl = {
  control: {
    type: 'select' as const,
    labels: Object.fromEntries(Object.values(MOMENTS).map((moment) => [moment.iso, moment.label])),
  },
  options: Object.values(MOMENTS).map((moment) => moment.iso),
};

/** argTypes control for an element's own `lang` ('' = inherit from the page, i.e. the toolbar). */
export const langControl = {
  control: {
    type: 'select' as const,
    labels: { '': '(arv fra siden / inherit from page)', da: 'da', en: 'en', ar: 'ar' },
  },
  options: ['', ...LANGS],
};

// --- Content served by Storybook itself -------------------------------------------------------
// The loading states need a `src` that answers slowly or never. Rather than depend on a network, a
// small fetch interceptor answers URLs under `storybook-fixture/` from memory; all other requests
// pass through untouched.

const FIXTURE_PATH = '/storybook-fixture/';
const fixtures = new Map<string, unknown>();
let installed = false;

/**
 * A content URL for `data`, answered after `delayMs` milliseconds, or never (`'never'`: the
 * widget then shows its loading state until its own load timeout turns it into the error state).
 * An unregistered name answers 404.
 */
export function fixtureSrc(name: string, data: unknown, delay: number | 'never'): string {
  fixtures.set(name, data);
  return `storybook-fixture/${encodeURIComponent(name)}?delay=${delay}`;
}

export function missingFixtureSrc(name: string): string {
  return `storybook-fixture/${encodeURIComponent(name)}?delay=0`;
}

function requestUrl(input: RequestInfo | URL): URL {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(href, document.baseURI);
}

function abortable<T>(signal: AbortSignal | null | undefined, start: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    start(resolve);
  });
}

/** Installs the interceptor (once per page); use as a story's `beforeEach`. */
export function installFixtureFetch(): void {
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = requestUrl(input);
    const at = url.pathname.lastIndexOf(FIXTURE_PATH);
    if (at === -1) return realFetch(input, init);
    const name = decodeURIComponent(url.pathname.slice(at + FIXTURE_PATH.length));
    const delay = url.searchParams.get('delay');
    const answer = () =>
      fixtures.has(name)
        ? new Response(JSON.stringify(fixtures.get(name)), { status: 200, headers: { 'Content-Type': 'application/json' } })
        : new Response('Not found', { status: 404, statusText: 'Not Found' });
    return abortable<Response>(init?.signal, (resolve) => {
      if (delay !== 'never') setTimeout(() => resolve(answer()), Number(delay) || 0);
    });
  };
}
