// scripts/test-totals.mjs: the closing line of .ci/run, counted per browser engine.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script without types
import { browserCounts, nodeCounts } from '../../scripts/test-totals.mjs';

const ESC = '\u001b';

describe('test totals', () => {
  it('takes the last block of web-test-runner progress lines: one line per engine and group', () => {
    const log = [
      'Running tests...',
      `${ESC}[2K${ESC}[1A${ESC}[2K${ESC}[GChromium: |█████     | 32/46 test files | 569 passed, 0 failed`,
      'Firefox:  |          | 0/46 test files | 0 passed, 0 failed',
      '',
      'Running tests...',
      `${ESC}[2K${ESC}[GChromium: |██████████| 46/46 test files | 765 passed, 1 failed`,
      `WebKit:   |██████████| 46/46 test files | 760 passed, 0 failed, ${ESC}[90m2 skipped${ESC}[39m`,
      'Chromium: |██████████| 1/1 test files | 11 passed, 0 failed',
      'WebKit:   |██████████| 1/1 test files | 11 passed, 0 failed',
      '',
      'Finished running tests in 65.2s',
    ].join('\n');
    assert.deepEqual(browserCounts(log), [
      { engine: 'Chromium', passed: 765, failed: 1, skipped: 0 },
      { engine: 'WebKit', passed: 760, failed: 0, skipped: 2 },
      { engine: 'Chromium', passed: 11, failed: 0, skipped: 0 },
      { engine: 'WebKit', passed: 11, failed: 0, skipped: 0 },
    ]);
  });

  it('finds no browser counts in a log without them', () => {
    assert.deepEqual(browserCounts('ℹ pass 3\nℹ fail 0\n'), []);
  });

  it('adds node:test summaries, spec and tap', () => {
    assert.deepEqual(nodeCounts('ℹ pass 12\nℹ fail 1\nℹ skipped 2\nℹ todo 1\n# pass 3\n# fail 0\n'), { passed: 15, failed: 1, skipped: 3 });
  });
});
