// "Læs teksten op" on real devices (issue 12, kind 4; field cases 04, 05, 06): the guide offers reading
// aloud as soon as a voice for the text exists, however late it comes, and speaks long text in short pieces.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { MAX_PIECE_LENGTH } from '../../src/core/speech.js';
import { BorgerGuide } from '../../src/guide/index.js';
import { FakeSynthesis, fakeVoice, installSpeech, LONG_SENTENCE, restoreSpeech } from '../core/fake-speech.js';
import { demoJson, guideEl, part } from './helpers.js';

const readButton = (element: BorgerGuide) =>
  [...part(element, 'help')!.querySelectorAll('button')].find((b) => /Læs teksten op|Stop oplæsningen/.test(b.textContent!));

async function settled(element: BorgerGuide): Promise<void> {
  await aTimeout(0);
  await element.updateComplete;
}

describe('<borger-guide> read aloud on real devices', () => {
  // The button sits in the "Brug for hjælp?" ladder, which comes with the code for moving on: here from the start.
  before(() => BorgerGuide.chunks.later.load());
  let synth: FakeSynthesis;
  beforeEach(() => {
    synth = new FakeSynthesis();
    installSpeech(synth);
  });
  afterEach(() => restoreSpeech());

  it('shows "Læs teksten op" once a Danish voice arrives 2.5 s late, after the check gave up (05)', async () => {
    const element = await guideEl(demoJson('guide-pas'));
    await aTimeout(2100);
    await settled(element);
    expect(readButton(element)).to.equal(undefined);
    synth.loadVoices([fakeVoice('da-DK', 'Sara')]);
    await waitUntil(() => readButton(element), 'the button did not come with the voice');
    readButton(element)!.click();
    expect(synth.spoken[0]!.voice?.name).to.equal('Sara');
  });

  it('shows it when the voice list grows from en-US to en-US + da-DK (06), and hides it if the voice goes', async () => {
    synth.loadVoices([fakeVoice('en-US')]);
    const element = await guideEl(demoJson('guide-pas'));
    await settled(element);
    expect(readButton(element)).to.equal(undefined);
    synth.loadVoices([fakeVoice('en-US'), fakeVoice('da-DK', 'Sara')]);
    await waitUntil(() => readButton(element), 'the button did not come when the list grew');
    synth.loadVoices([fakeVoice('en-US')]);
    await waitUntil(() => readButton(element) === undefined, 'the button stayed without a voice');
  });

  it('speaks a long text in pieces of at most MAX_PIECE_LENGTH (04)', async () => {
    synth.voices = [fakeVoice('da-DK', 'Sara')];
    const guide = demoJson('guide-pas') as { nodes: Record<string, { title: unknown }>; start: string };
    guide.nodes[guide.start]!.title = LONG_SENTENCE;
    const element = await guideEl(guide);
    await waitUntil(() => readButton(element));
    readButton(element)!.click();
    const said: string[] = [];
    // The title, then the options.
    for (let i = 0; i < 4 && synth.current; i++) {
      said.push(synth.current.text);
      synth.finish();
    }
    for (const text of said) expect(text.length).to.be.at.most(MAX_PIECE_LENGTH);
    expect(said.slice(0, 3).join(' ')).to.equal(LONG_SENTENCE);
  });

  it('prefers the voice on the device over a network voice', async () => {
    synth.voices = [fakeVoice('da-DK', 'Google dansk', true, false), fakeVoice('da-DK', 'Sara', false, true)];
    const element = await guideEl(demoJson('guide-pas'));
    await waitUntil(() => readButton(element));
    readButton(element)!.click();
    expect(synth.spoken[0]!.voice?.name).to.equal('Sara');
  });
});
