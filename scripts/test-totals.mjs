// Sums the test counts of every runner in the given logs (web-test-runner and node:test) into one
// closing line, `N passed, N failed`; exits non-zero if anything failed or nothing ran.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = readFileSync(file, 'utf8');
  // web-test-runner: "Chrome: |███| 9/9 test files | 120 passed, 0 failed" (progress lines repeat; take the last).
  const wtr = [...log.matchAll(/test files \| (\d+) passed, (\d+) failed/g)].at(-1);
  if (wtr) {
    passed += Number(wtr[1]);
    failed += Number(wtr[2]);
  }
  // node:test spec/tap summaries: "ℹ pass 12" / "# pass 12".
  for (const match of log.matchAll(/^[#ℹ] (pass|fail) (\d+)$/gm)) {
    if (match[1] === 'pass') passed += Number(match[2]);
    else failed += Number(match[2]);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
