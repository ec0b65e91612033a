// Secrets and names for bookings. The token is the only key to a booking; the server keeps only
// its SHA-256 hash, so a copy of the database cannot manage anyone's booking.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/** 128 random bits, base64url (22 characters). */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

// Compared against when there is no booking, so an unknown id costs the same as a wrong token.
const NO_BOOKING_HASH = hashToken(newToken());

/** Constant-time check of `token` against a stored hash (or against nothing: always false). */
export function tokenMatches(token: string | undefined, storedHash: Buffer | undefined): boolean {
  const given = hashToken(token ?? '');
  const usable = storedHash !== undefined && storedHash.length === given.length;
  const equal = timingSafeEqual(given, usable ? storedHash : NO_BOOKING_HASH);
  return equal && usable && token !== undefined;
}

/** The token from an `Authorization: Bearer T` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** An opaque booking id: 96 random bits, base64url. */
export function newBookingId(): string {
  return randomBytes(12).toString('base64url');
}

/** Letters and digits nobody mixes up when reading aloud or from a phone: no 0/O, 1/I/L. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** A short code the citizen can tell the counter, e.g. "K7MX3Q". */
export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}
