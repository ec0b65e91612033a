// <borger-booking>: every step, the manage mode and every failure a designer should see. The
// booking system is the in-memory provider the tests use (the demo catalogue in small, fixed
// slots), set through the `provider` property; `now` is fixed, so each story looks the same on
// any day. Stories past the first steps get there by clicking, as a citizen would (`play`).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/booking/index.js';
import type { BorgerBooking } from '../src/booking/booking.element.js';
import type { BookingStep } from '../src/booking/booking.flow.js';
import { BookingError } from '../src/booking/provider.js';
import { FakeBookingProvider, NOW, slotsAt, TOKEN } from '../test/booking/fake-provider.js';
import { type Lang, langControl } from './helpers.js';

/** How the story's booking system behaves. */
type Scenario =
  | 'normal'
  | 'slow'
  | 'offline'
  | 'submit-fails'
  | 'slot-taken'
  | 'refuses-email'
  | 'malformed'
  | 'no-free-times'
  | 'dst'
  | 'manage'
  | 'manage-cancelled'
  | 'manage-unknown';

interface BookingArgs {
  scenario: Scenario;
  /** '' = the citizen chooses. */
  service: string;
  location: string;
  now: string;
  lang: '' | Lang;
  headingLevel: number;
  content?: unknown;
  /** A real booking API instead of the in-memory one (e.g. the reference server on http://127.0.0.1:8787). */
  api: string;
  fallbackPhone?: string;
}

const CONTENT = {
  privacy: {
    da: 'Vi bruger kun dit navn og din e-mail eller dit mobilnummer til denne tid. Vi sletter dem 30 dage efter. Skriv ikke dit CPR-nummer.',
    en: 'We only use your name and your email or mobile number for this appointment. We delete them 30 days after. Do not enter your CPR number.',
  },
  phone: {
    phone: '+45 33 66 33 66',
    label: { da: 'Ring til Borgerservice', en: 'Call Citizen Service' },
    hours: { da: 'Hverdage kl. 9–14', en: 'Weekdays 9–14' },
  },
};

function providerFor(scenario: Scenario): { provider: FakeBookingProvider; manage?: { id: string; token: string } } {
  const provider = new FakeBookingProvider();
  switch (scenario) {
    case 'slow':
      provider.failNext('services', 'hang');
      break;
    case 'offline':
      provider.failNext('services', new BookingError('network', 'offline'));
      break;
    case 'submit-fails':
      provider.failNext('create', new BookingError('network', 'offline'));
      break;
    case 'slot-taken':
      provider.failNext('create', new BookingError('slot_taken', 'taken', { status: 409 }));
      break;
    case 'refuses-email':
      provider.failNext(
        'create',
        new BookingError('invalid', 'invalid', { status: 422, fields: { email: 'should be an e-mail address' } }),
      );
      break;
    case 'malformed':
      provider.failNext('locations', { answer: [{ id: 'raadhuset', name: 'Rådhuset' }] });
      break;
    case 'no-free-times':
      provider.slots_ = [];
      break;
    case 'dst':
      // 25 October 2026: the clocks go back at 03.00; the times are still shown on Copenhagen's clock.
      provider.slots_ = slotsAt('pas', 'borgerservice-raadhuset', { '2026-10-25': ['10:00', '10:15', '12:30', '17:00'] });
      break;
    case 'manage':
    case 'manage-cancelled': {
      const booking = provider.seedBooking(provider.slots_.find((slot) => slot.start === '2026-11-26T13:00:00+01:00')!);
      if (scenario === 'manage-cancelled') void provider.cancel(booking.id, TOKEN);
      return { provider, manage: { id: booking.id, token: TOKEN } };
    }
    case 'manage-unknown':
      return { provider, manage: { id: 'bk-404', token: 'not-the-right-token-00' } };
    case 'normal':
      break;
  }
  return { provider };
}

// --- Walking to a step, as a citizen would --------------------------------------------------------

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await pause(30);
  }
  throw new Error(`Story: ${what} did not appear`);
}

function booking(canvas: HTMLElement): BorgerBooking {
  return canvas.querySelector('borger-booking')!;
}

const inShadow = (element: BorgerBooking, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const step = (element: BorgerBooking) => inShadow(element, 'section.step')?.dataset.step as BookingStep | undefined;

async function next(element: BorgerBooking, to: BookingStep): Promise<void> {
  (await until(() => inShadow(element, '[part="next"]'), '"Fortsæt"')).click();
  await until(() => step(element) === to && !inShadow(element, '[aria-busy="true"]'), `step ${to}`);
}

async function choose(element: BorgerBooking, selector: string): Promise<void> {
  (await until(() => inShadow(element, selector), selector)).click();
  await element.updateComplete;
}

function typeInto(element: BorgerBooking, id: string, value: string): void {
  const input = inShadow(element, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

type Stop = 'time' | 'details' | 'details-errors' | 'check' | 'confirmation' | 'submitted';

/** From the day step (service and place preset) to `stop`. */
async function walkTo(canvas: HTMLElement, stop: Stop): Promise<void> {
  const element = booking(canvas);
  await until(() => inShadow(element, 'button.day.free[tabindex="0"]'), 'the calendar');
  (inShadow(element, 'button.day.free[tabindex="0"]') as HTMLElement).click();
  await next(element, 'time');
  if (stop === 'time') return;
  await choose(element, '#slot-0');
  await next(element, 'details');
  if (stop === 'details') return;
  if (stop === 'details-errors') {
    typeInto(element, 'name', '010190-1234');
    typeInto(element, 'email', 'mette@');
    (inShadow(element, '[part="next"]') as HTMLElement).click();
    return;
  }
  typeInto(element, 'name', 'Mette Hansen');
  typeInto(element, 'email', 'mette.hansen@example.dk');
  typeInto(element, 'phone', '12 34 56 78');
  await next(element, 'check');
  if (stop === 'check') return;
  (inShadow(element, '[part="confirm"]') as HTMLElement).click();
  if (stop === 'confirmation') await until(() => step(element) === 'confirmation', 'the confirmation');
  else await pause(200);
}

async function manageTo(canvas: HTMLElement, action: 'cancel' | 'move'): Promise<void> {
  const element = booking(canvas);
  await until(() => step(element) === 'view' && inShadow(element, '[part="summary"]'), 'the booking');
  const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.booking-view button')];
  buttons[action === 'move' ? 0 : 1]!.click();
  if (action === 'move') {
    await until(() => inShadow(element, 'button.day.free[tabindex="0"]'), 'the calendar');
    (inShadow(element, 'button.day.free[tabindex="0"]') as HTMLElement).click();
    await next(element, 'reschedule-time');
  }
}

/** Moves the managed booking to the first free time of the first free day, and confirms the move. */
async function rescheduled(canvas: HTMLElement): Promise<void> {
  const element = booking(canvas);
  await manageTo(canvas, 'move');
  await choose(element, '#slot-0');
  await next(element, 'reschedule-check');
  (await until(() => inShadow(element, '[part="confirm"]'), 'the move button')).click();
  await until(() => step(element) === 'view' && inShadow(element, '[part="notice"]'), 'the moved booking');
}

// --- Meta ---------------------------------------------------------------------------------------

const meta: Meta<BookingArgs> = {
  title: 'Widgets/borger-booking',
  component: 'borger-booking',
  tags: ['autodocs'],
  render: (args) => {
    const { provider, manage } = providerFor(args.scenario);
    return html`<borger-booking
      .provider=${args.api ? undefined : provider}
      .content=${args.content}
      api=${ifDefined(args.api || undefined)}
      service=${ifDefined(args.service || undefined)}
      location=${ifDefined(args.location || undefined)}
      now=${ifDefined(args.now || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      heading-level=${args.headingLevel}
      booking-id=${ifDefined(manage?.id)}
      token=${ifDefined(manage?.token)}
      fallback-phone=${ifDefined(args.fallbackPhone)}
    ></borger-booking>`;
  },
  args: {
    scenario: 'normal',
    service: '',
    location: '',
    now: NOW,
    lang: '',
    headingLevel: 2,
    content: CONTENT,
    api: '',
  },
  argTypes: {
    scenario: {
      control: 'select',
      options: [
        'normal',
        'slow',
        'offline',
        'submit-fails',
        'slot-taken',
        'refuses-email',
        'malformed',
        'no-free-times',
        'dst',
        'manage',
        'manage-cancelled',
        'manage-unknown',
      ],
      description: 'How the in-memory booking system behaves (the next request of a kind fails, hangs, or answers wrongly).',
    },
    service: {
      control: 'select',
      options: ['', 'pas', 'koerekort', 'hundelicens'],
      description: 'The `service` attribute: skips the service step.',
    },
    location: {
      control: 'select',
      options: ['', 'borgerservice-raadhuset', 'bibliotek-valby'],
      description: 'The `location` attribute: skips the place step.',
    },
    now: { control: 'text', description: 'The `now` attribute: a fixed moment (Copenhagen time).' },
    lang: { ...langControl, description: "The element's own `lang`; empty inherits the page's (the toolbar)." },
    headingLevel: { control: { type: 'number', min: 1, max: 6, step: 1 }, description: '`heading-level` of the step headings.' },
    content: { control: 'object', description: 'Optional content: `privacy`, `phone` `{ phone, label?, hours? }`, `services`.' },
    api: {
      control: 'text',
      description: 'A real booking API base URL instead of the in-memory provider (`npx tsx server/main.ts` → http://127.0.0.1:8787).',
    },
    fallbackPhone: { control: 'text', description: '`fallback-phone`, offered when there is no content phone.' },
  },
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj<BookingArgs>;

const PRESET = { service: 'pas', location: 'borgerservice-raadhuset' };

// --- The steps ----------------------------------------------------------------------------------

/** Step 1: what to book (radio buttons with a short description each). */
export const ServiceStep: Story = { name: 'Trin: hvad vil du booke' };

/** Step 2: where (Borgerservice counters and libraries, with address and accessibility note). The page chose the service. */
export const PlaceStep: Story = { name: 'Trin: sted', args: { service: 'pas' } };

/** Step 3: the month calendar (APG grid); the first free day is chosen, full days are marked but focusable. */
export const DayStep: Story = { name: 'Trin: dag (kalender)', args: PRESET };

/** Step 4: free times of the day, by part of the day. */
export const TimeStep: Story = { name: 'Trin: tidspunkt', args: PRESET, play: ({ canvasElement }) => walkTo(canvasElement, 'time') };

/** Step 5: name and e-mail and/or mobile, and the privacy text. */
export const DetailsStep: Story = {
  name: 'Trin: dine oplysninger',
  args: PRESET,
  play: ({ canvasElement }) => walkTo(canvasElement, 'details'),
};

/** Details with problems: the error summary (focused) links to the fields; a CPR number is refused kindly. */
export const DetailsErrors: Story = {
  name: 'Trin: dine oplysninger med fejl',
  args: PRESET,
  play: ({ canvasElement }) => walkTo(canvasElement, 'details-errors'),
};

/** Step 6: everything on one screen, a change link per row. */
export const CheckStep: Story = {
  name: 'Trin: tjek din booking',
  args: PRESET,
  play: ({ canvasElement }) => walkTo(canvasElement, 'check'),
};

/** Booked: the code, what to bring, "Tilføj til kalender" and the manage link. */
export const Confirmation: Story = {
  name: 'Bekræftelse',
  args: PRESET,
  play: ({ canvasElement }) => walkTo(canvasElement, 'confirmation'),
};

/** What a guide hands over (see core/handoff.ts): the bring items that apply and the citizen's answers. */
const FROM_GUIDE = {
  service: 'pas',
  bring: [
    { da: 'Dit gamle pas', en: 'Your old passport' },
    { da: 'Et printet pasfoto', en: 'A printed passport photo' },
    { da: 'Betalingskort til gebyret', en: 'A payment card for the fee' },
  ],
  answers: [
    {
      question: { da: 'Hvem skal have pas?', en: 'Who needs a passport?' },
      answer: [{ da: 'Mig selv (18 år eller ældre)', en: 'Me (18 or older)' }],
    },
    {
      question: { da: 'Har du det gamle pas?', en: 'Do you have the old passport?' },
      answer: [{ da: 'Ja, jeg har det', en: 'Yes, I have it' }],
    },
    {
      question: { da: 'Hvordan vil du have foto til passet?', en: 'How do you want to get the passport photo?' },
      answer: [{ da: 'Jeg tager et printet foto med', en: 'I will bring a printed photo' }],
    },
  ],
};

/** After a guide: "Fra vejledningen" says back what the citizen answered, and the list is the guide's. */
export const CheckAfterGuide: Story = {
  name: 'Trin: tjek din booking efter vejledningen',
  args: PRESET,
  play: async ({ canvasElement }) => {
    booking(canvasElement).handoff = FROM_GUIDE;
    await walkTo(canvasElement, 'check');
  },
};

/** The clocks go back on 25 October 2026: the times are still right, on Copenhagen's clock. */
export const DaylightSavingDay: Story = {
  name: 'Dagen hvor uret stilles',
  args: { ...PRESET, scenario: 'dst', now: '2026-10-20T09:00:00+02:00' },
  play: ({ canvasElement }) => walkTo(canvasElement, 'time'),
};

// --- Manage mode --------------------------------------------------------------------------------

/** Opened from the manage link: the booking, with "Flyt tiden" and "Aflys tiden". */
export const ManageView: Story = { name: 'Administrer: din booking', args: { scenario: 'manage' } };

/** Cancel asks first. */
export const ManageCancelConfirm: Story = {
  name: 'Administrer: vil du aflyse?',
  args: { scenario: 'manage' },
  play: ({ canvasElement }) => manageTo(canvasElement, 'cancel'),
};

/** Moving: the same day and time steps, with the current time shown. */
export const ManageReschedule: Story = {
  name: 'Administrer: vælg en ny dag',
  args: { scenario: 'manage' },
  play: ({ canvasElement }) => manageTo(canvasElement, 'move'),
};

/** A booking that is already cancelled. */
export const ManageCancelled: Story = { name: 'Administrer: aflyst', args: { scenario: 'manage-cancelled' } };

/** A wrong token or an unknown booking: the same polite message. */
export const ManageUnknown: Story = { name: 'Administrer: ukendt link', args: { scenario: 'manage-unknown' } };

// --- Loading and failures -----------------------------------------------------------------------

/** The booking system does not answer: a quiet placeholder that keeps the room. */
export const Loading: Story = { name: 'Henter', args: { scenario: 'slow' } };

/** The booking system cannot be reached: retry and the phone line. */
export const Offline: Story = { name: 'Ingen forbindelse', args: { scenario: 'offline' } };

/** The network fails when booking: everything typed stays, "Prøv igen" reuses the same Idempotency-Key. */
export const SubmitFailed: Story = {
  name: 'Booking fejlede',
  args: { ...PRESET, scenario: 'submit-fails' },
  play: ({ canvasElement }) => walkTo(canvasElement, 'submitted'),
};

/** Someone else took the time (409): back to the times, with the details kept. */
export const SlotTaken: Story = {
  name: 'Tiden blev taget af en anden',
  args: { ...PRESET, scenario: 'slot-taken' },
  play: ({ canvasElement }) => walkTo(canvasElement, 'submitted'),
};

/** The booking system refused the e-mail (422): the error shows on the field. */
export const ServerRefusedEmail: Story = {
  name: 'Bookingsystemet afviste e-mail',
  args: { ...PRESET, scenario: 'refuses-email' },
  play: ({ canvasElement }) => walkTo(canvasElement, 'submitted'),
};

/** An answer that breaks the API contract is an error, never shown (the console names the problem). */
export const MalformedAnswer: Story = { name: 'Ubrugeligt svar fra bookingsystemet', args: { service: 'pas', scenario: 'malformed' } };

/** No free times in the coming months. */
export const NoFreeTimes: Story = { name: 'Ingen ledige tider', args: { ...PRESET, scenario: 'no-free-times' } };

/** The page named a service the booking system does not offer: the citizen chooses instead. */
export const UnknownService: Story = { name: 'Ukendt ydelse', args: { service: 'hundelicens' } };

/** No content at all: the default privacy text, no phone line. */
export const WithoutContent: Story = {
  name: 'Uden indhold',
  args: { ...PRESET, content: undefined },
  play: ({ canvasElement }) => walkTo(canvasElement, 'details'),
};

/** Neither `api` nor `provider`: a polite message (the console says what is missing). */
export const NotConfigured: Story = {
  name: 'Ikke sat op',
  args: { fallbackPhone: '+45 33 66 33 66' },
  render: (args) => html`<borger-booking now=${args.now} fallback-phone=${ifDefined(args.fallbackPhone)}></borger-booking>`,
};

// --- Small screens, languages, themes -----------------------------------------------------------

/** The calendar at 320 px (WCAG 1.4.10 reflow): seven columns, 44 px tall days. */
export const DayStep320: Story = {
  name: 'Kalender ved 320 px',
  args: PRESET,
  globals: { viewport: { value: 'reflow320', isRotated: false } },
};

export const CheckStep320: Story = {
  name: 'Tjek ved 320 px',
  args: PRESET,
  globals: { viewport: { value: 'reflow320', isRotated: false } },
  play: ({ canvasElement }) => walkTo(canvasElement, 'check'),
};

export const Confirmation320: Story = {
  name: 'Bekræftelse ved 320 px',
  args: PRESET,
  globals: { viewport: { value: 'reflow320', isRotated: false } },
  play: ({ canvasElement }) => walkTo(canvasElement, 'confirmation'),
};

export const English: Story = { name: 'Engelsk', args: { lang: 'en' } };

export const EnglishCalendar: Story = { name: 'Engelsk kalender', args: { ...PRESET, lang: 'en' } };

/** The page in Arabic, right to left: the calendar mirrors, arrow keys follow the eye. */
export const ArabicCalendar: Story = { name: 'Arabisk kalender (højre mod venstre)', args: PRESET, globals: { lang: 'ar' } };

export const ThemeCopenhagen: Story = { name: 'Tema: København', args: PRESET, globals: { theme: 'copenhagen' } };

export const ThemeHighContrast: Story = { name: 'Tema: høj kontrast', args: PRESET, globals: { theme: 'high-contrast' } };

/** A booking just moved: the booking with its new time and "Tiden er flyttet." (said once, in the status region). */
export const Rescheduled: Story = {
  name: 'Administrer: tiden er flyttet',
  args: { scenario: 'manage' },
  play: ({ canvasElement }) => rescheduled(canvasElement),
};

/**
 * Against a real booking API. **Needs the reference server**: start it first with
 * `npx tsx server/main.ts` (it listens on http://127.0.0.1:8787); without it the story shows the
 * widget's "cannot reach the booking system" message, which is also worth seeing.
 */
export const ReferenceServer: Story = {
  name: 'Mod referenceserveren (kræver npm run server)',
  args: { api: 'http://127.0.0.1:8787', now: '' },
  parameters: {
    docs: { description: { story: 'Kræver referenceserveren: start den med `npx tsx server/main.ts` (port 8787) før historien åbnes.' } },
  },
};
