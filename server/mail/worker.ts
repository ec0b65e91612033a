// The mail worker: claims due outbox rows, renders reminders (they are rendered when due, so a
// moved booking's reminder shows the new time), sends through SMTP, and records the outcome.
// - Restart: rows live in the database; a row claimed by a process that died becomes claimable
//   again when its lease runs out. Nothing queued is lost.
// - Several workers (threads of one process or several servers): the claim is atomic (SQLite: one
//   UPDATE … RETURNING in a write transaction; PostgreSQL: FOR UPDATE SKIP LOCKED) and the lease
//   keeps the row theirs, so no row is sent twice. The one window left is a crash after the SMTP
//   server accepted a mail and before "sent" is written; the stable Message-ID lets mail systems
//   recognise that rare second copy.
// - SMTP down: the row goes back to pending with a growing delay (1 min, 2, 4 … at most 1 h);
//   after `maxAttempts` tries, or a permanent 5xx refusal, it is marked failed.
// Logs carry the row id, kind, status and an error code: never an address, name or text.
import type { Logger } from 'pino';
import type { BookingMetrics } from '../metrics.js';
import type { BookingStorage } from '../storage.js';
import type { MailContent, MailOutcome, OutboxMail } from './outbox.js';
import { renderMail } from './render.js';
import { failureCode, isPermanentFailure, type MailTransport } from './smtp.js';

export interface RetryPolicy {
  /** Delay after the first failed try; doubled after each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Tries before the row is marked failed. */
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { firstDelayMs: 60_000, maxDelayMs: 3_600_000, maxAttempts: 10 };

/** The wait before try number `attempts + 1`, after `attempts` failed tries (1 → first delay). */
export function retryDelayMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, attempts - 1));
}

export interface MailWorkerOptions {
  /** The SMTP transport; none: mails are rendered and kept as `unsent` ("not sent: no SMTP"). */
  transport?: MailTransport;
  /** The From header, e.g. `Borgerservice <booking@kk.dk>`. */
  from: string;
  now?: () => Date;
  /** How long a claim holds a row; longer than any send can take (SMTP timeouts are 10–30 s). Default 5 min. */
  leaseMs?: number;
  /** Rows claimed at a time. Default 20. */
  batchSize?: number;
  /** Mails of a batch sent at once (the SMTP pool has 2 connections). Default 2. */
  concurrency?: number;
  retry?: RetryPolicy;
  /** Time between looks at the outbox when nothing woke the worker. Default 10 s. */
  intervalMs?: number;
  logger?: Logger;
  /** Counts outcomes in `booking_mails_total` (a growing "retry" count: SMTP is down). */
  metrics?: BookingMetrics;
}

export interface WorkerPass {
  sent: number;
  unsent: number;
  retried: number;
  failed: number;
  dropped: number;
}

export class MailWorker {
  private readonly now: () => Date;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly retry: RetryPolicy;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<WorkerPass> | undefined;
  private again = false;
  private stopped = true;

  constructor(
    private readonly storage: BookingStorage,
    private readonly options: MailWorkerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.batchSize = options.batchSize ?? 20;
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  /** One batch: claims up to `batchSize` due rows and finishes each. */
  async runOnce(): Promise<WorkerPass> {
    const pass: WorkerPass = { sent: 0, unsent: 0, retried: 0, failed: 0, dropped: 0 };
    const rows = await this.storage.claimMails(this.now().getTime(), this.batchSize, this.leaseMs);
    const finish = async (row: OutboxMail) => {
      const outcome = await this.handle(row);
      const kept = await this.storage.finishMail(row.id, row.attempts, outcome, this.now().getTime());
      if (!kept) return;
      pass[outcome.kind === 'retry' ? 'retried' : outcome.kind]++;
      this.options.metrics?.mails.inc({ kind: row.kind, outcome: outcome.kind });
      const fields = { mailId: row.id, kind: row.kind, status: outcome.kind, attempts: row.attempts };
      if (outcome.kind === 'retry' || outcome.kind === 'failed')
        this.options.logger?.warn({ ...fields, err: outcome.error }, 'mail not sent');
      else this.options.logger?.info(fields, `mail ${outcome.kind}`);
    };
    // A few lanes over the claimed rows, so one slow SMTP answer does not hold up the others.
    let next = 0;
    const lane = async () => {
      while (next < rows.length) await finish(rows[next++] as OutboxMail);
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, rows.length) }, lane));
    return pass;
  }

  /** Batches until nothing is due; the totals. */
  async drain(): Promise<WorkerPass> {
    const total: WorkerPass = { sent: 0, unsent: 0, retried: 0, failed: 0, dropped: 0 };
    for (;;) {
      const pass = await this.runOnce();
      for (const key of Object.keys(total) as Array<keyof WorkerPass>) total[key] += pass[key];
      const handled = pass.sent + pass.unsent + pass.retried + pass.failed + pass.dropped;
      if (handled < this.batchSize) return total;
    }
  }

  private async handle(row: OutboxMail): Promise<MailOutcome> {
    const nowMs = this.now().getTime();
    // After the appointment, no mail about it helps anyone.
    if (row.endMs <= nowMs) return { kind: 'dropped' };
    const content = row.content ?? (row.kind === 'reminder' ? await this.renderReminder(row, nowMs) : undefined);
    if (!content) return { kind: 'dropped' };
    const transport = this.options.transport;
    if (!transport) return { kind: 'unsent', content };
    try {
      await transport.send({ from: this.options.from, messageId: messageId(row, this.options.from), content });
      return { kind: 'sent' };
    } catch (error) {
      const code = failureCode(error);
      if (isPermanentFailure(error) || row.attempts >= this.retry.maxAttempts) return { kind: 'failed', error: code };
      return { kind: 'retry', nextAttemptMs: nowMs + retryDelayMs(row.attempts, this.retry), error: code };
    }
  }

  /** The reminder of a booking as it is now; undefined when it no longer needs one. */
  private async renderReminder(row: OutboxMail, nowMs: number): Promise<MailContent | undefined> {
    const record = await this.storage.findBooking(row.bookingId);
    const email = record?.personalData?.email;
    if (!record || !email || record.booking.status !== 'confirmed' || record.startMs <= nowMs) return undefined;
    const [service, location] = await Promise.all([
      this.storage.service(record.booking.serviceId),
      this.storage.location(record.booking.locationId),
    ]);
    return renderMail({
      kind: 'reminder',
      booking: record.booking,
      service,
      location: location?.location,
      to: email,
      lang: record.personalData?.lang,
      now: new Date(nowMs),
    });
  }

  /** Looks at the outbox now and then every `intervalMs` (default 10 s) until `stop`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.kick();
  }

  /** Looks at the outbox now (e.g. right after a booking queued its confirmation). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((error: unknown) => {
        this.options.logger?.error({ err: error instanceof Error ? error.name : 'error' }, 'mail worker failed');
        return { sent: 0, unsent: 0, retried: 0, failed: 0, dropped: 0 };
      })
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.kick();
          return;
        }
        this.timer = setTimeout(() => this.kick(), this.options.intervalMs ?? 10_000);
        // The worker alone must not keep the process alive.
        this.timer.unref();
      });
  }

  /** Stops looking and waits for a pass in flight; closes the transport. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.options.transport?.close();
  }
}

/** `<42.b7c1…@kk.dk>`: the row id and booking id (no personal data) at the sender's domain. */
function messageId(row: OutboxMail, from: string): string {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'borger-booking.invalid';
  return `<mail-${row.id}.${row.bookingId}@${domain}>`;
}
