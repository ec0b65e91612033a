// The parts of <borger-guide> loaded after its first question (core/lazy-chunk.ts): the code for moving
// on, the outcome's views, the route checks and read-aloud. Each chunk is swapped for one the test controls: it arrives late,
// fails, or fails and then arrives.
import { expect, waitUntil } from '@open-wc/testing';
import { BorgerGuide } from '../../src/guide/index.js';
import { installSpeech, restoreSpeech } from '../core/fake-speech.js';
import { captureErrors, useControlledChunk } from '../shared/lazy-chunks.js';
import { answerWith, demoJson, guideEl, host, inputFor, part, root, stepHeading, stepTitle } from './helpers.js';

before(() => installSpeech(undefined));
after(() => restoreSpeech());

afterEach(() => {
  const { outcome, graphCheck, readAloud, later } = BorgerGuide.chunks;
  later.useImporter(() => import('../../src/guide/guide.later.js'));
  outcome.useImporter(() => import('../../src/guide/guide.outcome.js'));
  graphCheck.useImporter(() => import('../../src/guide/guide.graph-check.js'));
  readAloud.useImporter(() => import('../../src/guide/guide.speech.js'));
});

/** Pas, answered up to the outcome; the last "Fortsæt" is pressed without waiting for the step's code. */
async function toOutcome(element: BorgerGuide): Promise<void> {
  for (const value of ['mig', 'ja', 'medbringer']) await answerWith(element, value);
  inputFor(element, 'dag')!.click();
  part(element, 'next')!.click();
}

const focused = (element: BorgerGuide) => root(element).activeElement;

describe('guide: the outcome loads after the first question', () => {
  it('shows the first question without the outcome, route-check and read-aloud code', async () => {
    const outcome = useControlledChunk(BorgerGuide.chunks.outcome);
    const element = await guideEl(demoJson('guide-pas'));
    expect(part(element, 'question')).to.exist;
    // Started right after the first question, not before it.
    await waitUntil(() => outcome.length === 1, 'the outcome chunk was not started after first content');
    outcome[0]!.resolve(await import('../../src/guide/guide.outcome.js'));
  });

  it('says it is loading when the outcome is not there yet, with focus on that, then moves focus to the outcome', async () => {
    const outcome = useControlledChunk(BorgerGuide.chunks.outcome);
    const element = await guideEl(demoJson('guide-pas'));
    await toOutcome(element);
    await waitUntil(() => part(element, 'loading'), 'no loading step');
    expect(stepTitle(element)).to.equal('Henter indhold …');
    expect(focused(element)).to.equal(stepHeading(element));
    await expect(element).to.be.accessible();
    for (const load of outcome) load.resolve(await import('../../src/guide/guide.outcome.js'));
    await element.updateComplete;
    expect(part(element, 'outcome')).to.exist;
    expect(stepTitle(element)).to.equal('Book en tid til dit nye pas');
    expect(focused(element), 'focus on the outcome heading').to.equal(stepHeading(element));
    await expect(element).to.be.accessible();
  });

  describe('when the outcome cannot be loaded', () => {
    const errors = captureErrors();

    it('says so politely (alert, focus, "Prøv igen"), tells the console, and "Prøv igen" loads it', async () => {
      const outcome = useControlledChunk(BorgerGuide.chunks.outcome);
      const element = await guideEl(demoJson('guide-pas'));
      await toOutcome(element);
      for (const load of outcome) load.reject(new Error('offline'));
      await waitUntil(() => part(element, 'error'), 'no error step');
      const box = part(element, 'error')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('Det her kan ikke vises lige nu');
      expect(focused(element)).to.equal(stepHeading(element));
      expect(errors.some((call) => String(call[0]).includes('could not load the code for the outcome'))).to.equal(true);
      await expect(element).to.be.accessible();
      // The answers are kept: "Prøv igen" shows the outcome they lead to.
      part(element, 'retry')!.click();
      await waitUntil(() => outcome.length >= 2 && part(element, 'loading'), 'no new attempt');
      outcome.at(-1)!.resolve(await import('../../src/guide/guide.outcome.js'));
      await element.updateComplete;
      expect(stepTitle(element)).to.equal('Book en tid til dit nye pas');
      expect(focused(element)).to.equal(stepHeading(element));
      expect(element.state?.answers).to.deep.equal({ hvem: 'mig', gammelt: 'ja', foto: 'medbringer', tidspunkt: 'dag' });
    });
  });
});

describe('guide: the code for moving on loads after the first question', () => {
  const errors = captureErrors();
  const laterModule = () => import('../../src/guide/guide.later.js');

  it('shows the first question without it, and starts loading it right after', async () => {
    const later = useControlledChunk(BorgerGuide.chunks.later);
    const element = await guideEl(demoJson('guide-pas'));
    expect(part(element, 'question')).to.exist;
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    await waitUntil(() => later.length === 1, 'the chunk was not started after first content');
    later[0]!.resolve(await laterModule());
    await answerWith(element, 'mig');
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
  });

  it('"Fortsæt" before it is there: says "Henter indhold …" politely, keeps the choice, then moves on with focus', async () => {
    const later = useControlledChunk(BorgerGuide.chunks.later);
    const element = await guideEl(demoJson('guide-pas'));
    inputFor(element, 'mig')!.click();
    part(element, 'next')!.click();
    await waitUntil(() => part(element, 'waiting'), 'nothing says it is loading');
    const waiting = part(element, 'waiting')!;
    expect(waiting.getAttribute('role')).to.equal('status');
    expect(waiting.textContent).to.contain('Henter indhold …');
    expect(inputFor(element, 'mig')!.checked, 'the choice is kept').to.equal(true);
    expect(stepTitle(element)).to.equal('Hvem skal have pas?');
    await expect(element).to.be.accessible();
    for (const load of later) load.resolve(await laterModule());
    await element.updateComplete;
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
    expect(part(element, 'waiting')).to.equal(null);
    expect(focused(element)).to.equal(stepHeading(element));
    expect(element.state?.answers).to.deep.equal({ hvem: 'mig' });
  });

  it('when it cannot be loaded: an alert with "Prøv igen", the console told, the choice kept; "Prøv igen" moves on', async () => {
    const later = useControlledChunk(BorgerGuide.chunks.later);
    const element = await guideEl(demoJson('guide-pas'));
    inputFor(element, 'mig')!.click();
    part(element, 'next')!.click();
    await waitUntil(() => later.length > 0, 'no load');
    for (const load of later) load.reject(new Error('offline'));
    await waitUntil(() => part(element, 'waiting')?.getAttribute('role') === 'alert', 'no alert');
    expect(part(element, 'waiting')!.textContent).to.contain('Det er ikke din skyld');
    expect(errors.some((call) => String(call[0]).includes('could not load the code for moving on'))).to.equal(true);
    expect(inputFor(element, 'mig')!.checked, 'the choice is kept').to.equal(true);
    await expect(element).to.be.accessible();
    part(element, 'retry')!.click();
    await waitUntil(() => part(element, 'waiting')?.getAttribute('role') === 'status', 'no new attempt');
    // Settling a load twice does nothing: this settles the one under way (a retry, or the preload's).
    for (const load of later) load.resolve(await laterModule());
    await element.updateComplete;
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
    expect(element.state?.answers).to.deep.equal({ hvem: 'mig' });
  });

  it('"Brug for hjælp?" opened before it is there says "Henter indhold …", then shows the ladder; a failure offers "Prøv igen"', async () => {
    const later = useControlledChunk(BorgerGuide.chunks.later);
    const element = await guideEl(demoJson('guide-pas'), { 'fallback-phone': '+45 33 66 33 66' });
    const help = part(element, 'help') as HTMLDetailsElement;
    expect(help.querySelector('summary')!.textContent).to.equal('Brug for hjælp?');
    help.open = true;
    await waitUntil(() => later.length > 0, 'no load');
    expect(help.querySelector('.help-body')!.textContent).to.contain('Henter indhold …');
    await expect(element).to.be.accessible();
    for (const load of later) load.reject(new Error('offline'));
    await waitUntil(() => help.querySelector('[role="alert"]'), 'no alert');
    expect(help.textContent).to.contain('Det er ikke din skyld');
    await expect(element).to.be.accessible();
    help.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await waitUntil(() => !help.querySelector('[role="alert"]'), 'no new attempt');
    for (const load of later) load.resolve(await laterModule());
    await waitUntil(() => help.querySelector('a[href^="tel:"]'), 'no ladder');
    expect([...help.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Se andre måder at få hjælp');
  });

  it('a citizen coming back to a later step (a state set before the content) waits for it, then sees that step', async () => {
    const later = useControlledChunk(BorgerGuide.chunks.later);
    const element = document.createElement('borger-guide') as BorgerGuide;
    element.state = { guideId: 'nyt-pas', answers: { hvem: 'mig' }, path: ['hvem', 'gammelt'] };
    element.content = demoJson('guide-pas');
    host().append(element);
    await waitUntil(() => later.length === 1, 'the chunk was not asked for');
    expect(part(element, 'question'), 'no first question in between').to.equal(null);
    later[0]!.resolve(await laterModule());
    await waitUntil(() => part(element, 'question'), 'no step');
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
  });
});

describe('guide: the routes are checked after the first question', () => {
  const errors = captureErrors();

  /** Pas with a loop: "gammelt" leads back to "hvem". */
  function loopingPas(): Record<string, unknown> {
    const guide = demoJson('guide-pas') as { nodes: Record<string, { next?: unknown; options?: { next?: unknown }[] }> };
    const gammelt = guide.nodes.gammelt!;
    gammelt.next = 'hvem';
    for (const option of gammelt.options ?? []) delete option.next;
    return guide;
  }

  it('shows the first question, then the error state, one console message naming the path, and borger-error', async () => {
    const check = useControlledChunk(BorgerGuide.chunks.graphCheck);
    const element = await guideEl(loopingPas());
    let event: CustomEvent | undefined;
    element.addEventListener('borger-error', (e) => {
      event = e as CustomEvent;
    });
    expect(part(element, 'question'), 'first question before the routes are checked').to.exist;
    // The check starts after the first paint: frames are slow on a loaded CI machine.
    await waitUntil(() => check.length === 1, 'the route check was not started', { timeout: 5000 });
    check[0]!.resolve(await import('../../src/guide/guide.graph-check.js'));
    await waitUntil(() => part(element, 'error'), 'no error state for a looping guide');
    await expect(element).to.be.accessible();
    expect(event?.detail.kind).to.equal('invalid');
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.contain('$.nodes.gammelt.next');
  });

  it('keeps the guide when the checks cannot be loaded, and tells the console', async () => {
    const check = useControlledChunk(BorgerGuide.chunks.graphCheck);
    const element = await guideEl(demoJson('guide-pas'));
    await waitUntil(() => check.length === 1, 'the route check was not started', { timeout: 5000 });
    check[0]!.reject(new Error('offline'));
    await waitUntil(() => errors.length > 0, 'nothing said to the console');
    expect(String(errors[0]![0])).to.contain('could not load the code for the route checks');
    expect(part(element, 'question')).to.exist;
    await answerWith(element, 'mig');
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
  });

  it('checks a guide whose start is no node before showing anything', async () => {
    const guide = demoJson('guide-pas');
    guide.start = 'ingen';
    const element = await guideEl(guide);
    await waitUntil(() => part(element, 'error'), 'no error state');
    expect(part(element, 'question')).to.equal(null);
    expect(String(errors[0]![0])).to.contain('$.start');
  });
});
