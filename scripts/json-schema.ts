// The JSON Schema of a content format, as published: generated from the zod schema (the source of truth),
// with the Danish titles and descriptions of scripts/schema-docs.ts on every field. Pure, for the build
// script and the tests.
import { toJSONSchema } from 'zod/v4/core';
import { LocalizedTextSchema } from '../src/core/localized.schema.js';
import type { ContentFormat } from './content-formats.js';
import { type FieldDoc, type FormatDocs, LOCALIZED_TEXT_DOCS, SCHEMA_DOCS, SHARED_DOCS } from './schema-docs.js';

type JsonSchema = { [key: string]: unknown };

const OPTIONS = { io: 'input', unrepresentable: 'any' } as const;

const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** LocalizedText as emitted (without "$schema"), to recognise it wherever it is inlined. */
const localizedTextJson = (() => {
  const { $schema: _, ...rest } = toJSONSchema(LocalizedTextSchema, OPTIONS) as JsonSchema;
  return JSON.stringify(rest);
})();

/** Title and description first, so they are what a reader of the file sees first too. */
const withDoc = (schema: JsonSchema, doc: FieldDoc): JsonSchema => ({ title: doc.title, description: doc.description, ...schema });

/** RFC 6901 escaping of one pointer segment. */
const segment = (name: string) => name.replaceAll('~', '~0').replaceAll('/', '~1');

export interface DocCoverage {
  /** Pointers of named fields with no text in the docs. */
  missing: string[];
  /** Doc keys that were used (the rest name fields that do not exist). */
  used: Set<string>;
}

/** Returns a copy of `schema` with the docs merged in, and what was (not) covered. */
export function documentSchema(schema: JsonSchema, docs: FormatDocs): { schema: JsonSchema; coverage: DocCoverage } {
  const coverage: DocCoverage = { missing: [], used: new Set() };
  const lookup = (pointer: string, name: string | undefined): FieldDoc | undefined => {
    if (Object.hasOwn(docs, pointer)) {
      coverage.used.add(pointer);
      return docs[pointer];
    }
    return name !== undefined && Object.hasOwn(SHARED_DOCS, name) ? SHARED_DOCS[name] : undefined;
  };

  const walk = (node: JsonSchema, pointer: string): JsonSchema => {
    if (JSON.stringify(node) === localizedTextJson) {
      const [text, perLanguage] = node.anyOf as JsonSchema[];
      return {
        ...node,
        anyOf: [withDoc(text as JsonSchema, LOCALIZED_TEXT_DOCS.string), withDoc(perLanguage as JsonSchema, LOCALIZED_TEXT_DOCS.object)],
      };
    }
    const out: JsonSchema = { ...node };
    if (isSchema(node.properties)) {
      out.properties = Object.fromEntries(
        Object.entries(node.properties).map(([name, child]) => {
          const at = `${pointer}/${segment(name)}`;
          const documented = walk(child as JsonSchema, at);
          const doc = lookup(at, name);
          if (!doc) coverage.missing.push(at);
          return [name, doc ? withDoc(documented, doc) : documented];
        }),
      );
    }
    for (const key of ['items', 'additionalProperties'] as const) {
      const child = node[key];
      if (!isSchema(child)) continue;
      const documented = walk(child, `${pointer}/*`);
      const doc = lookup(`${pointer}/*`, undefined);
      out[key] = doc ? withDoc(documented, doc) : documented;
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches)) out[key] = branches.map((branch) => (isSchema(branch) ? walk(branch, pointer) : branch));
    }
    return out;
  };

  return { schema: walk(schema, ''), coverage };
}

/** The published JSON Schema of a format: `dist/schemas/<name>.schema.json`. */
export function contentJsonSchema(format: ContentFormat): { schema: JsonSchema; coverage: DocCoverage } {
  const generated = toJSONSchema(format.schema, OPTIONS) as JsonSchema;
  const { schema, coverage } = documentSchema(generated, SCHEMA_DOCS[format.name]);
  return {
    schema: {
      $schema: schema.$schema,
      $id: `https://unpkg.com/borger-widgets/dist/schemas/${format.name}.schema.json`,
      title: format.title,
      description: format.description,
      ...schema,
    },
    coverage,
  };
}
