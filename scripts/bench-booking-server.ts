// Benchmark of the reference booking server as a municipality runs it: `server/main.ts` in its own
// process(es), GET /slots over 14-day ranges over loopback, bounded in time. Reports server CPU per
// answer (from the servers' own `process_cpu_seconds_total` on /metrics, which stays stable on a
// shared machine where wall-clock numbers do not), per process and together, throughput and
// p50/p99 latency at 10 and 50 concurrent clients, with the answer cache (server/slots-cache.ts,
// cached answers sent by server/slots-fast-path.ts) and without it (SLOTS_CACHE_MB=0); on SQLite
// with one and two processes on one file and, when DATABASE_URL names a PostgreSQL, on PostgreSQL
// with one and with two processes. Calendars: empty, and full (every slot of a location booked for
// the 14 days asked for). Rate limits are on, as in production, with a budget no run reaches.
// The load generator (this process) keeps one raw socket per client with the request bytes made
// once and only frames and counts the answers, so it takes as little CPU as it can; its CPU,
// PostgreSQL's and the whole machine's (with the share left idle) are printed per answer too: on a
// machine with few cores they compete with the servers for the same CPUs, which bounds what a
// second server process can add. The last table sets two processes against one (scaling).
//   npx tsx scripts/bench-booking-server.ts [seconds per run = 3]
//   DATABASE_URL=… npx tsx scripts/bench-booking-server.ts   (e.g. from scripts/pg-test-cluster.sh start)
//   BENCH_ONLY=sqlite|postgres  BENCH_CACHE=on|off  BENCH_CALENDAR=empty|full   narrow the runs
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const SECONDS = Number(process.argv[2] ?? 3);
const LOCATION = 'bibliotek-valby';
const SERVICE = 'pas';
const DAYS = 14;
const ONLY = process.env.BENCH_ONLY;
const CACHE_MODES = process.env.BENCH_CACHE === 'on' ? [true] : process.env.BENCH_CACHE === 'off' ? [false] : [true, false];
const CALENDARS = (['empty', 'full'] as const).filter((c) => !process.env.BENCH_CALENDAR || process.env.BENCH_CALENDAR === c);
/** Results by storage, cache, calendar and clients, then process count: for the scaling lines. */
const results = new Map<string, Map<number, Result>>();

interface Server {
  child: ChildProcess;
  url: string;
}

function startServer(env: Record<string, string>): Promise<Server> {
  const { DATABASE_URL: _, DB_PATH: __, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...inherited, PORT: '0', RATE_LIMIT_READS: '1000000', RATE_LIMIT_WRITES: '1000000', CITIZEN_BOOKING_LIMIT: '0', ...env },
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
 * CPU seconds (user + system) of PostgreSQL's processes listening on `port`: the postmaster, its
 * children and the children that have ended, from /proc. Undefined where /proc or the cluster cannot be read.
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
          // utime + stime, and cutime + cstime: the CPU of children that ended (a backend whose
          // connection the pool closed), which the postmaster counts once it has reaped them.
          const own = Number(fields[11]) + Number(fields[12]);
          return { pid, ppid: fields[1], cpu: own / ticks, reaped: (Number(fields[13]) + Number(fields[14])) / ticks, cmdline };
        } catch {
          return undefined;
        }
      })
      .filter((stat) => stat !== undefined);
    const postmaster = stats.find((stat) => /postgres/.test(stat.cmdline) && stat.cmdline.includes(`-p ${port}`));
    if (!postmaster) return undefined;
    const children = stats.filter((stat) => stat.ppid === postmaster.pid).reduce((sum, stat) => sum + stat.cpu, 0);
    return postmaster.cpu + postmaster.reaped + children;
  } catch {
    return undefined;
  }
}

/**
 * One kept-alive connection asking the same few requests in turn, one at a time: the request bytes
 * are made once, and each answer is only framed (Content-Length or chunked) and counted, so the
 * load generator spends as little of the machine's CPU as it can.
 */
class RawClient {
  private readonly socket: Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private sentAt = 0;
  private next = 0;
  private settle?: () => void;
  private fail?: (error: Error) => void;
  latencies: number[] = [];
  errors = 0;

  constructor(
    url: string,
    private readonly requests: Buffer[],
    private readonly deadline: () => number,
  ) {
    const { hostname, port } = new URL(url);
    this.socket = connect({ host: hostname, port: Number(port), noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    this.socket.on('error', (error) => this.fail?.(error));
  }

  run(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
      this.socket.once('connect', () => this.send());
    });
  }

  private send(): void {
    if (performance.now() >= this.deadline()) {
      this.socket.destroy();
      this.settle?.();
      return;
    }
    this.sentAt = performance.now();
    this.socket.write(this.requests[this.next++ % this.requests.length] as Buffer);
  }

  private read(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const used = answerLength(this.buffer);
      if (used === undefined) return;
      if (this.buffer.toString('latin1', 9, 12) !== '200') this.errors++;
      this.buffer = this.buffer.subarray(used);
      this.latencies.push(performance.now() - this.sentAt);
      this.send();
    }
  }
}

/** Bytes of the first complete HTTP answer in `buffer` (Content-Length or chunked), or undefined. */
function answerLength(buffer: Buffer): number | undefined {
  const headEnd = buffer.indexOf('\r\n\r\n');
  if (headEnd === -1) return undefined;
  const head = buffer.toString('latin1', 0, headEnd).toLowerCase();
  const length = /\r\ncontent-length: *(\d+)/.exec(head);
  let at = headEnd + 4;
  if (length) return buffer.length >= at + Number(length[1]) ? at + Number(length[1]) : undefined;
  if (!head.includes('transfer-encoding: chunked')) return at;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd === -1) return undefined;
    const size = Number.parseInt(buffer.toString('latin1', at, lineEnd), 16);
    at = lineEnd + 2 + size + 2;
    if (at > buffer.length) return undefined;
    if (size === 0) return at;
  }
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
  /** All server processes' CPU per answer. */
  cpuMsPerRequest: number;
  /** Each server process: answers per second and its own CPU per answer. */
  perProcess: Array<{ perSecond: number; cpuMsPerRequest: number }>;
  /** This process's CPU (the load generator) per request. */
  clientMsPerRequest: number;
  /** PostgreSQL's processes' CPU per request, when measured. */
  databaseMsPerRequest?: number;
  /** The whole machine's busy CPU per answer (every process, other people's work too), when /proc/stat can be read. */
  machineMsPerRequest?: number;
  /** Share of the machine's CPU time that was idle during the run. */
  idleShare?: number;
}

/** Busy and idle CPU seconds of the whole machine since boot (/proc/stat), or undefined. */
function machineCpu(): { busy: number; idle: number } | undefined {
  try {
    const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.slice(0, 8).reduce((sum, n) => sum + n, 0);
    return { busy: (total - idle) / 100, idle: idle / 100 };
  } catch {
    return undefined;
  }
}

/** The request bytes a client of `server` sends in turn: the 14-day range from today, tomorrow and the day after. */
function slotsRequests(server: Server): Buffer[] {
  const { host } = new URL(server.url);
  return [0, 1, 2].map((offset) =>
    Buffer.from(
      `GET /slots?service=${SERVICE}&location=${LOCATION}&from=${day(offset)}&to=${day(offset + DAYS - 1)} HTTP/1.1\r\n` +
        `Host: ${host}\r\nAccept-Encoding: gzip\r\n\r\n`,
      'latin1',
    ),
  );
}

async function load(servers: Server[], concurrency: number, pgPort?: string, writesPerSecond = 0): Promise<Result> {
  const cpuBefore = await Promise.all(servers.map(cpuSeconds));
  const pgBefore = pgPort ? postgresCpuSeconds(pgPort) : undefined;
  const machineBefore = machineCpu();
  const clientBefore = process.cpuUsage();
  const deadline = performance.now() + SECONDS * 1000;
  // Connections are spread over the servers as a load balancer with keep-alive would.
  const clients = Array.from({ length: concurrency }, (_, i) => {
    const server = servers[i % servers.length] as Server;
    return new RawClient(server.url, slotsRequests(server), () => deadline);
  });
  const started = performance.now();
  const writer = writesPerSecond > 0 ? writeWhileReading(servers, writesPerSecond, deadline) : Promise.resolve(0);
  await Promise.all([...clients.map((client) => client.run()), writer]);
  const elapsed = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const machineAfter = machineCpu();
  const pgAfter = pgPort ? postgresCpuSeconds(pgPort) : undefined;
  const cpuAfter = await Promise.all(servers.map(cpuSeconds));
  const errors = clients.reduce((sum, c) => sum + c.errors, 0);
  if (errors > 0) throw new Error(`${errors} requests failed`);
  const latencies = clients.flatMap((c) => c.latencies).sort((a, b) => a - b);
  const perProcess = servers.map((_, s) => {
    const answers = clients.filter((_, i) => i % servers.length === s).reduce((sum, c) => sum + c.latencies.length, 0);
    const cpu = (cpuAfter[s] as number) - (cpuBefore[s] as number);
    return { perSecond: answers / elapsed, cpuMsPerRequest: (cpu * 1000) / answers };
  });
  const cpu = cpuAfter.reduce((sum, after, i) => sum + after - (cpuBefore[i] as number), 0);
  const n = latencies.length;
  const machine =
    machineBefore && machineAfter
      ? {
          machineMsPerRequest: ((machineAfter.busy - machineBefore.busy) * 1000) / n,
          idleShare:
            (machineAfter.idle - machineBefore.idle) / (machineAfter.idle - machineBefore.idle + machineAfter.busy - machineBefore.busy),
        }
      : {};
  return {
    requests: n,
    perSecond: n / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMsPerRequest: (cpu * 1000) / n,
    perProcess,
    clientMsPerRequest: (client.user + client.system) / 1000 / n,
    ...(pgBefore !== undefined && pgAfter !== undefined ? { databaseMsPerRequest: ((pgAfter - pgBefore) * 1000) / n } : {}),
    ...machine,
  };
}

async function scenario(
  storage: string,
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
        if (!CALENDARS.includes(calendar)) continue;
        // Warm-up: JIT and caches, not measured.
        await load(servers, 10).catch(() => undefined);
        // The last run: 50 readers while 10 writes a second make every cached answer stale.
        for (const [concurrency, writes] of [
          [10, 0],
          [50, 0],
          [50, 10],
        ] as const) {
          const r = await load(servers, concurrency, pgPort, writes);
          const what = writes > 0 ? `${calendar}, ${writes} writes/s` : calendar;
          const key = `${storage} | ${cached ? 'cached' : 'uncached'} | ${what} | ${concurrency}`;
          results.set(key, (results.get(key) ?? new Map()).set(processes, r));
          const each = r.perProcess.map((p) => `${p.perSecond.toFixed(0)} @ ${p.cpuMsPerRequest.toFixed(3)}`).join(' + ');
          const database = r.databaseMsPerRequest === undefined ? '–' : r.databaseMsPerRequest.toFixed(3);
          const machine =
            r.machineMsPerRequest === undefined
              ? '–'
              : `${r.machineMsPerRequest.toFixed(3)} (${((r.idleShare ?? 0) * 100).toFixed(0)} % idle)`;
          console.log(
            `| ${storage} | ${processes} | ${cached ? 'cached' : 'uncached'} | ${what} | ${concurrency} | ${r.cpuMsPerRequest.toFixed(3)} | ${each} | ` +
              `${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.clientMsPerRequest.toFixed(3)} | ${database} | ${machine} | ${r.requests} |`,
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
  console.log('CPU in ms per answer: server = the server processes’ own CPU time (all together; "per process" gives each one’s');
  console.log('answers/s @ its own CPU per answer); generator = this process (raw keep-alive sockets, one request at a time per');
  console.log('connection); db = PostgreSQL’s processes; machine = every process on the machine (other work too), with the');
  console.log('share of CPU time left idle. Rate limits are on (1,000,000 a minute: counted, never refusing).');
  // On a shared machine, other work inflates every number here: say how busy it was.
  console.log(
    `Load average at start: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} (${availableParallelism()} cores)`,
  );
  console.log(
    '| storage | processes | cache | calendar | clients | server CPU ms | per process: answers/s @ CPU ms | answers/s | p50 ms | p99 ms | generator CPU ms | db CPU ms | machine CPU ms | answers |',
  );
  console.log('|---|---:|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  if (ONLY !== 'postgres') {
    for (const processes of [1, 2]) {
      await scenario(
        'SQLite',
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
      'PostgreSQL',
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

/**
 * The most answers a second this machine could give with `processes` server processes if nothing
 * else ran on it, from the measured CPU per answer: each server process uses at most one core,
 * and servers, generator and PostgreSQL together at most all of them.
 */
function ceiling(r: Result, processes: number): number {
  const serverMs = r.cpuMsPerRequest;
  const allMs = serverMs + r.clientMsPerRequest + (r.databaseMsPerRequest ?? 0);
  return Math.min((processes * 1000) / serverMs, (availableParallelism() * 1000) / allMs);
}

/**
 * Two processes against one, per storage, cache, calendar and clients: scaling efficiency
 * (throughput with 2 / throughput with 1; 2.0 is the aim), server CPU per answer each way, the
 * machine's idle share, and the CPU-bound ceiling of both (`ceiling`), which says what this
 * machine's cores allow at all once the generator and PostgreSQL take their share.
 */
function printScaling(): void {
  const rows = [...results].filter(([, byProcesses]) => byProcesses.has(1) && byProcesses.has(2));
  if (rows.length === 0) return;
  console.log('');
  console.log(
    '| storage | cache | calendar | clients | answers/s 1 → 2 processes | scaling (2.0 = twice) | server CPU ms/answer 1 → 2 | machine idle 1 → 2 | CPU-bound ceiling 1 → 2 (its ratio) |',
  );
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|');
  const idle = (r: Result) => (r.idleShare === undefined ? '–' : `${(r.idleShare * 100).toFixed(0)} %`);
  for (const [key, byProcesses] of rows) {
    const one = byProcesses.get(1) as Result;
    const two = byProcesses.get(2) as Result;
    const [top1, top2] = [ceiling(one, 1), ceiling(two, 2)];
    console.log(
      `| ${key} | ${one.perSecond.toFixed(0)} → ${two.perSecond.toFixed(0)} | ${(two.perSecond / one.perSecond).toFixed(2)} | ` +
        `${one.cpuMsPerRequest.toFixed(3)} → ${two.cpuMsPerRequest.toFixed(3)} | ${idle(one)} → ${idle(two)} | ` +
        `${top1.toFixed(0)} → ${top2.toFixed(0)} (${(top2 / top1).toFixed(2)}) |`,
    );
  }
}

main()
  .then(printScaling)
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
