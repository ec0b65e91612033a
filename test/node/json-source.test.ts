// The checker's JSON reader: the same values as JSON.parse, the same verdict on every text, and for
// broken JSON a position and a reason an editor can act on.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lineOfPath, parseJsonSource } from '../../src/cli/json-source.js';

const parsesWithJsonParse = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('parseJsonSource', () => {
  it('gives exactly what JSON.parse gives for every demo file', () => {
    const folder = resolve(import.meta.dirname, '../../demo/content');
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
      const text = readFileSync(resolve(folder, name), 'utf8');
      const parsed = parseJsonSource(text);
      assert.ok(parsed.ok, name);
      assert.deepEqual(parsed.source.value, JSON.parse(text), name);
    }
  });

  it('agrees with JSON.parse on generated JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const parsed = parseJsonSource(text);
        assert.ok(parsed.ok);
        assert.deepEqual(parsed.source.value, JSON.parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts and rejects exactly what JSON.parse does, on mangled JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (json, at, insert) => {
        const cut = at % (json.length + 1);
        const text = json.slice(0, cut) + insert + json.slice(cut + (insert === '' ? 1 : 0));
        fc.pre(!text.startsWith('\uFEFF')); // a byte-order mark is accepted on purpose
        assert.equal(parseJsonSource(text).ok, parsesWithJsonParse(text), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps "__proto__" as an own field, as JSON.parse does', () => {
    const parsed = parseJsonSource('{"__proto__": {"x": 1}}');
    assert.ok(parsed.ok);
    assert.ok(Object.hasOwn(parsed.source.value as object, '__proto__'));
    assert.equal(Object.getPrototypeOf(parsed.source.value), Object.prototype);
  });

  it('accepts a byte-order mark, which Windows editors write', () => {
    assert.ok(parseJsonSource('\uFEFF{"terms": []}').ok);
  });

  it('names the mistakes editors make, with line and column', () => {
    const cases: [string, string, number, number][] = [
      ['{\n  "a": 1,\n}', 'trailing-comma', 2, 9],
      ['{\n  "a": 1\n  "b": 2\n}', 'missing-comma', 3, 3],
      ["{ 'a': 1 }", 'single-quotes', 1, 3],
      ['{ a: 1 }', 'unquoted-key', 1, 3],
      ['{ "a": 1 // note\n}', 'comment', 1, 10],
      ['{ "a": "two\nlines" }', 'line-break-in-string', 1, 12],
      ['{ "a": "tab\there" }', 'control-character', 1, 12],
      ['{ "a": "C:\\path" }', 'bad-escape', 1, 11],
      ['{ "a" 1 }', 'missing-colon', 1, 7],
      ['{ "a": [1, 2 }', 'unexpected-character', 1, 14],
      ['{ "a": -x }', 'bad-number', 1, 8],
      ['{ "a": 1 } }', 'trailing-data', 1, 12],
      ['{ "a": [1, 2', 'unexpected-end', 1, 13],
      ['  \n ', 'empty', 2, 2],
      ['['.repeat(300), 'too-deep', 1, 258],
    ];
    for (const [text, reason, line, column] of cases) {
      const parsed = parseJsonSource(text);
      assert.ok(!parsed.ok, text);
      assert.deepEqual([parsed.error.reason, parsed.error.line, parsed.error.column], [reason, line, column], JSON.stringify(text));
    }
  });

  it('counts lines ended by \\r\\n as one line each', () => {
    const parsed = parseJsonSource('{\r\n  "a": 1\r\n  "b": 2\r\n}');
    assert.ok(!parsed.ok);
    assert.deepEqual([parsed.error.line, parsed.error.column], [3, 3]);
  });

  it('reports keys written twice, keeping the last value like JSON.parse', () => {
    const parsed = parseJsonSource('{\n  "nodes": {\n    "a": 1,\n    "a": 2\n  }\n}');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.source.value, { nodes: { a: 2 } });
    assert.deepEqual(parsed.source.duplicates, [{ path: '$.nodes.a', key: 'a', line: 4, firstLine: 3 }]);
  });

  it('knows the line of every value, and of the nearest written parent for a missing one', () => {
    const parsed = parseJsonSource('{\n  "nodes": {\n    "a b": {\n      "x": [\n        1,\n        2\n      ]\n    }\n  }\n}');
    assert.ok(parsed.ok);
    const { lines } = parsed.source;
    assert.equal(lineOfPath(lines, '$.nodes["a b"].x[1]'), 6);
    assert.equal(lineOfPath(lines, '$.nodes["a b"].title'), 3);
    assert.equal(lineOfPath(lines, '$.start'), 1);
  });
});
