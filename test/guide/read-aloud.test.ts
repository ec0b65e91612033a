// "Læs teksten op" under "Brug for hjælp?": shown only with a voice for the text's language, observed at
// the Web Speech boundary with fakes (no audio).
import { expect, waitUntil } from '@open-wc/testing';
import { readAloudText } from '../../src/guide/guide.read-aloud.js';
import { BorgerGuide } from '../../src/guide/index.js';
import { FakeSynthesis, fakeVoice, installSpeech, restoreSpeech } from '../core/fake-speech.js';
import { answerWith, demoGuide, demoJson, guideEl, part } from './helpers.js';

const readButton = (element: BorgerGuide) =>
  [...part(element, 'help')!.querySelectorAll('button')].find((b) => /Læs|Stop|Read|aloud/.test(b.textContent!));

const LABELS = { yes: 'Ja', no: 'Nej', bringTitle: 'Det skal du have med' };

describe('<borger-guide> read aloud', () => {
  // The button sits in the "Brug for hjælp?" ladder, which comes with the code for moving on: here from the start.
  before(() => BorgerGuide.chunks.later.load());
  let synth: FakeSynthesis;
  beforeEach(() => {
    synth = new FakeSynthesis();
    synth.voices = [fakeVoice('da-DK', 'Sara')];
    installSpeech(synth);
  });
  afterEach(() => restoreSpeech());

  it('reads the step in Danish with a Danish voice, and stops on request', async () => {
    const element = await guideEl(demoJson('guide-pas'));
    await waitUntil(() => readButton(element), 'no read-aloud button although a Danish voice exists');
    const button = readButton(element)!;
    expect(button.textContent!.trim()).to.equal('Læs teksten op');
    button.click();
    await element.updateComplete;
    expect(synth.spoken.map((u) => [u.text, u.lang])).to.deep.equal([['Hvem skal have pas?', 'da-DK']]);
    expect(readButton(element)!.textContent!.trim()).to.equal('Stop oplæsningen');
    synth.finish();
    expect(synth.current!.text).to.equal('Mig selv (18 år eller ældre)');
    readButton(element)!.click();
    await element.updateComplete;
    expect(readButton(element)!.textContent!.trim()).to.equal('Læs teksten op');
    expect(synth.speaking).to.equal(false);
  });

  it('goes back to "Læs teksten op" when the reading is over, and stops when the step changes', async () => {
    const element = await guideEl(demoJson('guide-pas'));
    await waitUntil(() => readButton(element));
    readButton(element)!.click();
    for (let i = 0; i < 3; i++) synth.finish();
    await element.updateComplete;
    expect(readButton(element)!.textContent!.trim()).to.equal('Læs teksten op');

    readButton(element)!.click();
    await element.updateComplete;
    const cancels = synth.cancels;
    await answerWith(element, 'mig');
    expect(synth.cancels).to.be.greaterThan(cancels);
    expect(synth.speaking).to.equal(false);
    expect(readButton(element)!.textContent!.trim()).to.equal('Læs teksten op');
  });

  it('is not offered without a voice for the language of the text', async () => {
    const english = await guideEl(demoJson('guide-pas'), { lang: 'en' });
    const danish = await guideEl(demoJson('guide-pas'));
    await waitUntil(() => readButton(danish));
    expect(readButton(english)).to.equal(undefined);
    synth.voices = [fakeVoice('en-GB')];
    const later = await guideEl(demoJson('guide-pas'), { lang: 'en' });
    await waitUntil(() => readButton(later), 'an English voice should offer reading aloud');
    readButton(later)!.click();
    expect(synth.spoken[0]!.text).to.equal('Who needs a passport?');
    expect(synth.spoken[0]!.lang).to.equal('en-GB');
  });

  it('is not offered without speech synthesis, and the rest of the help is', async () => {
    installSpeech(undefined);
    const element = await guideEl(demoJson('guide-pas'));
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(readButton(element)).to.equal(undefined);
    expect(part(element, 'help')!.querySelectorAll('button').length).to.be.greaterThan(0);
  });

  it('says so when reading fails', async () => {
    const element = await guideEl(demoJson('guide-pas'));
    await waitUntil(() => readButton(element));
    readButton(element)!.click();
    synth.fail('synthesis-failed');
    await element.updateComplete;
    expect(part(element, 'notice')!.textContent).to.include('Oplæsningen virker ikke lige nu.');
    expect(readButton(element)!.textContent!.trim()).to.equal('Læs teksten op');
  });
});

describe('readAloudText', () => {
  const pas = demoGuide('guide-pas');
  const barn = demoGuide('guide-barn');

  it('reads a question: title, hint, each option and its hint, one per line', () => {
    const { text, lang } = readAloudText(pas.nodes.foto!, 'da', LABELS);
    expect(lang).to.equal('da');
    expect(text.split('\n')).to.deep.equal([
      'Hvordan vil du have foto til passet?',
      'Jeg tager et printet foto med',
      'Jeg vil have taget foto hos Borgerservice',
      'Det koster et gebyr, fx 125 kr.',
    ]);
  });

  it('reads yes/no without labels in the catalogue words, and info bodies without markup', () => {
    expect(readAloudText(barn.nodes.gift!, 'da', LABELS).text.split('\n')).to.deep.equal([
      'Er I gift med hinanden?',
      'Med "I" mener vi barnets mor og den anden forælder.',
      'Ja',
      'Nej',
    ]);
    const info = readAloudText(pas.nodes['barn-info']!, 'da', LABELS).text;
    expect(info).to.not.include('<');
    expect(info).to.include('når I møder op hos os');
  });

  it('reads an outcome with the things to bring, in the language the content has', () => {
    const result = readAloudText(pas.nodes['pas-voksen']!, 'ar', LABELS, [{ da: 'Dit gamle pas', en: 'Your old passport' }]);
    expect(result.lang).to.equal('en');
    expect(result.text.split('\n').slice(-2)).to.deep.equal(['Det skal du have med', 'Your old passport']);
  });
});
