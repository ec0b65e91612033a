// Times the guide engine: 10,000 random walks through the largest demo guide, five runs, median.
// Run: npx tsx scripts/bench-guide-engine.ts
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { allPaths, randomWalk } from '../src/guide/guide.engine.js';
import { type Guide, validateGuide } from '../src/guide/guide.schema.js';

const WALKS = 10_000;
const RUNS = 5;
const DEMOS = ['guide-pas', 'guide-flyt', 'guide-barn'];

function loadGuide(name: string): Guide {
  const result = validateGuide(JSON.parse(readFileSync(new URL(`../demo/content/${name}.json`, import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(`${name} does not validate: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** A small seeded generator, so every run walks the same routes. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const guides = DEMOS.map((name) => ({ name, guide: loadGuide(name) }));
const largest = guides.reduce((a, b) => (Object.keys(b.guide.nodes).length > Object.keys(a.guide.nodes).length ? b : a));
const { guide } = largest;

// One walk-through first, so the runs time optimised code rather than the JIT warming up.
for (let i = 0; i < WALKS; i++) randomWalk(guide, seeded(0));

const timings: number[] = [];
let outcomes = 0;
for (let run = 0; run < RUNS; run++) {
  const rng = seeded(run + 1);
  const started = performance.now();
  for (let i = 0; i < WALKS; i++) if (randomWalk(guide, rng).outcome !== undefined) outcomes++;
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const median = timings[Math.floor(RUNS / 2)] as number;

console.log(
  `guide engine: ${WALKS.toLocaleString('en')} random walks of "${largest.name}" (${Object.keys(guide.nodes).length} nodes, ${allPaths(guide).length} routes)`,
);
console.log(`  runs (ms):        ${timings.map((t) => t.toFixed(1)).join('  ')}`);
console.log(`  median total:     ${median.toFixed(1)} ms`);
console.log(`  median per walk:  ${(median / WALKS).toFixed(4)} ms (${((median / WALKS) * 1000).toFixed(1)} µs)`);
console.log(`  walks reaching an outcome: ${outcomes} of ${WALKS * RUNS}`);
