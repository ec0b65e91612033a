import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../../src/core/localized.schema.js';
import { jsonPath, validate } from '../../src/core/validation.js';

describe('validate', () => {
  const schema = z.strictObject({
    label: LocalizedTextSchema,
    days: z.array(z.enum(['mo', 'tu'])),
    opens: z.string().check(z.regex(/^\d\d:\d\d$/, 'should be a time like "09:30"')),
  });

  it('accepts valid input and returns the parsed value', () => {
    const result = validate(schema, { label: { da: 'Hej', en: 'Hi' }, days: ['mo'], opens: '09:30' });
    expect(result.ok).to.equal(true);
  });

  it('names every problem with its JSON path in plain words', () => {
    const result = validate(schema, { label: { da: 3 }, days: ['xx'], opens: '9', colour: 'red' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath['$.label.da']).to.match(/should be a string, not number 3/);
    expect(byPath['$.days[0]']).to.match(/one of "mo", "tu"/);
    expect(byPath['$.opens']).to.equal('should be a time like "09:30"');
    expect(byPath['$.colour']).to.match(/not a known field/);
  });

  it('reports missing fields as required', () => {
    const result = validate(schema, {});
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).to.include.members(['$.label', '$.days', '$.opens']);
  });

  it('quotes keys that are not identifiers', () => {
    expect(jsonPath(['nodes', 'nyt pas', 0])).to.equal('$.nodes["nyt pas"][0]');
  });
});

describe('validate: messages', () => {
  it('says which values are allowed when an enum field is missing, with the right article', () => {
    const schema = z.strictObject({ kind: z.enum(['a', 'b']), meta: z.object({}) });
    const result = validate(schema, { meta: 3 });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath['$.kind']).to.equal('is required (one of "a", "b")');
    expect(byPath['$.meta']).to.equal('should be an object, not number 3');
  });
});

describe('validate: __proto__, constructor and prototype keys', () => {
  const schema = z.strictObject({
    nodes: z.record(z.string(), z.strictObject({ title: LocalizedTextSchema })),
    label: LocalizedTextSchema,
  });

  it('reports them as unknown fields wherever they are, also as map keys and language keys, where they used to vanish', () => {
    const input = JSON.parse(
      '{"label": {"da": "Hej", "__proto__": "x"}, "nodes": {"a": {"title": "A"}, "__proto__": {"title": "B"}, "prototype": {"title": "C"}}, "constructor": 1}',
    );
    const result = validate(schema, input);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      const unknown = result.problems.filter((p) => p.message === 'is not a known field (a typo?)').map((p) => p.path);
      expect(unknown).to.have.members(['$.constructor', '$.label.__proto__', '$.nodes.__proto__', '$.nodes.prototype']);
      expect(new Set(result.problems.map((p) => p.path)).size).to.equal(result.problems.length);
    }
  });

  it('finds them at any depth and in any generated place, and never lets such content pass (generated)', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype');
    fc.assert(
      fc.property(key, fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 8 }), (bad, route) => {
        let inner = `{"title": "x", ${JSON.stringify(bad)}: {"title": "y"}}`;
        for (const step of route) inner = `{"title": "x", "${step}": ${inner}}`;
        const input = JSON.parse(`{"label": "L", "nodes": {"n": ${inner}}}`);
        const result = validate(schema, input);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.problems.map((p) => p.path)).to.include(jsonPath(['nodes', 'n', ...[...route].reverse(), bad]));
      }),
      { numRuns: 100 },
    );
  });

  it('is not confused by a cycle in content set as a JS property', () => {
    const looped: Record<string, unknown> = { label: 'L', nodes: {} };
    (looped.nodes as Record<string, unknown>).self = looped;
    expect(() => validate(schema, looped)).to.not.throw();
  });
});
