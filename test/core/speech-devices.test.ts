// Read-aloud on real devices (issue 12, kind 4), at the core speech boundary: no spoken piece longer
// than MAX_PIECE_LENGTH (Chrome's network voices stop after about 15 s), voices that arrive late or in
// steps, a voice on the device before a network voice, and speech cut off by a newer speech.
import { expect } from '@open-wc/testing';
import {
  capPieces,
  currentVoice,
  MAX_PIECE_LENGTH,
  matchVoice,
  onVoicesChanged,
  speak,
  splitForSpeech,
  voiceFor,
} from '../../src/core/speech.js';
import { FakeSynthesis, fakeVoice, installSpeech, LONG_SENTENCE, restoreSpeech } from './fake-speech.js';

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

describe('capPieces', () => {
  it('splits the 539-character sentence at commas into pieces of at most MAX_PIECE_LENGTH, losing no word', () => {
    expect(LONG_SENTENCE.length).to.equal(539);
    const pieces = capPieces(LONG_SENTENCE, [{ start: 0, end: LONG_SENTENCE.length }]);
    const texts = pieces.map((piece) => LONG_SENTENCE.slice(piece.start, piece.end));
    expect(pieces.length).to.be.within(3, 5);
    for (const text of texts) expect(text.length).to.be.at.most(MAX_PIECE_LENGTH);
    // Every piece but the last ends at a clause (a comma), none starts or ends with a space.
    for (const text of texts.slice(0, -1)) expect(text).to.match(/,$/u);
    for (const text of texts) expect(text).to.equal(text.trim());
    expect(words(texts.join(' '))).to.deep.equal(words(LONG_SENTENCE));
  });

  it('splits between words when a long stretch has no clause punctuation, and mid-word only for one overlong word', () => {
    const plain = Array.from({ length: 80 }, (_, i) => `ord${i}`).join(' ');
    const pieces = capPieces(plain, [{ start: 0, end: plain.length }], 60);
    const texts = pieces.map((piece) => plain.slice(piece.start, piece.end));
    for (const text of texts) {
      expect(text.length).to.be.at.most(60);
      expect(text).to.match(/^ord\d+( ord\d+)*$/u);
    }
    expect(words(texts.join(' '))).to.deep.equal(words(plain));

    const address = `Se https://example.invalid/${'a'.repeat(150)} nu`;
    const cut = capPieces(address, [{ start: 0, end: address.length }], 60).map((piece) => address.slice(piece.start, piece.end));
    for (const text of cut) expect(text.length).to.be.at.most(60);
    expect(cut.join('').replace(/\s/gu, '')).to.equal(address.replace(/\s/gu, ''));
  });

  it('does not cut inside a surrogate pair, leaves short pieces alone and keeps offsets into the text', () => {
    const emoji = '😀'.repeat(40);
    const pieces = capPieces(emoji, [{ start: 0, end: emoji.length }], 25);
    for (const piece of pieces) {
      expect(piece.end - piece.start).to.be.at.most(25);
      expect((piece.end - piece.start) % 2, 'whole pairs only').to.equal(0);
    }
    const text = 'Kort. Også kort.';
    expect(capPieces(text, splitForSpeech(text))).to.deep.equal(splitForSpeech(text));
  });

  it('prefers a clause end over a later word gap, but not one that leaves a tiny piece', () => {
    const text = `Ja, ${'meget '.repeat(20)}lang; og så ${'videre '.repeat(20)}slut`;
    const [first] = capPieces(text, [{ start: 0, end: text.length }], 150).map((piece) => text.slice(piece.start, piece.end));
    expect(first).to.match(/lang;$/u);
  });
});

describe('speech on real devices', () => {
  let synth: FakeSynthesis;
  beforeEach(() => {
    synth = new FakeSynthesis();
    installSpeech(synth);
  });
  afterEach(() => restoreSpeech());

  it('never hands the browser a piece longer than MAX_PIECE_LENGTH, and word positions count in the whole text', () => {
    const positions: number[] = [];
    synth.voices = [fakeVoice('da-DK')];
    let ended = 0;
    speak(LONG_SENTENCE, {
      lang: 'da',
      split: (text) => [{ start: 0, end: text.length }],
      onBoundary: (i) => positions.push(i),
      onEnd: () => ended++,
    });
    while (synth.current) {
      expect(synth.current.text.length).to.be.at.most(MAX_PIECE_LENGTH);
      synth.boundary(0);
      synth.finish();
    }
    expect(synth.spoken.length).to.be.greaterThan(2);
    expect(ended).to.equal(1);
    expect(positions).to.have.length(synth.spoken.length);
    for (const [i, at] of positions.entries()) {
      expect(LONG_SENTENCE.slice(at).startsWith(synth.spoken[i]!.text), `piece ${i}`).to.equal(true);
    }
  });

  it('prefers a voice on the device over a network voice, whatever the order and the default', () => {
    const network = fakeVoice('da-DK', 'Google dansk', true, false);
    const local = fakeVoice('da-DK', 'Sara', false, true);
    const localBase = fakeVoice('da', 'Helle', false, true);
    expect(matchVoice([network, local], 'da')).to.equal(local);
    expect(matchVoice([local, network], 'da-DK')).to.equal(local);
    // A local voice of the same language beats a network voice of the exact region.
    expect(matchVoice([network, localBase], 'da-DK')).to.equal(localBase);
    // Only network voices: the network voice is used (better than none).
    expect(matchVoice([network], 'da')).to.equal(network);
    expect(matchVoice([network, fakeVoice('en-US')], 'da')).to.equal(network);
    synth.voices = [network, local];
    speak('Hej.', { lang: 'da' });
    expect(synth.spoken[0]!.voice).to.equal(local);
  });

  it('voiceFor follows a list that grows: en-US first, da-DK half a second later', async () => {
    const found = voiceFor('da', { timeoutMs: 1000 });
    synth.loadVoices([fakeVoice('en-US')]);
    setTimeout(() => synth.loadVoices([fakeVoice('en-US'), fakeVoice('da-DK', 'Sara')]), 50);
    expect((await found)?.name).to.equal('Sara');
  });

  it('onVoicesChanged hears every change until unsubscribed; currentVoice reads the list now', () => {
    const heard: (string | undefined)[] = [];
    const unsubscribe = onVoicesChanged(() => heard.push(currentVoice('da')?.name));
    synth.loadVoices([fakeVoice('en-US')]);
    synth.loadVoices([fakeVoice('en-US'), fakeVoice('da-DK', 'Sara')]);
    unsubscribe();
    synth.loadVoices([]);
    expect(heard).to.deep.equal([undefined, 'Sara']);
    // A voice listed without an event (Safari) is seen when asked.
    synth.voices = [fakeVoice('da-DK', 'Stille')];
    expect(currentVoice('da')?.name).to.equal('Stille');
    installSpeech(undefined);
    expect(currentVoice('da')).to.equal(undefined);
    expect(onVoicesChanged(() => heard.push('never'))).to.be.a('function');
  });

  it('tells the owner of speech cut off by a newer speech with onInterrupted, not onEnd', () => {
    synth.voices = [fakeVoice('da-DK')];
    const heard: string[] = [];
    speak('Første. Anden.', { lang: 'da', onEnd: () => heard.push('end'), onInterrupted: () => heard.push('interrupted') });
    speak('Guide.', { lang: 'da', onEnd: () => heard.push('guide end') });
    expect(heard).to.deep.equal(['interrupted']);
    synth.finish();
    expect(synth.spoken.map((u) => u.text)).to.deep.equal(['Første.', 'Guide.']);
    expect(heard).to.deep.equal(['interrupted', 'guide end']);
  });

  it('speech cancelled by another script on the page counts as interrupted', () => {
    synth.voices = [fakeVoice('da-DK')];
    const heard: string[] = [];
    speak('Første. Anden.', { lang: 'da', onEnd: () => heard.push('end'), onInterrupted: () => heard.push('interrupted') });
    synth.cancel();
    expect(heard).to.deep.equal(['interrupted']);
    expect(synth.spoken).to.have.length(1);
  });
});
