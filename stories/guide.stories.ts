// <borger-guide>: every kind of step and state a designer should see. Content is the demo's three guides
// (checked with the widget's own validator) and a long guide written here; a story opens at a given step
// by setting the element's `state` (answers and path), exactly as a page restoring progress would.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import barnJson from '../demo/content/guide-barn.json';
import flytJson from '../demo/content/guide-flyt.json';
import pasJson from '../demo/content/guide-pas.json';
import '../src/guide/index.js';
import type { BorgerGuide } from '../src/guide/guide.element.js';
import type { GuideState } from '../src/guide/guide.engine.js';
import { type Guide, validateGuide } from '../src/guide/guide.schema.js';
import { fixtureSrc, installFixtureFetch, type Lang, langControl, missingFixtureSrc } from './helpers.js';

interface GuideArgs {
  content?: unknown;
  src?: string;
  /** Where the story opens (answers and path); none = the first question. */
  state?: GuideState;
  /** '' = inherit from the page (the toolbar's language). */
  lang: '' | Lang;
  headingLevel: number;
  helpService?: string;
  fallbackPhone?: string;
  fallbackHref?: string;
}

// --- Content ------------------------------------------------------------------------------------

function checked(name: string, json: unknown): Guide {
  const result = validateGuide(json);
  if (!result.ok) throw new Error(`demo/content/${name} is invalid: ${JSON.stringify(result.problems)}`);
  return result.value;
}

const pas = checked('guide-pas.json', pasJson);
const flyt = checked('guide-flyt.json', flytJson);
const barn = checked('guide-barn.json', barnJson);

const at = (guide: Guide, path: string[], answers: GuideState['answers'] = {}): GuideState => ({ guideId: guide.id, path, answers });

const STATES = {
  pasSingle: at(pas, ['hvem', 'gammelt'], { hvem: 'mig' }),
  pasInfo: at(pas, ['hvem', 'barn-info'], { hvem: 'barn' }),
  pasYesNo: at(pas, ['hvem', 'barn-info', 'barn-alder'], { hvem: 'barn' }),
  pasOutcome: at(pas, ['hvem', 'gammelt', 'foto', 'tidspunkt', 'pas-voksen'], {
    hvem: 'mig',
    gammelt: 'ja',
    foto: 'medbringer',
    tidspunkt: 'dag',
  }),
  pasOutcomeChild: at(pas, ['hvem', 'barn-info', 'barn-alder', 'gammelt', 'mistet-info', 'foto', 'tidspunkt', 'pas-barn'], {
    hvem: 'barn',
    'barn-alder': 'yes',
    gammelt: 'mistet',
    foto: 'hos-os',
    tidspunkt: 'dag',
  }),
  barnMultiple: at(barn, ['navn', 'gift', 'forhold'], { navn: 'yes', gift: 'yes', forhold: ['alene', 'udland'] }),
  flytOutcome: at(flyt, ['hvornaar', 'mitid', 'hjaelp', 'laege', 'flyt-hjaelp'], {
    hvornaar: 'snart',
    mitid: 'no',
    hjaelp: 'borgerservice',
    laege: 'no',
  }),
};

// A long guide: twelve questions, long Danish compound words and long option texts, for reflow at 320 px.
const LONG_WORDS = [
  'Folkeregisteradresseændringsanmeldelse',
  'Boligstøtteberegningsgrundlag',
  'Sygedagpengeopfølgningssamtale',
  'Handicaphjælpemiddelbevilling',
  'Forældremyndighedsindehaver',
  'Navnebeskyttelsesansøgning',
];
const longNodes: Record<string, unknown> = {};
for (let i = 1; i <= 12; i++) {
  const word = LONG_WORDS[i % LONG_WORDS.length];
  longNodes[`q${i}`] = {
    type: 'question',
    kind: i % 3 === 0 ? 'yesno' : i % 3 === 1 ? 'single' : 'multiple',
    title: `Spørgsmål ${i}: Gælder din ${word.toLowerCase()} også for personer, der midlertidigt opholder sig i udlandet?`,
    hint: 'Læs alle svarene, før du vælger. Du kan altid gå tilbage og ændre dit svar senere.',
    ...(i % 3 === 0
      ? {}
      : {
          options: [
            { value: 'a', label: `${word} er allerede indsendt og godkendt af kommunen` },
            { value: 'b', label: 'Jeg har søgt, men har endnu ikke fået et svar', hint: 'Sagsbehandlingstiden er cirka otte uger.' },
            { value: 'c', label: 'Nej, jeg har ikke søgt endnu', ...(i % 3 === 2 ? { exclusive: true } : {}) },
          ],
        }),
    next: i < 12 ? `q${i + 1}` : 'slut',
  };
}
longNodes.slut = {
  type: 'outcome',
  title: 'Sådan kommer du videre med din folkeregisteradresseændringsanmeldelse',
  body: '<p>Du skal bruge <strong>MitID</strong>. Har du ikke MitID, kan du få hjælp hos Borgerservice eller på biblioteket.</p><ul><li>Husk at melde flytning senest 5 dage efter, du er flyttet.</li><li>Vælg en ny læge, hvis du flytter til en anden kommune.</li></ul>',
  bring: LONG_WORDS.map((word) => ({ text: `${word} (original, ikke en kopi)` })),
  actions: [
    { kind: 'booking', service: 'hjaelp-selvbetjening', label: 'Book tid til hjælp med folkeregisteradresseændringsanmeldelsen' },
    { kind: 'link', href: 'https://www.borger.dk/', label: 'Læs mere på borger.dk' },
    { kind: 'channels', task: 'flyt', label: 'Andre måder at få hjælp' },
  ],
};
const longGuide = checked('long guide (stories)', {
  id: 'lang-vejledning',
  title: 'Boligstøtteberegningsgrundlagsændring og folkeregisteradresseændringsanmeldelse',
  intro: 'En lang vejledning med mange spørgsmål og lange ord. Den viser, at alt kan læses på en smal skærm.',
  task: 'flyt',
  start: 'q1',
  nodes: longNodes,
});
const longAnswers = Object.fromEntries(
  Array.from({ length: 12 }, (_, k) => [`q${k + 1}`, (k + 1) % 3 === 0 ? 'yes' : (k + 1) % 3 === 2 ? ['a', 'b'] : 'a']),
);
const longOutcome = at(longGuide, [...Array.from({ length: 12 }, (_, k) => `q${k + 1}`), 'slut'], longAnswers);

/** Typical editor mistakes: a typo'd field, an unknown node type, a rule to a node that does not exist. */
const invalidContent = {
  id: 'nyt-pas',
  title: 'Nyt pas',
  start: 'hvem',
  nodes: {
    hvem: { type: 'question', kind: 'single', titel: 'Hvem skal have pas?', options: [{ value: 'mig', label: 'Mig', next: 'klar' }] },
    klar: { type: 'resultat', title: 'Klar' },
  },
};

// --- Helpers for stories that act -----------------------------------------------------------------

async function shown(canvas: HTMLElement): Promise<BorgerGuide> {
  const element = canvas.querySelector('borger-guide') as BorgerGuide;
  for (let i = 0; i < 100 && !element.shadowRoot?.querySelector('#step-heading'); i++) await new Promise((r) => setTimeout(r, 20));
  await element.updateComplete;
  return element;
}

// --- Meta ---------------------------------------------------------------------------------------

const meta: Meta<GuideArgs> = {
  title: 'Widgets/borger-guide',
  component: 'borger-guide',
  tags: ['autodocs'],
  render: (args) => html`<borger-guide
    .content=${args.content}
    .state=${args.state}
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    heading-level=${args.headingLevel}
    help-service=${ifDefined(args.helpService || undefined)}
    fallback-phone=${ifDefined(args.fallbackPhone || undefined)}
    fallback-href=${ifDefined(args.fallbackHref || undefined)}
  ></borger-guide>`,
  args: {
    content: pas,
    lang: '',
    headingLevel: 2,
    fallbackPhone: '+45 33 66 33 66',
  },
  argTypes: {
    content: { control: 'object', description: 'Content as a JS property (the `content` property), validated like a JSON file.' },
    src: { control: 'text', description: 'URL of the content JSON (used when `content` is not set).' },
    state: { control: 'object', description: 'The `state` property: answers and path to open at (checked against the guide).' },
    lang: { ...langControl, description: "The element's own `lang`; empty inherits the page's (the toolbar)." },
    headingLevel: {
      control: { type: 'number', min: 1, max: 5, step: 1 },
      description: '`heading-level` of the guide title; steps are one below.',
    },
    helpService: { control: 'text', description: '`help-service`: a booking service offered under "Brug for hjælp?".' },
    fallbackPhone: { control: 'text', description: '`fallback-phone`: offered when help or content is not available.' },
    fallbackHref: { control: 'text', description: '`fallback-href`: offered when help or content is not available.' },
  },
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj<GuideArgs>;

// --- One story per kind of step -----------------------------------------------------------------

/** The first question, with the guide's intro above it (there is no separate start screen). */
export const FirstQuestion: Story = { name: 'Første spørgsmål' };

/** A single-choice question with a hint (radio buttons). */
export const SingleChoice: Story = { name: 'Ét valg', args: { state: STATES.pasSingle } };

/** A multiple-choice question (checkboxes) whose last option excludes the others ("eller"). */
export const MultipleWithExclusive: Story = {
  name: 'Flere valg med »ingen af disse«',
  args: { content: barn, state: STATES.barnMultiple },
};

/** A yes/no question with a hint: two radio buttons side by side. */
export const YesNo: Story = { name: 'Ja/nej', args: { state: STATES.pasYesNo } };

/** An info step: a title, rich text (paragraphs, a list) and "Fortsæt". */
export const InfoStep: Story = { name: 'Information', args: { state: STATES.pasInfo } };

/** The outcome: text, the checklist to tick, actions, print, "Dine svar" and feedback. */
export const Outcome: Story = { name: 'Resultat', args: { state: STATES.pasOutcome } };

/** An outcome with a longer checklist fitted to the answers (a child, the old passport lost). */
export const OutcomeLongChecklist: Story = { name: 'Resultat med lang tjekliste', args: { state: STATES.pasOutcomeChild } };

/** Another guide's outcome (moving, without MitID). */
export const OutcomeMoving: Story = { name: 'Resultat: flytning', args: { content: flyt, state: STATES.flytOutcome } };

// --- States ---------------------------------------------------------------------------------------

/** "Fortsæt" with nothing chosen: the error summary, focused, linking to the first option. */
export const ErrorSummary: Story = {
  name: 'Fejlopsummering',
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await element.updateComplete;
  },
};

/** "Brug for hjælp?" opened on the outcome: other channels, booking and the phone number. */
export const HelpOpen: Story = {
  name: 'Brug for hjælp? åben',
  args: { state: STATES.pasOutcome },
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    element.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="help"]')!.open = true;
  },
};

/** Feedback "Nej": thanks, and other ways to get help. */
export const FeedbackNo: Story = {
  name: 'Feedback: nej',
  args: { state: STATES.pasOutcome },
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="feedback"] button')];
    buttons[1]!.click();
  },
};

/** A booking action on a page without `<borger-booking>`: a short message with the phone number. */
export const BookingNotOnPage: Story = {
  name: 'Booking findes ikke på siden',
  args: { state: STATES.pasOutcome },
  play: async ({ canvasElement }) => {
    const element = await shown(canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="actions"] button')!.click();
  },
};

// --- Long content, small screens ----------------------------------------------------------------

/** Twelve questions with long words and long options, at 320 px (WCAG 1.4.10 reflow). */
export const LongGuide320: Story = {
  name: 'Lang vejledning ved 320 px',
  args: { content: longGuide, state: at(longGuide, ['q1', 'q2'], { q1: 'a' }) },
  globals: { viewport: { value: 'reflow320', isRotated: false } },
};

/** The long guide's outcome at 320 px: twelve answers, six things to bring, long action labels. */
export const LongGuideOutcome320: Story = {
  name: 'Langt resultat ved 320 px',
  args: { content: longGuide, state: longOutcome },
  globals: { viewport: { value: 'reflow320', isRotated: false } },
};

/** The long guide's outcome at full width. */
export const LongGuideOutcomeWide: Story = { name: 'Langt resultat, bred', args: { content: longGuide, state: longOutcome } };

// --- Loading and errors -------------------------------------------------------------------------

/** A `src` that never answers: the loading placeholder. */
export const Loading: Story = {
  name: 'Henter',
  args: { content: undefined, src: fixtureSrc('guide-never.json', pasJson, 'never') },
  beforeEach: installFixtureFetch,
};

/** Invalid content: a polite message with a way onward; the console lists every problem with its JSON path. */
export const InvalidContent: Story = {
  name: 'Ugyldigt indhold',
  args: { content: invalidContent, fallbackHref: 'https://www.kk.dk/kontakt' },
};

/** The content URL answers 404: the same message, plus "Prøv igen". */
export const LoadFailed: Story = {
  name: 'Kunne ikke hentes',
  args: { content: undefined, src: missingFixtureSrc('findes-ikke.json') },
  beforeEach: installFixtureFetch,
};

// --- Languages and themes -----------------------------------------------------------------------

/** The page in Danish (the default): the source language of content and messages. */
export const Danish: Story = { name: 'Dansk', args: { state: STATES.pasSingle }, globals: { lang: 'da' } };

/** The page in English: the content's English texts and the English catalogue. */
export const English: Story = { name: 'Engelsk', args: { state: STATES.pasSingle }, globals: { lang: 'en' } };

export const EnglishOutcome: Story = { name: 'Engelsk resultat', args: { state: STATES.pasOutcome }, globals: { lang: 'en' } };

/** The element's own `lang="en"` wins over a Danish page. */
export const EnglishByAttribute: Story = {
  name: 'Engelsk via lang-attribut',
  args: { lang: 'en', state: STATES.pasSingle },
  globals: { lang: 'da' },
};

/** The page in Arabic, right to left; texts without Arabic fall back to English. */
export const Arabic: Story = { name: 'Arabisk (højre mod venstre)', args: { state: STATES.pasSingle }, globals: { lang: 'ar' } };

export const ArabicOutcome: Story = { name: 'Arabisk resultat', args: { state: STATES.pasOutcome }, globals: { lang: 'ar' } };

export const ThemeCopenhagen: Story = { name: 'Tema: København', args: { state: STATES.pasOutcome }, globals: { theme: 'copenhagen' } };

export const ThemeHighContrast: Story = {
  name: 'Tema: høj kontrast',
  args: { content: barn, state: STATES.barnMultiple },
  globals: { theme: 'high-contrast' },
};
