// The explanation of a <borger-term>, as Lit templates rendered into the live region of its toggletip
// (see term.element.ts): the box, while open.
import { html, nothing, type TemplateResult } from 'lit';
import { externalMark, linkRel } from '../core/external-link.js';
import { fallbackChain, isRtl } from '../core/i18n/lang.js';
import { translatorFor } from '../core/i18n/translate.js';
import { type LocalizedText, localizeWithLang } from '../core/localized.js';
import { localizedText } from '../core/localized-template.js';
import { renderRichText } from '../core/rich-text.js';
import { safeHref } from '../core/url.js';
import type { GlossaryTerm } from './glossary.schema.js';
import { helpMessages } from './help.messages.js';

interface Texted {
  text: string;
  lang: string;
}

/** What the box shows. */
export interface TermInfo {
  /** The headword in the bubble; undefined: the term's own text is the headword. */
  term?: Texted;
  explanation: Texted;
  link?: { href: string; label: LocalizedText };
}

/** The term's texts in `lang`: a translation if the glossary has one, else the explanation's own fallback. */
function termTexts(entry: GlossaryTerm, lang: string): Pick<TermInfo, 'term' | 'explanation'> {
  for (const code of fallbackChain(lang)) {
    // Own keys only: a language code never reaches Object.prototype.
    const translation = entry.translations && Object.hasOwn(entry.translations, code) ? entry.translations[code] : undefined;
    if (translation) return { term: { text: translation.term, lang: code }, explanation: { text: translation.explanation, lang: code } };
    const explanation =
      typeof entry.explanation === 'string'
        ? code === 'da'
          ? entry.explanation
          : undefined
        : Object.hasOwn(entry.explanation, code)
          ? entry.explanation[code]
          : undefined;
    if (explanation !== undefined) return { term: { text: entry.term, lang: 'da' }, explanation: { text: explanation, lang: code } };
  }
  return { term: { text: entry.term, lang: 'da' }, explanation: localizeWithLang(entry.explanation, lang) };
}

/** What to show for an explanation written on the term itself, or a glossary entry, in `lang`. */
export function termInfo(found: string | GlossaryTerm, lang: string): TermInfo {
  if (typeof found === 'string') return { explanation: { text: found, lang } };
  const href = found.link ? safeHref(found.link.href) : undefined;
  const link = found.link && href ? { href, label: found.link.label } : undefined;
  return { ...termTexts(found, lang), ...(link ? { link } : {}) };
}

const sameLanguage = (a: string, b: string) => a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();

/**
 * The bubble is titled with the word the citizen clicked (issue 9, point 10): "sundhedskortet" for
 * an inflection of "sundhedskort"; a different word listed as a form of the term (a synonym) says
 * which entry explains it: "dåbsattest – se fødselsattest". A translated headword stays as it is.
 */
function bubbleTitle(term: Texted, word: string, lang: string): TemplateResult | string {
  const clicked = word.normalize('NFC');
  if (term.lang !== 'da' || !clicked) return localizedText({ [term.lang]: term.text }, lang);
  const headword = term.text.normalize('NFC');
  if (clicked.toLocaleLowerCase('da').startsWith(headword.toLocaleLowerCase('da'))) return clicked;
  // The words are Danish; "se" is in the page's language.
  const see = translatorFor(helpMessages, lang)('seeTerm');
  const da = lang.split('-')[0] === 'da' ? nothing : 'da';
  return html`<span lang=${da}>${clicked}</span> – ${see} <span lang=${da}>${headword}</span>`;
}

function renderBubble(info: TermInfo, word: string, lang: string, dir: 'ltr' | 'rtl'): TemplateResult {
  const { explanation } = info;
  const other = !sameLanguage(explanation.lang, lang);
  return html`<span class="bubble" part="toggletip" lang=${lang} dir=${dir}>
      ${info.term ? html`<strong class="bubble-term">${bubbleTitle(info.term, word, lang)}</strong>` : nothing}
      <span class="bubble-text" lang=${other ? explanation.lang : nothing} dir=${other ? (isRtl(explanation.lang) ? 'rtl' : 'ltr') : nothing}
        >${renderRichText(explanation.text, explanation.lang)}</span
      >
      ${
        info.link
          ? html`<a class="bubble-link" part="link" href=${info.link.href}
            rel=${linkRel(info.link.href)}>${localizedText(info.link.label, lang)}${externalMark(info.link.href, lang)}</a>`
          : nothing
      }
    </span>`;
}

/**
 * What goes into the toggletip's live region (term.element.ts makes the region, empty, before it is
 * needed): the box while open, nothing while closed. Toggletip (Inclusive Components): the explanation
 * is put into a live region that is already there, so screen readers announce it; the word itself
 * stays focused. `info`: what to show, undefined while closed; `word`: the term's text as the citizen sees it.
 */
export function renderExplanation(
  info: TermInfo | undefined,
  word: string,
  lang: string,
  dir: 'ltr' | 'rtl',
): TemplateResult | typeof nothing {
  return info ? renderBubble(info, word, lang, dir) : nothing;
}
