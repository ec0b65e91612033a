// How a link to another site looks: rel="noopener noreferrer" (the other site gets no handle on this
// page and no Referer with the page's address) and a visible mark, an arrow with a spoken "(andet
// websted)", so a citizen can see before following it that the link leaves the municipality's site.
import { html, nothing, type TemplateResult } from 'lit';
import { coreMessages } from './i18n/core.messages.js';
import { translatorFor } from './i18n/translate.js';
import { isExternal } from './url.js';

/** The `rel` of a link: "noopener noreferrer" for another site, none for this one. */
export function linkRel(href: string): string | typeof nothing {
  return isExternal(href) ? 'noopener noreferrer' : nothing;
}

/** The mark after a link's text when it leads to another site (nothing otherwise), in `lang`. */
export function externalMark(href: string, lang: string): TemplateResult | typeof nothing {
  if (!isExternal(href)) return nothing;
  return html`<span class="external-mark" aria-hidden="true">&#8599;</span><span class="visually-hidden"> (${translatorFor(coreMessages, lang)('externalLink')})</span>`;
}
