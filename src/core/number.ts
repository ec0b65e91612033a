// Numbers in the element's language. Its own module (not time.ts): a widget that shows a number and no
// date, such as <borger-help>'s reading speeds, does not download the Copenhagen clock maths.
import { intlLocale } from './i18n/locale.js';

// As the date formatters: built once per (language, options), not on every render.
const numberFormatters = new Map<string, Intl.NumberFormat>();
const NO_OPTIONS: Intl.NumberFormatOptions = {};
/** The decimal separator Intl writes for the locales `formatNumber` writes itself (0–999, ≤ 3 decimals). */
const DECIMAL_SEPARATORS: Readonly<Record<string, string>> = { 'da-DK': ',', 'en-GB': '.' };

/** A number in the element's language ("1.234" in Danish, "1,234" in English), Latin digits. */
export function formatNumber(value: number, lang: string, options: Intl.NumberFormatOptions = NO_OPTIONS): string {
  const locale = intlLocale(lang);
  // A small plain number (a reading speed, a count) in Danish or English without Intl: what Intl writes
  // (checked against it by the tests), with no locale data to load for a widget's first render.
  const decimal = DECIMAL_SEPARATORS[locale];
  const plain = String(value);
  if (decimal !== undefined && options === NO_OPTIONS && /^\d{1,3}(\.\d{1,3})?$/.test(plain)) return plain.replace('.', decimal);
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = numberFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    numberFormatters.set(key, formatter);
  }
  return formatter.format(value);
}
