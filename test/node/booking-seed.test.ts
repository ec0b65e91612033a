// The booking catalogue format: the reference server's TypeScript catalogue and its JSON form for
// editors never drift apart, and the schema catches what would break the server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { type BookingSeed, validateBookingSeed } from '../../src/booking/booking-seed.schema.js';
import { DEMO_CATALOGUE } from '../../server/seed.js';
import type { Catalogue } from '../../server/storage.js';

// The server's catalogue type and the schema's type are the same shape (checked by tsc, both ways).
const asSeed: BookingSeed = DEMO_CATALOGUE;
const asCatalogue: Catalogue = asSeed;

const json = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../demo/content/booking-seed.json'), 'utf8'));

describe('booking catalogue (booking-seed)', () => {
  it('demo/content/booking-seed.json equals the server catalogue in server/seed.ts', () => {
    const { $schema, ...catalogue } = json;
    assert.equal($schema, '../../dist/schemas/booking-seed.schema.json');
    assert.deepEqual(catalogue, asCatalogue, 'out of date: run `npx tsx scripts/write-booking-seed.ts`');
  });

  it('accepts the demo catalogue', () => {
    assert.deepEqual(validateBookingSeed(json), { ok: true, value: json });
  });

  it('refuses ids that slot ids cannot carry, unknown fields, repeated ids and unknown services', () => {
    const broken = structuredClone(json);
    broken.services[0].id = 'Pas fornyelse';
    broken.services[1].nme = 'Kørekort';
    broken.locations[0].location.id = 'bibliotek-valby';
    const result = validateBookingSeed(broken);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.path),
      ['$.services[0].id', '$.services[1].nme'],
    );
    const repeated = structuredClone(json);
    repeated.locations[0].location.id = 'bibliotek-valby';
    repeated.locations[2].serviceIds.push('pas', 'pas-fornyelse');
    const second = validateBookingSeed(repeated);
    assert.ok(!second.ok);
    assert.deepEqual(second.problems, [
      { path: '$.locations[2].location.id', message: 'repeats the id "bibliotek-valby" of $.locations[0].location.id' },
      { path: '$.locations[2].serviceIds[3]', message: 'names the service "pas" twice for this location' },
      {
        path: '$.locations[2].serviceIds[4]',
        message:
          'names the service "pas-fornyelse", which is not in "services" (known: "pas", "koerekort", "sundhedskort", "mitid", "hjaelp-selvbetjening")',
      },
    ]);
  });

  it('checks counters, horizon, days and times', () => {
    const broken = structuredClone(json);
    broken.locations[0].schedule.counters = 0;
    broken.locations[0].schedule.horizonDays = 1.5;
    broken.locations[0].schedule.hours[0].days = ['ma'];
    broken.locations[0].schedule.hours[0].opens = '9:00';
    const result = validateBookingSeed(broken);
    assert.ok(!result.ok);
    assert.deepEqual(
      result.problems.map((p) => p.path),
      [
        '$.locations[0].schedule.counters',
        '$.locations[0].schedule.horizonDays',
        '$.locations[0].schedule.hours[0].days[0]',
        '$.locations[0].schedule.hours[0].opens',
      ],
    );
  });
});
