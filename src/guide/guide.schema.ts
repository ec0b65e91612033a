// The guide content format (`<borger-guide>`): a start node and a map of question, info and outcome nodes.
// The zod schema checks the shape; `checkGuideGraph` then checks the routes (see guide.graph.ts).
import * as z from 'zod/mini';
import { hasKeys } from '../core/compact-check.js';
import { HrefSchema } from '../core/href.schema.js';
import { LocalizedTextSchema } from '../core/localized.schema.js';
import { RichTextSchema } from '../core/rich-text.schema.js';
import { type Problem, type Validated, validate } from '../core/validation.js';
import { ID_PATTERN } from './guide.graph.js';
import { checkGuideGraph } from './guide.graph-check.js';
import { namesServiceOrLocation } from './guide.rules.js';

const ID_RULE = 'letters a-z, digits, "-" and "_" (no spaces, no æ/ø/å)';

const idString = (what: string) => z.string().check(z.regex(ID_PATTERN, `should be ${what}: ${ID_RULE}`));

/** A map keyed by ids: a bad key gets a plain message instead of zod's bare "Invalid input". */
function idRecord<V extends z.core.SomeType>(what: string, value: V) {
  return z.record(idString(what), value, {
    error: (issue) => (issue.code === 'invalid_key' ? `is not a usable ${what}: use ${ID_RULE}` : undefined),
  });
}

const NodeId = idString('a node id');
const OptionValue = idString('an option value');

/** `{ questionId: value | [values] }`: true when every named question has (one of) the value(s). */
export const ConditionSchema = idRecord(
  'question id',
  z.union([OptionValue, z.array(OptionValue).check(z.minLength(1, 'needs at least one value'))], {
    error: 'should be an option value, or a list of option values',
  }),
).check(z.refine(hasKeys, 'needs at least one question to test'));

export const RuleSchema = z.strictObject({
  /** Leave out on the last rule: it then always applies. */
  when: z.optional(ConditionSchema),
  to: NodeId,
});

/** Where to go next: a node id, or rules tried in order against all answers so far. */
export const NextSchema = z.union([NodeId, z.array(RuleSchema).check(z.minLength(1, 'needs at least one rule'))], {
  error: 'should be a node id, or a list of rules like [{ "when": { "question": "value" }, "to": "node" }, { "to": "node" }]',
});

export const OptionSchema = z.strictObject({
  value: OptionValue,
  label: LocalizedTextSchema,
  hint: z.optional(LocalizedTextSchema),
  next: z.optional(NextSchema),
  /** On a `multiple` question: this option cannot be combined with others ("none of these"). */
  exclusive: z.optional(z.boolean()),
});

export const QuestionSchema = z.strictObject({
  type: z.literal('question'),
  kind: z.enum(['single', 'multiple', 'yesno']),
  title: LocalizedTextSchema,
  hint: z.optional(LocalizedTextSchema),
  /** Required for `single` and `multiple`; on `yesno` only to give "yes"/"no" their own labels. */
  options: z.optional(z.array(OptionSchema)),
  next: z.optional(NextSchema),
});

export const InfoSchema = z.strictObject({
  type: z.literal('info'),
  title: LocalizedTextSchema,
  /** Rich text: a small, sanitised markup subset, nested at most MARKUP_MAX_DEPTH deep (see core/markup.ts). */
  body: RichTextSchema,
  next: NextSchema,
});

export const BringItemSchema = z.strictObject({
  text: LocalizedTextSchema,
  /** Shown only when the answers match. */
  when: z.optional(ConditionSchema),
});

const Href = HrefSchema;

/** The id of an element on the same page that should open with this choice (e.g. a `<borger-booking>`). */
const Target = z.string().check(z.regex(/^[A-Za-z][\w:.-]*$/, 'should be the id of an element on this page, without "#"'));

export const LinkActionSchema = z.strictObject({ kind: z.literal('link'), href: Href, label: LocalizedTextSchema });
/**
 * A booking field chosen by the citizen's answers: `{ "when": { "hvem": "barn" }, "service": "pas-barn" }`.
 * For each field, the first rule whose `when` holds and that names the field decides.
 */
export const BookingRuleSchema = z
  .strictObject({
    when: ConditionSchema,
    service: z.optional(idString('a service id')),
    location: z.optional(idString('a location id')),
  })
  .check(z.refine(namesServiceOrLocation, 'names neither "service" nor "location", so it changes nothing'));

export const BookingActionSchema = z.strictObject({
  kind: z.literal('booking'),
  service: idString('a service id'),
  location: z.optional(idString('a location id')),
  label: LocalizedTextSchema,
  target: z.optional(Target),
  /** Service or place chosen by the answers, instead of `service` / `location` (issue 9, point 3). */
  byAnswers: z.optional(z.array(BookingRuleSchema)),
  /**
   * The questions whose answers the booking shows under "Fra vejledningen" on its check step and
   * confirmation, in this order. Default: every question answered on the way; `[]` shows none.
   */
  answers: z.optional(z.array(idString('a question id'))),
});
export const ChannelsActionSchema = z.strictObject({
  kind: z.literal('channels'),
  task: idString('a task id'),
  label: LocalizedTextSchema,
  target: z.optional(Target),
});

export const ActionSchema = z.discriminatedUnion('kind', [LinkActionSchema, BookingActionSchema, ChannelsActionSchema]);

export const OutcomeSchema = z.strictObject({
  type: z.literal('outcome'),
  title: LocalizedTextSchema,
  /** Rich text: a small, sanitised markup subset, nested at most MARKUP_MAX_DEPTH deep (see core/markup.ts). */
  body: RichTextSchema,
  bring: z.optional(z.array(BringItemSchema)),
  actions: z.optional(z.array(ActionSchema)),
});

export const GuideNodeSchema = z.discriminatedUnion('type', [QuestionSchema, InfoSchema, OutcomeSchema]);

export const GuideSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: idString('a guide id'),
  title: LocalizedTextSchema,
  intro: z.optional(LocalizedTextSchema),
  /** The task id in the channels content, for "other ways to get help". */
  task: z.optional(idString('a task id')),
  start: NodeId,
  nodes: idRecord('node id', GuideNodeSchema).check(z.refine(hasKeys, 'needs at least one node')),
});

export type Guide = z.infer<typeof GuideSchema>;
export type GuideNode = z.infer<typeof GuideNodeSchema>;
export type QuestionNode = z.infer<typeof QuestionSchema>;
export type InfoNode = z.infer<typeof InfoSchema>;
export type OutcomeNode = z.infer<typeof OutcomeSchema>;
export type GuideOption = z.infer<typeof OptionSchema>;
export type NextSpec = z.infer<typeof NextSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type BringItem = z.infer<typeof BringItemSchema>;
export type GuideAction = z.infer<typeof ActionSchema>;
export type BookingAction = z.infer<typeof BookingActionSchema>;

// zod reports a missing or unknown discriminator only as "has the wrong shape"; say what is expected.
const DISCRIMINATORS: [RegExp, string][] = [
  [/^\$\.nodes(\.[\w$-]+|\[".*"\])\.type$/, 'should be "question", "info" or "outcome"'],
  [/\.actions\[\d+\]\.kind$/, 'should be "link", "booking" or "channels"'],
];

function explainDiscriminators(problems: Problem[]): Problem[] {
  return problems.map((problem) => {
    const known = DISCRIMINATORS.find(([path]) => path.test(problem.path));
    return known && problem.message === 'has the wrong shape' ? { path: problem.path, message: known[1] } : problem;
  });
}

/** Validates guide content: the shape first (zod), then the routes. Never throws. */
export function validateGuide(input: unknown): Validated<Guide> {
  const shaped = validate(GuideSchema, input);
  if (!shaped.ok) return { ok: false, problems: explainDiscriminators(shaped.problems) };
  const problems: Problem[] = checkGuideGraph(shaped.value);
  return problems.length > 0 ? { ok: false, problems } : shaped;
}
