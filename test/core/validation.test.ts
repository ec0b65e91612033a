import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../../src/core/localized.js';
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
