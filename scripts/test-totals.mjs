// Sums the test counts of every runner in the given logs (web-test-runner and node:test) into one
// closing line, `N passed, N failed`; exits non-zero if anything failed or nothing ran.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = readFileSync(file, 'utf8');
  // web-test-runner: "Chrome: |███| 47/47 test files | 777 passed, 0 failed", one such progress line per
  // browser group, repeated as it runs: the last line of each group (told apart by its file count) counts.
  const groups = new Map();
  for (const match of log.matchAll(/\d+\/(\d+) test files \| (\d+) passed, (\d+) failed/g)) {
    groups.set(match[1], { passed: Number(match[2]), failed: Number(match[3]) });
  }
  for (const group of groups.values()) {
    passed += group.passed;
    failed += group.failed;
  }
  // node:test spec/tap summaries: "ℹ pass 12" / "# pass 12".
  for (const match of log.matchAll(/^[#ℹ] (pass|fail) (\d+)$/gm)) {
    if (match[1] === 'pass') passed += Number(match[2]);
    else failed += Number(match[2]);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
