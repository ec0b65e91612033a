// The schema of a citizen text that may carry the rich-text markup subset (markup.ts): LocalizedText
// whose markup nests at most MARKUP_MAX_DEPTH deep. Deeper markup would be shown flattened, so it is
// refused here, where the editor hears about it with the text's JSON path.
import * as z from 'zod/mini';
import { LocalizedTextSchema } from './localized.schema.js';
import { isShallowMarkup, isShallowRichText, MARKUP_MAX_DEPTH, markupProblems } from './markup.js';
import { superRefineWith } from './refine.js';

const TOO_DEEP = `has markup nested more than ${MARKUP_MAX_DEPTH} levels deep (tags inside tags); use fewer nested tags`;

function tooDeepAt(text: string): number | undefined {
  if (!text.includes('<')) return undefined;
  return markupProblems(text).find((problem) => problem.code === 'too-deep')?.offset;
}

const depthMessage = (offset: number) => `${TOO_DEEP} (from character ${offset + 1})`;

/** One language's rich text: a string whose markup nests at most MARKUP_MAX_DEPTH deep. */
export const RichStringSchema = z.string().check(
  superRefineWith<string>(isShallowMarkup, (text, ctx) => {
    const offset = tooDeepAt(text);
    if (offset !== undefined) ctx.issues.push({ code: 'custom', message: depthMessage(offset), input: text });
  }),
);

/** LocalizedText that may carry markup (guide bodies, glossary explanations), nested at most MARKUP_MAX_DEPTH deep. */
export const RichTextSchema = LocalizedTextSchema.check(
  superRefineWith<string | Record<string, string>>(isShallowRichText, (value, ctx) => {
    const texts: Array<[string | undefined, string]> = typeof value === 'string' ? [[undefined, value]] : Object.entries(value);
    for (const [lang, text] of texts) {
      const offset = tooDeepAt(text);
      if (offset === undefined) continue;
      ctx.issues.push({ code: 'custom', message: depthMessage(offset), input: text, ...(lang === undefined ? {} : { path: [lang] }) });
    }
  }),
);
