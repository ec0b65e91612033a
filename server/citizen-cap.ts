// The per-citizen cap: one person may hold at most `limit` future confirmed bookings, so a script
// (or a very anxious citizen) cannot take every slot. A person is recognised by their e-mail
// address or phone number, compared as keyed hashes (HMAC-SHA-256): the database holds no second
// copy of either in the clear, and without the key the hashes cannot be tested against a list of
// addresses. The hashes are erased with the rest of the personal data.
import { createHmac, randomBytes } from 'node:crypto';
import { normalisePhone } from '../src/booking/booking.schema.js';

/** The documented default: 4 future bookings per e-mail address and per phone number. */
export const DEFAULT_CITIZEN_LIMIT = 4;

export interface CitizenHashes {
  emailHash?: Buffer;
  phoneHash?: Buffer;
}

/** `Anna@Example.DK ` and `anna@example.dk` are one person. */
export function canonicalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** `12 34 56 78`, `+45 12345678` and `004512345678` are one number: `+4512345678`. */
export function canonicalPhone(phone: string): string {
  const digits = normalisePhone(phone.trim());
  if (/^\d{8}$/.test(digits)) return `+45${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  return digits;
}

export function citizenHashes(key: Buffer, contact: { email?: string; phone?: string }): CitizenHashes {
  const mac = (kind: string, value: string) => createHmac('sha256', key).update(`${kind}:${value}`).digest();
  return {
    ...(contact.email === undefined ? {} : { emailHash: mac('email', canonicalEmail(contact.email)) }),
    ...(contact.phone === undefined ? {} : { phoneHash: mac('phone', canonicalPhone(contact.phone)) }),
  };
}

/** A fresh key for a database that has none (kept in its `server_secrets` table). */
export function newCitizenKey(): Buffer {
  return randomBytes(32);
}
