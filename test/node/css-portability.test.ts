// CSS our widgets ship must mean the same in the three engines we test. WebKit drops a `text-decoration`
// shorthand that names more than the line (`underline dotted`, `underline 2px`): terms lost their
// underline and the read-aloud word its non-colour cue there. Longhands work everywhere.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|css)$/.test(entry.name) ? [path] : [];
  });
}

/** `text-decoration: <line> <anything more>` — a shorthand WebKit refuses. */
const WIDE_SHORTHAND = /text-decoration\s*:\s*(?:underline|overline|line-through)\s+[^;}\s`'"]/g;

describe('portable CSS', () => {
  it('finds the kind it guards against', () => {
    for (const css of ['text-decoration: underline dotted;', 'text-decoration:underline 2px}', 'text-decoration: line-through wavy red;']) {
      assert.match(css, new RegExp(WIDE_SHORTHAND.source));
    }
    for (const css of ['text-decoration: underline;', 'text-decoration: none;', 'text-decoration-line: underline; text-decoration-style: dotted;']) {
      assert.doesNotMatch(css, new RegExp(WIDE_SHORTHAND.source));
    }
  });

  it('no text-decoration shorthand beyond the line in src/ (use the longhands)', () => {
    const found = sources(join(root, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(WIDE_SHORTHAND)].map((match) => `${relative(root, file)}: ${match[0]}`),
    );
    assert.deepEqual(found, []);
  });
});
