// <borger-channels>: every state a designer should see. Content is the demo's kontakt.json and
// variants built from it; every story has a fixed `now` so it looks the same on any day.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import kontakt from '../demo/content/kontakt.json';
import '../src/channels/index.js';
import { CHANNEL_KINDS, type Channel, type ChannelKind, type ChannelsContent, validateChannels } from '../src/channels/channels.schema.js';
import { DEFAULT_NOW, fixtureSrc, installFixtureFetch, type Lang, langControl, MOMENTS, missingFixtureSrc, nowControl } from './helpers.js';

interface ChannelsArgs {
  content?: unknown;
  src?: string;
  /** '' = no task attribute (the citizen picks one). */
  task: string;
  now: string;
  /** '' = inherit from the page (the toolbar's language). */
  lang: '' | Lang;
  closingSoon: number;
  headingLevel: number;
  fallbackPhone?: string;
  fallbackHref?: string;
}

// --- Content ------------------------------------------------------------------------------------

// The demo content is checked with the widget's own validator, so a broken demo file fails here loudly.
const checked = validateChannels(kontakt);
if (!checked.ok) throw new Error(`demo/content/kontakt.json is invalid: ${JSON.stringify(checked.problems)}`);
const demo: ChannelsContent = checked.value;

const demoChannel = (id: string): Channel => {
  const channel = demo.channels.find((entry) => entry.id === id);
  if (!channel) throw new Error(`kontakt.json has no channel "${id}"`);
  return channel;
};

const weekdays = ['mo', 'tu', 'we', 'th', 'fr'] as const;

/** One example of every kind: six from the demo, e-mail and video written here. */
const channelOfKind: Record<ChannelKind, Channel> = {
  selfservice: demoChannel('borger-dk'),
  phone: demoChannel('telefon'),
  chat: demoChannel('chat'),
  visit: demoChannel('borgerservice-raadhuset'),
  library: demoChannel('bibliotek-hovedbiblioteket'),
  email: {
    id: 'e-mail',
    kind: 'email',
    label: { da: 'Skriv en e-mail til Borgerservice', en: 'E-mail Citizen Service' },
    description: {
      da: 'Til generelle spørgsmål. Send aldrig dit CPR-nummer eller andre personlige oplysninger med e-mail.',
      en: 'For general questions. Never send your CPR number or other personal details by e-mail.',
    },
    email: 'borgerservice@kk.dk',
  },
  'digital-post': demoChannel('digital-post'),
  video: {
    id: 'video',
    kind: 'video',
    label: { da: 'Videomøde med en rådgiver', en: 'Video meeting with an adviser' },
    description: { da: 'Book et videomøde og tal med os hjemmefra.', en: 'Book a video meeting and talk to us from home.' },
    href: 'https://www.kk.dk/videomoede',
    hours: { weekly: [{ days: [...weekdays], opens: '09:00', closes: '15:00' }] },
  },
};

const onlyChannel = (kind: ChannelKind): ChannelsContent => ({ channels: [channelOfKind[kind]] });

const allKinds: ChannelsContent = { channels: CHANNEL_KINDS.map((kind) => channelOfKind[kind]) };

/** Closed-all-day exceptions for `days` consecutive dates from `from`, all with one label. */
function closedDays(from: string, days: number, label: Channel['label']) {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  return Array.from({ length: days }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    closed: true as const,
    label,
  }));
}

/** One channel per status line, all seen on Thursday 26 November 2026 at 11.00. */
const statusLines: ChannelsContent = {
  channels: [
    { id: 'always', kind: 'selfservice', label: 'Uden åbningstider: altid åben', href: 'https://www.borger.dk/' },
    {
      id: 'open',
      kind: 'visit',
      label: 'Åben, lukker senere i dag',
      address: 'Rådhuspladsen 1, 1550 København V',
      hours: { weekly: [{ days: ['th'], opens: '10:00', closes: '17:00' }] },
    },
    {
      id: 'closing-soon',
      kind: 'phone',
      label: 'Lukker snart (inden for 30 minutter)',
      phone: '+45 33 66 33 66',
      hours: { weekly: [{ days: ['th'], opens: '09:00', closes: '11:20' }] },
    },
    {
      id: 'past-midnight',
      kind: 'phone',
      label: 'Åben, lukker efter midnat',
      phone: '+45 70 20 00 00',
      hours: { weekly: [{ days: ['th'], opens: '08:00', closes: '02:00' }] },
    },
    {
      id: 'later-today',
      kind: 'chat',
      label: 'Lukket, åbner senere i dag',
      href: 'https://www.kk.dk/borger',
      hours: { weekly: [{ days: ['th'], opens: '13:00', closes: '16:00' }] },
    },
    {
      id: 'tomorrow',
      kind: 'library',
      label: 'Lukket, åbner i morgen',
      address: 'Krystalgade 15, 1172 København K',
      hours: { weekly: [{ days: ['fr'], opens: '10:00', closes: '17:00' }] },
    },
    {
      id: 'weekday',
      kind: 'video',
      label: 'Lukket, åbner på mandag',
      href: 'https://www.kk.dk/videomoede',
      hours: { weekly: [{ days: ['mo'], opens: '10:00', closes: '12:00' }] },
    },
    {
      id: 'weeks-away',
      kind: 'visit',
      label: 'Lukket i dag med en grund, åbner om flere uger',
      address: 'Sankt Hans Torv 3, 2200 København N',
      hours: {
        weekly: [{ days: [...weekdays], opens: '10:00', closes: '15:00' }],
        exceptions: closedDays('2026-11-23', 21, { da: 'ombygning', en: 'rebuilding' }),
      },
    },
    {
      id: 'never',
      kind: 'visit',
      label: 'Lukket uden kendt genåbning',
      address: 'Nørrebrogade 208, 2200 København N',
      hours: { weekly: [] },
    },
  ],
};

// Long Danish compound words have no break opportunities; they must still fit 320 px.
const longChannels: Channel[] = [
  {
    id: 'folkeregister',
    kind: 'selfservice',
    label: 'Folkeregisteradresseændringsanmeldelse og flytteanmeldelsesblanket for udlandsdanskere',
    description:
      'Selvbetjeningsløsningen til folkeregisteradresseændringsanmeldelser kræver MitID. Hvis du er udlandsdansker med midlertidig opholdsadresse i Danmark, skal du først have et personnummer, og du skal kunne dokumentere din indrejse med pas eller et andet rejsedokument.',
    href: 'https://www.borger.dk/flytning-og-adresse/flytning-i-danmark/flytteanmeldelse-og-folkeregisteradresse',
  },
  {
    id: 'sygedagpenge',
    kind: 'phone',
    label: 'Sygedagpengeopfølgningssamtaletelefonen',
    description: 'Ring, hvis du har spørgsmål til din sygedagpengeopfølgningssamtale eller din arbejdsevnevurdering.',
    phone: '+45 33 17 33 17',
    hours: { weekly: [{ days: [...weekdays], opens: '08:30', closes: '15:00' }] },
  },
  {
    id: 'omsorg',
    kind: 'visit',
    label: 'Borgerrådgivercentret i Sundheds- og Omsorgsforvaltningens lokaler på Nørrebro',
    description: 'Personlig vejledning om hjemmehjælpsvisitation, madserviceordninger og genoptræningsforløb efter hospitalsindlæggelse.',
    address: 'Sankt Hans Torv 3, 3. sal, Borgerrådgivercentret, Sundheds- og Omsorgsforvaltningen, 2200 København N',
    bookingService: 'pas',
    hours: { weekly: [{ days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '15:30' }], holidays: 'dk' },
  },
  {
    id: 'boligstoette',
    kind: 'email',
    label: 'Boligstøtteberegningsgrundlagsændringer',
    email: 'boligstoetteberegningsgrundlag.borgerservice@kk.dk',
  },
  {
    id: 'handicap',
    kind: 'video',
    label: 'Videorådgivning om handicaphjælpemiddelbevillinger og boligindretningsansøgninger',
    href: 'https://www.kk.dk/borger/pleje-og-sundhed/hjaelpemidler/videoraadgivning-om-hjaelpemidler-og-boligindretning',
    hours: { weekly: [{ days: ['tu', 'th'], opens: '13:00', closes: '16:00' }] },
  },
];

const longContent: ChannelsContent = {
  channels: [...demo.channels, ...longChannels],
  tasks: [
    ...(demo.tasks ?? []),
    {
      id: 'lang',
      label: 'Boligstøtteberegningsgrundlagsændring, hjemmehjælp og madservice efter udskrivelse fra hospitalet',
      channels: [
        {
          channel: 'folkeregister',
          fit: 'best',
          note: 'Husk folkeregisteradresseændringsanmeldelsen senest fem dage efter flytningen, ellers kan boligstøttebeløbet blive efterreguleret.',
        },
        ...[...demo.channels, ...longChannels.slice(1)].map((channel, i) => ({
          channel: channel.id,
          fit: i % 3 === 2 ? ('possible' as const) : ('good' as const),
        })),
      ],
    },
  ],
};

/** Typical editor mistakes: a typo'd field, a missing phone number, a bad time, a dangling channel id. */
const invalidContent = {
  channels: [
    {
      id: 'telefon',
      kind: 'phone',
      label: 'Ring til Borgerservice',
      hours: { weekly: [{ days: ['mo', 'tu'], opens: '9:00', closes: '14:00' }] },
    },
    { id: 'raadhuset', kind: 'visit', lable: 'Borgerservice, Rådhuset', address: 'Rådhuspladsen 1, 1550 København V' },
  ],
  tasks: [{ id: 'pas', label: 'Pas', channels: [{ channel: 'borger-dk', fit: 'best' }] }],
};

// --- Meta ---------------------------------------------------------------------------------------

const meta: Meta<ChannelsArgs> = {
  title: 'Widgets/borger-channels',
  component: 'borger-channels',
  tags: ['autodocs'],
  render: (args) => html`<borger-channels
    .content=${args.content}
    src=${ifDefined(args.src || undefined)}
    task=${ifDefined(args.task || undefined)}
    now=${ifDefined(args.now || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    closing-soon=${args.closingSoon}
    heading-level=${args.headingLevel}
    fallback-phone=${ifDefined(args.fallbackPhone)}
    fallback-href=${ifDefined(args.fallbackHref)}
  ></borger-channels>`,
  args: {
    content: demo,
    task: 'pas',
    now: DEFAULT_NOW,
    lang: '',
    closingSoon: 30,
    headingLevel: 2,
  },
  argTypes: {
    content: { control: 'object', description: 'Content as a JS property (the `content` property), validated like a JSON file.' },
    src: { control: 'text', description: 'URL of the content JSON (used when `content` is not set).' },
    task: {
      control: { type: 'select', labels: { '': '(intet emne: vælg selv)', hundelicens: 'hundelicens (ukendt emne)' } },
      options: ['', ...(demo.tasks ?? []).map((task) => task.id), 'lang', 'hundelicens'],
      description: 'The `task` attribute. Without it the citizen picks a task first.',
    },
    now: { ...nowControl, description: 'The `now` attribute: a fixed moment (Copenhagen time) instead of the real clock.' },
    lang: { ...langControl, description: "The element's own `lang`; empty inherits the page's (the toolbar)." },
    closingSoon: {
      control: { type: 'number', min: 0, max: 180, step: 5 },
      description: '`closing-soon`: minutes before closing that count as "closes soon".',
    },
    headingLevel: { control: { type: 'number', min: 2, max: 6, step: 1 }, description: '`heading-level` of the task heading.' },
    fallbackPhone: { control: 'text', description: '`fallback-phone`, offered when the content cannot be shown.' },
    fallbackHref: { control: 'text', description: '`fallback-href`, offered when the content cannot be shown.' },
  },
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj<ChannelsArgs>;

// --- States over the day ------------------------------------------------------------------------

/** Passport on an ordinary Thursday morning: self-service recommended, counters open. */
export const OpenNow: Story = { name: 'Åbent nu' };

/** 13.45: the phone line and the chat close at 14.00. */
export const ClosingSoon: Story = { name: 'Lukker snart', args: { task: 'andet', now: MOMENTS.thursdayClosingSoon.iso } };

/** 20.30: every staffed channel is closed and opens tomorrow; self-service stays first. */
export const ClosedEvening: Story = { name: 'Lukket om aftenen', args: { now: MOMENTS.thursdayEvening.iso } };

/** Juleaftensdag 2026 (a Thursday): closed for the holiday, opens again Monday 28 December. */
export const HolidayChristmasEve: Story = { name: 'Helligdag: juleaftensdag', args: { now: MOMENTS.christmasEve.iso } };

/** Langfredag: closed over Easter, the counters and the phone open again on Tuesday. */
export const ClosedOverEaster: Story = { name: 'Lukket i påsken', args: { task: 'sundhedskort', now: MOMENTS.goodFriday.iso } };

/** One channel per status line: always open, open, closing soon, past midnight, later today, tomorrow, Monday, weeks away, never. */
export const AllStatusLines: Story = { name: 'Alle statuslinjer', args: { content: statusLines, task: '' } };

// --- Tasks --------------------------------------------------------------------------------------

/** No `task`: the citizen picks one first. */
export const NoTaskPicker: Story = { name: 'Vælg opgave', args: { task: '' } };

/** A `task` the content does not know: the picker is shown instead. */
export const UnknownTask: Story = { name: 'Ukendt opgave', args: { task: 'hundelicens' } };

/** Content without tasks: every channel, in content order, ranked by availability. */
export const AllKinds: Story = { name: 'Alle slags kanaler', args: { content: allKinds, task: '' } };

// --- Each kind of channel -----------------------------------------------------------------------

export const KindSelfservice: Story = { name: 'Kanal: selvbetjening', args: { content: onlyChannel('selfservice'), task: '' } };
export const KindPhone: Story = { name: 'Kanal: telefon', args: { content: onlyChannel('phone'), task: '' } };
export const KindChat: Story = { name: 'Kanal: chat', args: { content: onlyChannel('chat'), task: '' } };
export const KindVisit: Story = { name: 'Kanal: fremmøde', args: { content: onlyChannel('visit'), task: '' } };
export const KindLibrary: Story = { name: 'Kanal: bibliotek', args: { content: onlyChannel('library'), task: '' } };
export const KindEmail: Story = { name: 'Kanal: e-mail', args: { content: onlyChannel('email'), task: '' } };
export const KindDigitalPost: Story = { name: 'Kanal: Digital Post', args: { content: onlyChannel('digital-post'), task: '' } };
export const KindVideo: Story = { name: 'Kanal: video', args: { content: onlyChannel('video'), task: '' } };

// --- Long content, small screens ----------------------------------------------------------------

/** Long labels, descriptions and compound words, twelve channels, at 320 px (WCAG 1.4.10 reflow). */
export const LongContent320: Story = {
  name: 'Lang tekst ved 320 px',
  args: { content: longContent, task: 'lang' },
  globals: { viewport: { value: 'reflow320', isRotated: false } },
};

/** The same long content at full width. */
export const LongContentWide: Story = { name: 'Lang tekst, bred', args: { content: longContent, task: 'lang' } };

// --- Loading and errors -------------------------------------------------------------------------

/** A `src` that never answers: the loading placeholder (after 10 s the widget's own timeout shows the error). */
export const Loading: Story = {
  name: 'Henter',
  args: { content: undefined, src: fixtureSrc('kontakt-never.json', kontakt, 'never') },
  beforeEach: installFixtureFetch,
};

/** A `src` that answers after 3 seconds: loading, then the content. */
export const SlowSource: Story = {
  name: 'Langsom kilde',
  args: { content: undefined, src: fixtureSrc('kontakt-slow.json', kontakt, 3000) },
  beforeEach: installFixtureFetch,
};

/** Invalid content: a polite message with a way onward; the console lists every problem with its JSON path. */
export const InvalidContent: Story = {
  name: 'Ugyldigt indhold',
  args: { content: invalidContent, fallbackPhone: '+45 33 66 33 66', fallbackHref: 'https://www.kk.dk/kontakt' },
};

/** The content URL answers 404: same message, plus "Prøv igen". */
export const LoadFailed: Story = {
  name: 'Kunne ikke hentes',
  args: { content: undefined, src: missingFixtureSrc('findes-ikke.json'), fallbackPhone: '+45 33 66 33 66' },
  beforeEach: installFixtureFetch,
};

/** The page's own error message in the `error` slot. */
export const CustomErrorSlot: Story = {
  name: 'Egen fejltekst (slot)',
  args: { content: invalidContent },
  render: (args) => html`<borger-channels .content=${args.content} now=${args.now} lang=${ifDefined(args.lang || undefined)}>
    <div slot="error">
      <p><strong>Kontaktoplysningerne kan ikke vises lige nu.</strong></p>
      <p>Ring til Borgerservice på <a href="tel:+4533663366">33 66 33 66</a> eller se <a href="https://www.kk.dk/kontakt">kk.dk/kontakt</a>.</p>
    </div>
  </borger-channels>`,
};

// --- Languages and themes (the same as the toolbar, fixed per story) ----------------------------

/** The element's own `lang="en"`, whatever the page says. */
export const English: Story = { name: 'Engelsk', args: { lang: 'en' } };

/** The page in Arabic, right to left (texts without an Arabic translation fall back to English). */
export const Arabic: Story = { name: 'Arabisk (højre mod venstre)', globals: { lang: 'ar' } };

export const ArabicTaskPicker: Story = { name: 'Arabisk opgavevælger', args: { task: '' }, globals: { lang: 'ar' } };

export const ThemeCopenhagen: Story = { name: 'Tema: København', globals: { theme: 'copenhagen' } };

export const ThemeHighContrast: Story = { name: 'Tema: høj kontrast', globals: { theme: 'high-contrast' } };

export const ThemeHighContrastClosed: Story = {
  name: 'Tema: høj kontrast, lukket',
  args: { now: MOMENTS.christmasEve.iso },
  globals: { theme: 'high-contrast' },
};
