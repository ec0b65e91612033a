import { html, type PropertyValues, type TemplateResult } from 'lit';
import { checked, flag, headingLevel, text } from '../core/attributes.js';
import { checkContent } from '../core/compact-check.js';
import { BorgerContentElement } from '../core/content-element.js';
import { emit } from '../core/events.js';
import { formStyles } from '../core/form-styles.js';
import type { BookingHandoffContext } from '../core/handoff.js';
import { type Translate, translatorFor } from '../core/i18n/translate.js';
import { type LazyChunk, lazyChunk } from '../core/lazy-chunk.js';
import { adoptLater, LazyChunksController } from '../core/lazy-chunk-controller.js';
import { localize } from '../core/localized.js';
import type { Validated } from '../core/problems.js';
import { progressText, stepNavStyles } from '../core/step-nav.js';
import type { IsoDate } from '../core/time.js';
import { telHref } from '../core/url.js';
import type { PublicBooking } from './booking.actions.js';
import { acceptsBookingContent } from './booking.check.js';
import type { BookingContent } from './booking.content.js';
import { BookingData, type Loadable } from './booking.data.js';
import {
  type BookingStep,
  type DetailsField,
  type FlowAction,
  type FlowState,
  initialFlow,
  isDayStep,
  manageFlow,
  previousStep,
  progressOf,
  reduceFirstSteps,
  takeManageFragment,
} from './booking.flow.js';
import { type BookingKey, bookingMessages } from './booking.messages.js';
import type { Service } from './booking.schema.js';
import { type ActionState, type BookingView, type LaterView, renderStep, type StepBodies } from './booking.steps.js';
import { bookingStyles } from './booking.styles.js';
import type { IsoMonth } from './calendar.js';
import { CheckedBookingProvider } from './checked-provider.js';
import { HttpBookingProvider } from './http-provider.js';
import type { SubmissionKey } from './idempotency.js';
import type { BookingError, BookingErrorCode, BookingProvider } from './provider.js';

export interface BookingStepDetail {
  step: BookingStep;
}
export interface BookingChangeDetail {
  booking: PublicBooking;
}
export interface BookingErrorEventDetail {
  code: BookingErrorCode;
}

declare global {
  interface HTMLElementEventMap {
    'borger-booking-step': CustomEvent<BookingStepDetail>;
    'borger-booking-confirmed': CustomEvent<BookingChangeDetail>;
    'borger-booking-cancelled': CustomEvent<BookingChangeDetail>;
    'borger-booking-rescheduled': CustomEvent<BookingChangeDetail>;
    'borger-booking-error': CustomEvent<BookingErrorEventDetail>;
  }
  interface HTMLElementTagNameMap {
    'borger-booking': BorgerBooking;
  }
}

/** How long a booking without `api` or `provider` waits before telling the console (ms). */
const PROVIDER_GRACE_MS = 1000;
const NO_CONTENT: BookingContent = {};
const IDLE: ActionState = { status: 'idle' };

/**
 * The steps the first content does not need, each a chunk of its own: the later steps (calendar, times,
 * details, check, confirmation, .ics) start loading right after the first step shows; the manage flow
 * only when a booking is managed.
 */
export interface BookingChunks {
  later: LazyChunk<typeof import('./booking.later-steps.js')>;
  manage: LazyChunk<typeof import('./booking.manage-steps.js')>;
}

const FIRST_STEPS: readonly BookingStep[] = ['service', 'place'];
const MANAGE_ONLY: readonly BookingStep[] = ['view', 'cancel-confirm', 'cancelled', 'reschedule-check'];
/** What the later steps show before their chunk is there (they are not shown then: only their placeholder). */
const NO_LATER_VIEW: LaterView = {
  calendar: undefined,
  calendarEmpty: false,
  calendarError: undefined,
  times: undefined,
  privacy: '',
  confirmation: undefined,
  bring: [],
  fromGuide: [],
  confirmationEmail: false,
};

/**
 * Book a time at Borgerservice or a library, step by step: service, place, day, time, your
 * details, check, confirmation. With a manage link (`#booking=ID&token=T`) the citizen sees,
 * moves or cancels the booking. Times are shown in Copenhagen time whatever the visitor's zone.
 *
 * The calendar follows the WAI-ARIA APG date-picker grid; days without free times are focusable
 * but `aria-disabled` (so arrow keys move one day at a time and a full day says so).
 *
 * @tag borger-booking
 * @attr api - Base URL of the booking API (e.g. `https://booking.example.dk/v1`). Or set the `provider` property.
 * @attr service - A service id: the service step is skipped (a guide or channel selector may set it later).
 * @attr location - A location id: the place step is skipped.
 * @attr now - An ISO date-time to preview (freezes the clock); default is the real time. A value that names no moment means the real time, told once with `console.warn` when the calendar first needs the clock.
 * @attr booking-id - Manage this booking (with `token`).
 * @attr token - The booking's secret; sent only in the `Authorization` header.
 * @attr manage-from-url - Read `#booking=ID&token=T` from the page URL's fragment and manage that booking.
 * @attr manage-href - The page manage links point to (default: this page).
 * @attr heading-level - Level of the step headings (1–6, default 2), to fit the page's outline.
 * @fires borger-booking-step - A new step is shown. `detail: { step }`.
 * @fires borger-booking-confirmed - A booking was made. `detail: { booking: { id, code, serviceId, locationId, start, end } }` (no personal data).
 * @fires borger-booking-cancelled - The managed booking was cancelled. `detail: { booking }`.
 * @fires borger-booking-rescheduled - The managed booking was moved. `detail: { booking }`.
 * @fires borger-booking-error - A request failed. `detail: { code }` (a `BookingErrorCode`).
 * @csspart base - The widget's frame.
 * @csspart step - The current step.
 * @csspart step-heading - The step's heading (it receives focus on every step change).
 * @csspart progress - "Trin 2 af 6".
 * @csspart back - The "Tilbage" button.
 * @csspart notice - A message about the step (a time taken by someone else, a booking moved).
 * @csspart form - A step's form.
 * @csspart next - The "Næste" button.
 * @csspart error-summary - The list of problems at the top of a form.
 * @csspart calendar - The month calendar.
 * @csspart month-nav - The previous/next month buttons.
 * @csspart day - A day button (also `day-free`, `day-selected`).
 * @csspart chosen - The chosen day under the calendar.
 * @csspart times - The free times of a day.
 * @csspart current - The booking's current time while moving it.
 * @csspart privacy - The privacy text.
 * @csspart summary - The list of choices on the check, confirmation and manage steps.
 * @csspart confirm - The button that books, moves or cancels.
 * @csspart confirmation - The confirmation.
 * @csspart code - The booking code.
 * @csspart bring - What to bring.
 * @csspart from-guide - "Fra vejledningen": what the citizen answered in the guide that handed them over (check step and confirmation).
 * @csspart add-to-calendar - The .ics download link.
 * @csspart manage - The manage link and buttons on the confirmation.
 * @csspart manage-link - The manage link itself.
 * @csspart booking - The managed booking.
 * @csspart retry - "Prøv igen" after a failed request.
 * @cssprop --borger-color-primary - Links, buttons, chosen day and time.
 * @cssprop --borger-color-error - Errors.
 * @cssprop --borger-color-success - The confirmation.
 * @cssprop --borger-font-family - Font.
 * @cssprop --borger-radius - Corner radius.
 */
export class BorgerBooking extends BorgerContentElement<BookingContent> {
  static override styles = [...BorgerContentElement.styles, formStyles, stepNavStyles, bookingStyles];
  static override catalogues = [...BorgerContentElement.catalogues, bookingMessages];

  /** @internal Shared by every booking on the page (one download each). */
  static chunks: BookingChunks = {
    // With the later steps comes the compact check of the answers they receive (booking.contract.ts, `later`).
    later: lazyChunk(async () => (await Promise.all([import('./booking.later-steps.js'), import('./booking.later-check.js')]))[0]),
    manage: lazyChunk(() => import('./booking.manage-steps.js')),
  };

  static override properties = {
    ...BorgerContentElement.properties,
    api: checked(text, { reflect: true }),
    provider: { attribute: false },
    service: checked(text, { reflect: true }),
    location: checked(text, { reflect: true }),
    // Checked where it is used, on the later steps (booking.later-logic.ts, `clock`): the first step needs no clock.
    now: checked(text),
    bookingId: checked(text, { attribute: 'booking-id' }),
    token: checked(text),
    manageFromUrl: checked(flag('manage-from-url'), { attribute: 'manage-from-url' }),
    manageHref: checked(text, { attribute: 'manage-href' }),
    headingLevel: checked(headingLevel, { attribute: 'heading-level' }),
    handoff: { attribute: false },
    flow: { state: true },
    month: { state: true },
    focusDay: { state: true },
    action: { state: true },
    announcement: { state: true },
    dayNote: { state: true },
    copyNote: { state: true },
  };

  declare api: string | undefined;
  /** Any `BookingProvider`; takes precedence over `api`. */
  declare provider: BookingProvider | undefined;
  declare service: string | undefined;
  declare location: string | undefined;
  declare now: string | undefined;
  declare bookingId: string | undefined;
  declare token: string | undefined;
  declare manageFromUrl: boolean;
  declare manageHref: string | undefined;
  declare headingLevel: number;
  /**
   * Set by a hand-over (`handOff` in core/handoff.ts, or a page's own script): where the citizen came
   * from, for a way back, and — from a guide — what they must bring, fitted to their answers, and the
   * answers themselves. The list replaces the service's own on the check step, the confirmation and
   * the calendar file; the answers show there as "Fra vejledningen". Both apply only while the citizen
   * books `service`.
   */
  declare handoff: BookingHandoffContext | undefined;
  /** @internal */
  declare flow: FlowState;
  /** @internal The month the calendar shows. */
  declare month: IsoMonth | undefined;
  /** @internal The calendar day in the tab order. */
  declare focusDay: IsoDate | undefined;
  /** @internal */
  declare action: ActionState;
  /** @internal */
  declare announcement: string;
  /** @internal Why the last day pressed could not be chosen. */
  declare dayNote: string | undefined;
  /** @internal Whether "Kopiér linket" worked. */
  declare copyNote: string | undefined;

  /** @internal What has been fetched (booking.later-logic.ts loads the months of free times into it). */
  readonly data = new BookingData(
    () => this.requestUpdate(),
    (error) => this.report(error),
  );
  /** @internal The Idempotency-Key of the booking being submitted (made by the later steps' chunk). */
  submissionKey: SubmissionKey | undefined;
  private stepController = new AbortController();
  private started = false;
  /** @internal What takes focus after the next render. */
  pendingFocus: 'heading' | 'summary' | 'grid' | undefined;
  /** @internal No free day in any month the calendar may show. */
  emptyAhead = false;
  /** @internal Arrived by a manage link: once the booking shows, scroll to it and focus its heading (booking.manage-steps.ts, `land`). */
  landing = false;
  private http: { api: string; provider: HttpBookingProvider } | undefined;
  private checked: { inner: BookingProvider; provider: CheckedBookingProvider } | undefined;
  /** @internal The calendar file of the booking just made (a Blob URL). */
  ics: { key: string; url: string; name: string } | undefined;
  private warned = new Set<string>();
  private preloaded = false;
  private managePreloaded = false;
  private readonly lazy = new LazyChunksController(this, () => {
    const { later, manage } = this.chunks();
    return new Map<LazyChunk<unknown>, string>([
      [later, 'its later steps'],
      [manage, 'its manage steps'],
    ]);
  });
  private providerCheck: ReturnType<typeof setTimeout> | undefined;
  private readonly onHashChange = () => {
    const ref = this.manageFromUrl ? takeManageFragment() : undefined;
    if (ref && ref.id !== this.flow.managed?.id) {
      this.landing = true;
      this.apply([{ type: 'manage', id: ref.id, token: ref.token }], false);
    }
  };

  constructor() {
    super();
    this.manageFromUrl = false;
    this.headingLevel = 2;
    this.flow = initialFlow();
    this.action = IDLE;
    this.announcement = '';
  }

  private chunks(): BookingChunks {
    return (this.constructor as typeof BorgerBooking).chunks;
  }

  /** The chunks the step's body needs (the manage steps' chunk brings the later steps' with it). */
  private chunksFor(step: BookingStep): LazyChunk<unknown>[] {
    if (FIRST_STEPS.includes(step)) return [];
    const { later, manage } = this.chunks();
    return MANAGE_ONLY.includes(step) ? [manage, later] : [later];
  }

  /** The step's own code is there. */
  private stepReady(step: BookingStep = this.flow.step): boolean {
    return this.chunksFor(step).every((chunk) => chunk.module !== undefined);
  }

  /** Starts loading the step's code if it is missing (a failed one waits for "Prøv igen"). */
  private needStep(): void {
    for (const chunk of this.chunksFor(this.flow.step)) if (this.lazy.status(chunk) === 'idle') void this.lazy.need(chunk);
  }

  /** Rendered means rendered with the step's own code: waits for a chunk the step shown is loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const loading = this.chunksFor(this.flow.step).filter((chunk) => this.lazy.status(chunk) === 'loading');
    if (loading.length === 0) return done;
    await Promise.all(loading.map((chunk) => this.lazy.need(chunk)));
    return super.getUpdateComplete();
  }

  protected validateContent(input: unknown): Promise<Validated<BookingContent>> {
    return checkContent(
      input,
      acceptsBookingContent,
      () => [],
      async () => (await import('./booking.content.js')).validateBookingContent,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    this.stepController.abort();
    this.stepController = new AbortController();
    this.releaseIcs();
  }

  /** Moves focus to the current step's heading (used when another widget hands a citizen over). */
  focusStart(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-step-heading]')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.started) {
      this.started = true;
      this.flow = this.firstFlow();
    } else if ((changed.has('bookingId') || changed.has('token')) && this.bookingId && this.token) {
      this.apply([{ type: 'manage', id: this.bookingId, token: this.token }], false);
    } else if (changed.has('manageFromUrl') && this.manageFromUrl) {
      // Switched on after the first render (a framework binding): the fragment is read now.
      this.onHashChange();
    } else if (changed.has('service') || changed.has('location')) {
      this.apply([{ type: 'preset', serviceId: this.service, locationId: this.location }], false);
    }
    this.data.use(this.resolveProvider());
    this.derive();
    this.chunks().later.module?.derive(this);
    this.needStep();
    this.adoptLaterStyles();
  }

  /** The later steps' styles, added to the shadow root (after the element's own) once their chunk is there. */
  private adoptLaterStyles(): void {
    const later = this.chunks().later.module;
    if (later) adoptLater(this.renderRoot, later.laterStepStyles);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.load();
    this.moveFocus();
    this.chunks().manage.module?.land(this);
    this.preloadAfterFirstStep();
    this.preloadManage();
  }

  /** Once the first step shows (not its placeholder), the later steps start loading. */
  private preloadAfterFirstStep(): void {
    if (this.preloaded || !this.renderRoot.querySelector('[part~="step"]') || this.renderRoot.querySelector('[part~="loading"]')) return;
    this.preloaded = true;
    this.lazy.preload([this.chunks().later]);
  }

  /** The confirmation offers moving and cancelling: the manage steps start loading when it shows. */
  private preloadManage(): void {
    if (this.flow.step !== 'confirmation' || this.managePreloaded) return;
    this.managePreloaded = true;
    this.lazy.preload([this.chunks().manage]);
  }

  // ---- State -------------------------------------------------------------------------------

  private firstFlow(): FlowState {
    if (this.bookingId && this.token) return manageFlow(this.bookingId, this.token);
    const ref = this.manageFromUrl ? takeManageFragment() : undefined;
    if (ref) {
      this.landing = true;
      return manageFlow(ref.id, ref.token);
    }
    return initialFlow({ serviceId: this.service, locationId: this.location });
  }

  /** Applies flow actions; a new step aborts the old step's requests and (after a citizen's action) takes focus. */
  /** @internal */
  apply(actions: FlowAction[], byCitizen: boolean): void {
    const before = this.flow;
    // The later steps' actions need their chunk (booking.later-flow.ts); no later step shows before it is there.
    const after = actions.reduce(this.chunks().later.module?.reduceFlow ?? reduceFirstSteps, before);
    if (after === before) return;
    this.flow = after;
    if (after.step !== before.step || after.mode !== before.mode) {
      this.enterStep(before, byCitizen);
    } else if (byCitizen && actions.some((action) => action.type === 'next') && (after.missing || Object.keys(after.problems).length > 0)) {
      this.pendingFocus = 'summary';
    }
  }

  private readonly dispatch = (action: FlowAction) => this.apply([action], true);

  private enterStep(before: FlowState, byCitizen: boolean): void {
    const flow = this.flow;
    this.stepController.abort();
    this.stepController = new AbortController();
    this.action = IDLE;
    this.emptyAhead = false;
    if (isDayStep(flow.step)) {
      // The month is found again (booking.later-logic.ts, `derive`): the chosen day's, else the first with a free day.
      this.month = undefined;
      this.focusDay = flow.day;
      this.dayNote = undefined;
    }
    if (before.step === 'confirmation') this.releaseIcs();
    this.copyNote = undefined;
    if (byCitizen) this.pendingFocus = 'heading';
    // Said once: the heading says its own text when it takes focus, so the status region adds only
    // where the citizen is and the step's notice (issue 9, point 9).
    const t = this.t();
    const progress = progressOf(flow);
    const parts = [
      progress ? progressText(this.language.lang, progress) : '',
      flow.notice ? t(`notice.${flow.notice}`) : '',
      // The step's code is still on its way: its placeholder is quiet, so the status region says so.
      this.stepReady() ? '' : t('loading'),
    ];
    this.announce(parts.filter(Boolean).join('. '));
    emit(this, 'borger-booking-step', { step: flow.step });
  }

  /** Adjusts state to what has loaded: presets the API does not know, the managed booking (the calendar's month: booking.later-logic.ts). */
  private derive(): void {
    const flow = this.flow;
    if (flow.mode === 'book') {
      const services = this.offeredServices();
      if (flow.preset.serviceId && services?.status === 'ready' && !services.value.some((s) => s.id === flow.preset.serviceId)) {
        console.error(
          `<borger-booking> service="${flow.preset.serviceId}" is not offered (by the booking API or the content's "services"); the citizen chooses instead.`,
        );
        this.apply([{ type: 'unknown-preset', which: 'service' }], false);
      }
      const locations = this.flow.serviceId ? this.data.locations(this.flow.serviceId) : undefined;
      const presetLocation = this.flow.preset.locationId;
      if (presetLocation && locations?.status === 'ready' && !locations.value.some((l) => l.id === presetLocation)) {
        console.error(
          `<borger-booking> location="${presetLocation}" does not offer this service in the booking API; the citizen chooses instead.`,
        );
        this.apply([{ type: 'unknown-preset', which: 'location' }], false);
      }
    }
    const managed = this.flow.managed;
    if (managed && !managed.booking) {
      const entry = this.data.booking(managed.id);
      if (entry?.status === 'ready') this.apply([{ type: 'booking-loaded', booking: entry.value }], false);
    }
  }

  /** Starts the requests the current step needs (each at most once; a step change aborts them); the later steps' months: booking.later-logic.ts. */
  private load(): void {
    const provider = this.resolveProvider();
    if (!provider) {
      // A framework may set `provider` right after the first render (React's useEffect): the web team
      // hears about a missing one only if it is still missing a moment later.
      if (this.isConnected && !this.providerCheck) {
        this.providerCheck = setTimeout(() => {
          this.providerCheck = undefined;
          if (this.isConnected && !this.resolveProvider())
            this.warnOnce('provider', '<borger-booking> needs an `api` attribute (the booking API base URL) or a `provider` property.');
        }, PROVIDER_GRACE_MS);
      }
      return;
    }
    if (!this.isConnected) return;
    const signal = this.stepController.signal;
    const { flow, data } = this;
    data.loadServices(signal);
    if (flow.serviceId && flow.step !== 'service') data.loadLocations(flow.serviceId, signal);
    if (flow.managed && !flow.managed.booking) data.loadBooking(flow.managed.id, flow.managed.token, signal);
    // The later steps' months (booking.later-logic.ts), once their code is here.
    this.chunks().later.module?.load(this);
  }

  private moveFocus(): void {
    const target = this.pendingFocus;
    if (!target) return;
    this.pendingFocus = undefined;
    const selector =
      target === 'heading' ? '[data-step-heading]' : target === 'summary' ? '[data-error-summary]' : 'button.day[tabindex="0"]';
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** @internal Says `text` in the status region. */
  announce(text: string): void {
    if (!text) {
      this.announcement = '';
      return;
    }
    // The same words twice must still be heard: change the text a little.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** @internal A failed request: told to the console (a broken contract) and to the page (`borger-booking-error`). */
  report(error: BookingError): void {
    if (error.code === 'aborted') return;
    if (error.code === 'bad_response') console.error(`<borger-booking> ${error.message}`);
    emit(this, 'borger-booking-error', { code: error.code });
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.error(message);
  }

  // ---- Inputs ------------------------------------------------------------------------------

  /** @internal The provider, held to the contract (CheckedBookingProvider). */
  resolveProvider(): BookingProvider | undefined {
    let inner = this.provider;
    if (!inner && this.api) {
      if (this.http?.api !== this.api) this.http = { api: this.api, provider: new HttpBookingProvider(this.api) };
      inner = this.http.provider;
    }
    if (!inner) return undefined;
    // Our own HTTP provider checks each answer against the contract already: checked once.
    if (this.checked?.inner !== inner) this.checked = { inner, provider: new CheckedBookingProvider(inner, inner === this.http?.provider) };
    return this.checked.provider;
  }

  /** @internal */
  t(): Translate<BookingKey> {
    return translatorFor(bookingMessages, this.language.lang);
  }

  /** @internal The language the texts are shown in. */
  textLang(): string {
    return this.language.lang;
  }

  /** @internal */
  textDir(): 'ltr' | 'rtl' {
    return this.language.dir;
  }

  /** @internal The signal of the step shown: aborted when the step changes. */
  get stepSignal(): AbortSignal {
    return this.stepController.signal;
  }

  /** @internal */
  contentData(): BookingContent {
    return this.contentState.status === 'ready' ? this.contentState.data : NO_CONTENT;
  }

  /** The API's services, narrowed and ordered by the content's `services` when it has one. */
  private offeredServices(): Loadable<Service[]> | undefined {
    const entry = this.data.services();
    const ids = this.contentData().services;
    if (entry?.status !== 'ready' || !ids) return entry;
    return { status: 'ready', value: ids.flatMap((id) => entry.value.filter((service) => service.id === id)) };
  }

  // ---- Actions -----------------------------------------------------------------------------

  private retry(): void {
    const failed = this.chunksFor(this.flow.step).filter((chunk) => this.lazy.status(chunk) === 'error');
    if (failed.length > 0) {
      this.pendingFocus = 'heading';
      this.announce(this.t()('loading'));
      for (const chunk of failed) void this.lazy.need(chunk);
      return;
    }
    if (this.action.status === 'error') {
      void this.chunks().later.module?.submit(this, this.action.kind);
      return;
    }
    this.data.forgetErrors();
    // The "Prøv igen" button goes away with the error: focus goes to the step's heading, which the
    // step keeps while it loads and shows once it has loaded, never to <body>.
    this.pendingFocus = 'heading';
    this.requestUpdate();
  }

  /** @internal The calendar file's Blob URL is let go (a new booking, or the element leaves the page). */
  releaseIcs(): void {
    if (this.ics) URL.revokeObjectURL(this.ics.url);
    this.ics = undefined;
  }

  // ---- Rendering ---------------------------------------------------------------------------

  private view(content: BookingContent): BookingView {
    const t = this.t();
    const lang = this.language.lang;
    const { flow, data } = this;
    const services = data.services();
    const service = services?.status === 'ready' ? services.value.find((s) => s.id === flow.serviceId) : undefined;
    const locations = flow.serviceId ? data.locations(flow.serviceId) : undefined;
    const location = locations?.status === 'ready' ? locations.value.find((l) => l.id === flow.locationId) : undefined;
    const later = this.chunks().later.module;
    const bodies: StepBodies = { ...later?.LATER_BODIES, ...this.chunks().manage.module?.MANAGE_BODIES };
    const phone = content.phone?.phone ?? this.fallbackPhone;
    return {
      t,
      lang,
      level: Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6),
      flow,
      services: this.offeredServices(),
      locations,
      service,
      location,
      booking: flow.managed ? data.booking(flow.managed.id) : undefined,
      ...(later ? later.laterView(this, service, location) : NO_LATER_VIEW),
      action: this.action,
      phone: phone
        ? {
            href: telHref(phone),
            text: content.phone?.label ? `${localize(content.phone.label, lang)}: ${phone}` : t('call', { phone }),
            hours: content.phone?.hours ? localize(content.phone.hours, lang) : undefined,
          }
        : undefined,
      handover:
        this.handoff && flow.mode === 'book'
          ? {
              from: this.handoff.from?.kind,
              presetService: Boolean(flow.preset.serviceId),
              presetPlace: Boolean(flow.preset.locationId),
            }
          : undefined,
      bodies,
      chunkFailed: this.chunksFor(flow.step).some((chunk) => this.lazy.status(chunk) === 'error'),
      on: {
        dispatch: this.dispatch,
        retry: () => this.retry(),
        submit: (kind) => void later?.submit(this, kind),
        input: (field: DetailsField, value: string) => this.apply([{ type: 'edit-details', details: { [field]: value } }], true),
        focusField: (id) => {
          const target = id === 'calendar' ? 'button.day[tabindex="0"]' : `#${id}`;
          this.renderRoot.querySelector<HTMLElement>(target)?.focus();
        },
        backToOrigin: () => {
          const origin = this.handoff?.from?.element as (HTMLElement & { focusStart?: () => void }) | undefined;
          if (!origin?.isConnected) return;
          origin.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
          if (origin.focusStart) origin.focusStart();
          else origin.focus();
        },
        copyManageLink: () => void later?.copyManageLink(this),
        manageCreated: (then) => {
          const created = this.flow.created;
          if (created)
            this.apply([{ type: 'manage', id: created.booking.id, token: created.token, booking: created.booking }, { type: then }], true);
        },
      },
    };
  }

  override render(): TemplateResult {
    // Content is optional: with none at all, the widget works with its defaults.
    if (this.contentState.status !== 'empty' || !this.language.ready) return super.render();
    return html`<div class="root" lang=${this.language.lang} dir=${this.language.dir}>${this.renderContent(NO_CONTENT)}</div>`;
  }

  protected renderContent(content: BookingContent): TemplateResult {
    const t = this.t();
    const configured = this.resolveProvider() !== undefined;
    const view = this.view(content);
    return html`<div class="booking" part="base">
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${
        configured
          ? renderStep(view, previousStep(this.flow) !== undefined)
          : html`<div class="problem" part="error" role="alert">
            <p>${t('error.notConfigured')}</p>
            ${view.phone ? html`<p class="phone"><a href=${view.phone.href}>${view.phone.text}</a></p>` : ''}
          </div>`
      }
    </div>`;
  }
}
