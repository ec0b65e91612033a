// The guide as a graph: its nodes and the answers each question can give, what showing a step needs (its
// routes, the moves each node can make, are guide.routes.ts).
// The checks the schema cannot express are in guide.graph-check.ts (run at edit time by the CLI, and in
// the browser after the first question shows). Pure: no DOM, no zod.
import type { LocalizedText } from '../core/localized.js';
import type { Guide, GuideNode, GuideOption, QuestionNode } from './guide.schema.js';

/** Node ids, option values and guide ids: they end up in URLs and form values, so keep them plain. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export type Segment = string | number;

/** The labels a yes/no question shows when the content gives none. */
export const YES_NO_OPTIONS: readonly GuideOption[] = [
  { value: 'yes', label: { da: 'Ja', en: 'Yes', ar: 'نعم' } satisfies LocalizedText },
  { value: 'no', label: { da: 'Nej', en: 'No', ar: 'لا' } satisfies LocalizedText },
];

/** The options a question offers; a yes/no question without options gets "Ja"/"Nej". */
export function questionOptions(question: QuestionNode): readonly GuideOption[] {
  if (question.kind === 'yesno' && (question.options === undefined || question.options.length === 0)) return YES_NO_OPTIONS;
  return question.options ?? [];
}

/** Every value a question can answer with. */
export function possibleValues(question: QuestionNode): string[] {
  return question.kind === 'yesno' ? ['yes', 'no'] : questionOptions(question).map((o) => o.value);
}

/** The node with this id; never something inherited from Object.prototype ("constructor"). */
export function nodeAt(guide: Guide, id: string): GuideNode | undefined {
  return Object.hasOwn(guide.nodes, id) ? guide.nodes[id] : undefined;
}
