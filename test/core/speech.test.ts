import { expect } from '@open-wc/testing';
import { canSpeak, matchVoice, speak, speechSupported, splitForSpeech, voiceFor } from '../../src/core/speech.js';
import { FakeSynthesis, type FakeUtterance, fakeVoice, installSpeech, restoreSpeech } from './fake-speech.js';

const DANISH = fakeVoice('da-DK', 'Sara');
const US = fakeVoice('en-US', 'Samantha');
const BRITISH = fakeVoice('en-GB', 'Daniel', true);

describe('speech', () => {
  let synth: FakeSynthesis;
  beforeEach(() => {
    synth = new FakeSynthesis();
    synth.voices = [US, DANISH, BRITISH];
    installSpeech(synth);
  });
  afterEach(() => restoreSpeech());

  describe('without speech synthesis', () => {
    beforeEach(() => installSpeech(undefined));

    it('says nothing can be spoken, and speak() is a no-op that reports "not-supported"', async () => {
      expect(speechSupported()).to.equal(false);
      expect(await canSpeak('da')).to.equal(false);
      expect(await voiceFor('da')).to.equal(undefined);
      const errors: string[] = [];
      let ended = false;
      const handle = speak('Hej.', { lang: 'da', onError: (e) => errors.push(e), onEnd: () => (ended = true) });
      handle.pause();
      handle.resume();
      handle.stop();
      await Promise.resolve();
      expect(errors).to.deep.equal(['not-supported']);
      expect(ended).to.equal(false);
    });
  });

  describe('voices', () => {
    it('matches the exact language first, then the base language (the default voice wins ties)', async () => {
      expect(await voiceFor('da')).to.equal(DANISH);
      expect(await voiceFor('da_dk')).to.equal(DANISH);
      expect(await voiceFor('en-US')).to.equal(US);
      expect(await voiceFor('en')).to.equal(BRITISH);
      expect(await voiceFor('en-AU')).to.equal(BRITISH);
      expect(await voiceFor('ar')).to.equal(undefined);
      expect(matchVoice([US], '')).to.equal(undefined);
      expect(await canSpeak('da')).to.equal(true);
      expect(await canSpeak('ar')).to.equal(false);
    });

    it('waits once for voiceschanged when the voices are not loaded yet', async () => {
      synth.voices = [];
      let listeners = 0;
      const add = synth.addEventListener.bind(synth);
      synth.addEventListener = (...args: Parameters<typeof add>) => {
        listeners++;
        add(...args);
      };
      const first = voiceFor('da');
      const second = canSpeak('da');
      expect(listeners, 'one listener for every caller').to.equal(1);
      synth.loadVoices([DANISH]);
      expect(await first).to.equal(DANISH);
      expect(await second).to.equal(true);
    });

    it('gives up after the timeout when no voices come', async () => {
      synth.voices = [];
      expect(await canSpeak('da', { timeoutMs: 10 })).to.equal(false);
    });
  });

  describe('speak', () => {
    const TEXT = 'Hej med dig. Hvordan går det?\nGodt, tak.';

    it('speaks one sentence at a time in the language, voice and rate asked for', () => {
      let ended = 0;
      speak(TEXT, { lang: 'da', rate: 0.8, onEnd: () => ended++ });
      expect(synth.spoken.map((u) => u.text)).to.deep.equal(['Hej med dig.']);
      const [first] = synth.spoken as [FakeUtterance];
      expect([first.lang, first.voice, first.rate]).to.deep.equal(['da-DK', DANISH, 0.8]);
      synth.finish();
      synth.finish();
      expect(ended).to.equal(0);
      synth.finish();
      expect(synth.spoken.map((u) => u.text)).to.deep.equal(['Hej med dig.', 'Hvordan går det?', 'Godt, tak.']);
      expect(ended).to.equal(1);
    });

    it('reports word boundaries as positions in the whole text', () => {
      const positions: number[] = [];
      speak(TEXT, { lang: 'da', onBoundary: (i) => positions.push(i) });
      synth.boundary(0);
      synth.boundary(4);
      synth.finish();
      synth.boundary(8);
      expect(positions).to.deep.equal([0, 4, 21]);
      expect(TEXT.slice(21, 24)).to.equal('går');
    });

    it('uses the language as given when there is no voice for it, and keeps the rate in range', () => {
      speak('Marhaban.', { lang: 'ar', rate: 50 });
      expect([synth.spoken[0]!.lang, synth.spoken[0]!.voice, synth.spoken[0]!.rate]).to.deep.equal(['ar', null, 10]);
    });

    it('cancels speech already going on, and tells its owner it is over', () => {
      const over: string[] = [];
      speak('Første tekst.', { lang: 'da', onEnd: () => over.push('first') });
      const cancelsBefore = synth.cancels;
      speak('Anden tekst.', { lang: 'da', onEnd: () => over.push('second') });
      expect(synth.cancels).to.be.greaterThan(cancelsBefore);
      expect(over).to.deep.equal(['first']);
      expect(synth.current!.text).to.equal('Anden tekst.');
      synth.finish();
      expect(over).to.deep.equal(['first', 'second']);
    });

    it('stops on stop(), once, and ignores what the browser reports afterwards', () => {
      let ended = 0;
      const errors: string[] = [];
      const handle = speak(TEXT, { lang: 'da', onEnd: () => ended++, onError: (e) => errors.push(e) });
      handle.stop();
      handle.stop();
      synth.finish();
      expect(ended).to.equal(1);
      expect(errors).to.deep.equal([]);
      expect(synth.spoken).to.have.length(1);
    });

    it('pauses and resumes', () => {
      const handle = speak(TEXT, { lang: 'da' });
      handle.pause();
      expect(synth.paused).to.equal(true);
      handle.resume();
      expect(synth.paused).to.equal(false);
      handle.stop();
      handle.pause();
      expect(synth.pauses).to.equal(1);
    });

    it('reports a failure once and says no more', () => {
      const errors: string[] = [];
      let ended = 0;
      speak(TEXT, { lang: 'da', onError: (e) => errors.push(e), onEnd: () => ended++ });
      synth.fail('synthesis-failed');
      synth.finish();
      expect(errors).to.deep.equal(['synthesis-failed']);
      expect(ended).to.equal(0);
      expect(synth.spoken).to.have.length(1);
    });

    it('takes its own split (e.g. a Danish sentence splitter)', () => {
      const positions: number[] = [];
      speak('kl. 10.00 åbner vi. Velkommen.', {
        lang: 'da',
        split: () => [
          { start: 0, end: 19 },
          { start: 20, end: 30 },
        ],
        onBoundary: (i) => positions.push(i),
      });
      expect(synth.current!.text).to.equal('kl. 10.00 åbner vi.');
      synth.finish();
      synth.boundary(0);
      expect(synth.current!.text).to.equal('Velkommen.');
      expect(positions).to.deep.equal([20]);
    });

    it('ends at once for text with nothing to say', () => {
      let ended = 0;
      speak('  \n ', { lang: 'da', onEnd: () => ended++ });
      expect(synth.spoken).to.have.length(0);
      expect(ended).to.equal(1);
    });
  });

  describe('splitForSpeech', () => {
    it('splits after sentence ends and at line breaks, with offsets into the text', () => {
      const text = 'Tag passet med! Har du det? Ja.\nMed "citat." Slut';
      const pieces = splitForSpeech(text).map(({ start, end }) => text.slice(start, end));
      expect(pieces).to.deep.equal(['Tag passet med!', 'Har du det?', 'Ja.', 'Med "citat."', 'Slut']);
    });

    it('keeps decimals and web addresses whole, pauses after an abbreviation (harmless when spoken), drops pieces with no words', () => {
      const text = 'Kl. 10.30 på kk.dk …\n\n– ';
      const pieces = splitForSpeech(text).map(({ start, end }) => text.slice(start, end));
      expect(pieces).to.deep.equal(['Kl.', '10.30 på kk.dk …']);
    });
  });
});
