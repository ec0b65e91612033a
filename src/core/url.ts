// Links from content are untrusted: only web, mail and phone links (or relative ones) are followed.
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The href if it is safe to put in a link, else undefined (e.g. `javascript:`, `data:`). */
export function safeHref(href: string | undefined | null): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  // Browsers ignore tabs/newlines inside schemes ("java\tscript:"); so do we when checking.
  const compact = trimmed.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) return trimmed; // relative URL, or a path with a colon after a slash
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`) ? trimmed : undefined;
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
