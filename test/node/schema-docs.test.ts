// The published JSON Schemas explain every field in Danish, and the docs name no field that is gone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONTENT_FORMATS } from '../../scripts/content-formats.js';
import { contentJsonSchema } from '../../scripts/json-schema.js';
import { SCHEMA_DOCS } from '../../scripts/schema-docs.js';
import { FORMATS } from '../../src/cli/formats.js';

type Json = Record<string, unknown>;

describe('JSON Schemas with Danish docs', () => {
  it('covers every format the checker knows', () => {
    assert.deepEqual(
      CONTENT_FORMATS.map((f) => f.name),
      FORMATS.map((f) => f.name),
    );
  });

  for (const format of CONTENT_FORMATS) {
    describe(format.name, () => {
      const { schema, coverage } = contentJsonSchema(format);

      it('has a Danish title and description on every field', () => {
        assert.deepEqual(coverage.missing, []);
      });

      it('has no docs for fields that do not exist', () => {
        assert.deepEqual(
          Object.keys(SCHEMA_DOCS[format.name]).filter((key) => !coverage.used.has(key)),
          [],
        );
      });

      it('is a 2020-12 schema with its published address, title and description', () => {
        assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
        assert.equal(schema.$id, `https://unpkg.com/borger-widgets/dist/schemas/${format.name}.schema.json`);
        assert.equal(schema.title, format.title);
        assert.equal(schema.description, format.description);
        assert.equal(schema.additionalProperties, false, 'unknown top-level fields are errors');
      });
    });
  }

  it('explains both forms of a citizen text', () => {
    const guide = CONTENT_FORMATS.find((f) => f.name === 'guide');
    assert.ok(guide);
    const title = (contentJsonSchema(guide).schema.properties as Json).title as Json;
    assert.equal(title.title, 'Titel');
    const [plain, perLanguage] = title.anyOf as Json[];
    assert.deepEqual([plain?.title, plain?.type], ['Dansk tekst', 'string']);
    assert.deepEqual([perLanguage?.title, perLanguage?.type], ['Tekst pr. sprog', 'object']);
  });

  it('describes fields deep inside unions and maps (a guide action inside any node)', () => {
    const guide = CONTENT_FORMATS.find((f) => f.name === 'guide');
    assert.ok(guide);
    const nodes = (contentJsonSchema(guide).schema.properties as Json).nodes as Json;
    const node = nodes.additionalProperties as Json;
    assert.equal(node.title, 'Node');
    const outcome = (node.oneOf as Json[]).find((branch) => ((branch.properties as Json).type as Json).const === 'outcome') as Json;
    const actions = (outcome.properties as Json).actions as Json;
    const booking = ((actions.items as Json).oneOf as Json[]).find(
      (b) => ((b.properties as Json).kind as Json).const === 'booking',
    ) as Json;
    assert.equal(((booking.properties as Json).service as Json).title, 'Bookingydelse');
  });
});
