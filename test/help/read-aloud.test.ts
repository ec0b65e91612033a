// "Lyt": reading the article aloud, observed at the Web Speech boundary with fakes (no audio): one
// utterance per sentence in the text's language and the chosen rate, the highlight following the
// sentence (end events) and the word (boundary events), pause / resume / stop, and no voice.
import { aTimeout, expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/help/index.js';
import type { BorgerHelp, Glossary, HelpSpeechDetail } from '../../src/help/index.js';
import { HIGHLIGHT_CSS, LIX_HIGHLIGHT, READING_WORD_HIGHLIGHT } from '../../src/help/read-aloud.js';
import { FakeSynthesis, fakeVoice, installSpeech, restoreSpeech } from '../core/fake-speech.js';
import { demoContent } from '../fixtures/content.js';

const ordliste = await demoContent<Glossary>('ordliste.json');

const ARTICLE = `<article>
  <h2>Nyt pas</h2>
  <p>Du skal have et nyt pas. Husk dit gamle
     pas, når du kommer til Borgerservice.</p>
  <ul><li>Et foto</li><li>Dit sundhedskort</li></ul>
  <script type="text/plain">ikke læst</script>
  <p hidden>Skjult tekst.</p>
</article>`;

const SENTENCES = [
  'Nyt pas',
  'Du skal have et nyt pas.',
  'Husk dit gamle pas, når du kommer til Borgerservice.',
  'Et foto',
  'Dit sundhedskort',
];

async function helpEl(article: string, attributes: Record<string, string> = {}): Promise<BorgerHelp> {
  const host = await fixture<HTMLDivElement>(document.createElement('div'));
  const element = document.createElement('borger-help');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = article;
  element.content = structuredClone(ordliste);
  host.append(element);
  await waitUntil(() => element.glossaryReady);
  await element.updateComplete;
  return element;
}

const part = (element: BorgerHelp, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const listenButton = async (element: BorgerHelp) => {
  await waitUntil(() => part(element, 'listen'), 'no "Lyt" button although there is a voice');
  return part(element, 'listen') as HTMLButtonElement;
};

/** The text of each range in a named highlight. */
function highlighted(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString().replace(/\s+/g, ' ')) : [];
}

describe('<borger-help> read aloud', () => {
  let synth: FakeSynthesis;
  let events: HelpSpeechDetail[];
  const record = (event: Event) => {
    events.push((event as CustomEvent<HelpSpeechDetail>).detail);
  };

  beforeEach(() => {
    synth = new FakeSynthesis();
    synth.voices = [fakeVoice('da-DK', 'Sara'), fakeVoice('en-GB', 'Daniel')];
    installSpeech(synth);
    events = [];
    document.addEventListener('borger-help-speech', record);
  });
  afterEach(() => {
    document.removeEventListener('borger-help-speech', record);
    restoreSpeech();
  });

  it('reads one sentence per utterance, in Danish with a Danish voice, and highlights the sentence being read', async () => {
    const element = await helpEl(ARTICLE);
    const listen = await listenButton(element);
    expect(listen.textContent!.trim()).to.include('Lyt');
    listen.click();
    await element.updateComplete;
    expect(events).to.deep.equal([{ action: 'start', lang: 'da' }]);
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.name, u.rate])).to.deep.equal([[SENTENCES[0], 'da-DK', 'Sara', 1]]);
    expect(highlighted('borger-reading')).to.deep.equal(['Nyt pas']);

    for (let i = 1; i < SENTENCES.length; i++) {
      synth.finish();
      expect(synth.current!.text).to.equal(SENTENCES[i]);
      expect(highlighted('borger-reading'), `highlight on sentence ${i}`).to.deep.equal([SENTENCES[i]]);
    }
    synth.finish();
    await element.updateComplete;
    expect(synth.spoken.map((u) => u.text)).to.deep.equal(SENTENCES);
    expect(events.map((e) => e.action)).to.deep.equal(['start', 'end']);
    expect(highlighted('borger-reading')).to.deep.equal([]);
    expect(part(element, 'listen')!.textContent!.trim()).to.include('Lyt');
  });

  it('moves a word highlight with the voice’s boundary events, across the page’s line breaks', async () => {
    const element = await helpEl(ARTICLE);
    (await listenButton(element)).click();
    synth.finish(); // "Nyt pas" done
    synth.boundary(3); // "Du skal …": "skal"
    expect(highlighted('borger-reading-word')).to.deep.equal(['skal']);
    synth.finish();
    // "Husk dit gamle pas, …": the source has a line break and spaces before "Husk"; the spoken text does not.
    synth.boundary(15);
    expect(highlighted('borger-reading-word')).to.deep.equal(['pas']);
    expect(highlighted('borger-reading')).to.deep.equal([SENTENCES[2]]);
  });

  it('pauses, resumes and stops at the speech API, with events and the right labels', async () => {
    const element = await helpEl(ARTICLE);
    const listen = await listenButton(element);
    listen.click();
    await element.updateComplete;
    expect(listen.textContent!.trim()).to.include('Pause');
    listen.click();
    await element.updateComplete;
    expect([synth.pauses, synth.paused]).to.deep.equal([1, true]);
    expect(listen.textContent!.trim()).to.include('Fortsæt');
    listen.click();
    await element.updateComplete;
    expect([synth.resumes, synth.paused]).to.deep.equal([1, false]);

    const cancels = synth.cancels;
    part(element, 'stop')!.click();
    await element.updateComplete;
    await waitUntil(() => element.shadowRoot!.activeElement === part(element, 'listen'), 'focus did not go back to "Lyt"');
    expect(synth.cancels).to.be.greaterThan(cancels);
    expect(synth.speaking).to.equal(false);
    expect(part(element, 'stop')).to.equal(null);
    expect(highlighted('borger-reading')).to.deep.equal([]);
    expect(events.map((e) => e.action)).to.deep.equal(['start', 'pause', 'resume', 'stop']);
  });

  it('speaks at the chosen speed', async () => {
    const element = await helpEl(ARTICLE);
    await listenButton(element);
    const select = part(element, 'speed')!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent!.trim())).to.deep.equal(['0,75 ×', '1 ×', '1,25 ×']);
    select.value = '0.75';
    select.dispatchEvent(new Event('change'));
    part(element, 'listen')!.click();
    expect(synth.spoken[0]!.rate).to.equal(0.75);
  });

  it('reads an English page with an English voice', async () => {
    const element = await helpEl('<p>Bring your passport. And a photo.</p>', { lang: 'en' });
    const listen = await listenButton(element);
    expect(listen.textContent!.trim()).to.include('Listen');
    listen.click();
    expect(synth.spoken.map((u) => [u.text, u.lang])).to.deep.equal([['Bring your passport.', 'en-GB']]);
    expect(events).to.deep.equal([{ action: 'start', lang: 'en' }]);
  });

  it('keeps highlighting the right text while terms are switched off and on', async () => {
    const element = await helpEl(ARTICLE);
    (await listenButton(element)).click();
    synth.finish();
    synth.finish();
    expect(highlighted('borger-reading')).to.deep.equal([SENTENCES[2]]);
    part(element, 'terms-toggle')!.click();
    await element.updateComplete;
    synth.finish();
    expect(highlighted('borger-reading')).to.deep.equal([SENTENCES[3]]);
  });

  it('says why when "Lyt" is pressed on a device with no voice for the language, and speaks nothing', async () => {
    synth.voices = [fakeVoice('en-GB')];
    const element = await helpEl(ARTICLE);
    // No notice for every citizen on every article: "Lyt" is there and explains itself.
    await waitUntil(() => part(element, 'listen'), 'no "Lyt"');
    await aTimeout(50);
    expect(part(element, 'notice')).to.equal(null);
    const listen = part(element, 'listen') as HTMLButtonElement;
    listen.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(element, 'notice'), 'no notice after pressing "Lyt"');
    expect(part(element, 'notice')!.getAttribute('role')).to.equal('status');
    expect(part(element, 'notice')!.textContent).to.equal('Oplæsning virker ikke her: din enhed har ingen stemme, der kan læse dansk.');
    // The control stays, focus stays on it (WCAG 2.4.3), and it names the explanation.
    expect(part(element, 'listen') === listen, 'the same "Lyt" button').to.equal(true);
    expect(element.shadowRoot!.activeElement === listen, 'focus stays on "Lyt"').to.equal(true);
    expect(listen.getAttribute('aria-describedby')).to.equal(part(element, 'notice')!.id);
    expect(synth.spoken).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('says so when the browser has no speech at all', async () => {
    installSpeech(undefined);
    const element = await helpEl(ARTICLE, { lang: 'en' });
    expect(part(element, 'listen')).to.equal(null);
    expect(part(element, 'notice')!.textContent).to.equal('Reading aloud does not work in your browser.');
  });

  it('tells the citizen when the voice fails, and stops', async () => {
    const element = await helpEl(ARTICLE);
    (await listenButton(element)).click();
    const stopped = oneEvent(element, 'borger-help-speech');
    synth.fail('synthesis-failed');
    expect((await stopped).detail.action).to.equal('stop');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('Oplæsningen stoppede uventet. Prøv igen.');
    expect(highlighted('borger-reading')).to.deep.equal([]);
  });

  it('puts the highlight styles into the page once (a constructable sheet, allowed by a strict CSP)', async () => {
    const element = await helpEl(ARTICLE);
    (await listenButton(element)).click();
    const again = await helpEl(ARTICLE);
    (await listenButton(again)).click();
    const sheets = document.adoptedStyleSheets.filter((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(borger-reading)')),
    );
    expect(sheets).to.have.length(1);
  });

  it('one reading at a time: starting a second stops the first', async () => {
    const first = await helpEl(ARTICLE);
    const second = await helpEl('<p>Anden tekst. Mere.</p>');
    (await listenButton(first)).click();
    (await listenButton(second)).click();
    await first.updateComplete;
    expect(part(first, 'stop')).to.equal(null);
    expect(synth.current!.text).to.equal('Anden tekst.');
    synth.finish();
    expect(synth.current!.text).to.equal('Mere.');
    expect(events.map((e) => e.action)).to.deep.equal(['start', 'stop', 'start']);
  });

  it('stops reading when the element leaves the page', async () => {
    const element = await helpEl(ARTICLE);
    (await listenButton(element)).click();
    element.remove();
    expect(synth.speaking).to.equal(false);
    expect(highlighted('borger-reading')).to.deep.equal([]);
  });
});

describe('read-aloud highlight styles', () => {
  /** The `::highlight(name)` rule as this engine parsed it (a dropped declaration is not there). */
  const ruleFor = (sheet: CSSStyleSheet, name: string, media = false) => {
    const rules = media ? [...(sheet.cssRules[sheet.cssRules.length - 1] as CSSMediaRule).cssRules] : [...sheet.cssRules];
    return rules.find((rule) => rule instanceof CSSStyleRule && rule.selectorText.includes(name)) as CSSStyleRule;
  };

  it('keeps the underlines in every engine (the word is told from its sentence by more than colour)', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    const word = ruleFor(sheet, READING_WORD_HIGHLIGHT);
    expect(word.style.getPropertyValue('text-decoration-line')).to.equal('underline');
    expect(word.style.getPropertyValue('text-decoration-thickness')).to.equal('2px');
    const lix = ruleFor(sheet, LIX_HIGHLIGHT);
    expect(lix.style.getPropertyValue('text-decoration-style')).to.equal('wavy');
    // Forced colours: sentence and word are both Highlight; only the underline tells them apart.
    const forcedWord = ruleFor(sheet, READING_WORD_HIGHLIGHT, true);
    expect(forcedWord.style.getPropertyValue('text-decoration-line')).to.equal('underline');
    expect(forcedWord.style.getPropertyValue('text-decoration-thickness')).to.equal('3px');
  });
});
