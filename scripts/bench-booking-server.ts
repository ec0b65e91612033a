// Benchmark of the reference booking server as a municipality runs it: `server/main.ts` in its own
// process(es), GET /slots over 14-day ranges over loopback, bounded in time. Reports server CPU per
// request (from the servers' own `process_cpu_seconds_total` on /metrics, which stays stable on a
// shared machine where wall-clock numbers do not), throughput and p50/p99 latency at 10 and 50
// concurrent clients, with the answer cache (server/slots-cache.ts) and without it
// (SLOTS_CACHE_MB=0); on SQLite with one and two processes on one file and, when DATABASE_URL names
// a PostgreSQL, on PostgreSQL with one and with two processes. Calendars: empty, and full (every
// slot of a location booked for the 14 days asked for). Also the CPU the load generator (this
// process) and PostgreSQL's own processes spent per answer: on a machine with few cores they
// compete with the servers for the same CPUs, which bounds what a second server process can add.
//   npx tsx scripts/bench-booking-server.ts [seconds per run = 3]
//   DATABASE_URL=… npx tsx scripts/bench-booking-server.ts   (e.g. from scripts/pg-test-cluster.sh start)
//   BENCH_ONLY=sqlite|postgres  BENCH_CACHE=on|off   narrow the runs
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const SECONDS = Number(process.argv[2] ?? 3);
const LOCATION = 'bibliotek-valby';
const SERVICE = 'pas';
const DAYS = 14;
const ONLY = process.env.BENCH_ONLY;
const CACHE_MODES = process.env.BENCH_CACHE === 'on' ? [true] : process.env.BENCH_CACHE === 'off' ? [false] : [true, false];

interface Server {
  child: ChildProcess;
  url: string;
}

function startServer(env: Record<string, string>): Promise<Server> {
  const { DATABASE_URL: _, DB_PATH: __, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...inherited, PORT: '0', RATE_LIMIT_READS: '0', RATE_LIMIT_WRITES: '0', CITIZEN_BOOKING_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      if (output.length < 10_000) output += chunk.toString();
      const match = /listening on (http:\/\/[^\s"]+)/.exec(output);
      if (match?.[1]) {
        // Keep draining the request log, as a real log collector would.
        child.stdout?.off('data', read);
        child.stdout?.resume();
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

async function cpuSeconds(server: Server): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(/^process_cpu_seconds_total (\S+)$/m.exec(text)?.[1] ?? Number.NaN);
}

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Books every free slot at the location for the coming DAYS days. */
async function fillCalendar(server: Server): Promise<number> {
  const response = await fetch(`${server.url}/slots?service=${SERVICE}&location=${LOCATION}&from=${day(0)}&to=${day(DAYS)}`);
  const { slots } = (await response.json()) as { slots: Array<{ id: string; remaining: number }> };
  let booked = 0;
  for (const slot of slots) {
    for (let i = 0; i < slot.remaining; i++) {
      const answer = await fetch(`${server.url}/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: JSON.stringify({ slotId: slot.id, name: 'Bench Borger', email: `bench${booked}@example.dk` }),
      });
      await answer.arrayBuffer();
      if (answer.status === 201) booked++;
    }
  }
  return booked;
}

/**
 * CPU seconds (user + system) of PostgreSQL's processes listening on `port`: the postmaster and
 * its children, from /proc. Undefined where /proc or the cluster cannot be read.
 */
function postgresCpuSeconds(port: string): number | undefined {
  try {
    const ticks = 100; // USER_HZ on Linux
    const stats = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
          return { pid, ppid: fields[1], cpu: (Number(fields[11]) + Number(fields[12])) / ticks, cmdline };
        } catch {
          return undefined;
        }
      })
      .filter((stat) => stat !== undefined);
    const postmaster = stats.find((stat) => /postgres/.test(stat.cmdline) && stat.cmdline.includes(`-p ${port}`));
    if (!postmaster) return undefined;
    return stats.filter((stat) => stat.pid === postmaster.pid || stat.ppid === postmaster.pid).reduce((sum, stat) => sum + stat.cpu, 0);
  } catch {
    return undefined;
  }
}

/** GET over a kept-alive connection; resolves with the status once the body is read. */
function get(agent: Agent, url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Books and cancels slots at the same location as the readers ask about (days 18–28, outside the
 * range they read, but the same location's calendar version), `perSecond` writes a second, through
 * the servers in turn, until `deadline`: every write makes every server's cached answers stale.
 */
async function writeWhileReading(servers: Server[], perSecond: number, deadline: number): Promise<number> {
  const first = servers[0] as Server;
  const response = await fetch(`${first.url}/slots?service=${SERVICE}&location=${LOCATION}&from=${day(18)}&to=${day(28)}`);
  const free = ((await response.json()) as { slots: Array<{ id: string; remaining: number }> }).slots.filter((s) => s.remaining > 0);
  let writes = 0;
  for (let i = 0; performance.now() < deadline && free.length > 0; i++) {
    const server = servers[i % servers.length] as Server;
    const slot = free[i % free.length] as { id: string };
    const made = await fetch(`${server.url}/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ slotId: slot.id, name: 'Bench Borger', email: `write${i}@example.dk` }),
    });
    const body = (await made.json()) as { booking?: { id: string }; token?: string };
    writes++;
    await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
    if (body.booking && body.token) {
      const other = servers[(i + 1) % servers.length] as Server;
      await (
        await fetch(`${other.url}/bookings/${body.booking.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${body.token}` } })
      ).arrayBuffer();
      writes++;
      await new Promise((resolve) => setTimeout(resolve, 1000 / perSecond));
    }
  }
  return writes;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Result {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  /** This process's CPU (the load generator) per request. */
  clientMsPerRequest: number;
  /** PostgreSQL's processes' CPU per request, when measured. */
  databaseMsPerRequest?: number;
}

async function load(servers: Server[], concurrency: number, pgPort?: string, writesPerSecond = 0): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const cpuBefore = await Promise.all(servers.map(cpuSeconds));
  const pgBefore = pgPort ? postgresCpuSeconds(pgPort) : undefined;
  const clientBefore = process.cpuUsage();
  const latencies: number[] = [];
  let n = 0;
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = n++;
      const server = servers[i % servers.length] as Server;
      const from = day(i % 3);
      const started = performance.now();
      const status = await get(
        agent,
        `${server.url}/slots?service=${SERVICE}&location=${LOCATION}&from=${from}&to=${day((i % 3) + DAYS - 1)}`,
        {
          'Accept-Encoding': 'gzip',
        },
      );
      latencies.push(performance.now() - started);
      if (status !== 200) errors++;
    }
  };
  const started = performance.now();
  const writer = writesPerSecond > 0 ? writeWhileReading(servers, writesPerSecond, deadline) : Promise.resolve(0);
  await Promise.all([...Array.from({ length: concurrency }, worker), writer]);
  const elapsed = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const pgAfter = pgPort ? postgresCpuSeconds(pgPort) : undefined;
  const cpuAfter = await Promise.all(servers.map(cpuSeconds));
  agent.destroy();
  if (errors > 0) throw new Error(`${errors} requests failed`);
  latencies.sort((a, b) => a - b);
  const cpu = cpuAfter.reduce((sum, after, i) => sum + after - (cpuBefore[i] as number), 0);
  return {
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMsPerRequest: (cpu * 1000) / latencies.length,
    clientMsPerRequest: (client.user + client.system) / 1000 / latencies.length,
    ...(pgBefore !== undefined && pgAfter !== undefined ? { databaseMsPerRequest: ((pgAfter - pgBefore) * 1000) / latencies.length } : {}),
  };
}

async function scenario(
  label: string,
  env: () => Promise<{ env: Record<string, string>; drop(): Promise<void>; pgPort?: string }>,
  processes: number,
) {
  for (const cached of CACHE_MODES) {
    const { env: serverEnv, drop, pgPort } = await env();
    const servers: Server[] = [];
    try {
      for (let i = 0; i < processes; i++) servers.push(await startServer({ ...serverEnv, SLOTS_CACHE_MB: cached ? '32' : '0' }));
      for (const calendar of ['empty', 'full'] as const) {
        if (calendar === 'full') await fillCalendar(servers[0] as Server);
        // Warm-up: JIT and caches, not measured.
        await load(servers, 10).catch(() => undefined);
        // The last run: 50 readers while 10 writes a second make every cached answer stale.
        for (const [concurrency, writes] of [
          [10, 0],
          [50, 0],
          [50, 10],
        ] as const) {
          const r = await load(servers, concurrency, pgPort, writes);
          const database = r.databaseMsPerRequest === undefined ? '' : `  db ${r.databaseMsPerRequest.toFixed(3)}`;
          const what = writes > 0 ? `${calendar}, ${writes} writes/s` : calendar;
          console.log(
            `| ${label} | ${cached ? 'cached' : 'uncached'} | ${what} | ${concurrency} | ${r.cpuMsPerRequest.toFixed(3)} | ` +
              `${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.clientMsPerRequest.toFixed(3)}${database} | ${r.requests} |`,
          );
        }
      }
    } finally {
      await Promise.all(servers.map(stop));
      await drop();
    }
  }
}

async function main(): Promise<void> {
  if (!(SECONDS > 0 && SECONDS <= 60)) throw new Error('Usage: bench-booking-server.ts [seconds 1–60]');
  console.log(`Booking server, GET /slots for ${DAYS} days at ${LOCATION}/${SERVICE}, gzip, loopback, ${SECONDS} s per run`);
  console.log('server CPU = the server processes’ own CPU time per answer (all processes together); client CPU = this');
  console.log('process (the load generator); db = PostgreSQL’s processes. All in ms per answer.');
  // On a shared machine, other work inflates every number here: say how busy it was.
  console.log(
    `Load average at start: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} (${availableParallelism()} cores)`,
  );
  console.log('| storage | cache | calendar | clients | server CPU ms | answers/s | p50 ms | p99 ms | client (+ db) CPU ms | answers |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|');
  if (ONLY !== 'postgres') {
    for (const processes of [1, 2]) {
      await scenario(
        `SQLite, ${processes} process${processes > 1 ? 'es' : ''}`,
        async () => {
          const dir = mkdtempSync(join(tmpdir(), 'booking-bench-'));
          return { env: { DB_PATH: join(dir, 'booking.db') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
        },
        processes,
      );
    }
  }
  const admin = process.env.DATABASE_URL;
  if (!admin || ONLY === 'sqlite') {
    if (!admin) console.log('PostgreSQL: skipped (set DATABASE_URL, e.g. eval "$(scripts/pg-test-cluster.sh start)")');
    return;
  }
  for (const processes of [1, 2]) {
    await scenario(
      `PostgreSQL, ${processes} process${processes > 1 ? 'es' : ''}`,
      async () => {
        const name = `booking_bench_${randomBytes(4).toString('hex')}`;
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        await client.query(`CREATE DATABASE ${name}`);
        await client.end();
        const url = new URL(admin);
        url.pathname = `/${name}`;
        return {
          env: { DATABASE_URL: url.toString() },
          pgPort: url.port || '5432',
          drop: async () => {
            const c = new pg.Client({ connectionString: admin });
            await c.connect();
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await c.end();
          },
        };
      },
      processes,
    );
  }
}

main()
  .then(() =>
    console.log(
      `Load average at end: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    ),
  )
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
