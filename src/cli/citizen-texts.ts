// Every text a citizen reads, found through the schema rather than a list of fields: by design, citizen
// text is `LocalizedText` (or its rich form) and nothing else is, so a field added to a format is checked without
// touching the CLI. Each text's LIX is computed on its Danish version, without markup.
import type * as z from 'zod/mini';
import type { LocalizedText } from '../core/localized.js';
import { LocalizedTextSchema } from '../core/localized.schema.js';
import { richTextToPlain } from '../core/markup.js';
import { RichTextSchema } from '../core/rich-text.schema.js';
import { jsonPath } from '../core/validation.js';
import { type LixBand, lix, lixBand } from '../help/lix.js';

export interface CitizenText {
  path: string;
  text: LocalizedText;
  /** May carry the rich-text markup subset (a guide body, a glossary explanation). */
  rich: boolean;
}

type AnySchema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef;

/** Walks `value` (already valid for `schema`) alongside the schema and yields every LocalizedText in it. */
export function* citizenTexts(schema: AnySchema, value: unknown, at: PropertyKey[] = []): Generator<CitizenText> {
  if (value === undefined) return;
  if (schema === LocalizedTextSchema || schema === RichTextSchema) {
    yield { path: jsonPath(at), text: value as LocalizedText, rich: schema === RichTextSchema };
    return;
  }
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      yield* citizenTexts((def as z.core.$ZodOptionalDef).innerType, value, at);
      return;
    case 'object': {
      const { shape } = def as z.core.$ZodObjectDef;
      for (const [key, field] of Object.entries(shape)) {
        if (Object.hasOwn(value as object, key)) yield* citizenTexts(field, (value as Record<string, unknown>)[key], [...at, key]);
      }
      return;
    }
    case 'array': {
      const { element } = def as z.core.$ZodArrayDef;
      for (const [i, item] of (value as unknown[]).entries()) yield* citizenTexts(element, item, [...at, i]);
      return;
    }
    case 'record': {
      const { valueType } = def as z.core.$ZodRecordDef;
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) yield* citizenTexts(valueType, item, [...at, key]);
      return;
    }
    case 'union': {
      // The branch the value was accepted by (for a discriminated union: the one its "type"/"kind" names).
      const branch = (def as z.core.$ZodUnionDef).options.find((option) => (option as z.ZodMiniType).safeParse(value).success);
      if (branch) yield* citizenTexts(branch, value, at);
      return;
    }
    default:
      return;
  }
}

/** The Danish version of a text: the plain string, or its "da" entry; none when only other languages are given. */
export function danishText(text: LocalizedText): string | undefined {
  return typeof text === 'string' ? text : text.da;
}

/** LIX is a statistic of running text: under this many words one long word decides it, so no warning. */
export const LIX_MIN_WORDS = 10;

export interface TextReadability {
  path: string;
  lang: 'da';
  /** Rounded, as editors compare it with a limit. */
  lix: number;
  band: LixBand;
  words: number;
  sentences: number;
  longWords: number;
}

/**
 * LIX of the Danish version. Markup is removed first, and every paragraph and list item counts as its
 * own sentence: a bullet point is a sentence to a reader even without a full stop.
 */
export function readability({ path, text }: CitizenText): TextReadability | undefined {
  const danish = danishText(text);
  if (danish === undefined) return undefined;
  const blocks = richTextToPlain(danish).split('\n').join('\n\n');
  const result = lix(blocks);
  const rounded = Math.round(result.lix);
  const { words, sentences, longWords } = result;
  return { path, lang: 'da', lix: rounded, band: lixBand(rounded), words, sentences, longWords };
}
