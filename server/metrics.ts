// Prometheus metrics (prom-client), one registry per app so tests and several apps in one
// process never share counters. Labels are route patterns and status codes, never paths or ids.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export class BookingMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'booking_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'booking_http_request_duration_seconds',
    help: 'Time from request to response, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly bookingsCreated = new Counter({
    name: 'booking_bookings_created_total',
    help: 'Bookings created (not counting idempotent replays).',
    registers: [this.registry],
  });
  readonly bookingsCancelled = new Counter({
    name: 'booking_bookings_cancelled_total',
    help: 'Bookings cancelled by the citizen.',
    registers: [this.registry],
  });
  readonly mails = new Counter({
    name: 'booking_mails_total',
    help: 'Outbox mails finished by the worker, by kind and outcome (sent, unsent: no SMTP, retry, failed, dropped).',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly databaseErrors = new Counter({
    name: 'booking_database_errors_total',
    help: 'Failures inside a request: kind="busy" is a database lock or timeout (answered 503), kind="error" anything else (answered 500).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  /** Adds Node's process metrics (CPU, memory, event loop lag); once per process. */
  withProcessMetrics(): this {
    collectDefaultMetrics({ register: this.registry });
    return this;
  }
}
