// The parts of <borger-guide> loaded after its first question (core/lazy-chunk.ts): the outcome's views,
// the route checks and read-aloud. Each chunk is swapped for one the test controls: it arrives late,
// fails, or fails and then arrives.
import { expect, waitUntil } from '@open-wc/testing';
import { BorgerGuide } from '../../src/guide/index.js';
import { installSpeech, restoreSpeech } from '../core/fake-speech.js';
import { captureErrors, useControlledChunk } from '../shared/lazy-chunks.js';
import { answerWith, demoJson, guideEl, inputFor, part, root, stepHeading, stepTitle } from './helpers.js';

before(() => installSpeech(undefined));
after(() => restoreSpeech());

afterEach(() => {
  const { outcome, graphCheck, readAloud } = BorgerGuide.chunks;
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
    await waitUntil(() => check.length === 1, 'the route check was not started');
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
    await waitUntil(() => check.length === 1, 'the route check was not started');
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
