import { expect } from '@open-wc/testing';
import {
  allPaths,
  answer,
  answerChoices,
  back,
  changeAnswer,
  conditionHolds,
  currentNodeId,
  fastForward,
  type GuideState,
  nextNodeId,
  outcome,
  parseState,
  pathSoFar,
  proceed,
  progress,
  randomWalk,
  rememberedAnswer,
  resolveNext,
  restoreState,
  type StepResult,
  serializeState,
  start,
} from '../../src/guide/guide.engine.js';
import { type Guide, validateGuide } from '../../src/guide/guide.schema.js';

// A small graph whose numbers we can count by hand:
//   a (single): x → info, y → e
//   info → c;  e (yes/no) → c
//   c (multiple, "none" exclusive): p → d;  a=y and q → end2;  else → end1
//   d (yes/no): yes → end1, else → end2
// Longest route: a → info|e → c → d → end = 5 nodes.
const guide: Guide = {
  id: 'test',
  title: 'Test',
  start: 'a',
  nodes: {
    a: {
      type: 'question',
      kind: 'single',
      title: 'A?',
      options: [
        { value: 'x', label: { da: 'Eks', en: 'Ex' }, next: 'info' },
        { value: 'y', label: 'Y' },
      ],
      next: 'e',
    },
    info: { type: 'info', title: 'Info', body: 'Læs dette.', next: 'c' },
    e: { type: 'question', kind: 'yesno', title: 'E?', next: 'c' },
    c: {
      type: 'question',
      kind: 'multiple',
      title: 'C?',
      options: [
        { value: 'p', label: 'P' },
        { value: 'q', label: 'Q' },
        { value: 'none', label: 'Ingen af delene', exclusive: true },
      ],
      next: [{ when: { c: 'p' }, to: 'd' }, { when: { a: 'y', c: ['q'] }, to: 'end2' }, { to: 'end1' }],
    },
    d: { type: 'question', kind: 'yesno', title: 'D?', next: [{ when: { d: 'yes' }, to: 'end1' }, { to: 'end2' }] },
    end1: {
      type: 'outcome',
      title: 'Slut 1',
      body: 'Færdig.',
      bring: [{ text: 'Altid' }, { text: 'Når P', when: { c: 'p' } }, { text: 'Når x eller e=no', when: { a: 'x' } }],
      actions: [{ kind: 'booking', service: 'pas', label: 'Book' }],
    },
    end2: { type: 'outcome', title: 'Slut 2', body: 'Færdig.' },
  },
};

function ok(result: StepResult): GuideState {
  if (!result.ok) throw new Error(`expected a step, got ${result.error.code}: ${result.error.message}`);
  return result.state;
}

/** Answers in turn (info nodes are passed with `proceed`). */
function walk(state: GuideState, ...values: (string | string[] | 'continue')[]): GuideState {
  return values.reduce((s, v) => ok(v === 'continue' ? proceed(guide, s) : answer(guide, s, v)), state);
}

describe('guide engine', () => {
  it('the test guide is valid', () => {
    expect(validateGuide(guide)).to.deep.equal({ ok: true, value: guide });
  });

  describe('rules', () => {
    it("a node id on an option wins over the question's next", () => {
      expect(nextNodeId(guide, 'a', { a: 'x' })).to.equal('info');
    });

    it("an option without next falls back to the question's next", () => {
      expect(nextNodeId(guide, 'a', { a: 'y' })).to.equal('e');
    });

    it('a rule with one value matches that answer', () => {
      expect(nextNodeId(guide, 'd', { d: 'yes' })).to.equal('end1');
    });

    it('the last rule without when catches everything else', () => {
      expect(nextNodeId(guide, 'd', { d: 'no' })).to.equal('end2');
    });

    it('a multiple answer matches when it includes one of the values', () => {
      expect(nextNodeId(guide, 'c', { a: 'x', c: ['p', 'q'] })).to.equal('d');
    });

    it('a rule naming several questions needs all of them (and any earlier answer counts)', () => {
      expect(nextNodeId(guide, 'c', { a: 'y', c: ['q'] })).to.equal('end2');
      expect(nextNodeId(guide, 'c', { a: 'x', c: ['q'] })).to.equal('end1');
    });

    it('a list of values matches any of them', () => {
      expect(conditionHolds({ a: ['x', 'y'] }, { a: 'y' })).to.equal(true);
      expect(conditionHolds({ a: ['x', 'y'] }, { a: 'z' })).to.equal(false);
      expect(conditionHolds({ c: ['q', 'none'] }, { c: ['p'] })).to.equal(false);
    });

    it('an unanswered question never matches', () => {
      expect(conditionHolds({ a: 'x' }, {})).to.equal(false);
      expect(resolveNext([{ when: { a: 'x' }, to: 'n1' }, { to: 'n2' }], {})).to.equal('n2');
    });

    it('does not mistake inherited properties for answers', () => {
      expect(conditionHolds({ constructor: 'x' }, {})).to.equal(false);
    });
  });

  describe('answering', () => {
    it('starts at the start node with no answers', () => {
      expect(start(guide)).to.deep.equal({ guideId: 'test', answers: {}, path: ['a'] });
    });

    it('moves along the route, passing info nodes with proceed', () => {
      const state = walk(start(guide), 'x', 'continue', ['p'], 'yes');
      expect(state.path).to.deep.equal(['a', 'info', 'c', 'd', 'end1']);
      expect(state.answers).to.deep.equal({ a: 'x', c: ['p'], d: 'yes' });
    });

    it('rejects an unknown option with an error result, not a throw', () => {
      const result = answer(guide, start(guide), 'z');
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.include({ code: 'unknown-option', value: 'z' });
    });

    it('rejects "none of these" together with other choices', () => {
      const atC = walk(start(guide), 'y', 'no');
      const result = answer(guide, atC, ['p', 'none']);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error).to.include({ code: 'exclusive-with-others', value: 'none' });
    });

    it('accepts the exclusive option alone', () => {
      expect(walk(start(guide), 'y', 'no', ['none']).path).to.deep.equal(['a', 'e', 'c', 'end1']);
    });

    it('rejects an empty choice, a list for a single question and a value for yes/no it cannot take', () => {
      const atC = walk(start(guide), 'y', 'no');
      const codes = [
        answer(guide, atC, []),
        answer(guide, start(guide), ['x']),
        answer(guide, start(guide), ''),
        answer(guide, walk(start(guide), 'y'), 'ja'),
      ].map((r) => (r.ok ? 'ok' : r.error.code));
      expect(codes).to.deep.equal(['empty', 'wrong-type', 'empty', 'unknown-option']);
    });

    it("puts multiple choices in the question's order and drops repeats", () => {
      const state = walk(start(guide), 'y', 'no', ['q', 'p', 'q']);
      expect(state.answers.c).to.deep.equal(['p', 'q']);
    });

    it('takes a single string for a multiple question as a one-item list', () => {
      expect(walk(start(guide), 'y', 'no', 'q').answers.c).to.deep.equal(['q']);
    });

    it('refuses to answer an info node and to proceed from a question', () => {
      const atInfo = walk(start(guide), 'x');
      const a = answer(guide, atInfo, 'x');
      const p = proceed(guide, start(guide));
      expect(a.ok || a.error.code).to.equal('not-a-question');
      expect(p.ok || p.error.code).to.equal('not-an-info');
    });

    it('never changes the state it was given', () => {
      const before = walk(start(guide), 'x');
      const copy = structuredClone(before);
      walk(before, 'continue', ['p']);
      back(before);
      expect(before).to.deep.equal(copy);
    });
  });

  describe('back and change an answer', () => {
    it('back goes one node back and keeps the answer to show it again', () => {
      const state = back(walk(start(guide), 'x'));
      expect(state.path).to.deep.equal(['a']);
      expect(rememberedAnswer(state)).to.equal('x');
    });

    it('back at the start stays at the start', () => {
      expect(back(start(guide))).to.deep.equal(start(guide));
    });

    it('changeAnswer goes back to the question and keeps later answers remembered', () => {
      const done = walk(start(guide), 'x', 'continue', ['p'], 'yes');
      const state = changeAnswer(guide, done, 'c');
      expect(currentNodeId(state)).to.equal('c');
      expect(rememberedAnswer(state)).to.deep.equal(['p']);
      expect(state.answers.d).to.equal('yes');
    });

    it('keeps the answers on a still valid route: the same answer leads back to the same outcome', () => {
      const done = walk(start(guide), 'x', 'continue', ['p'], 'yes');
      const again = ok(answer(guide, changeAnswer(guide, done, 'a'), 'x'));
      expect(again.answers).to.deep.equal(done.answers);
      const forward = fastForward(guide, ok(proceed(guide, again)));
      expect(forward.path).to.deep.equal(done.path);
      expect(outcome(guide, forward)?.id).to.equal('end1');
    });

    it('drops answers the new route no longer passes, and keeps those still ahead', () => {
      // y → e=no → c=[p] → d=no → end2. Changing a to x skips e; c and d can still come.
      const done = walk(start(guide), 'y', 'no', ['p'], 'no');
      const changed = ok(answer(guide, changeAnswer(guide, done, 'a'), 'x'));
      expect(changed.path).to.deep.equal(['a', 'info']);
      expect(changed.answers).to.deep.equal({ a: 'x', c: ['p'], d: 'no' });
    });

    it('drops later answers when the new answer routes past them', () => {
      // x → info → c=[p] → d=yes. Changing c to [q] goes straight to end1; d is gone.
      const done = walk(start(guide), 'x', 'continue', ['p'], 'yes');
      const changed = ok(answer(guide, changeAnswer(guide, done, 'c'), ['q']));
      expect(changed.path).to.deep.equal(['a', 'info', 'c', 'end1']);
      expect(changed.answers).to.deep.equal({ a: 'x', c: ['q'] });
    });

    it('fastForward stops at an info node and at a question with no remembered answer', () => {
      const done = walk(start(guide), 'y', 'no', ['p'], 'no');
      const changed = ok(answer(guide, changeAnswer(guide, done, 'a'), 'x'));
      expect(currentNodeId(fastForward(guide, changed))).to.equal('info');
      const atE = ok(answer(guide, changeAnswer(guide, walk(start(guide), 'x', 'continue', ['q']), 'a'), 'y'));
      expect(currentNodeId(fastForward(guide, atE))).to.equal('e');
    });

    it('changeAnswer leaves the state alone for a question not on the route', () => {
      const state = walk(start(guide), 'x');
      expect(changeAnswer(guide, state, 'e')).to.equal(state);
      expect(changeAnswer(guide, state, 'info')).to.equal(state);
    });
  });

  describe('what the citizen sees', () => {
    it('pathSoFar lists the answered questions with the labels of the answers', () => {
      const state = walk(start(guide), 'x', 'continue', ['q', 'p']);
      const steps = pathSoFar(guide, state);
      expect(steps.map((s) => [s.questionId, s.answer, s.labels])).to.deep.equal([
        ['a', 'x', [{ da: 'Eks', en: 'Ex' }]],
        ['c', ['p', 'q'], ['P', 'Q']],
      ]);
    });

    it('pathSoFar gives yes/no answers their default labels and leaves out the question shown now', () => {
      const state = walk(start(guide), 'y', 'yes');
      expect(pathSoFar(guide, state).map((s) => s.labels)).to.deep.equal([['Y'], [{ da: 'Ja', en: 'Yes', ar: 'نعم' }]]);
      expect(pathSoFar(guide, back(state)).map((s) => s.questionId)).to.deep.equal(['a']);
    });

    it('progress counts the longest route still possible', () => {
      expect(progress(guide, start(guide))).to.deep.equal({ step: 1, maxSteps: 5 });
      expect(progress(guide, walk(start(guide), 'x'))).to.deep.equal({ step: 2, maxSteps: 5 });
      expect(progress(guide, walk(start(guide), 'x', 'continue'))).to.deep.equal({ step: 3, maxSteps: 5 });
      expect(progress(guide, walk(start(guide), 'x', 'continue', ['p']))).to.deep.equal({ step: 4, maxSteps: 5 });
    });

    it('progress shrinks when the answers so far rule out the longest route', () => {
      // a=x, c=[q] goes straight to end1: four nodes where five were possible.
      const state = walk(start(guide), 'x', 'continue', ['q']);
      expect(progress(guide, state)).to.deep.equal({ step: 4, maxSteps: 4 });
    });

    it('progress ends with step equal to maxSteps', () => {
      for (const route of allPaths(guide)) {
        const state: GuideState = { guideId: 'test', answers: route.answers, path: route.nodes };
        const { step, maxSteps } = progress(guide, state);
        expect(step, route.nodes.join(' ')).to.equal(maxSteps);
      }
    });

    it('outcome resolves the bring list against the answers and passes the actions on', () => {
      const result = outcome(guide, walk(start(guide), 'x', 'continue', ['p'], 'yes'));
      expect(result).to.deep.equal({
        id: 'end1',
        title: 'Slut 1',
        body: 'Færdig.',
        bring: ['Altid', 'Når P', 'Når x eller e=no'],
        actions: [{ kind: 'booking', service: 'pas', label: 'Book' }],
      });
      expect(outcome(guide, walk(start(guide), 'y', 'no', ['none']))?.bring).to.deep.equal(['Altid']);
    });

    it('outcome is undefined before the end', () => {
      expect(outcome(guide, start(guide))).to.equal(undefined);
    });
  });

  describe('saving and restoring', () => {
    // Walked inside the tests (beforeEach), not when the file loads: a broken engine then fails
    // these tests by name instead of stopping the whole file with a load error.
    let done: GuideState;
    beforeEach(() => {
      done = walk(start(guide), 'x', 'continue', ['p', 'q'], 'yes');
    });

    it('round-trips through JSON', () => {
      expect(JSON.parse(JSON.stringify(done))).to.deep.equal(done);
      expect(parseState(JSON.stringify(done))).to.deep.equal(done);
    });

    it('round-trips through a URL fragment', () => {
      const fragment = serializeState(done);
      expect(fragment).to.equal('guide=test&guide.path=a.info.c.d.end1&guide.a.a=x&guide.m.c=p.q&guide.a.d=yes');
      expect(parseState(fragment)).to.deep.equal(done);
      expect(parseState(`#${fragment}`)).to.deep.equal(done);
    });

    it('keeps a one-item multiple answer a list', () => {
      const state = walk(start(guide), 'y', 'no', ['q']);
      expect(parseState(serializeState(state))?.answers.c).to.deep.equal(['q']);
    });

    it('ignores other keys in the fragment', () => {
      expect(parseState(`booking=42&token=abc&${serializeState(done)}`)).to.deep.equal(done);
    });

    const garbage: unknown[] = [
      '',
      '#',
      'garbage',
      '%',
      '%E0%A4%A',
      'guide=',
      'guide=test',
      'guide=test&guide.path=',
      'guide=test&guide.path=a..c',
      'guide=te st&guide.path=a',
      'guide=test&guide.path=a&guide.a.a=<script>',
      'guide=test&guide.path=a&guide.m.c=p.',
      'guide=test&guide.path=a&guide.a.__proto__=x',
      '{"guideId":1}',
      '{"guideId":"test","answers":[],"path":["a"]}',
      '{"guideId":"test","answers":{},"path":[]}',
      '{not json',
      '{"guideId":"test","answers":{"a":["x",3]},"path":["a"]}',
      null,
      undefined,
      42,
      { guideId: 'test' },
    ];
    for (const input of garbage) {
      it(`returns undefined for ${JSON.stringify(input) ?? String(input)}`, () => {
        expect(parseState(input)).to.equal(undefined);
      });
    }

    it('restoreState accepts a state that fits the guide', () => {
      expect(restoreState(guide, done)).to.deep.equal(done);
    });

    it('restoreState keeps the longest part of the route the guide still allows', () => {
      // d is not where c=[q] leads (a=x, q → end1), so the route stops at c.
      const tampered: GuideState = { guideId: 'test', answers: { a: 'x', c: ['q'], d: 'yes' }, path: ['a', 'info', 'c', 'd', 'end1'] };
      const restored = restoreState(guide, tampered);
      expect(restored?.path).to.deep.equal(['a', 'info', 'c']);
      expect(restored?.answers).to.deep.equal({ a: 'x', c: ['q'], d: 'yes' });
    });

    it('restoreState drops answers the questions cannot take, and stops there', () => {
      const tampered: GuideState = { guideId: 'test', answers: { a: 'x', c: ['p', 'none'], nope: 'x' }, path: ['a', 'info', 'c', 'd'] };
      const restored = restoreState(guide, tampered);
      expect(restored).to.deep.equal({ guideId: 'test', answers: { a: 'x' }, path: ['a', 'info', 'c'] });
    });

    it("restoreState starts over when the start differs, and refuses another guide's state", () => {
      expect(restoreState(guide, { ...done, path: ['info', 'c'] })).to.deep.equal(start(guide));
      expect(restoreState(guide, { ...done, guideId: 'other' })).to.equal(undefined);
    });
  });

  describe('walking every route', () => {
    it('answerChoices gives each exclusive option alone and every mix of the others', () => {
      expect(answerChoices(guide.nodes.c as Extract<Guide['nodes'][string], { type: 'question' }>)).to.deep.equal([
        ['none'],
        ['p'],
        ['q'],
        ['p', 'q'],
      ]);
    });

    it('allPaths finds every route (counted by hand: 18) and every outcome', () => {
      const routes = allPaths(guide);
      expect(routes).to.have.length(18);
      expect(routes.every((r) => r.outcome !== undefined)).to.equal(true);
      expect(new Set(routes.map((r) => r.outcome))).to.deep.equal(new Set(['end1', 'end2']));
      expect(new Set(routes.map((r) => JSON.stringify(r.answers))).size).to.equal(18);
    });

    it('randomWalk always reaches an outcome and repeats itself for the same random numbers', () => {
      const seeded = (seed: number) => () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const reached = new Set<string | undefined>();
      for (let i = 0; i < 200; i++) reached.add(randomWalk(guide, seeded(i)).outcome);
      expect(reached).to.deep.equal(new Set(['end1', 'end2']));
      expect(randomWalk(guide, seeded(7))).to.deep.equal(randomWalk(guide, seeded(7)));
    });

    it('stops instead of looping forever on content that did not validate', () => {
      const looping: Guide = {
        id: 'loop',
        title: 'Loop',
        start: 'a',
        nodes: { a: { type: 'info', title: 'A', body: 'A', next: 'b' }, b: { type: 'info', title: 'B', body: 'B', next: 'a' } },
      };
      expect(validateGuide(looping).ok).to.equal(false);
      expect(allPaths(looping).every((r) => r.outcome === undefined)).to.equal(true);
      expect(randomWalk(looping, () => 0.5).outcome).to.equal(undefined);
      expect(progress(looping, start(looping)).maxSteps).to.be.a('number');
    });
  });
});
