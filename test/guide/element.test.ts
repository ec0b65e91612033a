import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { localize } from '../../src/core/localized.js';
import { storageKey } from '../../src/guide/guide.url-state.js';
import {
  BorgerGuide,
  type GuideActionDetail,
  type GuideCompleteDetail,
  type GuideFeedbackDetail,
  type GuideState,
  type GuideStepDetail,
  serializeState,
} from '../../src/guide/index.js';
import { installSpeech, restoreSpeech } from '../core/fake-speech.js';
import { headingLevels, runWidgetSuite, shadowText } from '../shared/widget-suite.js';
import { answerWith, demoJson, guideEl, host, inputFor, inputs, part, pressNext, root, stepHeading, stepTitle } from './helpers.js';

// Speech is covered in read-aloud.test.ts; here the machine's voices (if any) must not add a button.
before(() => installSpeech(undefined));
after(() => restoreSpeech());

const pas = () => demoJson('guide-pas');
const barn = () => demoJson('guide-barn');

/** Pas: an adult with the old passport, own photo, daytime → "Book en tid til dit nye pas". */
async function pasOutcome(attributes: Record<string, string> = {}, parent?: Element): Promise<BorgerGuide> {
  const element = await guideEl(pas(), attributes, parent);
  for (const value of ['mig', 'ja', 'medbringer', 'dag']) await answerWith(element, value);
  return element;
}

/** Answered "Mig selv": the guide is at "Har du det gamle pas?". */
const AT_OLD_PASSPORT = (): GuideState => ({ guideId: 'nyt-pas', answers: { hvem: 'mig' }, path: ['hvem', 'gammelt'] });
const showsOldPassport = (element: HTMLElement) =>
  waitUntil(
    () => element.shadowRoot?.querySelector('#step-heading')?.textContent?.trim() === 'Har du det gamle pas?',
    'not at the state set',
  );

runWidgetSuite({
  tag: 'borger-guide',
  content: pas,
  invalid: {
    content: { id: 'nyt-pas', title: 'Nyt pas', start: 'hvem', nodes: { hvem: { type: 'quiz', title: 'Hvem?' } } },
    path: '$.nodes.hvem.type',
  },
  languageProbe: { da: 'Fortsæt', en: 'Continue' },
  properties: {
    element: BorgerGuide,
    accessors: ['state'],
    scenarios: [
      {
        name: 'content, state, heading-level',
        set: () => ({ content: pas(), state: AT_OLD_PASSPORT(), headingLevel: 4 }),
        shows: async (element) => {
          await showsOldPassport(element);
          expect(Math.min(...headingLevels(element)), 'top heading level').to.equal(4);
        },
      },
      {
        name: 'src, persist (progress from sessionStorage)',
        arrange: () => {
          sessionStorage.setItem(storageKey('nyt-pas'), JSON.stringify(AT_OLD_PASSPORT()));
          return () => sessionStorage.removeItem(storageKey('nyt-pas'));
        },
        set: () => ({ src: '/demo/content/guide-pas.json', persist: true }),
        shows: showsOldPassport,
      },
      {
        name: 'content, history (progress from the URL), help-service',
        arrange: () => {
          const before = location.hash;
          history.replaceState(history.state, '', `#${serializeState(AT_OLD_PASSPORT())}`);
          return () => history.replaceState(history.state, '', before || location.pathname + location.search);
        },
        set: () => ({ content: pas(), history: true, helpService: 'koerekort' }),
        shows: async (element) => {
          await showsOldPassport(element);
          const button = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
            b.textContent!.includes('Book en tid hos'),
          );
          expect(button, 'help booking button').to.exist;
          const chosen = oneEvent(element, 'borger-guide-action') as Promise<CustomEvent<GuideActionDetail>>;
          element.addEventListener('borger-guide-action', (event) => event.preventDefault(), { once: true });
          button!.click();
          expect((await chosen).detail.action).to.include({ kind: 'booking', service: 'koerekort' });
        },
      },
    ],
  },
  states: [
    { name: 'first question with intro (single choice)', create: () => guideEl(pas()) },
    {
      name: 'multiple choice with an exclusive option',
      create: async () => {
        const element = await guideEl(barn());
        await answerWith(element, 'yes');
        await answerWith(element, 'yes');
        expect(stepTitle(element)).to.equal('Gælder noget af dette for dig?');
        return element;
      },
    },
    {
      name: 'yes/no question',
      create: async () => {
        const element = await guideEl(barn());
        expect(inputs(element).map((input) => input.type)).to.deep.equal(['radio', 'radio']);
        return element;
      },
    },
    {
      name: 'info step',
      create: async () => {
        const element = await guideEl(pas());
        await answerWith(element, 'barn');
        expect(part(element, 'info')).to.exist;
        return element;
      },
    },
    {
      name: 'error summary shown',
      create: async () => {
        const element = await guideEl(pas());
        await pressNext(element);
        expect(part(element, 'error-summary')).to.exist;
        return element;
      },
    },
    { name: 'outcome', create: () => pasOutcome() },
    {
      name: 'outcome with the help disclosure open',
      create: async () => {
        const element = await pasOutcome({ 'fallback-phone': '+45 33 66 33 66' });
        (part(element, 'help') as HTMLDetailsElement).open = true;
        return element;
      },
    },
    { name: 'English', create: () => pasOutcome({ lang: 'en' }) },
    { name: 'Arabic (right-to-left)', create: () => guideEl(pas(), { lang: 'ar' }) },
  ],
});

describe('<borger-guide>', () => {
  it('shows the guide title, the intro on the first step, the progress and one question as a fieldset', async () => {
    const element = await guideEl(pas());
    expect(part(element, 'title')!.textContent!.trim()).to.equal('Nyt pas');
    expect(part(element, 'intro')!.textContent).to.include('Svar på nogle få spørgsmål');
    // The number of steps is not certain yet: no shrinking "af højst 8 → 6 → 5".
    expect(part(element, 'progress')!.textContent).to.equal('Trin 1');
    const fieldset = part(element, 'question') as HTMLFieldSetElement;
    expect(fieldset.localName).to.equal('fieldset');
    expect(fieldset.querySelector('legend [role="heading"]')!.textContent!.trim()).to.equal('Hvem skal have pas?');
    expect(inputs(element).map((input) => [input.type, input.value])).to.deep.equal([
      ['radio', 'mig'],
      ['radio', 'barn'],
    ]);
    // No "Tilbage" on the first step.
    expect(part(element, 'back')).to.equal(null);
    await answerWith(element, 'mig');
    expect(part(element, 'intro')).to.equal(null);
    expect(part(element, 'progress')!.textContent).to.equal('Trin 2');
    // "Tilbage" is at the top of the step, as in the booking.
    expect(part(element, 'back')!.closest('.step-top')).to.not.equal(null);
    expect(part(element, 'back')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('‹ Tilbage');
  });

  it('ties option hints and the question hint to their inputs with aria-describedby', async () => {
    const element = await guideEl(pas());
    await answerWith(element, 'mig');
    const fieldset = part(element, 'question')!;
    expect(root(element).getElementById(fieldset.getAttribute('aria-describedby')!)!.textContent).to.include('Tag det seneste pas med');
    await answerWith(element, 'ja');
    const photo = inputFor(element, 'hos-os')!;
    expect(root(element).getElementById(photo.getAttribute('aria-describedby')!)!.textContent).to.include('125 kr.');
    expect(inputFor(element, 'medbringer')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('moves focus to the new heading (which says the title) and announces only the progress', async () => {
    const element = await guideEl(pas());
    await answerWith(element, 'mig');
    expect(root(element).activeElement).to.equal(stepHeading(element));
    // The title is read once, by the focused heading; the status region adds only where the citizen is.
    expect(root(element).querySelector('[role="status"]')!.textContent).to.equal('Trin 2');
    part(element, 'back')!.click();
    await element.updateComplete;
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    expect(root(element).activeElement).to.equal(stepHeading(element));
    // Going back keeps the answer given.
    expect(inputFor(element, 'mig')!.checked).to.equal(true);
  });

  it('shows an error summary with a link to the first input when nothing is chosen', async () => {
    const element = await guideEl(pas());
    await pressNext(element);
    const summary = part(element, 'error-summary')!;
    expect(root(element).activeElement).to.equal(summary);
    expect(summary.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Der er et problem');
    const link = summary.querySelector('a')!;
    expect(link.textContent).to.equal('Vælg et svar');
    expect(part(element, 'question')!.getAttribute('aria-describedby')).to.include('question-error');
    const before = location.href;
    link.click();
    expect(root(element).activeElement).to.equal(inputFor(element, 'mig'));
    expect(location.href, 'the link must not change the page URL').to.equal(before);
    // Choosing and going on clears the error.
    await answerWith(element, 'barn');
    expect(part(element, 'error-summary')).to.equal(null);
  });

  it('unticks the other choices when the exclusive one is ticked, and the other way round', async () => {
    const element = await guideEl(barn());
    await answerWith(element, 'yes');
    await answerWith(element, 'yes');
    expect(inputs(element).every((input) => input.type === 'checkbox')).to.equal(true);
    expect(root(element).querySelector('.or')!.textContent).to.equal('eller');
    inputFor(element, 'alene')!.click();
    inputFor(element, 'udland')!.click();
    inputFor(element, 'ingen')!.click();
    expect(
      inputs(element)
        .filter((input) => input.checked)
        .map((input) => input.value),
    ).to.deep.equal(['ingen']);
    await element.updateComplete;
    expect(root(element).querySelector('[role="status"]')!.textContent).to.include('»Ingen af delene«');
    inputFor(element, 'flere')!.click();
    expect(
      inputs(element)
        .filter((input) => input.checked)
        .map((input) => input.value),
    ).to.deep.equal(['flere']);
    await pressNext(element);
    expect(stepTitle(element)).to.equal('Søg om børnetilskud');
  });

  it('shows an info step with its rich text and Fortsæt', async () => {
    const element = await guideEl(pas());
    await answerWith(element, 'barn');
    const info = part(element, 'info')!;
    expect(stepTitle(element)).to.equal('Barnet skal selv komme med');
    expect(info.querySelectorAll('.body li')).to.have.length(3);
    await pressNext(element);
    expect(stepTitle(element)).to.equal('Er barnet 12 år eller ældre?');
  });

  it('shows the outcome with the resolved checklist, actions, print, answers and feedback', async () => {
    const element = await pasOutcome();
    const outcome = part(element, 'outcome')!;
    expect(stepTitle(element)).to.equal('Book en tid til dit nye pas');
    const checklist = part(element, 'checklist')!;
    const items = [...checklist.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(['Dit gamle pas', 'Et printet pasfoto', 'Betalingskort til gebyret']);
    const boxes = [...checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(checklist.querySelector('.count')!.textContent).to.equal('0 af 3 er klar');
    boxes[0]!.click();
    await element.updateComplete;
    expect(checklist.querySelector('.count')!.textContent).to.equal('1 af 3 er klar');
    const actions = [...outcome.querySelectorAll('[part~="action"]')];
    // One primary action; the others are links.
    expect(actions.map((a) => [a.localName, a.className, a.textContent!.trim()])).to.deep.equal([
      ['button', 'button', 'Book tid til pas'],
      ['a', 'action-link', 'Søg om pas på borger.dk↗ (andet websted)'],
      ['button', 'link-button', 'Andre måder at få hjælp'],
    ]);
    expect(outcome.querySelectorAll('.button').length, 'one button of full weight in the outcome').to.equal(1);
    expect(actions[1]!.getAttribute('href')).to.equal('https://www.borger.dk/');
    expect(actions[1]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(part(element, 'progress')).to.equal(null);
    const answers = part(element, 'answers')!;
    expect([...answers.querySelectorAll('dt')].map((dt) => dt.textContent!.trim())).to.deep.equal([
      'Hvem skal have pas?',
      'Har du det gamle pas?',
      'Hvordan vil du have foto til passet?',
      'Hvornår passer det dig at komme?',
    ]);
    expect(answers.querySelector('dd.value')!.textContent!.trim()).to.equal('Mig selv (18 år eller ældre)');
    expect(answers.querySelector('dd.change button')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Skift svaret på »Hvem skal have pas?«',
    );
  });

  it('names plural counts in English', async () => {
    const element = await pasOutcome({ lang: 'en' });
    expect(part(element, 'checklist')!.querySelector('.count')!.textContent).to.equal('0 of 3 items ready');
    expect(stepTitle(element)).to.equal('Book a time for your new passport');
  });

  it('marks English content on an Arabic page with its language and direction; its own texts are all Arabic', async () => {
    const element = await pasOutcome({ lang: 'ar' });
    // Content without Arabic: the English text, marked.
    const title = stepHeading(element).querySelector('span')!;
    expect([title.textContent, title.lang, title.dir]).to.deep.equal(['Book a time for your new passport', 'en', 'ltr']);
    expect(part(element, 'outcome')!.querySelector('.body')!.getAttribute('dir')).to.equal('ltr');
    // The guide's own texts are complete in Arabic: plain, no English inside the Arabic marks.
    const hint = part(element, 'checklist')!.querySelector<HTMLElement>('.hint')!;
    expect([hint.textContent!.trim(), hint.querySelector('span')]).to.deep.equal(['ضع علامة عندما يكون الشيء جاهزًا.', null]);
    expect(part(element, 'print')!.textContent).to.equal('طباعة');
    expect(part(element, 'print')!.querySelector('span')).to.equal(null);
  });

  it('changes an answer from "Dine svar", goes on past answers that still fit, and drops those that no longer do', async () => {
    const element = await guideEl(pas());
    for (const value of ['barn']) await answerWith(element, value);
    await pressNext(element); // info: the child must come too
    for (const value of ['yes', 'ja', 'medbringer', 'dag']) await answerWith(element, value);
    expect(stepTitle(element)).to.equal('Book en tid til barnets nye pas');
    expect(shadowText(part(element, 'checklist')!)).to.include('Husk: Vi tager barnets fingeraftryk');

    const change = [...part(element, 'answers')!.querySelectorAll<HTMLButtonElement>('dd.change button')][0]!;
    change.click();
    await element.updateComplete;
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    expect(root(element).activeElement).to.equal(stepHeading(element));
    expect(inputFor(element, 'barn')!.checked, 'the answer is preselected').to.equal(true);

    await answerWith(element, 'mig');
    // Straight back to the outcome: the later answers still fit an adult's route.
    expect(stepTitle(element)).to.equal('Book en tid til dit nye pas');
    expect(Object.keys(element.state!.answers).sort()).to.deep.equal(['foto', 'gammelt', 'hvem', 'tidspunkt']);
    const rows = [...part(element, 'answers')!.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(rows).to.not.include('Er barnet 12 år eller ældre?');
    expect(shadowText(part(element, 'checklist')!)).to.not.include('fingeraftryk');
  });

  it('stops at a new question after a change that opens a new route', async () => {
    const element = await pasOutcome();
    part(element, 'answers')!.querySelector<HTMLButtonElement>('dd.change button')!.click();
    await element.updateComplete;
    await answerWith(element, 'barn');
    expect(stepTitle(element)).to.equal('Barnet skal selv komme med');
    await pressNext(element);
    expect(stepTitle(element)).to.equal('Er barnet 12 år eller ældre?');
    await answerWith(element, 'no');
    expect(stepTitle(element)).to.equal('Book en tid til barnets nye pas');
  });

  it('starts again from the first question with nothing chosen', async () => {
    const element = await pasOutcome();
    part(element, 'restart')!.click();
    await element.updateComplete;
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    expect(inputs(element).some((input) => input.checked)).to.equal(false);
    expect(root(element).activeElement).to.equal(stepHeading(element));
  });

  it('fires borger-guide-step and borger-guide-complete with the answers', async () => {
    const page = host();
    const steps: GuideStepDetail[] = [];
    const completes: GuideCompleteDetail[] = [];
    page.addEventListener('borger-guide-step', (event) => steps.push(event.detail));
    page.addEventListener('borger-guide-complete', (event) => {
      expect(event.bubbles && event.composed).to.equal(true);
      completes.push(event.detail);
    });
    await pasOutcome({}, page);
    expect(steps.map((step) => step.node)).to.deep.equal(['hvem', 'gammelt', 'foto', 'tidspunkt', 'pas-voksen']);
    expect(steps[2]).to.deep.equal({ guide: 'nyt-pas', node: 'foto', answers: { hvem: 'mig', gammelt: 'ja' } });
    expect(completes).to.deep.equal([
      { guide: 'nyt-pas', outcome: 'pas-voksen', answers: { hvem: 'mig', gammelt: 'ja', foto: 'medbringer', tidspunkt: 'dag' } },
    ]);
  });

  it('hands a booking action to a <borger-booking> on the page, after a cancelable borger-guide-action', async () => {
    const page = host();
    const booking = document.createElement('borger-booking') as HTMLElement & { service?: string; location?: string };
    booking.hidden = true;
    const element = await pasOutcome({}, page);
    page.append(booking);
    const button = part(element, 'outcome')!.querySelector<HTMLButtonElement>('button[part~="action"]')!;
    setTimeout(() => button.click());
    const event = (await oneEvent(element, 'borger-guide-action')) as CustomEvent<GuideActionDetail>;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      guide: 'nyt-pas',
      action: { kind: 'booking', service: 'pas', label: { da: 'Book tid til pas', en: 'Book a passport appointment' } },
    });
    expect(booking.service).to.equal('pas');
    expect(booking.hidden).to.equal(false);
    expect(part(element, 'notice')).to.equal(null);
  });

  it('hands over to the element named by `target`, with the location', async () => {
    const content = pas();
    const nodes = content.nodes as Record<string, { actions?: Record<string, unknown>[] }>;
    nodes['pas-bibliotek']!.actions![0]!.target = 'aften-booking';
    const page = host();
    const first = document.createElement('borger-booking') as HTMLElement & { service?: string };
    const named = document.createElement('borger-booking') as HTMLElement & { service?: string; location?: string };
    named.id = 'aften-booking';
    page.append(first, named);
    const element = await guideEl(content, {}, page);
    for (const value of ['mig', 'ja', 'medbringer', 'aften']) await answerWith(element, value);
    part(element, 'outcome')!.querySelector<HTMLButtonElement>('button[part~="action"]')!.click();
    expect(first.service).to.equal(undefined);
    expect([named.service, named.location]).to.deep.equal(['pas', 'bibliotek-hovedbiblioteket']);
  });

  it('hands the booking its answers and the bring items that apply, and keeps them current when the citizen changes an answer', async () => {
    const page = host();
    type Context = {
      service: string;
      bring?: unknown[];
      answers?: { question: unknown; answer: unknown[] }[];
      from?: { element: unknown };
    };
    const booking = document.createElement('borger-booking') as HTMLElement & { handoff?: Context };
    page.append(booking);
    const element = await pasOutcome({}, page);
    part(element, 'outcome')!.querySelector<HTMLButtonElement>('button[part~="action"]')!.click();
    const da = (texts: unknown[] | undefined) => (texts ?? []).map((text) => localize(text as never, 'da'));
    const answered = () => (booking.handoff?.answers ?? []).map((a) => `${localize(a.question as never, 'da')} ${da(a.answer).join(', ')}`);
    expect(booking.handoff!.service).to.equal('pas');
    expect(booking.handoff!.from!.element).to.equal(element);
    expect(da(booking.handoff!.bring)).to.deep.equal(['Dit gamle pas', 'Et printet pasfoto', 'Betalingskort til gebyret']);
    expect(answered()).to.deep.equal([
      'Hvem skal have pas? Mig selv (18 år eller ældre)',
      'Har du det gamle pas? Ja, jeg har det',
      'Hvordan vil du have foto til passet? Jeg tager et printet foto med',
      'Hvornår passer det dig at komme? I løbet af dagen på hverdage',
    ]);
    // Back in the guide, "Skift" on the photo answer: between questions the booking shows no answers …
    [...part(element, 'answers')!.querySelectorAll<HTMLButtonElement>('dd.change button')][2]!.click();
    await element.updateComplete;
    expect([booking.handoff!.answers, booking.handoff!.bring, booking.handoff!.service]).to.deep.equal([undefined, undefined, 'pas']);
    // … and the new ones once the outcome is reached again, without pressing "Book tid" again.
    await answerWith(element, 'hos-os'); // "Fortsæt" goes on past the remembered time of day
    expect(stepTitle(element)).to.equal('Book en tid til dit nye pas');
    expect(da(booking.handoff!.bring)).to.deep.equal([
      'Dit gamle pas',
      'Penge til fotoet, hvis vi skal tage det',
      'Betalingskort til gebyret',
    ]);
    expect(answered()[2]).to.equal('Hvordan vil du have foto til passet? Jeg vil have taget foto hos Borgerservice');
    expect(document.activeElement, 'the refresh takes no focus').to.not.equal(booking);
  });

  it('does not hand over or follow a link when the page cancels the action', async () => {
    const page = host();
    const booking = document.createElement('borger-booking') as HTMLElement & { service?: string };
    const element = await pasOutcome({}, page);
    page.append(booking);
    const seen: string[] = [];
    element.addEventListener('borger-guide-action', (event) => {
      seen.push(event.detail.action.kind);
      event.preventDefault();
    });
    const [book, link] = [...part(element, 'outcome')!.querySelectorAll<HTMLElement>('[part~="action"]')];
    book!.click();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link!.dispatchEvent(click);
    expect(seen).to.deep.equal(['booking', 'link']);
    expect(click.defaultPrevented).to.equal(true);
    expect(booking.service).to.equal(undefined);
  });

  it('says so, and offers the phone number, when the page has no <borger-booking>', async () => {
    const element = await pasOutcome({ 'fallback-phone': '+45 33 66 33 66' });
    part(element, 'outcome')!.querySelector<HTMLButtonElement>('button[part~="action"]')!.click();
    await element.updateComplete;
    const notice = part(element, 'notice')!;
    expect(notice.textContent).to.include('Du kan ikke booke en tid her på siden.');
    expect(notice.querySelector('a[href="tel:+4533663366"]')).to.exist;
    expect(root(element).querySelector('[role="status"]')!.textContent).to.equal('Du kan ikke booke en tid her på siden.');
  });

  it('hands the guide task to <borger-channels> from "Brug for hjælp?" on any step', async () => {
    const page = host();
    const channels = document.createElement('borger-channels') as HTMLElement & { task?: string };
    page.append(channels);
    const element = await guideEl(pas(), {}, page);
    const help = part(element, 'help') as HTMLDetailsElement;
    // The ladder comes with the code for moving on, loaded right after the first question is painted.
    await waitUntil(() => help.querySelector('button'), 'no ladder');
    expect(help.localName).to.equal('details');
    expect(help.querySelector('summary')!.textContent).to.equal('Brug for hjælp?');
    const buttons = [...help.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Se andre måder at få hjælp', 'Book en tid hos Borgerservice']);
    const actions: GuideActionDetail[] = [];
    element.addEventListener('borger-guide-action', (event) => actions.push(event.detail));
    help.querySelector('button')!.click();
    expect(channels.task).to.equal('pas');
    expect(actions[0]!.action).to.deep.include({ kind: 'channels', task: 'pas' });
  });

  it('offers booking with the `help-service` attribute', async () => {
    const page = host();
    const booking = document.createElement('borger-booking') as HTMLElement & { service?: string };
    page.append(booking);
    const element = await guideEl(demoJson('guide-flyt'), { 'help-service': 'hjaelp-selvbetjening' }, page);
    await waitUntil(() => part(element, 'help')!.querySelector('button'), 'no ladder');
    const button = [...part(element, 'help')!.querySelectorAll('button')].find((b) => b.textContent!.includes('Book'))!;
    button.click();
    expect(booking.service).to.equal('hjaelp-selvbetjening');
  });

  it('asks for feedback, fires borger-guide-feedback and thanks the citizen', async () => {
    const element = await pasOutcome();
    const feedback = part(element, 'feedback')!;
    expect(feedback.textContent).to.include('Fik du svar på dit spørgsmål?');
    const yes = [...feedback.querySelectorAll('button')].find((b) => b.textContent === 'Ja')!;
    setTimeout(() => yes.click());
    const event = (await oneEvent(element, 'borger-guide-feedback')) as CustomEvent<GuideFeedbackDetail>;
    expect(event.detail).to.deep.equal({ guide: 'nyt-pas', outcome: 'pas-voksen', helpful: true });
    await element.updateComplete;
    expect(root(element).activeElement!.textContent).to.equal('Tak for dit svar.');
    expect(part(element, 'feedback')!.querySelectorAll('button')).to.have.length(0);
  });

  it('offers other help after "Nej"', async () => {
    const page = host();
    const channels = document.createElement('borger-channels') as HTMLElement & { task?: string };
    page.append(channels);
    const element = await pasOutcome({}, page);
    const details: GuideFeedbackDetail[] = [];
    element.addEventListener('borger-guide-feedback', (event) => details.push(event.detail));
    [...part(element, 'feedback')!.querySelectorAll('button')].find((b) => b.textContent === 'Nej')!.click();
    await element.updateComplete;
    expect(details).to.deep.equal([{ guide: 'nyt-pas', outcome: 'pas-voksen', helpful: false }]);
    const feedback = part(element, 'feedback')!;
    expect(feedback.textContent).to.include('Tak for dit svar. Vi bruger det');
    [...feedback.querySelectorAll('button')].find((b) => b.textContent === 'Se andre måder at få hjælp')!.click();
    expect(channels.task).to.equal('pas');
  });

  it('prints with window.print', async () => {
    const element = await pasOutcome();
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      part(element, 'print')!.click();
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('hides everything but the outcome in print', async () => {
    const element = await pasOutcome();
    const sheet = [...element.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]);
    const print = sheet.find((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
    expect(print, 'a print stylesheet').to.exist;
    const hidden = [...print!.cssRules].map((rule) => rule.cssText).join('\n');
    for (const selector of ['.help', '.answers', '.feedback', '.buttons', '.step-top', '.tools']) expect(hidden).to.include(selector);
  });

  it('renders markup injection in content as text, and drops javascript: links', async () => {
    const content = {
      id: 'ondt',
      title: 'Test <img src=x onerror="window.__pwned=1">',
      intro: '<p>Hej <script>window.__pwned=1</script><a href="javascript:window.__pwned=1">klik</a></p>',
      start: 'q',
      nodes: {
        q: {
          type: 'question',
          kind: 'single',
          title: '<img src=x onerror="window.__pwned=1">Hvad?',
          hint: '<b>fed</b>',
          options: [
            { value: 'a', label: '<svg onload="window.__pwned=1">A', next: 'i' },
            { value: 'b', label: 'B', next: 'o' },
          ],
        },
        i: {
          type: 'info',
          title: 'Info',
          body: '<p onclick="window.__pwned=1">Tekst <a href=" javascript:window.__pwned=1">link</a> <a href="https://example.org/">ok</a></p>',
          next: 'o',
        },
        o: {
          type: 'outcome',
          title: 'Slut',
          body: '<iframe src="https://evil.example"></iframe>Færdig',
          bring: [{ text: '<img src=x>Pas' }],
        },
      },
    };
    const element = await guideEl(content);
    const shadow = root(element);
    expect(shadow.querySelector('img, script, svg, iframe')).to.equal(null);
    expect(part(element, 'title')!.textContent).to.equal('Test <img src=x onerror="window.__pwned=1">');
    expect(stepTitle(element)).to.equal('<img src=x onerror="window.__pwned=1">Hvad?');
    expect(shadow.querySelector('label')!.textContent).to.equal('<svg onload="window.__pwned=1">A');
    expect(part(element, 'intro')!.querySelector('a')).to.equal(null);
    expect(part(element, 'intro')!.textContent).to.include('klik');
    await answerWith(element, 'a');
    const links = [...part(element, 'info')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.org/']);
    expect(part(element, 'info')!.querySelector('[onclick]')).to.equal(null);
    await pressNext(element);
    expect(shadow.querySelector('img, iframe')).to.equal(null);
    expect(part(element, 'checklist')!.textContent).to.include('<img src=x>Pas');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('exposes the state and restores a state set as a property', async () => {
    const element = await pasOutcome();
    const saved = element.state!;
    expect(saved).to.deep.equal({
      guideId: 'nyt-pas',
      answers: { hvem: 'mig', gammelt: 'ja', foto: 'medbringer', tidspunkt: 'dag' },
      path: ['hvem', 'gammelt', 'foto', 'tidspunkt', 'pas-voksen'],
    });
    const other = document.createElement('borger-guide') as BorgerGuide;
    other.state = saved;
    other.content = pas();
    host().append(other);
    await waitUntil(() => other.shadowRoot?.querySelector('#step-heading'), 'did not render');
    expect(stepTitle(other)).to.equal('Book en tid til dit nye pas');
  });

  it('takes `heading-level` for the guide title and puts the steps one level below', async () => {
    const element = await guideEl(pas(), { 'heading-level': '3' });
    expect(part(element, 'title')!.getAttribute('aria-level')).to.equal('3');
    expect(stepHeading(element).getAttribute('aria-level')).to.equal('4');
  });
});

describe('<borger-guide> plain words for the checklist (issue 9, point 10)', () => {
  const guideWith = (first: Record<string, unknown>) => ({
    id: 'ord',
    title: 'Ord',
    start: 'slut',
    nodes: {
      slut: {
        type: 'outcome',
        title: 'Sådan gør du',
        body: 'Tekst.',
        bring: [{ text: 'MitID' }],
        actions: [first, { kind: 'channels', task: 'pas', label: 'Andre måder' }],
      },
    },
  });

  it('"Det skal du bruge" for a task done online, "Det skal du have med" when the citizen comes in', async () => {
    const online = await guideEl(guideWith({ kind: 'link', href: 'https://www.borger.dk/', label: 'Ansøg på borger.dk' }));
    expect(root(online).querySelector('#bring-title')!.textContent!.trim()).to.equal('Det skal du bruge');
    const visit = await guideEl(guideWith({ kind: 'booking', service: 'pas', label: 'Book tid' }));
    expect(root(visit).querySelector('#bring-title')!.textContent!.trim()).to.equal('Det skal du have med');
  });
});
