// Reading an element's language from the page, and the fallback order for texts.
// What the tag means for the widget (texts, Intl locale, marks) is decided in locale.ts.
import { DEFAULT_LANG, FALLBACK_LANG, isRtl, parseLanguageTag, primaryLanguage, shownLanguage } from './locale.js';

export { DEFAULT_LANG, isRtl };

/** The primary language subtag, lower case ("pt-BR" → "pt"); "da" for junk. */
export function baseLang(lang: string): string {
  return primaryLanguage(parseLanguageTag(lang) ?? DEFAULT_LANG);
}

/**
 * Languages to try, best first, for a text wanted in `lang`: the tag, its primary language, then
 * Danish for Nordic readers or English for everyone else, then Danish. Junk asks for Danish.
 */
export function fallbackChain(lang: string): string[] {
  const tag = parseLanguageTag(lang);
  if (tag === undefined) return [DEFAULT_LANG, FALLBACK_LANG];
  const primary = primaryLanguage(tag);
  const next = shownLanguage(tag, [DEFAULT_LANG, FALLBACK_LANG]);
  return [...new Set([tag, tag.toLowerCase(), primary, next, DEFAULT_LANG])];
}

/**
 * The nearest `lang` attribute as written, from the element up through its ancestors and across
 * shadow roots; null when none has one. An empty `lang=""` counts (HTML: "language unknown").
 */
export function nearestLangAttribute(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** The language tag that applies to an element (tidied BCP 47), else Danish. For voices and content, not texts. */
export function resolveLang(element: Element): string {
  return parseLanguageTag(nearestLangAttribute(element)) ?? DEFAULT_LANG;
}
