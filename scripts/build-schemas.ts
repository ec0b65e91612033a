// Emits a JSON Schema for every content format from the zod schemas (the source of truth), so an
// editor's JSON editor can autocomplete and check content: `"$schema": ".../channels.schema.json"`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toJSONSchema } from 'zod/v4/core';
import { CONTENT_FORMATS } from './content-formats.js';

const outDir = resolve(import.meta.dirname, '../dist/schemas');
mkdirSync(outDir, { recursive: true });

for (const format of CONTENT_FORMATS) {
  const schema = toJSONSchema(format.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const document = {
    ...schema,
    $id: `https://unpkg.com/borger-widgets/dist/schemas/${format.name}.schema.json`,
    title: format.title,
    description: format.description,
  };
  writeFileSync(resolve(outDir, `${format.name}.schema.json`), `${JSON.stringify(document, null, 2)}\n`);
  console.log(`dist/schemas/${format.name}.schema.json`);
}
