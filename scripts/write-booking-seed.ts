// Writes demo/content/booking-seed.json from the reference server's catalogue (server/seed.ts), so
// editors can check the catalogue with `borger-widgets check`. A test keeps the two equal: after editing
// seed.ts, run `npx tsx scripts/write-booking-seed.ts`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_CATALOGUE } from '../server/seed.js';

const BOOKING_SEED_JSON = resolve(import.meta.dirname, '../demo/content/booking-seed.json');

const document = { $schema: '../../dist/schemas/booking-seed.schema.json', ...DEMO_CATALOGUE };
writeFileSync(BOOKING_SEED_JSON, `${JSON.stringify(document, null, 2)}\n`);
console.log('demo/content/booking-seed.json');
