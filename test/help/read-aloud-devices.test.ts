// "Lyt" on real devices (issue 12, kind 4; field cases 04, 05, 06): a very long sentence is spoken in
// short pieces while its highlight covers the whole sentence; a Danish voice that arrives late, or a voice
// list that grows, is used; a voice on the device is preferred; and help reading stops (does not go on
// with its next sentence) when the guide starts reading.
import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MAX_PIECE_LENGTH } from '../../src/core/speech.js';
import '../../src/guide/index.js';
import type { BorgerGuide } from '../../src/guide/index.js';
import '../../src/help/index.js';
import type { BorgerHelp, HelpSpeechDetail } from '../../src/help/index.js';
import { FakeSynthesis, fakeVoice, installSpeech, LONG_SENTENCE, restoreSpeech } from '../core/fake-speech.js';
import { demoJson, guideEl, part as guidePart } from '../guide/helpers.js';

// Field cases 04–06: the article as the page has it.
const ARTICLE = `<article>
<h1>Nyt sundhedskort</h1>
<p>Du får et nyt sundhedskort med posten.</p>
<p>${LONG_SENTENCE}</p>
</article>`;

async function helpEl(article = ARTICLE): Promise<BorgerHelp> {
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  const element = document.createElement('borger-help');
  element.innerHTML = article;
  element.content = {
    terms: [{ id: 'sundhedskort', term: 'sundhedskort', explanation: 'Det gule kort, der viser, at du har ret til gratis læge.' }],
  };
  host.append(element);
  await waitUntil(() => element.glossaryReady);
  await element.updateComplete;
  return element;
}

const part = (element: BorgerHelp, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

function highlighted(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString().replace(/\s+/g, ' ')) : [];
}

async function pressListen(element: BorgerHelp): Promise<HTMLButtonElement> {
  const listen = await waitUntil(() => part(element, 'listen'), 'no "Lyt"').then(() => part(element, 'listen') as HTMLButtonElement);
  listen.focus();
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
  return listen;
}

describe('<borger-help> read aloud on real devices', () => {
  let synth: FakeSynthesis;
  beforeEach(() => {
    synth = new FakeSynthesis();
    installSpeech(synth);
  });
  afterEach(() => restoreSpeech());

  it('speaks the 539-character sentence in pieces of at most MAX_PIECE_LENGTH, highlighting the whole sentence throughout (04)', async () => {
    synth.voices = [fakeVoice('da-DK', 'Sara')];
    const element = await helpEl();
    await pressListen(element);
    expect(synth.current!.text).to.equal('Nyt sundhedskort');
    synth.finish();
    synth.finish();
    const pieces: string[] = [];
    while (synth.current) {
      pieces.push(synth.current.text);
      expect(synth.current.text.length).to.be.at.most(MAX_PIECE_LENGTH);
      expect(highlighted('borger-reading'), `while saying piece ${pieces.length}`).to.deep.equal([LONG_SENTENCE]);
      synth.finish();
    }
    expect(pieces.length).to.be.greaterThan(2);
    expect(pieces.join(' ')).to.equal(LONG_SENTENCE);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="stop"]')).to.equal(null);
  });

  it('uses a Danish voice that arrives 2.5 s late, after "no voice" was decided (05)', async () => {
    const element = await helpEl();
    const listen = part(element, 'listen') as HTMLButtonElement;
    // The check gives up after 2 s with no voices at all…
    await aTimeout(2100);
    await pressListen(element);
    expect(part(element, 'notice')!.textContent).to.include('ingen stemme, der kan læse dansk');
    expect(synth.spoken).to.have.length(0);
    // …and the voice comes at 2.5 s: the notice goes, "Lyt" reads.
    synth.loadVoices([fakeVoice('da-DK', 'Sara')]);
    await element.updateComplete;
    expect(part(element, 'notice')).to.equal(null);
    expect(part(element, 'listen')).to.equal(listen);
    await pressListen(element);
    expect(synth.spoken.map((u) => [u.text, u.voice?.name])).to.deep.equal([['Nyt sundhedskort', 'Sara']]);
  });

  it('uses da-DK when the first voice list has only en-US and da-DK comes later (06)', async () => {
    synth.loadVoices([fakeVoice('en-US')]);
    const element = await helpEl();
    await pressListen(element);
    expect(synth.spoken).to.have.length(0);
    expect(part(element, 'notice')).to.not.equal(null);
    synth.loadVoices([fakeVoice('en-US'), fakeVoice('da-DK', 'Sara')]);
    await pressListen(element);
    expect(synth.spoken[0]!.voice?.name).to.equal('Sara');
  });

  it('re-reads the voices on "Lyt": a voice listed without any voiceschanged event (Safari) is used', async () => {
    synth.voices = [fakeVoice('en-US')];
    const element = await helpEl();
    await pressListen(element);
    expect(synth.spoken).to.have.length(0);
    synth.voices = [fakeVoice('en-US'), fakeVoice('da-DK', 'Sara')];
    await pressListen(element);
    expect(synth.spoken[0]!.text).to.equal('Nyt sundhedskort');
  });

  it('reads with the voice on the device, not the network voice', async () => {
    synth.voices = [fakeVoice('da-DK', 'Google dansk', true, false), fakeVoice('da-DK', 'Sara', false, true)];
    const element = await helpEl();
    await pressListen(element);
    expect(synth.spoken[0]!.voice?.name).to.equal('Sara');
  });

  it('stops when the guide starts reading: it does not go on with its next sentence over the guide', async () => {
    synth.voices = [fakeVoice('da-DK', 'Sara')];
    const actions: string[] = [];
    const element = await helpEl();
    element.addEventListener('borger-help-speech', (event) => actions.push((event as CustomEvent<HelpSpeechDetail>).detail.action));
    const guide: BorgerGuide = await guideEl(demoJson('guide-pas'));
    await pressListen(element);
    expect(synth.current!.text).to.equal('Nyt sundhedskort');
    const read = await waitUntil(() =>
      [...guidePart(guide, 'help')!.querySelectorAll('button')].find((b) => b.textContent!.includes('Læs teksten op')),
    ).then(() => [...guidePart(guide, 'help')!.querySelectorAll('button')].find((b) => b.textContent!.includes('Læs teksten op'))!);
    read.click();
    await element.updateComplete;
    expect(actions).to.deep.equal(['start', 'stop']);
    expect(part(element, 'stop')).to.equal(null);
    expect(highlighted('borger-reading')).to.deep.equal([]);
    const guideFirst = synth.current!.text;
    synth.finish();
    // Only the guide goes on.
    expect(synth.spoken.map((u) => u.text)).to.not.include('Du får et nyt sundhedskort med posten.');
    expect(guideFirst).to.equal('Hvem skal have pas?');
    await guide.updateComplete;
  });
});
