// Routes for the people who run the server, not for citizens: liveness, readiness, metrics.
// They are registered before the rate limits, so a load balancer's checks are never refused.
import type { Hono } from 'hono';
import type { BookingMetrics } from './metrics.js';
import type { BookingStorage } from './storage.js';

export function operationsRoutes(app: Hono, storage: BookingStorage, metrics: BookingMetrics | undefined): void {
  /** Alive: the process answers. Never touches the database. */
  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  /** Ready: the database answers (a load balancer sends no citizens to a server that would fail them). */
  app.get('/readyz', async (c) => {
    try {
      await storage.ping();
      return c.json({ status: 'ok' });
    } catch {
      c.header('Retry-After', '5');
      return c.json({ status: 'unavailable', reason: 'database' }, 503);
    }
  });

  if (metrics) {
    /** Prometheus text format. Expose it to the monitoring network only (see server/README.md). */
    app.get('/metrics', async (c) => c.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType }));
  }
}
