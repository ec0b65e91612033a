// What a guide's booking action hands over (issue 9, point 3): the service and place chosen by the
// answers (content rules, not the passport demo's ids), the bring items that apply, and the answers.
import { expect } from '@open-wc/testing';
import { localize } from '../../src/core/localized.js';
import { answer, type GuideState, proceed, start } from '../../src/guide/guide.engine.js';
import { bookingContext } from '../../src/guide/guide.handoff.js';
import { type BookingAction, type Guide, validateGuide } from '../../src/guide/guide.schema.js';
import { demoGuide, demoJson } from './helpers.js';

/** Walks `guide` with these answers (info steps are passed), as the element does. */
function walk(guide: Guide, answers: string[]): GuideState {
  let state = start(guide);
  const queue = [...answers];
  for (;;) {
    const node = guide.nodes[state.path.at(-1)!]!;
    if (node.type === 'outcome') return state;
    const result = node.type === 'info' ? proceed(guide, state) : answer(guide, state, queue.shift()!);
    if (!result.ok) throw new Error(result.error.message);
    state = result.state;
  }
}

const firstBooking = (guide: Guide, state: GuideState): BookingAction => {
  const node = guide.nodes[state.path.at(-1)!]!;
  const action = node.type === 'outcome' ? node.actions?.find((a) => a.kind === 'booking') : undefined;
  if (action?.kind !== 'booking') throw new Error('no booking action');
  return action;
};

const da = (texts: readonly unknown[]) => texts.map((text) => localize(text as never, 'da'));

/** A guide whose outcome's booking action chooses service and place by the answers. */
function ruled(action: Partial<BookingAction>): Guide {
  const content = {
    id: 'ruled',
    title: 'Pas',
    start: 'hvem',
    nodes: {
      hvem: {
        type: 'question',
        kind: 'single',
        title: { da: 'Hvem skal have pas?', en: 'Who needs a passport?' },
        options: [
          { value: 'mig', label: { da: 'Mig selv', en: 'Me' } },
          { value: 'barn', label: { da: 'Mit barn', en: 'My child' } },
        ],
        next: 'aften',
      },
      aften: { type: 'question', kind: 'yesno', title: 'Skal det være om aftenen?', next: 'ting' },
      ting: {
        type: 'question',
        kind: 'multiple',
        title: 'Hvad har du?',
        options: [
          { value: 'foto', label: 'Et foto' },
          { value: 'pas', label: 'Det gamle pas' },
        ],
        next: 'klar',
      },
      klar: {
        type: 'outcome',
        title: 'Klar',
        body: 'Book tid.',
        bring: [{ text: 'Barnet', when: { hvem: 'barn' } }, { text: 'Betalingskort' }],
        actions: [{ kind: 'booking', service: 'pas', label: 'Book tid', ...action }],
      },
    },
  };
  const result = validateGuide(content);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('bookingContext: what a guide hands to the booking', () => {
  it('the demo passport journey "Mig selv → Ja, jeg har det → printet foto" hands over only the items that apply, and every answer', () => {
    const guide = demoGuide('guide-pas');
    const state = walk(guide, ['mig', 'ja', 'medbringer', 'dag']);
    const context = bookingContext(guide, state, firstBooking(guide, state));
    expect(context.service).to.equal('pas');
    expect(context.location).to.equal(undefined);
    expect(da(context.bring)).to.deep.equal(['Dit gamle pas', 'Et printet pasfoto', 'Betalingskort til gebyret']);
    expect(context.answers.map((a) => [localize(a.question, 'da'), da(a.answer)])).to.deep.equal([
      ['Hvem skal have pas?', ['Mig selv (18 år eller ældre)']],
      ['Har du det gamle pas?', ['Ja, jeg har det']],
      ['Hvordan vil du have foto til passet?', ['Jeg tager et printet foto med']],
      ['Hvornår passer det dig at komme?', ['I løbet af dagen på hverdage']],
    ]);
    // The labels travel in every language the content has: the booking shows them in its own.
    expect(localize(context.answers[0]!.answer[0]!, 'en')).to.equal('Me (18 or older)');
  });

  it('the evening route keeps the outcome action’s own place', () => {
    const guide = demoGuide('guide-pas');
    const state = walk(guide, ['barn', 'yes', 'mistet', 'hos-os', 'aften']);
    const context = bookingContext(guide, state, firstBooking(guide, state));
    expect([context.service, context.location]).to.deep.equal(['pas', 'bibliotek-hovedbiblioteket']);
    expect(da(context.bring)).to.include('Penge til fotoet, hvis vi skal tage det');
    expect(da(context.bring)).to.not.include('Et printet pasfoto');
  });

  it('works for another guide: the moving guide hands over its answers (yes/no in Danish, English and Arabic)', () => {
    const guide = demoGuide('guide-flyt');
    const state = walk(guide, ['snart', 'no', 'borgerservice', 'yes']);
    const context = bookingContext(guide, state, firstBooking(guide, state));
    expect(context.service).to.equal('hjaelp-selvbetjening');
    expect(da(context.bring)).to.include('Navnet på den læge, du vil vælge');
    expect(context.answers.map((a) => localize(a.question, 'da'))).to.deep.equal([
      'Hvornår flytter du ind på den nye adresse?',
      'Har du MitID?',
      'Hvordan vil du have hjælp?',
      'Flytter du langt fra din læge, fx til en anden kommune?',
    ]);
    const yes = context.answers[3]!.answer[0]!;
    expect(['da', 'en', 'ar'].map((lang) => localize(yes, lang))).to.deep.equal(['Ja', 'Yes', 'نعم']);
  });

  it('`byAnswers`: for each field, the first rule whose `when` holds and that names it decides; else the action’s own', () => {
    const guide = ruled({
      location: 'raadhuset',
      byAnswers: [
        { when: { aften: 'yes' }, location: 'biblioteket' },
        { when: { hvem: 'barn' }, service: 'pas-barn' },
        { when: { hvem: 'barn', aften: 'yes' }, service: 'never-reached', location: 'never-reached' },
      ],
    });
    const pick = (answers: (string | string[])[]) => {
      let state = start(guide);
      for (const value of answers) {
        const result = answer(guide, state, value);
        if (!result.ok) throw new Error(result.error.message);
        state = result.state;
      }
      const { service, location } = bookingContext(guide, state, firstBooking(guide, state));
      return [service, location];
    };
    expect(pick(['mig', 'no', ['foto']])).to.deep.equal(['pas', 'raadhuset']);
    expect(pick(['barn', 'no', ['foto']])).to.deep.equal(['pas-barn', 'raadhuset']);
    expect(pick(['barn', 'yes', ['foto']])).to.deep.equal(['pas-barn', 'biblioteket']);
    expect(pick(['mig', 'yes', ['pas']])).to.deep.equal(['pas', 'biblioteket']);
  });

  it('`answers` picks and orders the answers shown; a multiple choice keeps every label; `[]` shows none', () => {
    const picked = ruled({ answers: ['ting', 'hvem'] });
    let state = start(picked);
    for (const value of ['barn', 'no', ['pas', 'foto']]) {
      const result = answer(picked, state, value);
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    const context = bookingContext(picked, state, firstBooking(picked, state));
    expect(context.answers.map((a) => [localize(a.question, 'da'), da(a.answer)])).to.deep.equal([
      ['Hvad har du?', ['Et foto', 'Det gamle pas']],
      ['Hvem skal have pas?', ['Mit barn']],
    ]);
    expect(da(context.bring)).to.deep.equal(['Barnet', 'Betalingskort']);
    const none = ruled({ answers: [] });
    expect(bookingContext(none, state, firstBooking(none, state)).answers).to.deep.equal([]);
  });

  it('a question not asked on this route is left out, not shown empty', () => {
    const guide = demoGuide('guide-pas');
    const content = demoJson('guide-pas') as { nodes: Record<string, { actions?: Record<string, unknown>[] }> };
    content.nodes['pas-voksen']!.actions![0]!.answers = ['hvem', 'foto'];
    const result = validateGuide(content);
    expect(result.ok).to.equal(true);
    const withList = result.ok ? result.value : guide;
    const state = walk(withList, ['mig', 'ja', 'medbringer', 'dag']);
    const context = bookingContext(withList, state, firstBooking(withList, state));
    expect(context.answers.map((a) => localize(a.question, 'da'))).to.deep.equal([
      'Hvem skal have pas?',
      'Hvordan vil du have foto til passet?',
    ]);
  });
});

describe('guide check: a booking action’s rules and answers', () => {
  const problems = (action: Record<string, unknown>) => {
    const content = demoJson('guide-pas') as { nodes: Record<string, { actions?: Record<string, unknown>[] }> };
    Object.assign(content.nodes['pas-voksen']!.actions![0]!, action);
    const result = validateGuide(content);
    return result.ok ? [] : result.problems;
  };

  it('names a rule that tests an unknown question or an answer the question cannot give', () => {
    expect(problems({ byAnswers: [{ when: { hvem: 'hund' }, service: 'x' }] })).to.deep.equal([
      {
        path: '$.nodes.pas-voksen.actions[0].byAnswers[0].when.hvem',
        message: 'the question "hvem" cannot give the answer "hund" (it gives "mig", "barn")',
      },
    ]);
    expect(problems({ byAnswers: [{ when: { alder: 'voksen' }, service: 'x' }] })[0]!.message).to.include('"alder" is not a node');
  });

  it('names a rule that changes nothing', () => {
    expect(problems({ byAnswers: [{ when: { hvem: 'barn' } }] })).to.deep.equal([
      { path: '$.nodes.pas-voksen.actions[0].byAnswers[0]', message: 'names neither "service" nor "location", so it changes nothing' },
    ]);
  });

  it('names an answer that is no question, or is never asked before the outcome', () => {
    expect(problems({ answers: ['hvem', 'barn-info', 'ukendt'] })).to.deep.equal([
      {
        path: '$.nodes.pas-voksen.actions[0].answers[1]',
        message: '"barn-info" is an info node, not a question, so there is no answer to show',
      },
      { path: '$.nodes.pas-voksen.actions[0].answers[2]', message: '"ukendt" is not a node in $.nodes, so there is no answer to show' },
    ]);
  });
});
