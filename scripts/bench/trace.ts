// Where the main thread's time goes in a traced part of a benchmark page: a Chromium performance trace
// (the DevTools timeline categories) between two performance marks, each event's self time summed
// into script / style / layout / pre-paint / paint (as the DevTools "Summary" groups them) and idle.
import type { Page } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) clock start and duration, microseconds. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export interface Breakdown {
  /** Milliseconds between the two marks. */
  total: number;
  script: number;
  style: number;
  layout: number;
  prePaint: number;
  paint: number;
  other: number;
}

const GROUPS: [keyof Omit<Breakdown, 'total'>, RegExp][] = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/],
  ['layout', /^(Layout|UpdateLayout|InvalidateLayout)$/],
  ['prePaint', /^PrePaint$/],
  ['paint', /^(Paint|PaintImage|Layerize|Commit|UpdateLayer|UpdateLayerTree|RasterTask|PaintSetup|CompositeLayers)$/],
  [
    'script',
    /^(FunctionCall|EvaluateScript|RunMicrotasks|V8\.Execute|V8\.Run|V8\.RunMicrotasks|v8\.run|v8\.callFunction|TimerFire|FireAnimationFrame|EventDispatch|v8\.compile|V8\.GC.*|MinorGC|MajorGC|BlinkGC.*|HandlePostMessage)$/,
  ],
];

const CATEGORIES = ['toplevel', 'v8.execute', 'devtools.timeline', 'blink.user_timing'];

/** Traces `run` and breaks down the main thread between the marks `${mark}-start` and `${mark}-end`. */
export async function traced<T>(
  page: Page,
  mark: string,
  run: () => Promise<T>,
): Promise<{ result: T; breakdown: Breakdown; cpu: Breakdown }> {
  await page.tracing.start({ categories: CATEGORIES });
  const result = await run();
  const buffer = await page.tracing.stop();
  const { traceEvents } = JSON.parse(Buffer.from(buffer as Uint8Array).toString('utf8')) as { traceEvents: TraceEvent[] };
  if (process.env.BORGER_TRACE_DUMP) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${process.env.BORGER_TRACE_DUMP}-${mark}.json`, JSON.stringify(traceEvents));
  }
  return { result, breakdown: breakdown(traceEvents, mark, 'wall'), cpu: breakdown(traceEvents, mark, 'cpu') };
}

/**
 * Self time per group. `wall`: the wall clock, clipped to the marks. `cpu`: the main thread's own CPU
 * clock (what other processes on a shared machine do not inflate) of the events that start between them.
 */
function breakdown(events: TraceEvent[], mark: string, clock: 'wall' | 'cpu'): Breakdown {
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((m) => m.pid === e.pid && m.tid === e.tid && m.name === `${mark}-start`),
  );
  if (!main) throw new Error(`no renderer main thread with the mark ${mark}-start in the trace`);
  const start = events.find((e) => e.name === `${mark}-start` && e.pid === main.pid)?.ts ?? 0;
  const end = events.find((e) => e.name === `${mark}-end` && e.pid === main.pid)?.ts ?? 0;
  const spans = events
    .filter(
      (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts < end && e.ts + (e.dur ?? 0) > start,
    )
    .filter((e) => clock === 'wall' || (e.tts !== undefined && e.tdur !== undefined && e.ts >= start))
    .map((e) =>
      clock === 'wall'
        ? { name: e.name, from: Math.max(e.ts, start), to: Math.min(e.ts + (e.dur as number), end) }
        : { name: e.name, from: e.tts as number, to: (e.tts as number) + (e.tdur as number) },
    )
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const result: Breakdown = { total: (end - start) / 1000, script: 0, style: 0, layout: 0, prePaint: 0, paint: 0, other: 0 };
  // Self time: each span's time minus its children's, given to the innermost group that names it.
  const stack: { to: number; group: keyof Omit<Breakdown, 'total'> | undefined; at: number }[] = [];
  const charge = (group: keyof Omit<Breakdown, 'total'> | undefined, micros: number) => {
    if (micros > 0) result[group ?? 'other'] += micros / 1000;
  };
  const close = (until: number) => {
    while (stack.length && (stack.at(-1) as { to: number }).to <= until) {
      const top = stack.pop() as { to: number; group: keyof Omit<Breakdown, 'total'> | undefined; at: number };
      charge(top.group, top.to - top.at);
      const parent = stack.at(-1);
      if (parent) parent.at = top.to;
    }
  };
  for (const span of spans) {
    close(span.from);
    const parent = stack.at(-1);
    if (parent) {
      charge(parent.group, span.from - parent.at);
      parent.at = span.to;
    }
    const own = GROUPS.find(([, pattern]) => pattern.test(span.name))?.[0];
    stack.push({ to: span.to, group: own ?? parent?.group, at: span.from });
  }
  close(Number.POSITIVE_INFINITY);
  return result;
}

export const formatBreakdown = (b: Breakdown, clock: 'wall' | 'cpu' = 'wall') =>
  `${clock === 'wall' ? `${b.total.toFixed(0)} ms wall` : `${(b.script + b.style + b.layout + b.prePaint + b.paint + b.other).toFixed(0)} ms CPU`}: script ${b.script.toFixed(1)}, style ${b.style.toFixed(1)}, layout ${b.layout.toFixed(1)}, ` +
  `pre-paint ${b.prePaint.toFixed(1)}, paint ${b.paint.toFixed(1)}, other ${b.other.toFixed(1)}${clock === 'wall' ? ` (idle ${(b.total - b.script - b.style - b.layout - b.prePaint - b.paint - b.other).toFixed(1)})` : ''}`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * A V8 CPU profile (sampled every 100 µs) of what `run` does between console.profile() and
 * console.profileEnd() (the page sets them around its timed part when `globalThis.borgerProfile`
 * is true): the functions with the most self time, in ms.
 */
export async function profiled<T>(page: Page, run: () => Promise<T>, top = 25): Promise<{ result: T; hottest: string[] }> {
  type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  const finished = new Promise<Profile>((done) =>
    session.once('Profiler.consoleProfileFinished', (event) => done((event as unknown as { profile: Profile }).profile)),
  );
  await page.evaluate(() => Object.assign(globalThis, { borgerProfile: true }));
  const result = await run();
  const profile = await finished;
  await page.evaluate(() => Object.assign(globalThis, { borgerProfile: false }));
  await session.detach();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const key = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}` : '?';
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  if (process.env.BORGER_PROFILE_DUMP) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.env.BORGER_PROFILE_DUMP, JSON.stringify(profile));
  }
  const hottest = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, msSelf]) => `${msSelf.toFixed(1).padStart(7)} ms  ${key}`);
  return { result, hottest };
}
