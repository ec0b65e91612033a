// One read serving many callers, none of them given a value older than their call: under load
// every GET /slots on PostgreSQL reads the calendar versions, and one query can answer all the
// requests that arrived while the previous one was out. A caller joins a read only if that read
// had not yet started when the caller asked (so a write committed before a request arrived is
// always seen); a read already running is waited out, and the next one starts when it ends.

/**
 * Coalesces calls of `read`. `get()` resolves with the value of a `read()` that started at or after
 * the call: the one starting now when none is running, else the next one, which starts as soon as
 * the running one settles and serves every caller that came meanwhile. A failed read rejects only
 * its own callers.
 */
export class FreshReads<T> {
  private running: Promise<T> | undefined;
  private queued: Promise<T> | undefined;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const settled = this.running.then(
      () => undefined,
      () => undefined,
    );
    this.queued = settled.then(() => {
      this.queued = undefined;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<T> {
    const reading = this.read();
    this.running = reading;
    const done = () => {
      if (this.running === reading) this.running = undefined;
    };
    reading.then(done, done);
    return reading;
  }
}
