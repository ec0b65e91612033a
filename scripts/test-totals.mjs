// Sums the test counts of every runner in the given logs (web-test-runner and node:test) into one
// closing line, `N passed, N failed, N skipped`, after one line per browser engine; exits non-zero if
// anything failed or nothing ran.
import { readFileSync } from 'node:fs';

// web-test-runner: "Chromium: |███| 47/47 test files | 777 passed, 0 failed, 1 skipped", one line per
// browser and test group.
const PROGRESS = /^\s*([\w ]+?):\s*\|[^|]*\|\s*\d+\/\d+ test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/;
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

/**
 * web-test-runner repeats its progress lines while it runs; the last block of them (one line per
 * browser and group, in one run of consecutive lines) is the final state.
 * @param {string} log
 * @returns {{ engine: string, passed: number, failed: number, skipped: number }[]}
 */
export function browserCounts(log) {
  let last = [];
  let current = [];
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = PROGRESS.exec(line);
    if (match) {
      current.push({ engine: match[1].trim(), passed: Number(match[2]), failed: Number(match[3]), skipped: Number(match[4] ?? 0) });
    } else if (current.length > 0) {
      last = current;
      current = [];
    }
  }
  return current.length > 0 ? current : last;
}

/**
 * node:test spec/tap summaries: "ℹ pass 12" / "# pass 12" (and "skipped"/"todo" likewise).
 * @param {string} log
 */
export function nodeCounts(log) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const match of log.matchAll(/^[#ℹ] (pass|fail|skipped|todo) (\d+)$/gm)) {
    const key = { pass: 'passed', fail: 'failed', skipped: 'skipped', todo: 'skipped' }[match[1]];
    counts[key] += Number(match[2]);
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const perEngine = new Map();
  const add = (into, counts) => {
    into.passed += counts.passed;
    into.failed += counts.failed;
    into.skipped += counts.skipped;
  };
  for (const file of process.argv.slice(2)) {
    const log = readFileSync(file, 'utf8');
    for (const counts of browserCounts(log)) {
      if (!perEngine.has(counts.engine)) perEngine.set(counts.engine, { passed: 0, failed: 0, skipped: 0 });
      add(perEngine.get(counts.engine), counts);
      add(total, counts);
    }
    add(total, nodeCounts(log));
  }
  for (const [engine, counts] of perEngine) {
    console.log(`  in ${engine}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
}
