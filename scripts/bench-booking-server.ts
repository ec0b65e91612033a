// Benchmark of the reference booking server: GET /slots over 14-day ranges, with bounded
// concurrency for a bounded time, over loopback only. Prints requests/second and latencies.
//   npx tsx scripts/bench-booking-server.ts [seconds=5] [concurrency=20]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCATIONS } from '../server/seed.js';
import { startServer } from '../server/start.js';
import { addDays } from '../src/core/time.js';

const SECONDS = Number(process.argv[2] ?? 5);
const CONCURRENCY = Number(process.argv[3] ?? 20);
// A fixed Monday, so every run measures the same calendar (and the same holidays).
const NOW = new Date('2026-03-02T08:00:00+01:00');
const TODAY = '2026-03-02';
const PREBOOKED = 300;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  if (!(SECONDS > 0 && SECONDS <= 60) || !(CONCURRENCY >= 1 && CONCURRENCY <= 200)) {
    throw new Error('Usage: bench-booking-server.ts [seconds 1–60] [concurrency 1–200]');
  }
  const dir = mkdtempSync(join(tmpdir(), 'booking-bench-'));
  const server = await startServer({ dbPath: join(dir, 'booking.db'), host: '127.0.0.1', port: 0, now: () => NOW, rateLimit: false });
  try {
    const pairs = LOCATIONS.flatMap((record) => record.serviceIds.map((serviceId) => ({ locationId: record.location.id, serviceId })));

    // Bookings in the calendar, so the capacity maths has something to count.
    let booked = 0;
    for (let i = 0; booked < PREBOOKED && i < PREBOOKED * 4; i++) {
      const { locationId, serviceId } = pairs[i % pairs.length] ?? { locationId: '', serviceId: '' };
      const from = addDays(TODAY, (i * 7) % 20);
      const slots = (await (
        await fetch(`${server.url}/slots?service=${serviceId}&location=${locationId}&from=${from}&to=${from}`)
      ).json()) as {
        slots: Array<{ id: string; remaining: number }>;
      };
      const free = slots.slots.filter((slot) => slot.remaining > 0);
      const slot = free[(i * 13) % Math.max(1, free.length)];
      if (!slot) continue;
      const response = await fetch(`${server.url}/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ slotId: slot.id, name: 'Bench Borger', email: 'bench@example.dk' }),
      });
      await response.arrayBuffer();
      if (response.status === 201) booked++;
    }

    const latencies: number[] = [];
    let errors = 0;
    let slotsReturned = 0;
    let counter = 0;
    const deadline = performance.now() + SECONDS * 1000;
    const worker = async () => {
      while (performance.now() < deadline) {
        const n = counter++;
        const { locationId, serviceId } = pairs[n % pairs.length] ?? { locationId: '', serviceId: '' };
        const from = addDays(TODAY, n % 14);
        const started = performance.now();
        const response = await fetch(
          `${server.url}/slots?service=${serviceId}&location=${locationId}&from=${from}&to=${addDays(from, 13)}`,
        );
        const body = (await response.json()) as { slots?: unknown[] };
        latencies.push(performance.now() - started);
        if (response.status !== 200) errors++;
        slotsReturned += body.slots?.length ?? 0;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const elapsed = (performance.now() - started) / 1000;

    latencies.sort((a, b) => a - b);
    console.log(
      `Booking server, GET /slots over 14-day ranges (${pairs.length} location/service pairs, ${booked} bookings in the calendar)`,
    );
    console.log(`  duration      ${elapsed.toFixed(1)} s, concurrency ${CONCURRENCY}, loopback`);
    console.log(
      `  requests      ${latencies.length} (${errors} errors), ${(slotsReturned / Math.max(1, latencies.length)).toFixed(0)} slots per answer`,
    );
    console.log(`  throughput    ${(latencies.length / elapsed).toFixed(0)} requests/s`);
    console.log(`  latency p50   ${percentile(latencies, 50).toFixed(2)} ms`);
    console.log(`  latency p99   ${percentile(latencies, 99).toFixed(2)} ms`);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
