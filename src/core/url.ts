// Links from content are untrusted. This file is the one place that decides which may be followed:
// web links (https:, http:), e-mail and phone links that carry only an address or a number, and links
// on the same site. A link that only looks relative ("//evil.example/a", "/\\evil.example/b", which
// browsers read as another site) is refused, so every link is either plainly same-site or a full
// https:// address that the widgets show as external.

/** Why a link was refused; core/href-refusal.ts says each in an English sentence for the console and the CLI. */
export type HrefRefusal = 'empty' | 'whitespace' | 'backslash' | 'protocol-relative' | 'scheme' | 'web-form' | 'mailto' | 'tel';

export type HrefCheck = { ok: true; href: string } | { ok: false; reason: HrefRefusal };

/** One e-mail address, nothing more: no "?" headers, no second address, no spaces or quotes. */
const PLAIN_EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** A phone number as a tel: URL carries it: digits, an optional leading "+", and visual separators. */
const PLAIN_PHONE = /^\+?[0-9][0-9 .()-]*$/;

/** Whether `email` is exactly one plain e-mail address (what a channel's `email` and a mailto: link may hold). */
export function isPlainEmail(email: string): boolean {
  return email.length <= 254 && PLAIN_EMAIL.test(email);
}

/**
 * Decides whether `href` may be a link in content. Leading and trailing spaces are trimmed (as a browser
 * does); anything else odd is refused with its reason (core/href-refusal.ts words it). Pure and
 * synchronous; never throws.
 */
export function checkHref(href: string | undefined | null): HrefCheck {
  const refuse = (reason: HrefRefusal): HrefCheck => ({ ok: false, reason });
  const trimmed = (href ?? '').trim();
  if (trimmed === '') return refuse('empty');
  if (/[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/u.test(trimmed)) return refuse('whitespace');
  if (trimmed.includes('\\')) return refuse('backslash');
  if (trimmed.startsWith('//')) return refuse('protocol-relative');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return { ok: true, href: trimmed }; // relative: a path, "?query" or "#anchor" on this site
  if (scheme === 'https' || scheme === 'http') {
    // A host the URL parser refuses ("https://%2F/": a percent-encoded slash) would be a dead link.
    return /^https?:\/\/[^/?#]+/i.test(trimmed) && parsesAsUrl(trimmed) ? { ok: true, href: trimmed } : refuse('web-form');
  }
  if (scheme === 'mailto') {
    let address: string;
    try {
      address = decodeURIComponent(trimmed.slice('mailto:'.length));
    } catch {
      return refuse('mailto');
    }
    return isPlainEmail(address) ? { ok: true, href: trimmed } : refuse('mailto');
  }
  if (scheme === 'tel') return PLAIN_PHONE.test(trimmed.slice('tel:'.length)) ? { ok: true, href: trimmed } : refuse('tel');
  return refuse('scheme');
}

function parsesAsUrl(href: string): boolean {
  try {
    return new URL(href).hostname !== '';
  } catch {
    return false;
  }
}

/** Whether `href` may be a link in content (https:, http:, a plain mailto: or tel:, or this site). */
export function isContentHref(href: string): boolean {
  return checkHref(href).ok;
}

/** Whether `href` may be a web link in content (https:/http: or this site; no mailto:, tel:). */
export function isWebHref(href: string): boolean {
  return isContentHref(href) && !/^\s*(mailto|tel):/i.test(href);
}

/** The href if it may be a link (see `checkHref`), else undefined (e.g. `javascript:`, `//evil.example`). */
export function safeHref(href: string | undefined | null): string | undefined {
  const checked = checkHref(href);
  return checked.ok ? checked.href : undefined;
}

/** A mailto: URL for one plain e-mail address, or undefined for anything else ("a@kk.dk?bcc=…"). */
export function mailtoHref(email: string): string | undefined {
  return isPlainEmail(email) ? `mailto:${email}` : undefined;
}

/**
 * Whether a link leads to another site (it then gets rel="noopener noreferrer"). Resolved against the
 * page, so protocol-relative ("//host") and backslash ("/\\host") forms count too; mailto: and tel: do not.
 */
export function isExternal(href: string): boolean {
  const here = globalThis.location;
  try {
    const url = new URL(href, here?.href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== here?.origin;
  } catch {
    return false; // relative, with no page to resolve against (outside a browser)
  }
}

/** A `tel:` URL from a phone number as people write it ("+45 33 66 33 66"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
