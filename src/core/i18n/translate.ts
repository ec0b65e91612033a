// Message catalogues. Danish is the source language; every catalogue has the same keys (checked by tsc).
// A message is a string with `{name}` placeholders, or plural forms chosen by Intl.PluralRules on `{count}`.
import { fallbackChain } from './lang.js';

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalog<K extends string = string> = Record<K, Message>;
export type Params = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

function interpolate(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

/**
 * A translator for `lang` over catalogues keyed by language (`{ da, en, ar? }`).
 * A key missing in `lang` falls back along the language chain (ar → en → da).
 */
export function createTranslator<K extends string>(catalogs: Catalogs<K>, lang: string): Translate<K> {
  // Own properties only: a tag or key such as "constructor" must never reach Object.prototype.
  const chain = fallbackChain(lang)
    .filter((code) => Object.hasOwn(catalogs, code))
    .map((code) => [code, catalogs[code]] as const)
    .filter((entry): entry is readonly [string, Partial<Catalog<K>>] => entry[1] !== undefined);
  return (key, params) => {
    for (const [code, catalog] of chain) {
      const message = Object.hasOwn(catalog, key) ? catalog[key] : undefined;
      if (message === undefined) continue;
      if (typeof message === 'string') return interpolate(message, params);
      const count = Number(params?.count ?? 0);
      return interpolate(message[pluralCategory(code, count)] ?? message.other, params);
    }
    return key;
  };
}

export type Catalogs<K extends string> = { da: Catalog<K> } & Partial<Record<string, Partial<Catalog<K>>>>;
const cache = new WeakMap<object, Map<string, Translate<string>>>();
/** Per catalogue set, the languages completeLanguages found complete. */
const completeness = new WeakMap<object, string[]>();

/** A language's catalogue, loaded with `import()` when that language is first asked for. */
export type CatalogLoader<K extends string> = () => Promise<{ default: Catalog<K> }>;

/** Catalogue sets' languages still to load (lazyCatalogs), and the loads under way. */
const loaders = new WeakMap<object, Record<string, CatalogLoader<string>>>();
const loading = new WeakMap<object, Map<string, Promise<void>>>();

/**
 * A catalogue set with Danish inside and the other languages loaded on demand (`loadLanguages`), so a
 * page in Danish never downloads the English and Arabic texts. Each loader's catalogue is complete
 * (typed `Catalog<K>`), so a declared language counts as complete before it is loaded.
 */
export function lazyCatalogs<K extends string>(da: Catalog<K>, others: Record<string, CatalogLoader<K>>): Catalogs<K> {
  const catalogs: Catalogs<K> = { da };
  loaders.set(catalogs, others as Record<string, CatalogLoader<string>>);
  return catalogs;
}

/** Whether `lang`'s texts are in every set that has that language (loaded, or never lazy). */
export function languageLoaded(sets: readonly Catalogs<string>[], lang: string): boolean {
  return sets.every((catalogs) => Object.hasOwn(catalogs, lang) || !Object.hasOwn(loaders.get(catalogs) ?? {}, lang));
}

/**
 * Loads `lang` into every set that declares it, once; resolves when all are there. Rejects when a
 * catalogue cannot be downloaded (the caller shows another language).
 */
export function loadLanguage(sets: readonly Catalogs<string>[], lang: string): Promise<void> {
  return Promise.all(
    sets.map((catalogs) => {
      const loader = loaders.get(catalogs)?.[lang];
      if (!loader || Object.hasOwn(catalogs, lang)) return undefined;
      let byLang = loading.get(catalogs);
      if (!byLang) {
        byLang = new Map();
        loading.set(catalogs, byLang);
      }
      let pending = byLang.get(lang);
      if (!pending) {
        pending = loader().then(
          (module) => {
            (catalogs as Record<string, Catalog<string>>)[lang] = module.default;
            // Translators made before the texts arrived fall back to Danish: make them anew.
            cache.delete(catalogs);
          },
          (error: unknown) => {
            byLang?.delete(lang);
            throw error;
          },
        );
        byLang.set(lang, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/**
 * Adds texts to the `lang` catalogue of a set: e.g. the Danish texts of a widget's later steps, which
 * arrive with the chunk that shows those steps instead of in the first download. Every translator of
 * the set sees them from then on. Throws when the set has no `lang` catalogue yet (a language still to
 * load gets its texts whole, from its loader).
 */
export function addTexts<K extends string>(catalogs: Catalogs<K>, lang: string, texts: Partial<Catalog<K>>): void {
  const catalog = Object.hasOwn(catalogs, lang) ? catalogs[lang] : undefined;
  if (!catalog) throw new Error(`addTexts: the catalogue set has no "${lang}" texts to add to.`);
  Object.assign(catalog, texts);
  cache.delete(catalogs);
  completeness.delete(catalogs);
}

/** `createTranslator`, made once per catalogue set and language and then reused on every render. */
export function translatorFor<K extends string>(catalogs: Catalogs<K>, lang: string): Translate<K> {
  let byLang = cache.get(catalogs);
  if (!byLang) {
    byLang = new Map();
    cache.set(catalogs, byLang);
  }
  let translate = byLang.get(lang) as Translate<K> | undefined;
  if (!translate) {
    translate = createTranslator(catalogs, lang);
    byLang.set(lang, translate as Translate<string>);
  }
  return translate;
}

/**
 * The languages in which every one of `catalogueSets` is complete (every Danish key present), Danish
 * first. A widget shows only these: a half-translated widget would mix languages under one `lang` mark.
 */
export function completeLanguages(...catalogueSets: Catalogs<string>[]): string[] {
  const perSet = catalogueSets.map((catalogs) => {
    let languages = completeness.get(catalogs);
    if (!languages) {
      const keys = Object.keys(catalogs.da);
      languages = Object.keys(catalogs).filter((code) => {
        const catalog = catalogs[code];
        return catalog !== undefined && keys.every((key) => Object.hasOwn(catalog, key));
      });
      // Languages still to load are complete by type (lazyCatalogs).
      for (const code of Object.keys(loaders.get(catalogs) ?? {})) if (!languages.includes(code)) languages.push(code);
      completeness.set(catalogs, languages);
    }
    return languages;
  });
  const [first = ['da'], ...rest] = perSet;
  return first.filter((code) => rest.every((languages) => languages.includes(code)));
}
