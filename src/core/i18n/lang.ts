// Language resolution: the element's `lang`, else the closest ancestor's (across shadow roots), else Danish.

export const DEFAULT_LANG = 'da';

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv']);
// Readers of these languages read Danish more easily than English.
const SCANDINAVIAN = new Set(['da', 'nb', 'nn', 'no', 'sv', 'fo', 'kl']);

export function baseLang(lang: string): string {
  return lang.toLowerCase().split('-')[0] ?? DEFAULT_LANG;
}

export function isRtl(lang: string): boolean {
  return RTL_LANGS.has(baseLang(lang));
}

/** Languages to try, best first, for a text or message wanted in `lang`. */
export function fallbackChain(lang: string): string[] {
  const exact = lang.toLowerCase();
  const base = baseLang(lang);
  const chain = [exact, base, SCANDINAVIAN.has(base) ? 'da' : 'en', 'da'];
  return [...new Set(chain)];
}

/** The language an element speaks: own `lang`, closest ancestor's, the document's, else Danish. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}
