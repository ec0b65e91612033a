// Why a link in content was refused, in English sentences for the console and the CLI (`npx
// borger-widgets check`). Apart from core/url.ts, which decides: a widget needs the decision at once
// and these words only to explain content that fails its check (href.schema.ts, loaded then).
import { checkHref, type HrefRefusal, isWebHref } from './url.js';

/** Each refusal of `checkHref`, said so a web editor can fix the link. */
export const HREF_REFUSALS: Readonly<Record<HrefRefusal, string>> = {
  empty: 'is empty',
  whitespace: 'contains a space or an invisible control character (browsers ignore them inside "java\\tscript:")',
  backslash: 'contains "\\", which browsers read as "/" ("/\\evil.example" leads to another site); write "/" or leave it out',
  'protocol-relative':
    'starts with "//", which leads to another site while looking like a link on this one; write the full "https://…" address',
  scheme: 'should be an https:, http:, mailto: or tel: link, or a link on this site starting with "/" (no javascript:, data: …)',
  'web-form': 'should be a full web address like "https://www.borger.dk/…"',
  mailto: 'a mailto: link may carry only one e-mail address, like "mailto:borgerservice@kk.dk" (no "?", no cc, bcc, subject or body)',
  tel: 'a tel: link may carry only a phone number, like "tel:+4533663366"',
};

/** Why `href` may not be a link in content (see `checkHref`), or undefined when it may. */
export function hrefRefusal(href: string): string | undefined {
  const result = checkHref(href);
  return result.ok ? undefined : HREF_REFUSALS[result.reason];
}

/** Why `href` may not be a web link (https:/http: or this site; no mailto:, tel:), or undefined when it may. */
export function webHrefRefusal(href: string): string | undefined {
  const problem = hrefRefusal(href);
  if (problem !== undefined) return problem;
  // url.ts decides (isWebHref, which the compact check uses); this only words it.
  return isWebHref(href) ? undefined : 'should be a web address ("https://…") or a link on this site starting with "/"';
}
