// Keyboard only: Tab, Shift+Tab, Space, Enter and the arrow keys, as a citizen without a mouse uses the guide.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BorgerGuide } from '../../src/guide/index.js';
import { installSpeech, restoreSpeech } from '../core/fake-speech.js';
import { pressChord, SPACE } from '../shared/harness.js';
import { demoJson, guideEl, host, inputFor, part, root, stepHeading, stepTitle } from './helpers.js';

// Speech is covered in read-aloud.test.ts; here the machine's voices (if any) must not add a button.
before(() => installSpeech(undefined));
after(() => restoreSpeech());

const active = (element: BorgerGuide) => root(element).activeElement as HTMLElement | null;
const press = async (element: BorgerGuide, key: string) => {
  await sendKeys({ press: key });
  await element.updateComplete;
};

/** A focusable button before the guide, as the page's own content would be. */
async function guideAfterButton(name: 'guide-pas' | 'guide-barn'): Promise<BorgerGuide> {
  const page = host();
  const before = document.createElement('button');
  before.textContent = 'Sidens indhold';
  page.append(before);
  const element = await guideEl(demoJson(name), {}, page);
  before.focus();
  return element;
}

describe('<borger-guide> by keyboard', () => {
  it('walks the passport guide to an outcome, with focus on each new heading', async () => {
    const element = await guideAfterButton('guide-pas');
    await press(element, 'Tab');
    expect(active(element)).to.equal(inputFor(element, 'mig'));
    await press(element, 'ArrowDown');
    expect(active(element)).to.equal(inputFor(element, 'barn'));
    expect(inputFor(element, 'barn')!.checked, 'arrow keys choose in a radio group').to.equal(true);
    await press(element, 'ArrowUp');
    expect(inputFor(element, 'mig')!.checked).to.equal(true);
    await press(element, 'Tab');
    expect(active(element)).to.equal(part(element, 'next'));
    await press(element, 'Enter');
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
    expect(active(element)).to.equal(stepHeading(element));

    // From the heading, Tab reaches the options; Space chooses.
    await press(element, 'Tab');
    expect(active(element)).to.equal(inputFor(element, 'ja'));
    await press(element, SPACE);
    expect(inputFor(element, 'ja')!.checked).to.equal(true);
    await press(element, 'Tab');
    await press(element, SPACE);
    expect(stepTitle(element)).to.equal('Hvordan vil du have foto til passet?');
    expect(active(element)).to.equal(stepHeading(element));

    // "Tilbage" by keyboard (at the top of the step, just before the heading), and the answer is still chosen.
    await pressChord('Shift', 'Tab');
    await element.updateComplete;
    expect(active(element)).to.equal(part(element, 'back'));
    await press(element, 'Enter');
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
    expect(active(element)).to.equal(stepHeading(element));
    expect(inputFor(element, 'ja')!.checked).to.equal(true);
    await press(element, 'Tab');
    await press(element, 'Tab');
    await press(element, 'Enter');

    await press(element, 'Tab');
    await press(element, 'ArrowDown');
    expect(inputFor(element, 'hos-os')!.checked).to.equal(true);
    await press(element, 'Tab');
    await press(element, 'Enter');
    expect(stepTitle(element)).to.equal('Hvornår passer det dig at komme?');

    await press(element, 'Tab');
    await press(element, SPACE);
    await press(element, 'Tab');
    await press(element, 'Enter');
    expect(stepTitle(element)).to.equal('Book en tid til dit nye pas');
    expect(active(element)).to.equal(stepHeading(element));

    // The checklist is ticked with Space.
    await press(element, 'Tab');
    const first = part(element, 'checklist')!.querySelector('input')!;
    expect(active(element)).to.equal(first);
    await press(element, SPACE);
    expect(first.checked).to.equal(true);
  });

  it('leads from the error summary to the first option', async () => {
    const element = await guideAfterButton('guide-pas');
    await press(element, 'Tab');
    await press(element, 'Tab');
    expect(active(element)).to.equal(part(element, 'next'));
    await press(element, 'Enter');
    const summary = part(element, 'error-summary')!;
    expect(active(element)).to.equal(summary);
    await press(element, 'Tab');
    expect(active(element)).to.equal(summary.querySelector('a'));
    await press(element, 'Enter');
    expect(active(element)).to.equal(inputFor(element, 'mig'));
    await press(element, SPACE);
    await press(element, 'Tab');
    await press(element, 'Enter');
    expect(stepTitle(element)).to.equal('Har du det gamle pas?');
    expect(part(element, 'error-summary')).to.equal(null);
  });

  it('ticks and unticks the exclusive choice with Space', async () => {
    const element = await guideAfterButton('guide-barn');
    for (let question = 0; question < 2; question++) {
      await press(element, 'Tab'); // to "Ja"
      await press(element, SPACE);
      await press(element, 'Tab');
      await press(element, 'Enter');
    }
    expect(stepTitle(element)).to.equal('Gælder noget af dette for dig?');
    await press(element, 'Tab');
    expect(active(element)).to.equal(inputFor(element, 'alene'));
    await press(element, SPACE);
    await press(element, 'Tab');
    await press(element, SPACE);
    expect(['alene', 'flere'].map((value) => inputFor(element, value)!.checked)).to.deep.equal([true, true]);
    await press(element, 'Tab');
    await press(element, 'Tab');
    expect(active(element)).to.equal(inputFor(element, 'ingen'));
    await press(element, SPACE);
    expect(['alene', 'flere', 'udland', 'ingen'].map((value) => inputFor(element, value)!.checked)).to.deep.equal([
      false,
      false,
      false,
      true,
    ]);
    await pressChord('Shift', 'Tab');
    await element.updateComplete;
    await press(element, SPACE);
    expect(['udland', 'ingen'].map((value) => inputFor(element, value)!.checked)).to.deep.equal([true, false]);
  });

  it('opens "Brug for hjælp?" with Enter', async () => {
    const element = await guideAfterButton('guide-pas');
    const help = part(element, 'help') as HTMLDetailsElement;
    await waitUntil(() => help.querySelector('button'), 'no ladder');
    await press(element, 'Tab');
    await press(element, 'Tab');
    await press(element, 'Tab');
    expect(active(element)).to.equal(help.querySelector('summary'));
    await press(element, 'Enter');
    expect(help.open).to.equal(true);
    await press(element, 'Tab');
    expect(active(element)!.textContent!.trim()).to.equal('Se andre måder at få hjælp');
  });
});
