// The Idempotency-Key of a booking submission: the same key while the citizen retries the same
// booking (so a lost answer never becomes a second booking), a new key as soon as anything in the
// submission changes (a new time, a corrected e-mail), and a new one after a booking is made.

/** JSON with object keys sorted, so the same body always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export class SubmissionKey {
  private body: string | undefined;
  private key: string | undefined;
  private readonly newKey: () => string;

  /** `newKey` defaults to `crypto.randomUUID()` (a UUID satisfies the reference server's key rules). */
  constructor(newKey: () => string = () => crypto.randomUUID()) {
    this.newKey = newKey;
  }

  /** The key for submitting `body`: the last one if `body` is unchanged, else a new one. */
  for(body: unknown): string {
    const text = canonical(body);
    if (this.key === undefined || text !== this.body) {
      this.body = text;
      this.key = this.newKey();
    }
    return this.key;
  }

  /** After a final answer: the next submission, even of the same body, is a new booking. */
  reset(): void {
    this.body = undefined;
    this.key = undefined;
  }
}
