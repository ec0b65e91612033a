// The booking format's rules that need no schema engine: the CPR guard and the predicates the API
// schemas refine with (shared with the generated compact check, booking.check.ts).
import type { LocalizedText } from '../core/localized.js';

/** Characters in booking content's privacy text, and in its short texts (the phone's label and hours). */
export const PRIVACY_MAX = 600;
export const SHORT_MAX = 120;

const within = (text: LocalizedText, max: number) =>
  (typeof text === 'string' ? [text] : Object.values(text)).every((value) => value.length <= max);

/** Every language of the text has at most SHORT_MAX characters. */
export function isShortText(text: LocalizedText): boolean {
  return within(text, SHORT_MAX);
}

/** Every language of the privacy text has at most PRIVACY_MAX characters. */
export function isShortPrivacyText(text: LocalizedText): boolean {
  return within(text, PRIVACY_MAX);
}

/** No item twice. */
export function allDifferent(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

/**
 * Looks like a Danish CPR number (DDMMYY-XXXX, the day and month real), however it is written:
 * ten digits in a row, or with separators between the groups (`010101-1234`, `01.01.01-1234`,
 * `01 01 01 - 1234`), in full-width or other Unicode digits (`０１０１０１１２３４`, Arabic-Indic),
 * or with invisible characters in between. Bookings must never collect one: identity is checked
 * at the counter. Source for the shape: CPR-loven § 3 and the CPR office's description of the number.
 */
const CPR_LIKE = /(?:^|\D)(0[1-9]|[12]\d|3[01])[\s./_-]{0,3}(0[1-9]|1[0-2])[\s./_-]{0,3}\d{2}[\s./_-]{0,3}\d{4}(?:\D|$)/;
// The zero of every decimal digit block other than ASCII that NFKC does not already fold.
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810,
];
// Danish numbers: 8 digits, `+45` optional. Others: `+` country code and up to 15 digits (E.164).
const PHONE = /^(?:(?:\+45|0045)?\d{8}|\+(?!45)[1-9]\d{6,14})$/;

/** Spaces, dashes, dots and brackets people type in phone numbers do not count. */
export function normalisePhone(phone: string): string {
  return phone.replace(/[\s\-.()]/g, '');
}

/** ASCII digits for every Unicode decimal digit; dashes of every kind as `-`; invisible characters gone. */
function foldForCpr(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Nd}/gu, (digit) => {
      const code = digit.codePointAt(0) as number;
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
      return zero === undefined ? digit : String(code - zero);
    })
    .replace(/[\p{Pd}\u2212]/gu, '-')
    .replace(/[\p{Cf}\p{Cc}]/gu, (c) => (c === '\n' || c === '\t' ? ' ' : ''));
}

export function looksLikeCpr(text: string): boolean {
  return CPR_LIKE.test(foldForCpr(text));
}

/** True when the name has a letter: not only spaces, zero-width or control characters. */
function hasLetter(name: string): boolean {
  return /\p{L}/u.test(name);
}

/** Not only spaces. */
export function isNotBlank(text: string): boolean {
  return text.trim().length > 0;
}

/** No control characters (line breaks, NUL …): they have no place in a name and would reach mail headers. */
export function hasNoControls(text: string): boolean {
  return !/\p{Cc}/u.test(text);
}

export function isNotCpr(text: string): boolean {
  return !looksLikeCpr(text);
}

/** A name has a letter (blank and CPR-like names get their own message instead). */
export function hasLetterUnlessBlankOrCpr(name: string): boolean {
  return name.trim().length === 0 || hasLetter(name) || looksLikeCpr(name);
}

/** A Danish number of 8 digits (`+45` optional) or an international one, separators ignored. */
export function isPhoneNumber(phone: string): boolean {
  return PHONE.test(normalisePhone(phone));
}

/** A booking body gives an e-mail address or a phone number. */
export function hasContact(body: { email?: string | undefined; phone?: string | undefined }): boolean {
  return body.email !== undefined || body.phone !== undefined;
}
