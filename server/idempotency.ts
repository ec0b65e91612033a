// Idempotency-Key support. A replay must return the first answer, token included, yet the
// database must not hold tokens. So the stored answer is encrypted with a key derived from the
// Idempotency-Key, which only the client knows; the database holds just a hash of the key.
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** Keys are client-made secrets (a UUID is fine): long enough to carry real randomness. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,128}$/;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** What the store keeps per key: nothing readable without the key. */
export interface IdempotencyRecord {
  bodyMac: Buffer;
  status: number;
  sealedAnswer: Buffer;
}

/** JSON with sorted keys, so the same body always gives the same MAC. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function derive(key: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, 'borger-booking idempotency', purpose, 32));
}

export class IdempotencyKey {
  /** What the store looks records up by. */
  readonly hash: Buffer;
  private readonly encryptionKey: Buffer;
  private readonly macKey: Buffer;

  constructor(key: string) {
    this.hash = createHash('sha256').update(`idempotency-key:${key}`).digest();
    this.encryptionKey = derive(key, 'encrypt answer');
    this.macKey = derive(key, 'mac body');
  }

  /** A MAC of the request body: "same body?" without storing the body (it holds personal data). */
  bodyMac(body: unknown): Buffer {
    return createHmac('sha256', this.macKey).update(canonicalJson(body)).digest();
  }

  /** AES-256-GCM: 12-byte IV, 16-byte tag, ciphertext. */
  seal(answer: StoredAnswer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(answer), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  }

  open(sealed: Buffer): StoredAnswer {
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as StoredAnswer;
  }

  record(body: unknown, answer: StoredAnswer): IdempotencyRecord {
    return { bodyMac: this.bodyMac(body), status: answer.status, sealedAnswer: this.seal(answer) };
  }
}
