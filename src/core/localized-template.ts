// Content text in the element's language; when it falls back to another language (an Arabic page
// showing the English text), the text is marked with its own lang and direction (WCAG 3.1.2).
import { html, type TemplateResult } from 'lit';
import { baseLang, isRtl } from './i18n/lang.js';
import { type LocalizedText, localizeWithLang } from './localized.js';

export function localizedText(text: LocalizedText | undefined, lang: string): TemplateResult | string {
  if (text === undefined) return '';
  const chosen = localizeWithLang(text, lang);
  if (baseLang(chosen.lang) === baseLang(lang)) return chosen.text;
  return html`<span lang=${chosen.lang} dir=${isRtl(chosen.lang) ? 'rtl' : 'ltr'}>${chosen.text}</span>`;
}
