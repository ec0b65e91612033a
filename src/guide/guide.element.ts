import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { checked, flag, headingLevel, text } from '../core/attributes.js';
import { checkContent } from '../core/compact-check.js';
import { BorgerContentElement } from '../core/content-element.js';
import { emit } from '../core/events.js';
import { formStyles } from '../core/form-styles.js';
import { type Translate, translatorFor } from '../core/i18n/translate.js';
import { type LazyChunk, lazyChunk } from '../core/lazy-chunk.js';
import { adoptLater, afterPaint, LazyChunksController } from '../core/lazy-chunk-controller.js';
import { ListenerController } from '../core/listener-controller.js';
import { localize, localizeWithLang } from '../core/localized.js';
import type { Validated } from '../core/problems.js';
import { progressText, stepNavStyles } from '../core/step-nav.js';
import { acceptsGuide } from './guide.check.js';
import { questionOptions } from './guide.graph.js';
import { type GuideKey, guideMessages } from './guide.messages.js';
import type { ReadAloudController } from './guide.read-aloud-controller.js';
import type { BookingAction, Guide, GuideAction, QuestionNode } from './guide.schema.js';
import {
  type AnswerError,
  type Answers,
  answersSoFar,
  back,
  currentNode,
  currentNodeId,
  type GuideState,
  isGuideState,
  outcome,
  type ResolvedOutcome,
  start,
} from './guide.state.js';
import { guideStyles } from './guide.styles.js';
import { forget, guideIdInFragment, isBareStart, loadSaved, save, sessionStore, stateFromFragment } from './guide.url-state.js';
import {
  bringTitleKey,
  type GuideHandlers,
  type GuideView,
  type Notice,
  type NoticePlace,
  renderHelp,
  renderIntro,
  renderPendingStep,
  renderStep,
  renderStepTop,
  renderTitle,
  stepProgress,
} from './guide.views.js';

export interface GuideStepDetail {
  guide: string;
  /** The id of the node shown now. */
  node: string;
  /** The answers given on the way to it. */
  answers: Answers;
}

export interface GuideCompleteDetail {
  guide: string;
  /** The id of the outcome reached. */
  outcome: string;
  answers: Answers;
}

export interface GuideActionDetail {
  guide: string;
  /** The action chosen: from the outcome's `actions`, or the help offers ("Brug for hjælp?", feedback "Nej"). */
  action: GuideAction;
}

export interface GuideFeedbackDetail {
  guide: string;
  outcome: string;
  helpful: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'borger-guide-step': CustomEvent<GuideStepDetail>;
    'borger-guide-complete': CustomEvent<GuideCompleteDetail>;
    'borger-guide-action': CustomEvent<GuideActionDetail>;
    'borger-guide-feedback': CustomEvent<GuideFeedbackDetail>;
  }
  interface HTMLElementTagNameMap {
    'borger-guide': BorgerGuide;
  }
}

type FocusTarget = 'heading' | 'summary' | 'feedback';

/**
 * The parts of the guide its first question does not need, each a chunk of its own: started right after
 * the first question is painted, or when needed.
 */
export interface GuideChunks {
  /** The outcome, "Dine svar" and the feedback question. */
  outcome: LazyChunk<typeof import('./guide.outcome.js')>;
  /** The checks of the guide's routes (the editors' `npx borger-widgets check` makes them too). */
  graphCheck: LazyChunk<typeof import('./guide.graph-check.js')>;
  /** Read-aloud ("Lyt"). */
  readAloud: LazyChunk<typeof import('./guide.speech.js')>;
  /** Moving on: answering, "Ret", restoring a saved state, hand-overs (all but the first view). */
  later: LazyChunk<GuideLater>;
}
type GuideLater = typeof import('./guide.later.js');
type UrlWrite = 'push' | 'replace' | 'none';

/**
 * A step-by-step guide: one question per view, then an outcome with what to bring and what to do next.
 *
 * The first question is shown right away, with the guide's intro above it: no separate start screen,
 * because a citizen who opened the guide came to answer, and the question itself says what it is about.
 * After "Ret" (change) on "Dine svar", "Fortsæt" skips on through the questions whose remembered answers
 * still fit, and stops at new information, a new question or the outcome.
 *
 * @tag borger-guide
 * @attr history - Each step gets a URL fragment (`#guide=…&guide.path=…`), so the browser's Back goes to the previous step and a link restores the state. Other fragment keys (e.g. `booking=`) are kept. Use it on one guide per page.
 * @attr persist - Keep the progress (answers and path only) in sessionStorage, so it survives a reload.
 * @attr help-service - A booking service id offered under "Brug for hjælp?" (default: the guide's first booking action).
 * @attr heading-level - Level of the guide's heading (1–6, default 2); steps are one level below.
 * @fires borger-guide-step - A step is shown (also the first one). `detail: { guide, node, answers }`.
 * @fires borger-guide-complete - An outcome is shown. `detail: { guide, outcome, answers }`.
 * @fires borger-guide-action - The citizen chose an action (link, booking, channels). `detail: { guide, action }`. Cancelable: then no link is followed and no hand-over to `<borger-booking>`/`<borger-channels>` happens.
 * @fires borger-guide-feedback - "Fik du svar på dit spørgsmål?" answered. `detail: { guide, outcome, helpful }`.
 * @csspart title - The guide's heading.
 * @csspart intro - The guide's intro (on the first step).
 * @csspart progress - "Trin 2 af højst 4".
 * @csspart error-summary - The error summary shown when an answer is missing.
 * @csspart question - The question's fieldset.
 * @csspart info - An info step.
 * @csspart next - The "Fortsæt" button.
 * @csspart back - The "Tilbage" button.
 * @csspart outcome - The outcome: title, text, checklist and actions.
 * @csspart checklist - "Det skal du have med": the things to bring, with checkboxes.
 * @csspart actions - The outcome's actions.
 * @csspart action - One action (link or button).
 * @csspart print - The print button.
 * @csspart answers - "Dine svar": the answers given, each with a change button.
 * @csspart restart - The "Start forfra" button.
 * @csspart feedback - "Fik du svar på dit spørgsmål?".
 * @csspart help - The "Brug for hjælp?" disclosure.
 * @csspart notice - A short message when an action cannot be carried out on this page.
 * @csspart waiting - "Henter …" while the code for moving on loads (rare: it loads after the first question), or its failure with "Prøv igen".
 * @cssprop --borger-color-primary - Buttons, links, selected options.
 * @cssprop --borger-color-error - The error summary and error messages.
 * @cssprop --borger-color-success - The outcome's accent.
 * @cssprop --borger-color-highlight - The outcome's background.
 * @cssprop --borger-font-family - Font.
 * @cssprop --borger-radius - Corner radius.
 */
export class BorgerGuide extends BorgerContentElement<Guide> {
  static override styles = [...BorgerContentElement.styles, formStyles, stepNavStyles, guideStyles];
  static override catalogues = [...BorgerContentElement.catalogues, guideMessages];

  /** @internal Shared by every guide on the page (one download each). */
  static chunks: GuideChunks = {
    outcome: lazyChunk(() => import('./guide.outcome.js')),
    graphCheck: lazyChunk(() => import('./guide.graph-check.js')),
    readAloud: lazyChunk(() => import('./guide.speech.js')),
    later: lazyChunk(() => import('./guide.later.js')),
  };

  /** `state` may be set before the element is defined, like the reactive properties. */
  static override upgradeAccessors = ['state'];

  static override properties = {
    ...BorgerContentElement.properties,
    history: checked(flag('history'), { reflect: true }),
    persist: checked(flag('persist'), { reflect: true }),
    helpService: checked(text, { attribute: 'help-service' }),
    headingLevel: checked(headingLevel, { attribute: 'heading-level' }),
    walk: { state: true },
    visit: { state: true },
    answerError: { state: true },
    announcement: { state: true },
    notice: { state: true },
    feedback: { state: true },
    ticked: { state: true },
    waiting: { state: true },
  };

  declare history: boolean;
  declare persist: boolean;
  declare helpService: string | undefined;
  declare headingLevel: number;
  /** @internal Where the citizen is. */
  declare walk: GuideState | undefined;
  /** @internal Counts step changes, so every step gets fresh form controls. */
  declare visit: number;
  /** @internal */
  declare answerError: AnswerError | undefined;
  /** @internal */
  declare announcement: string;
  /** @internal */
  declare notice: Notice | undefined;
  /** @internal */
  declare feedback: 'yes' | 'no' | undefined;
  /** @internal How many checklist items are ticked. */
  declare ticked: number;
  /** @internal What the citizen asked for while the code for moving on was still loading (see `withLater`). */
  declare waiting: ((later: GuideLater) => void) | undefined;

  /** A state set before the content was ready; applied when it is. */
  private requested: GuideState | undefined;
  /** The last booking this guide handed the citizen to, kept up to date when answers change. */
  private handedOver: { action: BookingAction; place: NoticePlace } | undefined;
  /** After "Ret": "Fortsæt" fast-forwards through answers that still fit. */
  private changing = false;
  private pendingFocus: FocusTarget | undefined;
  /** Made once the read-aloud chunk is there. */
  private readAloud: ReadAloudController | undefined;
  private readonly lazy = new LazyChunksController(this, () => {
    const { outcome, graphCheck, readAloud, later } = this.chunks();
    return new Map<LazyChunk<unknown>, string>([
      [outcome, 'the outcome'],
      [graphCheck, 'the route checks'],
      [readAloud, 'read-aloud'],
      [later, 'moving on'],
    ]);
  });

  constructor() {
    super();
    this.history = false;
    this.persist = false;
    this.headingLevel = 2;
    this.visit = 0;
    this.announcement = '';
    this.ticked = 0;
    new ListenerController(
      this,
      () => window,
      'popstate',
      () => this.followUrl(),
    );
  }

  /** The citizen's progress (answers and path, no free text): read it to save it yourself, set it to restore. */
  get state(): GuideState | undefined {
    return this.walk ? structuredClone(this.walk) : undefined;
  }

  set state(value: GuideState | undefined) {
    if (!isGuideState(value)) return;
    const guide = this.guide;
    if (!guide) {
      this.requested = structuredClone(value);
      return;
    }
    this.withLater((later) => {
      const fitted = later.restoreState(guide, value);
      if (fitted && this.guide === guide) this.show(fitted, { focus: false, url: 'replace' });
    });
  }

  /** Back to the first question with nothing answered (also forgets the saved progress). */
  restart(): void {
    const guide = this.guide;
    if (!guide) return;
    this.changing = false;
    forget(sessionStore(), guide.id);
    this.show(start(guide), { focus: true, url: 'push' });
  }

  /** Moves focus to the heading of the step shown (used when another widget hands a citizen over). */
  focusStart(): void {
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  /**
   * The shape is checked before the first question shows (the compact check; zod only to explain a
   * failure), the routes right after it (see checkRoutes). A guide whose start is no node cannot show
   * anything: its routes are checked first, to say everything that is wrong.
   */
  protected async validateContent(input: unknown): Promise<Validated<Guide>> {
    const shaped = await checkContent(
      input,
      acceptsGuide,
      () => [],
      async () => (await import('./guide.schema.js')).validateGuide,
    );
    if (!shaped.ok) return shaped;
    if (!Object.hasOwn(shaped.value.nodes, shaped.value.start)) {
      const { checkGuideGraph } = await this.chunks().graphCheck.load();
      return { ok: false, problems: checkGuideGraph(shaped.value) };
    }
    // A citizen coming back to a later step (a state set, in the URL or saved) is shown that step, which
    // takes the code for moving on: loaded here, while the widget shows that it is loading. Nobody else waits.
    if (this.statesToRestore(shaped.value).some((state) => state && !isBareStart(state))) {
      // A failed load is not a content error: contentReady then waits for the code the usual way
      // (withLater: "Henter …", then an alert with "Prøv igen").
      await this.chunks().later.load().catch(() => undefined);
    }
    return shaped;
  }

  /** The states a first view may restore, in order: one set on the element, the URL's, the saved one. */
  private statesToRestore(guide: Guide): (GuideState | undefined)[] {
    return [
      this.requested ?? this.walk,
      this.history ? stateFromFragment(location.hash, guide.id) : undefined,
      this.persist ? loadSaved(sessionStore(), guide.id) : undefined,
    ];
  }

  private chunks(): GuideChunks {
    return (this.constructor as typeof BorgerGuide).chunks;
  }

  /**
   * The routes (every `next` lands, no loops, nothing unreachable …) are checked after the first question
   * is painted. A guide that fails them then shows the error state, as invalid content does before: the
   * console names every problem by JSON path and `borger-error` fires. The editors' CLI makes the same
   * checks before content is published, so this is the rare content that skipped it. If the checks'
   * own code cannot be loaded, the guide stays (the console says so): its walk never depends on them.
   */
  private checkRoutes(guide: Guide): void {
    afterPaint(() => {
      void this.lazy.need(this.chunks().graphCheck).then((checks) => {
        const state = this.contentState;
        if (!checks || state.status !== 'ready' || state.data !== guide) return;
        const problems = checks.checkGuideGraph(guide);
        if (problems.length > 0) this.fail('invalid', problems, state.source);
      });
    });
  }

  protected override contentReady(guide: Guide): void {
    this.checkRoutes(guide);
    const { outcome, readAloud, later } = this.chunks();
    this.lazy.preload([later, outcome]);
    // "Lyt" shows once read-aloud is there (and a voice for the language): this guide re-renders then,
    // also when another element on the page loaded it first.
    afterPaint(() => void this.lazy.need(readAloud).then(() => this.requestUpdate()));
    const [wanted, fromUrl, saved] = this.statesToRestore(guide);
    this.requested = undefined;
    const loaded = this.chunks().later.module;
    // The first question needs no code for moving on: a bare start fits any guide with its id.
    if (!loaded && [wanted, fromUrl, saved].some((state) => state && !isBareStart(state))) {
      // Asked for after the content was checked (a state set meanwhile): shown once the code is there.
      this.withLater((later) => this.restoreFirstView(guide, later, wanted, fromUrl, saved));
      return;
    }
    this.restoreFirstView(guide, loaded, wanted, fromUrl, saved);
  }

  /** Shows the state set on the element, else the URL's, else the saved one, else the first question. */
  private restoreFirstView(guide: Guide, later: GuideLater | undefined, ...[wanted, fromUrl, saved]: (GuideState | undefined)[]): void {
    if (this.guide !== guide) return;
    const fit = (state: GuideState | undefined) =>
      state && (later ? later.restoreState(guide, state) : state.guideId === guide.id ? start(guide) : undefined);
    const fitted = fit(wanted);
    if (fitted) {
      this.show(fitted, { focus: false, url: 'none' });
      return;
    }
    if (fromUrl) {
      this.show(fit(fromUrl) ?? start(guide), { focus: false, url: 'none' });
      return;
    }
    const restored = fit(saved);
    // Progress from storage is written to the URL too, so Back and a copied link match what is shown.
    this.show(restored ?? start(guide), { focus: false, url: restored ? 'replace' : 'none' });
  }

  /**
   * Runs `move` with the code for moving on: at once when it is there (it is loaded right after the first
   * question is painted), else when it arrives. Meanwhile the step says "Henter …"; a failure says so,
   * with "Prøv igen". The step's form stays as it is, so what the citizen chose is kept.
   */
  private withLater(move: (later: GuideLater) => void): void {
    const chunk = this.chunks().later;
    if (chunk.module) {
      this.waiting = undefined;
      move(chunk.module);
      return;
    }
    this.waiting = move;
    void this.lazy.need(chunk).then((later) => {
      if (!later || this.waiting !== move) return;
      this.waiting = undefined;
      move(later);
    });
  }

  /** The outcome's styles, added to the shadow root (after the element's own) once its chunk is there. */
  private adoptOutcomeStyles(): void {
    const module = this.chunks().outcome.module;
    if (module) adoptLater(this.renderRoot, module.outcomeStyles);
  }

  /** Rendered means rendered with the step's own code: waits for a chunk the step shown is loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    if (this.waiting && this.lazy.status(this.chunks().later) === 'loading') {
      await this.lazy.need(this.chunks().later);
      done = await super.getUpdateComplete();
    }
    const chunk = this.chunks().outcome;
    const guide = this.guide;
    if (this.lazy.status(chunk) !== 'loading' || !guide || !this.walk || !outcome(guide, this.walk)) return done;
    await this.lazy.need(chunk);
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.adoptOutcomeStyles();
    const speech = this.chunks().readAloud.module;
    if (speech && !this.readAloud) this.readAloud = new speech.ReadAloudController(this);
    // The step's code arrived while its loading heading had focus: focus goes on to the step's heading.
    const focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement;
    if (focused?.id === 'step-heading' && focused.closest('.pending, .step.error')) this.pendingFocus ??= 'heading';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    const selector = { heading: '#step-heading', summary: '.error-summary', feedback: '#feedback-thanks' } as const;
    if (focus) this.renderRoot.querySelector<HTMLElement>(selector[focus])?.focus();
  }

  // --- Moving ------------------------------------------------------------------------------------

  private get guide(): Guide | undefined {
    return this.contentState.status === 'ready' ? this.contentState.data : undefined;
  }

  private t(): Translate<GuideKey> {
    return translatorFor(guideMessages, this.language.lang);
  }

  /** Shows a state: the one place where a step changes, so focus, URL, storage and events always agree. */
  private show(next: GuideState, how: { focus: boolean; url: UrlWrite }): void {
    const guide = this.guide;
    if (!guide) return;
    this.readAloud?.stop();
    this.walk = next;
    this.visit += 1;
    this.answerError = undefined;
    this.notice = undefined;
    this.feedback = undefined;
    this.ticked = 0;
    if (how.focus) {
      this.pendingFocus = 'heading';
      this.announcement = this.stepAnnouncement(guide, next);
    }
    if (how.url !== 'none' && this.history) {
      const later = this.chunks().later.module;
      const mode = how.url;
      // Only `restart()` before the code for moving on is there gets here without it.
      if (later) later.writeUrl(next, mode);
      else
        this.chunks()
          .later.load()
          .then(
            (loaded) => loaded.writeUrl(next, mode),
            () => {},
          );
    }
    if (this.persist) save(sessionStore(), next);
    const answers = structuredClone(answersSoFar(next));
    emit(this, 'borger-guide-step', { guide: guide.id, node: currentNodeId(next), answers });
    const reached = outcome(guide, next);
    this.refreshHandedOver(guide, next);
    if (reached) {
      this.changing = false;
      void this.lazy.need(this.chunks().outcome);
      emit(this, 'borger-guide-complete', { guide: guide.id, outcome: reached.id, answers: structuredClone(answers) });
    }
  }

  /** The browser's Back/Forward (or a changed fragment): show the step the URL names. */
  private followUrl(): void {
    const guide = this.guide;
    const current = this.walk;
    if (!this.history || !guide || !current) return;
    const owner = guideIdInFragment(location.hash);
    if (owner !== undefined && owner !== guide.id) return;
    const fromUrl = stateFromFragment(location.hash, guide.id) ?? start(guide);
    // Answers remembered now stay remembered (so the form shows them), unless the URL says otherwise.
    const merged: GuideState = { ...fromUrl, answers: { ...current.answers, ...fromUrl.answers } };
    this.withLater((later) => {
      const next = later.restoreState(guide, merged) ?? start(guide);
      if (this.guide !== guide || JSON.stringify(next) === JSON.stringify(this.walk)) return;
      this.changing = false;
      this.show(next, { focus: true, url: 'none' });
    });
  }

  /**
   * What the status region says on a new step: only the progress. The step's title is read once,
   * by the heading that takes focus (issue 9, point 9); the outcome has no progress, so nothing.
   */
  private stepAnnouncement(guide: Guide, state: GuideState): string {
    if (outcome(guide, state)) return '';
    return progressText(this.language.lang, stepProgress({ guide, walk: state }));
  }

  private advance(guide: Guide, next: GuideState, later: GuideLater): void {
    this.show(this.changing ? later.fastForward(guide, next) : next, { focus: true, url: 'push' });
  }

  private submitAnswer(event: SubmitEvent, question: QuestionNode): void {
    event.preventDefault();
    const guide = this.guide;
    if (!guide || !this.walk) return;
    const form = event.currentTarget as HTMLFormElement;
    const checked = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    const walk = this.walk;
    this.withLater((later) =>
      this.moveOn(guide, walk, later, later.answer(guide, walk, question.kind === 'multiple' ? checked : (checked[0] ?? ''))),
    );
  }

  /** After "Fortsæt": the next step, or the error summary. */
  private moveOn(guide: Guide, from: GuideState, later: GuideLater, result: ReturnType<GuideLater['proceed']>): void {
    if (this.guide !== guide || this.walk !== from) return;
    if (!result.ok) {
      this.answerError = result.error;
      this.pendingFocus = 'summary';
      return;
    }
    this.advance(guide, result.state, later);
  }

  private submitInfo(event: SubmitEvent): void {
    event.preventDefault();
    const guide = this.guide;
    if (!guide || !this.walk) return;
    const walk = this.walk;
    this.withLater((later) => this.moveOn(guide, walk, later, later.proceed(guide, walk)));
  }

  /**
   * "Tilbage". With `history`, when the entry before this one is one of the guide's own steps, it is
   * the browser's Back: pushing a new entry would make the browser's Back then go *forward*
   * (WCAG 3.2.3, issue 9 point 8). The `popstate` that follows shows the step, as for the browser's Back.
   */
  private goBack(): void {
    if (!this.walk) return;
    this.changing = false;
    const later = this.chunks().later.module;
    if (this.history && later && later.historyDepth(this.walk.guideId) > 0) {
      window.history.back();
      return;
    }
    this.show(back(this.walk), { focus: true, url: 'push' });
  }

  private change(questionId: string): void {
    const guide = this.guide;
    if (!guide || !this.walk) return;
    const walk = this.walk;
    this.withLater((later) => {
      if (this.guide !== guide || this.walk !== walk) return;
      this.changing = true;
      this.show(later.changeAnswer(guide, walk, questionId), { focus: true, url: 'push' });
    });
  }

  /** A `multiple` question: an exclusive option ("none of these") unticks the others, and they untick it. */
  private toggle(event: Event, question: QuestionNode): void {
    const input = event.target as HTMLInputElement;
    if (question.kind !== 'multiple' || !input.checked) return;
    const options = questionOptions(question);
    const optionOf = (value: string) => options.find((o) => o.value === value);
    const chosen = optionOf(input.value);
    const boxes = [...(input.form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
    const cleared = boxes.filter(
      (box) => box !== input && box.checked && (chosen?.exclusive === true || optionOf(box.value)?.exclusive === true),
    );
    if (cleared.length === 0) return;
    for (const box of cleared) box.checked = false;
    const lang = this.language.lang;
    this.announcement = chosen?.exclusive
      ? this.t()('exclusiveCleared', { label: localize(chosen.label, lang) })
      : this.t()('othersCleared', { label: localize(optionOf(cleared[0]!.value)?.label, lang) });
  }

  // --- Actions, hand-offs, feedback, speech -------------------------------------------------------------

  /** Fires the cancelable action event; then hands booking/channels to the element on the page. */
  private act(action: GuideAction, place: NoticePlace, event?: Event): void {
    const guide = this.guide;
    if (!guide) return;
    const proceedWith = emit(this, 'borger-guide-action', { guide: guide.id, action: structuredClone(action) }, { cancelable: true });
    if (!proceedWith) {
      event?.preventDefault();
      return;
    }
    if (action.kind === 'link') return; // the browser follows the link
    this.withLater((later) => {
      if (this.guide !== guide) return;
      if (later.handOverAction(this, guide, this.walk, action, place === 'action')) {
        this.handedOver = action.kind === 'booking' ? { action, place } : this.handedOver;
        return;
      }
      this.notice = { place, kind: action.kind };
      this.announcement = this.t()(`missing.${action.kind}`);
    });
  }

  /**
   * After a hand-over, the citizen came back and changed their answers: the booking shows the new
   * ones (and the new things to bring) once an outcome with the same booking is reached again, and
   * none while the guide is between questions.
   */
  private refreshHandedOver(guide: Guide, state: GuideState): void {
    const handed = this.handedOver;
    // Handed over means the code for moving on is there.
    if (handed) this.chunks().later.module?.refreshHandedOver(this, guide, state, handed.action, handed.place === 'action');
  }

  private giveFeedback(helpful: boolean): void {
    const guide = this.guide;
    const reached = guide && this.walk ? outcome(guide, this.walk) : undefined;
    if (!guide || !reached) return;
    this.feedback = helpful ? 'yes' : 'no';
    this.pendingFocus = 'feedback';
    emit(this, 'borger-guide-feedback', { guide: guide.id, outcome: reached.id, helpful });
  }

  /** The language the step's text is read in: the language its title is written in. */
  private speechLang(): string | undefined {
    const here = this.guide && this.walk ? currentNode(this.guide, this.walk) : undefined;
    return here ? localizeWithLang(here.node.title, this.language.lang).lang : undefined;
  }

  private toggleReading(): void {
    const guide = this.guide;
    const here = guide && this.walk ? currentNode(guide, this.walk) : undefined;
    const speech = this.chunks().readAloud.module;
    if (!guide || !here || !this.walk || !speech || !this.readAloud) return;
    const t = this.t();
    const reached = outcome(guide, this.walk);
    const bring = reached?.bring ?? [];
    const bringTitle = t(reached ? bringTitleKey(reached) : 'bringTitle');
    const { text, lang } = speech.readAloudText(here.node, this.language.lang, { yes: t('yes'), no: t('no'), bringTitle }, bring);
    this.readAloud.toggle(text, lang);
  }

  /** The booking offered as help: `help-service`, else this outcome's booking action, else the guide's first. */
  private helpBooking(guide: Guide, reached: ResolvedOutcome | undefined): GuideAction | undefined {
    const label = this.t()('helpBooking');
    if (this.helpService) return { kind: 'booking', service: this.helpService, label };
    const isBooking = (action: GuideAction) => action.kind === 'booking';
    const found =
      reached?.actions.find(isBooking) ??
      Object.values(guide.nodes)
        .flatMap((node) => (node.type === 'outcome' ? (node.actions ?? []) : []))
        .find(isBooking);
    return found?.kind === 'booking' ? { ...found, label } : undefined;
  }

  /** A checklist box changed: count the ticked boxes of its list. */
  private countTicked(event: Event): void {
    const list = (event.target as HTMLElement).closest('ul');
    this.ticked = list ? list.querySelectorAll('input:checked').length : 0;
  }

  /** The error summary's link: focus the input it names (the fragment belongs to the page, not to the link). */
  private focusInput(id: string): void {
    const input = (this.renderRoot as ShadowRoot).getElementById(id);
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
  }

  // --- Rendering ---------------------------------------------------------------------------------

  /** What the templates call; created once, so the listeners stay the same between renders. */
  private readonly handlers: GuideHandlers = {
    submitAnswer: (event, question) => this.submitAnswer(event, question),
    submitInfo: (event) => this.submitInfo(event),
    toggle: (event, question) => this.toggle(event, question),
    goBack: () => this.goBack(),
    change: (questionId) => this.change(questionId),
    restart: () => this.restart(),
    act: (action, place, event) => this.act(action, place, event),
    giveFeedback: (helpful) => this.giveFeedback(helpful),
    toggleReading: () => this.toggleReading(),
    countTicked: (event) => this.countTicked(event),
    focusInput: (id) => this.focusInput(id),
    helpToggled: (event) => {
      // Opened before its body's code is there (it loads right after the first question): load it now,
      // so a failure shows, with "Prøv igen".
      if ((event.currentTarget as HTMLElement).closest('details')?.open) void this.lazy.need(this.chunks().later);
    },
    retryStep: () => {
      this.pendingFocus = 'heading';
      void this.lazy.need(this.chunks().outcome);
    },
  };

  /** The state the templates render, prepared from the element's properties. */
  private view(guide: Guide, walk: GuideState): GuideView {
    const speech = this.speechLang();
    return {
      t: this.t(),
      lang: this.language.lang,
      level: Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6),
      guide,
      walk,
      answerError: undefined,
      notice: this.notice,
      feedback: this.feedback,
      ticked: this.ticked,
      fallbackPhone: this.fallbackPhone,
      fallbackHref: this.fallbackHref,
      helpBooking: this.helpBooking(guide, outcome(guide, walk)),
      readAloud: {
        available: speech && this.readAloud ? this.readAloud.canRead(speech) : false,
        speaking: this.readAloud?.speaking ?? false,
        failed: this.readAloud?.failed ?? false,
      },
      on: this.handlers,
    };
  }

  /** The outcome, from its chunk; while that loads (or if it failed), a step saying so. */
  private renderOutcome(view: GuideView): TemplateResult {
    const module = this.chunks().outcome.module;
    if (module) return module.renderOutcome(view);
    const texts = {
      loading: this.coreText('loading'),
      errorTitle: this.coreText('errorTitle'),
      errorBody: this.coreText('errorBody'),
      retry: this.coreText('retry'),
    };
    return renderPendingStep(view, texts, this.lazy.status(this.chunks().outcome) === 'error');
  }

  /**
   * While a move waits for its code: "Henter …" (polite), or after a failure an alert with "Prøv igen",
   * which tries the same move again (the form, with what the citizen chose, stays as it is).
   */
  private renderWaiting(): TemplateResult | typeof nothing {
    const move = this.waiting;
    if (!move) return nothing;
    if (this.lazy.status(this.chunks().later) !== 'error')
      return html`<p class="waiting" part="waiting" role="status">${this.coreText('loading')}</p>`;
    return html`<div class="notice" part="waiting" role="alert">
      <p>${this.coreText('errorBody')}</p>
      <button type="button" class="button secondary" part="retry" @click=${() => this.withLater(move)}>${this.coreText('retry')}</button>
    </div>`;
  }

  /** The ladder under "Brug for hjælp?", with the code for moving on; meanwhile "Henter …", or a failure. */
  private renderHelpBody(view: GuideView): TemplateResult | typeof nothing {
    const later = this.chunks().later.module;
    if (later) return later.renderWaysToHelp(view, 'help');
    if (this.lazy.status(this.chunks().later) !== 'error') return html`<p>${this.coreText('loading')}</p>`;
    return html`<div class="notice" role="alert">
      <p>${this.coreText('errorBody')}</p>
      <button type="button" class="button secondary" @click=${this.handlers.helpToggled}>${this.coreText('retry')}</button>
    </div>`;
  }

  protected renderContent(guide: Guide): TemplateResult {
    const walk = this.walk;
    const here = walk ? currentNode(guide, walk) : undefined;
    if (!walk || !here) return html`${this.renderWaiting()}`;
    const view = this.view(guide, walk);
    // An answer is only refused by moving on, so its code is there to say why.
    const later = this.chunks().later.module;
    const error = this.answerError && later ? this.answerError : undefined;
    if (error && later) view.answerError = later.errorMessage(view, error, here.node);
    const first = walk.path.length === 1;
    return html`<section class="guide" aria-labelledby="guide-title">
      ${renderTitle(view)}
      ${first && guide.intro ? renderIntro(view, guide.intro) : nothing}
      ${renderStepTop(view, here.node.type === 'outcome')}
      ${error && later ? later.renderErrorSummary(view, error, here.id, here.node) : nothing}
      ${keyed(this.visit, here.node.type === 'outcome' ? this.renderOutcome(view) : renderStep(view, here.id, here.node))}
      ${this.renderWaiting()}
      ${renderHelp(view, this.renderHelpBody(view))}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }
}
