// Writes docs/openapi.json, the booking API's OpenAPI 3.1 document, from the shared zod schemas
// (server/openapi.ts). Run after changing src/booking/booking.schema.ts or the routes:
// `npx tsx scripts/build-openapi.ts`. A test fails while the committed file is out of date.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bookingOpenApiText } from '../server/openapi.js';

const target = resolve(import.meta.dirname, '../docs/openapi.json');
writeFileSync(target, bookingOpenApiText());
console.log('docs/openapi.json');
