// Emits a JSON Schema for every content format from the zod schemas (the source of truth), with Danish
// titles and descriptions on every field, so an editor's JSON editor can autocomplete, explain and check
// content: `"$schema": "https://unpkg.com/borger-widgets/dist/schemas/guide.schema.json"`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_FORMATS } from './content-formats.js';
import { contentJsonSchema } from './json-schema.js';

const outDir = resolve(import.meta.dirname, '../dist/schemas');
mkdirSync(outDir, { recursive: true });

for (const format of CONTENT_FORMATS) {
  const { schema, coverage } = contentJsonSchema(format);
  if (coverage.missing.length > 0)
    console.warn(`${format.name}: no Danish description for ${coverage.missing.join(', ')} (scripts/schema-docs.ts)`);
  writeFileSync(resolve(outDir, `${format.name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`dist/schemas/${format.name}.schema.json`);
}
