// <borger-help> and <borger-term>: every state a designer should see. The glossary is the demo's
// ordliste.json; the article is a kk.dk-style page text that stays the page's own markup.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import ordliste from '../demo/content/ordliste.json';
import { type BorgerTerm, type Glossary, validateGlossary } from '../src/help/index.js';
import { FakeSynthesis, fakeVoice, installSpeech, restoreSpeech } from '../test/core/fake-speech.js';
import { fixtureSrc, installFixtureFetch, type Lang, langControl, missingFixtureSrc } from './helpers.js';

interface HelpArgs {
  content?: unknown;
  glossary?: string;
  /** '' = inherit from the page (the toolbar's language). */
  lang: '' | Lang;
  all: boolean;
  headings: boolean;
  editor: boolean;
  article: 'da' | 'en' | 'ar' | 'hard';
}

// The demo glossary is checked with the widget's own validator, so a broken demo file fails here loudly.
const checked = validateGlossary(ordliste);
if (!checked.ok) throw new Error(`demo/content/ordliste.json is invalid: ${JSON.stringify(checked.problems)}`);
const demo: Glossary = checked.value;

// --- Articles (the page's own HTML, as a CMS would deliver it) ---------------------------------------

const articles: Record<HelpArgs['article'], TemplateResult> = {
  da: html`<article>
    <h2>Når du flytter</h2>
    <p>Du skal melde flytning senest 5 dage efter, at du er flyttet. Du gør det på borger.dk med dit MitID.
      Når du har meldt flytning, får du et nyt sundhedskort med posten.</p>
    <p>Din folkeregisteradresse er den adresse, hvor du bor. Kommunen sender breve til din Digital Post.</p>
    <section>
      <h3>Hvis du ikke har MitID</h3>
      <p>Så kan Borgerservice hjælpe dig. Du kan også give en anden lov til at melde flytning for dig med en
        digital fuldmagt. Husk dit sundhedskort, når du kommer.</p>
      <p><a href="https://www.borger.dk/">Læs om sundhedskort og flytning på borger.dk</a></p>
    </section>
  </article>`,
  en: html`<article>
    <h2>When you move</h2>
    <p>Report your move no later than 5 days after moving, on borger.dk with your MitID. You then get a new
      sundhedskort (health insurance card) by post.</p>
    <p>Your folkeregisteradresse is the address where you live. Letters from the municipality go to your Digital Post.</p>
  </article>`,
  ar: html`<article>
    <h2>عندما تنتقل</h2>
    <p>أبلغ عن انتقالك خلال 5 أيام على borger.dk باستخدام MitID. ستحصل بعد ذلك على sundhedskort جديد بالبريد.</p>
  </article>`,
  hard: html`<article>
    <p>Ansøgningen om boligstøtte behandles af Udbetaling Danmark, og afgørelsen fremsendes efterfølgende
      elektronisk til modtagerens digitale postkasse. Det er ansøgerens ansvar at oplyse om ændringer i
      husstandsindkomsten, idet for meget udbetalt boligstøtte vil blive tilbagebetalingspligtig.</p>
    <p>Du får svar i Digital Post.</p>
  </article>`,
};

// --- Meta ---------------------------------------------------------------------------------------

const meta: Meta<HelpArgs> = {
  title: 'Widgets/borger-help',
  component: 'borger-help',
  tags: ['autodocs'],
  render: (args) => html`<borger-help
    .content=${args.content}
    .glossary=${args.glossary}
    lang=${ifDefined(args.lang || undefined)}
    ?all=${args.all}
    ?headings=${args.headings}
    ?editor=${args.editor}
    >${articles[args.article]}</borger-help
  >`,
  args: { content: demo, lang: '', all: false, headings: false, editor: false, article: 'da' },
  argTypes: {
    content: { control: 'object', description: 'The glossary as a JS property (the `content` property), validated like a JSON file.' },
    glossary: { control: 'text', description: 'URL of the glossary JSON (used when `content` is not set).' },
    lang: { ...langControl, description: "The element's own `lang`; empty inherits the page's (the toolbar)." },
    all: { control: 'boolean', description: '`all`: explain every occurrence, not only the first per section.' },
    headings: { control: 'boolean', description: '`headings`: explain terms in headings too.' },
    editor: { control: 'boolean', description: '`editor`: show LIX, the longest sentences and words, unused glossary terms.' },
    article: { control: 'select', options: ['da', 'en', 'ar', 'hard'], description: 'The page text inside (not an attribute).' },
  },
  parameters: { layout: 'padded' },
};

export default meta;
type Story = StoryObj<HelpArgs>;

/** Opens the first explanation on the page, as a click would. */
async function openFirstTerm({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const term = await waitFor(() => canvasElement.querySelector<BorgerTerm>('borger-term'));
  await term.updateComplete;
  term.show();
}

async function waitFor<T>(find: () => T | null | undefined, tries = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('not found in time');
}

// --- Citizen states -----------------------------------------------------------------------------

/** The first occurrence of each term per section is explained; the toolbar reads aloud where a Danish voice exists. */
export const Article: Story = { name: 'Artikel' };

/** An explanation open (toggletip), with its "Læs mere" link. */
export const ToggletipOpen: Story = { name: 'Forklaring åben', play: openFirstTerm };

/** An explanation open at 320 px: it stays inside the viewport. */
export const ToggletipOpen320: Story = {
  name: 'Forklaring åben ved 320 px',
  play: openFirstTerm,
  globals: { viewport: { value: 'reflow320', isRotated: false } },
};

/** A device's speech, for the "Lyt" stories: a Danish voice that keeps reading (never ends), or no voice. */
function withSpeech(voices: SpeechSynthesisVoice[]) {
  return () => {
    const synthesis = new FakeSynthesis();
    synthesis.voices = voices;
    installSpeech(synthesis);
    return () => restoreSpeech();
  };
}

/** Presses "Lyt" in the toolbar, as a citizen would. */
async function pressListen({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const help = await waitFor(() => canvasElement.querySelector('borger-help'));
  const listen = await waitFor(() => help.shadowRoot?.querySelector<HTMLButtonElement>('[part~="listen"]'));
  listen.click();
}

/** "Lyt" while reading: the button says "Pause", the sentence being read is highlighted. (A stand-in voice: no sound.) */
export const ReadingAloud: Story = { name: 'Lyt: læser op', beforeEach: withSpeech([fakeVoice('da-DK', 'Dansk')]), play: pressListen };

/** "Lyt" on a device without a Danish voice: the button stays and says why nothing is read, and what to do. */
export const ListenWithoutVoice: Story = { name: 'Lyt: ingen stemme på enheden', beforeEach: withSpeech([]), play: pressListen };

/** `all`: every occurrence is explained. */
export const AllOccurrences: Story = { name: 'Alle forekomster', args: { all: true } };

/** `headings`: terms in headings are explained too. */
export const InHeadings: Story = { name: 'Også i overskrifter', args: { headings: true } };

/** English page: the glossary's English translations are shown. */
export const English: Story = { name: 'Engelsk', args: { lang: 'en', article: 'en' }, play: openFirstTerm };

/** Arabic page (right-to-left): no Arabic translation, so the English one is shown, marked as English. */
export const Arabic: Story = { name: 'Arabisk (højre mod venstre)', args: { lang: 'ar', article: 'ar' }, play: openFirstTerm };

// --- Editors ------------------------------------------------------------------------------------

/** The editor view of the page text: LIX, counts, longest sentences and words, unused glossary terms. */
export const EditorView: Story = { name: 'Redaktørvisning', args: { editor: true } };

/** The editor view of a hard text (LIX over 45). */
export const EditorViewHardText: Story = { name: 'Redaktørvisning: svær tekst', args: { editor: true, article: 'hard' } };

/** Terms written by hand: one from the glossary of the surrounding `<borger-help>`, one with its own explanation. */
export const HandWrittenTerms: Story = {
  name: 'Håndskrevne ord (borger-term)',
  render: () => html`<borger-help .content=${demo}>
    <p>
      Tag det <borger-term term="sundhedskort">gule kort</borger-term> med. Du kan også bruge
      <borger-term explanation="Et kort med dit navn og billede, som kommunen udsteder.">ID-kortet</borger-term>.
    </p>
  </borger-help>`,
};

/** A term on its own, outside `<borger-help>`, with its own explanation. */
export const TermOnItsOwn: Story = {
  name: 'Et ord for sig',
  render: () => html`<p>
    Log på med
    <borger-term explanation="Dit digitale ID. Du bruger det til at logge på fx borger.dk. Del det aldrig med andre.">MitID</borger-term>.
  </p>`,
};

// --- Loading and errors -------------------------------------------------------------------------

/** The glossary is loading: the article shows at once; the toolbar's place is reserved. */
export const LoadingGlossary: Story = {
  name: 'Henter ordlisten',
  beforeEach: installFixtureFetch,
  args: { content: undefined, glossary: fixtureSrc('ordliste-never', demo, 'never') },
};

/** The glossary loads after 1.5 s: terms are marked when it arrives. */
export const SlowGlossary: Story = {
  name: 'Langsom ordliste',
  beforeEach: installFixtureFetch,
  args: { content: undefined, glossary: fixtureSrc('ordliste-slow', demo, 1500) },
};

/** The glossary is missing (404): a polite message with a retry; the article stays. */
export const MissingGlossary: Story = {
  name: 'Ordlisten mangler',
  beforeEach: installFixtureFetch,
  args: { content: undefined, glossary: missingFixtureSrc('ordliste-missing') },
};

/** An invalid glossary (a typo'd field): the console names the JSON path; the article stays. */
export const InvalidGlossary: Story = {
  name: 'Ugyldig ordliste',
  args: { content: { terms: [{ id: 'mitid', term: 'MitID', explenation: 'Dit digitale ID.' }] } },
};
