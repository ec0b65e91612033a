// Fuzzing the pure engines with fast-check: the guide engine driven by arbitrary commands and values on the
// demo guides, opening hours on arbitrary valid hours at arbitrary instants (DST edges included), the term
// matcher on arbitrary glossaries and unicode text, and LIX on arbitrary strings. No throw, and each
// answer keeps the invariants its callers rely on.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type Hours, validateChannels } from '../../src/channels/channels.schema.js';
import { dayHours, openingState } from '../../src/channels/opening-hours.js';
import { isoDateOf } from '../../src/core/time.js';
import {
  answer,
  back,
  changeAnswer,
  currentNode,
  type GuideState,
  outcome,
  parseState,
  proceed,
  progress,
  restoreState,
  serializeState,
  start,
} from '../../src/guide/guide.engine.js';
import { type Guide, validateGuide } from '../../src/guide/guide.schema.js';
import { type Glossary, validateGlossary } from '../../src/help/glossary.schema.js';
import { lix } from '../../src/help/lix.js';
import { createMatcher } from '../../src/help/matcher.js';

const RUNS = 200;

async function demoGuide(name: string): Promise<Guide> {
  const response = await fetch(new URL(`../../demo/content/${name}.json`, import.meta.url));
  const checked = validateGuide(await response.json());
  if (!checked.ok) throw new Error(`${name} is not valid`);
  return checked.value;
}

// ---- Guide engine -----------------------------------------------------------------------------------

const ERROR_CODES = ['not-a-question', 'not-an-info', 'wrong-type', 'empty', 'unknown-option', 'exclusive-with-others', 'no-way-on'];

type Command =
  | { op: 'answer'; value: unknown }
  | { op: 'answer-option'; pick: number; many: number[] }
  | { op: 'proceed' }
  | { op: 'back' }
  | { op: 'change'; pick: number; other: string }
  | { op: 'roundtrip' };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ op: fc.constant('answer' as const), value: fc.oneof(fc.jsonValue(), fc.string(), fc.array(fc.string(), { maxLength: 4 })) }),
  fc.record({ op: fc.constant('answer-option' as const), pick: fc.nat(20), many: fc.array(fc.nat(20), { maxLength: 4 }) }),
  fc.constant<Command>({ op: 'proceed' }),
  fc.constant<Command>({ op: 'back' }),
  fc.record({ op: fc.constant('change' as const), pick: fc.nat(20), other: fc.string({ maxLength: 8 }) }),
  fc.constant<Command>({ op: 'roundtrip' }),
);

/** The state must point at nodes of the guide, from its start. */
function expectSound(guide: Guide, state: GuideState): void {
  expect(state.path[0]).to.equal(guide.start);
  for (const id of state.path) expect(Object.hasOwn(guide.nodes, id), `node ${id}`).to.equal(true);
  expect(currentNode(guide, state)).to.not.equal(undefined);
  const { step, maxSteps } = progress(guide, state);
  expect(Number.isFinite(step) && Number.isFinite(maxSteps) && step >= 1).to.equal(true);
}

function run(guide: Guide, state: GuideState, command: Command): GuideState {
  const here = currentNode(guide, state)?.node;
  const values = here?.type === 'question' ? (here.options?.map((o) => o.value) ?? ['yes', 'no']) : ['x'];
  const questions = Object.keys(guide.nodes).filter((id) => guide.nodes[id]?.type === 'question');
  let result: ReturnType<typeof answer> | undefined;
  switch (command.op) {
    case 'answer':
      result = answer(guide, state, command.value as string);
      break;
    case 'answer-option':
      result = answer(
        guide,
        state,
        here?.type === 'question' && here.kind === 'multiple'
          ? command.many.map((i) => values[i % values.length] as string)
          : (values[command.pick % values.length] as string),
      );
      break;
    case 'proceed':
      result = proceed(guide, state);
      break;
    case 'back':
      return back(state);
    case 'change':
      return changeAnswer(guide, state, command.pick % 3 === 0 ? command.other : (questions[command.pick % questions.length] as string));
    case 'roundtrip': {
      const parsed = parseState(serializeState(state));
      expect(parsed, 'a state survives the URL').to.not.equal(undefined);
      return restoreState(guide, parsed as GuideState) ?? state;
    }
  }
  if (result.ok) return result.state;
  expect(ERROR_CODES).to.include(result.error.code);
  return state;
}

describe('fuzz: guide engine', () => {
  for (const name of ['guide-pas', 'guide-flyt', 'guide-barn']) {
    it(`${name}: any sequence of answers, steps back, changes and URL round trips keeps a sound state`, async () => {
      const guide = await demoGuide(name);
      fc.assert(
        fc.property(fc.array(commandArb, { maxLength: 25 }), (commands) => {
          let state = start(guide);
          for (const command of commands) {
            state = run(guide, state, command);
            expectSound(guide, state);
            const reached = outcome(guide, state);
            if (reached) expect(guide.nodes[reached.id]?.type).to.equal('outcome');
          }
        }),
        { numRuns: RUNS },
      );
    });

    it(`${name}: parseState of arbitrary text or JSON never throws, and restoreState fits what it returns`, async () => {
      const guide = await demoGuide(name);
      const text = fc.oneof(
        fc.string(),
        fc.jsonValue().map((value) => JSON.stringify(value)),
        fc
          .record({
            guideId: fc.constantFrom(guide.id, 'andet'),
            answers: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue()),
            path: fc.array(fc.constantFrom(...Object.keys(guide.nodes), 'nope')),
          })
          .map((s) => JSON.stringify(s)),
        fc.webQueryParameters().map((query) => `#guide=${guide.id}&${query}`),
      );
      fc.assert(
        fc.property(fc.oneof(text, fc.jsonValue() as fc.Arbitrary<unknown>), (input) => {
          const parsed = parseState(input);
          if (!parsed) return;
          const fitted = restoreState(guide, parsed);
          if (fitted) expectSound(guide, fitted);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

// ---- Opening hours ------------------------------------------------------------------------------------

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
const pad = (n: number) => String(n).padStart(2, '0');
const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59)).map(([h, m]) => `${pad(h)}:${pad(m)}`);
const closesArb = fc.oneof({ weight: 5, arbitrary: timeArb }, { weight: 1, arbitrary: fc.constant('24:00') });
const dateArb = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Arbitrary hours that pass the channels schema (opens ≠ closes, one rule per exception date …). */
const hoursArb: fc.Arbitrary<Hours> = fc
  .record(
    {
      weekly: fc.array(fc.record({ days: fc.subarray([...DAYS], { minLength: 1 }), opens: timeArb, closes: closesArb }), { maxLength: 4 }),
      exceptions: fc.array(
        fc.oneof(
          fc.record(
            { date: dateArb, closed: fc.constant(true as const), label: fc.string({ maxLength: 10 }) },
            { requiredKeys: ['date', 'closed'] },
          ),
          fc.record({ date: dateArb, opens: timeArb, closes: closesArb }),
        ),
        { maxLength: 6 },
      ),
      holidays: fc.constantFrom('dk' as const, 'none' as const),
    },
    { requiredKeys: [] },
  )
  .filter((hours) => validateChannels({ channels: [{ id: 'c', kind: 'selfservice', label: 'c', href: '/', hours }] }).ok);

/** Instants around the daylight-saving changes in Copenhagen (01:00 UTC on the last Sundays of March and October). */
const DST_EDGES = [
  '2025-03-30T01:00:00Z',
  '2025-10-26T01:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2027-03-28T01:00:00Z',
].map((iso) => Date.parse(iso));
const instantArb = fc.oneof(
  fc.date({ min: new Date('2024-06-01T00:00:00Z'), max: new Date('2028-06-01T00:00:00Z'), noInvalidDate: true }),
  fc
    .tuple(fc.constantFrom(...DST_EDGES), fc.integer({ min: -26 * 60, max: 26 * 60 }))
    .map(([edge, minutes]) => new Date(edge + minutes * 60_000)),
);

describe('fuzz: opening hours', () => {
  it('openingState: a consistent answer at any instant for any valid hours', () => {
    fc.assert(
      fc.property(hoursArb, instantArb, fc.integer({ min: 0, max: 180 }), (hours, now, soon) => {
        const state = openingState(hours, now, { closingSoonMinutes: soon });
        expect(state.open).to.be.a('boolean');
        if (state.closingSoon) expect(state.open, 'closing soon only when open').to.equal(true);
        if (state.open && state.closesAt) {
          expect(state.closesAt.getTime()).to.be.greaterThan(now.getTime());
          expect(openingState(hours, new Date(state.closesAt.getTime() - 1)).open, 'open until it closes').to.equal(true);
          expect(openingState(hours, state.closesAt).open, `closed at closesAt ${state.closesAt.toISOString()}`).to.equal(false);
        }
        if (!state.open && state.opensAt) {
          expect(state.opensAt.getTime()).to.be.greaterThan(now.getTime());
          expect(openingState(hours, state.opensAt).open, `open at opensAt ${state.opensAt.toISOString()}`).to.equal(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('dayHours: sorted intervals of valid wall-clock times on any date', () => {
    fc.assert(
      fc.property(hoursArb, instantArb, (hours, at) => {
        const date = isoDateOf(at);
        const day = dayHours(hours, date);
        expect(day.date).to.equal(date);
        expect(['holiday', 'exception', 'regular']).to.include(day.reason.kind);
        for (const interval of day.intervals) {
          expect(interval.opens).to.match(/^([01]\d|2[0-3]):[0-5]\d$/);
          expect(interval.closes).to.match(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/);
        }
        const opens = day.intervals.map((i) => i.opens);
        expect(opens).to.deep.equal([...opens].sort());
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- Matcher ------------------------------------------------------------------------------------------

const word = fc.stringMatching(/^[a-zæøåA-ZÆØÅ]{2,7}$/);
const termText = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  fc.tuple(word, word).map(([a, b]) => `${a}-${b}`),
);

const glossaryArb: fc.Arbitrary<Glossary> = fc
  .array(fc.record({ term: termText, forms: fc.array(termText, { maxLength: 2 }), inflect: fc.boolean() }), { minLength: 1, maxLength: 8 })
  .map((entries) => ({
    terms: entries.map((entry, i) => ({
      id: `t${i}`,
      term: entry.term,
      forms: entry.forms,
      inflect: entry.inflect,
      explanation: 'Forklaring.',
    })),
  }))
  .filter((glossary) => validateGlossary(glossary).ok);

/** The documented matching key: lower-cased per character, Unicode hyphens as "-", soft hyphens dropped, whitespace runs one space. */
const key = (text: string) =>
  [...text.replace(/\u00ad/g, '').replace(/\s+/gu, ' ')]
    .map((c) => (c === '\u2010' || c === '\u2011' ? '-' : c.toLowerCase().length === 1 ? c.toLowerCase() : c))
    .join('');

/** Text made of glossary forms (in any case) among arbitrary unicode, so that matches happen. */
function textArb(glossary: Glossary): fc.Arbitrary<string> {
  const forms = glossary.terms.flatMap((t) => [t.term, ...(t.forms ?? [])]);
  const piece = fc.oneof(
    fc
      .constantFrom(...forms)
      .chain((form) =>
        fc.constantFrom(form, form.toUpperCase(), `${form}en`, `${form}s`, form.replace(/ /g, '\n\t '), form.replace(/-/g, '\u2011')),
      ),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.constantFrom(' ', '. ', '\u00a0', '\u00ad', '"', '(', ')', '\u200f', '😀'),
  );
  return fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(''));
}

describe('fuzz: term matcher', () => {
  it('find: matches within bounds, sorted, not overlapping, each text normalising to its form', () => {
    fc.assert(
      fc.property(
        glossaryArb.chain((glossary) => fc.tuple(fc.constant(glossary), textArb(glossary))),
        ([glossary, text]) => {
          const matches = createMatcher(glossary).find(text);
          let previousEnd = 0;
          for (const match of matches) {
            expect(match.start, 'sorted and not overlapping').to.be.at.least(previousEnd);
            expect(match.end).to.be.greaterThan(match.start);
            expect(match.end).to.be.at.most(text.length);
            expect(glossary.terms.some((t) => t.id === match.termId)).to.equal(true);
            expect(key(text.slice(match.start, match.end)), `${JSON.stringify(text)} [${match.start}, ${match.end})`).to.equal(
              key(match.form),
            );
            previousEnd = match.end;
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('find: arbitrary unicode (lone surrogates too) never throws', () => {
    fc.assert(
      fc.property(glossaryArb, fc.string({ unit: 'binary', maxLength: 200 }), (glossary, text) => {
        const matches = createMatcher(glossary).find(text);
        for (const match of matches) expect(match.end).to.be.at.most(text.length);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- LIX ------------------------------------------------------------------------------------------------

describe('fuzz: LIX', () => {
  it('any string gives a finite, non-negative LIX and sane counts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.lorem({ maxCount: 30, mode: 'sentences' }),
        ),
        (text) => {
          const result = lix(text);
          expect(Number.isFinite(result.lix), `lix of ${JSON.stringify(text)}`).to.equal(true);
          expect(result.lix).to.be.at.least(0);
          for (const count of [result.words, result.sentences, result.longWords])
            expect(Number.isInteger(count) && count >= 0).to.equal(true);
          expect(result.longWords).to.be.at.most(result.words);
          if (result.words === 0) expect(result.lix).to.equal(0);
          else expect(result.sentences).to.be.greaterThan(0);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
