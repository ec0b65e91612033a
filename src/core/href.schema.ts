// Schemas for the links and e-mail addresses in content, with checkHref's reason as the message, so the
// checker and the console say why a link was refused ("starts with //, which leads to another site…").
import * as z from 'zod/mini';
import { hrefRefusal, webHrefRefusal } from './href-refusal.js';
import { superRefineWith } from './refine.js';
import { isContentHref, isPlainEmail, isWebHref } from './url.js';

const refusal = (accepts: (href: string) => boolean, allow: (href: string) => string | undefined) =>
  z.string().check(
    superRefineWith<string>(accepts, (href, ctx) => {
      const message = allow(href);
      if (message !== undefined) ctx.issues.push({ code: 'custom', message, input: href });
    }),
  );

/** Any link content may hold: https:, http:, a plain mailto: or tel:, or a link on this site. */
export const HrefSchema = refusal(isContentHref, hrefRefusal);

/** A web link: https:/http: or a link on this site (no mailto:, tel:). */
export const WebHrefSchema = refusal(isWebHref, webHrefRefusal);

/** Exactly one e-mail address (a channel's `email`): no "?", cc, bcc, subject or body. */
export const PlainEmailSchema = z
  .string()
  .check(
    z.refine(isPlainEmail, 'should be one e-mail address like "borgerservice@kk.dk" (nothing after it: no "?", cc, bcc, subject or body)'),
  );
