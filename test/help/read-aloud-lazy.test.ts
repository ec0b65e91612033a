// "Lyt" loads its code on first use (issue 11): nothing of read-aloud is loaded before the citizen comes
// to the button; a chunk that arrives late is announced politely while focus stays on "Lyt" and the text
// is read once it is there; a chunk that fails gives a polite note and a console message, and the next
// press tries again. The chunk is replaced through the element's lazy-chunk hook (a promise the test
// settles), so no test depends on timing.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/help/index.js';
import { helpChunks } from '../../src/help/help.element.js';
import type { BorgerHelp, HelpSpeechDetail } from '../../src/help/index.js';
import { deferred } from '../core/deferred.js';
import { FakeSynthesis, fakeVoice, installSpeech, restoreSpeech } from '../core/fake-speech.js';

type ReadAloudModule = typeof import('../../src/help/read-aloud.js');
const realChunk = () => import('../../src/help/read-aloud.js');

const ARTICLE = '<article><h2>Nyt sundhedskort</h2><p>Du får et nyt sundhedskort med posten.</p></article>';

async function helpEl(attributes: Record<string, string> = {}): Promise<BorgerHelp> {
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  const element = document.createElement('borger-help');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = ARTICLE;
  element.content = { terms: [{ id: 'sundhedskort', term: 'sundhedskort', explanation: 'Det gule kort.' }] };
  host.append(element);
  await waitUntil(() => element.glossaryReady);
  await element.updateComplete;
  return element;
}

const part = (element: BorgerHelp, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Presses "Lyt" from the keyboard (focus, then Enter), as a keyboard user does. */
async function pressListen(element: BorgerHelp): Promise<HTMLButtonElement> {
  const listen = part(element, 'listen') as HTMLButtonElement;
  listen.focus();
  await sendKeys({ press: 'Enter' });
  return listen;
}

describe('<borger-help> read-aloud code loaded on the first "Lyt"', () => {
  let synth: FakeSynthesis;
  let errors: unknown[][];
  const consoleError = console.error;
  beforeEach(() => {
    synth = new FakeSynthesis();
    synth.voices = [fakeVoice('da-DK', 'Sara')];
    installSpeech(synth);
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = consoleError;
    restoreSpeech();
    helpChunks.readAloud.useImporter(realChunk);
  });

  it('shows "Lyt" at once and loads nothing of read-aloud until the citizen comes to it', async () => {
    let loads = 0;
    helpChunks.readAloud.useImporter(() => {
      loads++;
      return realChunk();
    });
    const element = await helpEl();
    expect(part(element, 'listen')!.textContent).to.include('Lyt');
    expect(part(element, 'speed')).to.not.equal(null);
    expect(loads, 'no read-aloud code before "Lyt" is near').to.equal(0);
    expect(synth.spoken).to.have.length(0);
    // Focus on the button is intent: the download starts before the press.
    part(element, 'listen')!.focus();
    expect(loads).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(synth.spoken.map((u) => u.text)).to.deep.equal(['Nyt sundhedskort']);
    expect(loads).to.equal(1);
  });

  it('says that reading is on its way while the code arrives late, keeps focus on "Lyt", then reads', async () => {
    const arrival = deferred<ReadAloudModule>();
    helpChunks.readAloud.useImporter(() => arrival.promise);
    const element = await helpEl();
    const events: string[] = [];
    element.addEventListener('borger-help-speech', (event) => events.push((event as CustomEvent<HelpSpeechDetail>).detail.action));
    const listen = await pressListen(element);
    // A second press while waiting does not start a second reading.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'notice'), 'no announcement while the read-aloud code is late');
    const notice = part(element, 'notice')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.equal('Henter oplæsningen …');
    expect(element.shadowRoot!.activeElement === listen, 'focus stays on "Lyt"').to.equal(true);
    expect(synth.spoken).to.have.length(0);
    await expect(element).to.be.accessible();

    arrival.resolve(await realChunk());
    await element.updateComplete;
    expect(synth.spoken.map((u) => u.text)).to.deep.equal(['Nyt sundhedskort']);
    expect(events).to.deep.equal(['start']);
    expect(part(element, 'notice'), 'the announcement goes once reading starts').to.equal(null);
    expect(part(element, 'listen') === listen && element.shadowRoot!.activeElement === listen).to.equal(true);
    expect(listen.textContent).to.include('Pause');
    expect(errors).to.deep.equal([]);
  });

  it('says politely that reading could not be loaded when the code fails, logs why, and tries again on the next press', async () => {
    helpChunks.readAloud.useImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: read-aloud.js')));
    const element = await helpEl();
    const listen = await pressListen(element);
    await element.updateComplete;
    const notice = part(element, 'notice')!;
    expect(notice.getAttribute('role'), 'polite, not an alert').to.equal('status');
    expect(notice.textContent).to.equal('Oplæsningen kunne ikke hentes lige nu. Prøv igen om lidt.');
    expect(listen.getAttribute('aria-describedby')).to.equal(notice.id);
    expect(element.shadowRoot!.activeElement === listen, 'focus stays on "Lyt"').to.equal(true);
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.include('<borger-help> could not load its read-aloud code');
    expect(String(errors[0]![1])).to.include('Failed to fetch');
    expect(synth.spoken).to.have.length(0);
    await expect(element).to.be.accessible();

    // The connection is back: the next press loads and reads, and the note goes.
    helpChunks.readAloud.useImporter(realChunk);
    await pressListen(element);
    await element.updateComplete;
    expect(synth.spoken.map((u) => u.text)).to.deep.equal(['Nyt sundhedskort']);
    expect(part(element, 'notice')).to.equal(null);
  });

  it('speaks the failure note in the element’s language (English)', async () => {
    helpChunks.readAloud.useImporter(() => Promise.reject(new Error('offline')));
    const element = await helpEl({ lang: 'en' });
    await pressListen(element);
    await element.updateComplete;
    expect(part(element, 'notice')!.textContent).to.equal('Reading aloud could not be loaded just now. Please try again in a moment.');
  });

  it('keeps a speed chosen before the first "Lyt" for the reading', async () => {
    const element = await helpEl();
    const select = part(element, 'speed')!.querySelector('select')!;
    select.value = '1.25';
    select.dispatchEvent(new Event('change'));
    await pressListen(element);
    await element.updateComplete;
    expect(synth.spoken.map((u) => u.rate)).to.deep.equal([1.25]);
  });
});
