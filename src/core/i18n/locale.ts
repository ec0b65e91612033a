// One resolution per element: the `lang` a page wrote → the language of the texts shown (a complete
// catalogue) → the Intl locale for dates, times and numbers → the lang/dir marks. Pure: no DOM.
//
// BCP 47 (RFC 5646) is the grammar of the tag; Intl.getCanonicalLocales checks it and fixes its case.
// WCAG 3.1.1/3.1.2: the mark must name the language actually shown, never only the one asked for.

/** The language when nothing (or nothing usable) is asked for: the widgets are Danish first. */
export const DEFAULT_LANG = 'da';

/** The language every other language falls back to (every catalogue has it complete). */
export const FALLBACK_LANG = 'en';

/** Readers of these read Danish more easily than English (Norwegian, Swedish, Faroese, Greenlandic). */
const READS_DANISH = new Set(['da', 'nb', 'nn', 'no', 'sv', 'fo', 'kl']);

const RTL_LANGS = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);

/** BCP 47 codes that name no language: undetermined, no linguistic content, uncoded, multiple. */
const NO_LANGUAGE = new Set(['und', 'zxx', 'mis', 'mul']);

/**
 * The Intl locale per shown language. English is written as in Denmark by English speakers: 24-hour
 * clock and day before month (en-GB). Arabic keeps Latin digits: phone numbers, addresses and booking
 * codes in the same widget are Latin, and engines disagree on Arabic's default digits
 * (WebKitGTK: Arabic-Indic, Chromium: Latin), so naming them makes every engine print the same.
 */
const INTL_LOCALE: Readonly<Record<string, string>> = { da: 'da-DK', en: 'en-GB', ar: 'ar-u-nu-latn' };

export interface Locale {
  /** The tag the page wrote, tidied ("pt-BR", "en-US"); undefined when none, empty or junk. */
  requested: string | undefined;
  /** The language of the texts and of the `lang` mark: one of the element's complete catalogues. */
  lang: string;
  /** Writing direction of `lang`, for the `dir` mark. */
  dir: 'ltr' | 'rtl';
  /** The locale handed to Intl for dates, times and numbers; always agrees with `lang`. */
  intl: string;
}

/**
 * Tidies a language tag as pages and CMSs write it ("EN_us", " da-dk ") into canonical BCP 47
 * ("en-US", "da-DK"). Returns undefined for anything that is not a tag naming a language: empty,
 * malformed ("constructor", "__proto__", "x-klingon"), or und/zxx/mis/mul.
 */
export function parseLanguageTag(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Every text on every render asks: remember the answers (a page has a handful of tags; bounded anyway).
  if (parsed.has(value)) return parsed.get(value);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const tag = parse(value);
  parsed.set(value, tag);
  return tag;
}

const parsed = new Map<string, string | undefined>();
const PARSED_LIMIT = 200;

function parse(value: string): string | undefined {
  const text = value.trim().replace(/_/g, '-');
  // A language subtag is 2–3 letters in practice (4–8 are reserved or unused); this also keeps
  // words such as "constructor" from being read as a language.
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(text)) return undefined;
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
  if (!canonical || NO_LANGUAGE.has(primaryLanguage(canonical))) return undefined;
  return canonical;
}

/** The primary language subtag, lower case: "pt-BR" → "pt". */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

export function isRtl(lang: string): boolean {
  return RTL_LANGS.has(primaryLanguage(lang));
}

/**
 * The language shown for `requested` when the element has complete texts in `available`:
 * the requested language itself, else Danish for Nordic readers, else English; nothing usable → Danish.
 * `available` must contain "da" and "en".
 */
export function shownLanguage(requested: string | undefined, available: readonly string[]): string {
  if (requested === undefined) return DEFAULT_LANG;
  const primary = primaryLanguage(requested);
  if (available.includes(primary)) return primary;
  return READS_DANISH.has(primary) ? DEFAULT_LANG : FALLBACK_LANG;
}

/** The Intl locale for a shown language (one of the catalogue languages; anything else resolves first). */
export function intlLocale(lang: string): string {
  const shown = shownLanguage(parseLanguageTag(lang), Object.keys(INTL_LOCALE));
  return INTL_LOCALE[shown] ?? INTL_LOCALE[FALLBACK_LANG]!;
}

/**
 * Resolves what a page asked for (`lang` attribute value, possibly junk) against the languages the
 * element has complete texts for.
 * @param value - the nearest `lang` attribute as written, or null/undefined when there is none
 * @param available - languages with complete catalogues for this element (always "da" and "en")
 */
export function resolveLocale(value: string | null | undefined, available: readonly string[]): Locale {
  const requested = parseLanguageTag(value);
  const lang = shownLanguage(requested, available);
  return { requested, lang, dir: isRtl(lang) ? 'rtl' : 'ltr', intl: intlLocale(lang) };
}
