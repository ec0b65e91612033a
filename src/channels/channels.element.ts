import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { checked, headingLevel, text, wholeNumber } from '../core/attributes.js';
import { checkContent } from '../core/compact-check.js';
import { BorgerContentElement } from '../core/content-element.js';
import { emit } from '../core/events.js';
import { externalMark, linkRel } from '../core/external-link.js';
import { formStyles } from '../core/form-styles.js';
import type { BookingHandoff } from '../core/handoff.js';
import { type Translate, translatorFor } from '../core/i18n/translate.js';
import { parseInstant } from '../core/instant.js';
import { instant } from '../core/instant-attribute.js';
import { lazyChunk, whenSlow } from '../core/lazy-chunk.js';
import { ListenerController } from '../core/listener-controller.js';
import { localize } from '../core/localized.js';
import { localizedText } from '../core/localized-template.js';
import type { Validated } from '../core/problems.js';
import { addDays, formatDate, formatWallClock, isoDateOf, zonedDateTime } from '../core/time.js';
import { mailtoHref, safeHref, telHref } from '../core/url.js';
import { withZoneNote } from '../core/zone-note.js';
import { acceptsChannels } from './channels.check.js';
import { channelIcon } from './channels.icons.js';
import { type ChannelsKey, channelsMessages } from './channels.messages.js';
import { type ChannelRanking, type RankedChannel, rankChannels, rankTaskChannels } from './channels.ranking.js';
import { hasCrossProblems, hasUnknownNoteTasks, notesForTask } from './channels.rules.js';
import type { Channel, ChannelsContent, Task } from './channels.schema.js';
import { statusText } from './channels.status-text.js';
import { channelsStyles } from './channels.styles.js';
import { dayHours } from './opening-hours.js';
import { describeStatus, nextChange } from './status.js';

export type ChannelAction = 'link' | 'phone' | 'email' | 'booking';

export interface ChannelSelectDetail {
  task: string | undefined;
  channel: string;
  action: ChannelAction;
  /** For `booking`: the booking service the channel offers. */
  service?: string;
  /** For `booking`: the booking location the channel is, when the content names one. */
  location?: string;
}

declare global {
  interface HTMLElementEventMap {
    'borger-channel-select': CustomEvent<ChannelSelectDetail>;
  }
  interface HTMLElementTagNameMap {
    'borger-channels': BorgerChannels;
  }
}

const MAX_TIMER_MS = 60 * 60 * 1000;

/**
 * The channel selector: for a task, the ways a citizen can get help, best first, with live
 * opening status in Copenhagen time.
 *
 * @tag borger-channels
 * @attr task - The task id to show channels for; without it, the citizen picks a task first.
 * @attr now - An ISO date-time to preview (freezes the clock); default is the real time.
 * @attr closing-soon - Minutes before closing that count as "closes soon" (default 30).
 * @attr heading-level - Level of the widget's heading (2–6, default 2), to fit the page's outline.
 * @fires borger-channel-select - The citizen chose a way to get help. `detail: { task, channel, action, service? }`. Cancelable for `booking` (then no hand-over to `<borger-booking>` happens).
 * @csspart picker - The task picker.
 * @csspart heading - The task heading.
 * @csspart list - The list of channels.
 * @csspart channel - One channel.
 * @csspart recommended - The recommended channel.
 * @csspart status - A channel's open/closed status line.
 * @csspart note - A text for the chosen task only (the task's `note`, or the channel's `notes` for that task).
 * @csspart action - A channel's main action (link, call, book).
 * @csspart hours - The opening-hours disclosure.
 * @csspart handing - "Henter indhold …" when the hand-over to booking is slow to load, or its failure with "Prøv igen".
 * @cssprop --borger-color-primary - Links and buttons.
 * @cssprop --borger-color-success - "Open now".
 * @cssprop --borger-color-warning - "Closes soon".
 * @cssprop --borger-font-family - Font.
 * @cssprop --borger-radius - Corner radius.
 */
export class BorgerChannels extends BorgerContentElement<ChannelsContent> {
  static override styles = [...BorgerContentElement.styles, formStyles, channelsStyles];
  static override catalogues = [...BorgerContentElement.catalogues, channelsMessages];
  /** @internal The hand-over to booking, loaded on the first "Book tid" (shared by every element on the page). */
  static handoff = lazyChunk(() => import('../core/handoff.js'));

  static override properties = {
    ...BorgerContentElement.properties,
    task: checked(text, { reflect: true }),
    now: checked(instant),
    closingSoon: checked(wholeNumber(0, 24 * 60, 30, 'a number of minutes'), { attribute: 'closing-soon' }),
    headingLevel: checked(headingLevel, { attribute: 'heading-level' }),
    clock: { state: true },
    announcement: { state: true },
    handing: { state: true },
  };

  declare task: string | undefined;
  declare now: string | undefined;
  declare closingSoon: number;
  declare headingLevel: number;
  /** @internal The moment shown: `now` when previewing, else the real clock, advanced by a timer. */
  declare clock: Date;
  /** @internal */
  declare announcement: string;
  /** @internal A booking hand-over whose code is slow to come ('loading') or failed ('error'), by channel. */
  declare handing: { channel: string; state: 'loading' | 'error'; retry: () => void } | undefined;
  /** The hand-over the citizen asked for last, while the code for it loads (see handOver). */
  private pendingHandoff: BookingHandoff | undefined;

  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Without a task from the page at first render, the citizen chooses one, and keeps that choice. */
  private citizenPicksTask = false;
  /**
   * Channels whose week of opening hours the citizen has opened. The table is made when first opened:
   * its dates need Intl's locale data, and loading that is a long task a first render should not wait
   * for while the table is closed anyway. By channel id: a table open stays filled when content reloads.
   */
  private readonly weeksShown = new Set<string>();

  constructor() {
    super();
    this.closingSoon = 30;
    this.headingLevel = 2;
    this.clock = new Date();
    this.announcement = '';
    // A tab that was asleep catches up at once when the citizen comes back to it.
    new ListenerController(
      this,
      () => document,
      'visibilitychange',
      () => {
        if (document.visibilityState === 'visible') this.tick();
      },
    );
  }

  /**
   * The compact check for the shape (zod only to explain a failure), then whether the checks across fields
   * find a problem; only content that has one loads the messages that say where and what for the web team.
   */
  protected async validateContent(input: unknown): Promise<Validated<ChannelsContent>> {
    const shaped = await checkContent(
      input,
      acceptsChannels,
      () => [],
      async () => (await import('./channels.schema.js')).validateChannels,
    );
    if (!shaped.ok || !hasCrossProblems(shaped.value)) return shaped;
    const { crossCheckChannels } = await import('./channels.problems.js');
    return { ok: false, problems: crossCheckChannels(shaped.value) };
  }

  private readonly notesWarned = new WeakSet<ChannelsContent>();
  /**
   * A note for a task the content does not have is never shown: tell the web team once per content (with
   * the messages' chunk, loaded only then), do not refuse it.
   */
  private warnUnknownNoteTasks(content: ChannelsContent): void {
    if (this.notesWarned.has(content) || !hasUnknownNoteTasks(content)) return;
    this.notesWarned.add(content);
    // The messages' chunk could not be loaded: the console still says why (nothing for the citizen).
    import('./channels.problems.js').then(({ unknownNoteTasks }) => {
      for (const { path, task, known } of unknownNoteTasks(content)) {
        console.warn(
          `<borger-channels> ${path}: "${task}" is not in the content's tasks (${known.map((id) => `"${id}"`).join(', ')}); this note is never shown.`,
        );
      }
    }, console.warn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.citizenPicksTask = !this.task;
    if (changed.has('now')) this.clock = this.previewTime() ?? new Date();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('clock') || changed.has('contentState') || changed.has('now') || changed.has('task')) this.schedule();
  }

  /** Moves focus to the widget's heading (used when another widget hands a citizen over). */
  focusStart(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-focus-start]')?.focus();
  }

  private previewTime(): Date | undefined {
    // `now` is checked (core/attributes.ts): a value that is no date-time never gets here.
    return parseInstant(this.now);
  }

  private t(): Translate<ChannelsKey> {
    return translatorFor(channelsMessages, this.language.lang);
  }

  /** Re-renders when the next status line changes (closing soon, closed, opened, midnight). */
  private schedule(): void {
    clearTimeout(this.timer);
    if (this.previewTime() || this.contentState.status !== 'ready') return;
    const ranking = this.ranking(this.contentState.data);
    const changes = ranking.channels
      .map((entry) => nextChange(entry.state, this.clock, { closingSoonMinutes: this.closingSoon }))
      .filter((date): date is Date => date !== undefined)
      .map((date) => date.getTime());
    if (changes.length === 0) return;
    const delay = Math.min(Math.max(Math.min(...changes) - Date.now() + 500, 1000), MAX_TIMER_MS);
    this.timer = setTimeout(() => this.tick(), delay);
  }

  private tick(): void {
    if (!this.previewTime()) this.clock = new Date();
  }

  private ranking(content: ChannelsContent): ChannelRanking & { task?: Task; taskLabel?: string; unknownTask?: boolean } {
    const options = { closingSoonMinutes: this.closingSoon };
    if (this.task && content.tasks) {
      const ranked = rankTaskChannels(content, this.task, this.clock, options);
      if (ranked) return { ...ranked, taskLabel: localize(ranked.task.label, this.language.lang) };
      this.warnUnknownTask(content);
      return { channels: [], unknownTask: true };
    }
    if (content.tasks?.length) return { channels: [] };
    // Content without tasks: every channel, in content order, ranked by availability.
    return rankChannels(
      content.channels.map((channel) => ({ channel, fit: 'good' as const })),
      this.clock,
      options,
    );
  }

  private warnedTask: string | undefined;
  /** Tells the web team, once per value, that `task` names no task in the content. */
  private warnUnknownTask(content: ChannelsContent): void {
    if (this.warnedTask === this.task) return;
    this.warnedTask = this.task;
    const known = (content.tasks ?? []).map((task) => `"${task.id}"`).join(', ');
    console.warn(`<borger-channels> task="${this.task}" is not in the content's tasks (${known}); showing the task picker.`);
  }

  private pickTask(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.task = value || undefined;
    const content = this.contentState.status === 'ready' ? this.contentState.data : undefined;
    if (!content || !this.task) {
      this.announcement = '';
      return;
    }
    const ranking = this.ranking(content);
    this.announcement = this.t()('waysForTask', { count: ranking.channels.length, task: ranking.taskLabel ?? '' });
  }

  private select(entry: RankedChannel, action: ChannelAction, event: Event): void {
    const { bookingService: service, bookingLocation: location } = entry.channel;
    const booking = action === 'booking' && service ? { service, ...(location ? { location } : {}) } : {};
    const detail: ChannelSelectDetail = { task: this.task, channel: entry.channel.id, action, ...booking };
    const proceed = emit(this, 'borger-channel-select', detail, { cancelable: action === 'booking' });
    if (action === 'booking' && proceed && service) {
      event.preventDefault();
      this.handOver(entry.channel.id, {
        kind: 'booking',
        service,
        ...(location ? { location } : {}),
        from: { kind: 'channels', element: this },
      });
    }
  }

  /**
   * Hands the citizen to the booking (core/handoff.ts, loaded on the first "Book tid": few citizens book
   * from here). A slow load says "Henter indhold …" at the channel; a failed one says so, with "Prøv igen".
   */
  private handOver(channel: string, handoff: BookingHandoff): void {
    // The latest press wins: presses made while the code loads are not handed over one after another.
    this.pendingHandoff = handoff;
    const attempt = () => {
      const loaded = whenSlow(BorgerChannels.handoff.load(), () => {
        this.handing = { channel, state: 'loading', retry: attempt };
        this.announcement = this.coreText('loading');
      });
      loaded.then(
        ({ handOff }) => {
          if (this.pendingHandoff !== handoff) return;
          this.pendingHandoff = undefined;
          if (this.handing) this.announcement = '';
          this.handing = undefined;
          handOff(handoff);
        },
        (error: unknown) => {
          if (this.pendingHandoff !== handoff) return;
          console.error('<borger-channels> could not load the code for the hand-over to booking.', error);
          this.handing = { channel, state: 'error', retry: attempt };
        },
      );
    };
    attempt();
  }

  private renderHanding(channel: string): TemplateResult | typeof nothing {
    const handing = this.handing;
    if (handing?.channel !== channel) return nothing;
    // "Henter …" is said by the status region (announcement); an alert is said when it appears.
    if (handing.state === 'loading') return html`<p class="handing" part="handing">${this.coreText('loading')}</p>`;
    return html`<div class="handing" part="handing" role="alert">
      <p>${this.coreText('errorBody')}</p>
      <button type="button" class="button secondary" @click=${handing.retry}>${this.coreText('retry')}</button>
    </div>`;
  }

  protected renderContent(content: ChannelsContent): TemplateResult {
    this.warnUnknownNoteTasks(content);
    const t = this.t();
    const ranking = this.ranking(content);
    const tasks = content.tasks ?? [];
    const showPicker = tasks.length > 0 && (this.citizenPicksTask || ranking.unknownTask);
    return html`
      ${ranking.unknownTask ? html`<p class="notice">${t('unknownTask', { task: this.task ?? '' })}</p>` : nothing}
      ${showPicker ? this.renderPicker(content) : nothing}
      <div class="live visually-hidden" role="status">${this.announcement}</div>
      ${ranking.taskLabel !== undefined || tasks.length === 0 ? this.renderRanking(ranking) : nothing}
    `;
  }

  private renderPicker(content: ChannelsContent): TemplateResult {
    const t = this.t();
    const lang = this.language.lang;
    return html`<div class="picker" part="picker">
      <label for="task" data-focus-start tabindex="-1">${t('pickTask')}</label>
      <select id="task" @change=${this.pickTask}>
        <option value="" ?selected=${!this.task}>${t('pickTaskPlaceholder')}</option>
        ${(content.tasks ?? []).map((task) => html`<option value=${task.id} ?selected=${task.id === this.task}>${localize(task.label, lang)}</option>`)}
      </select>
    </div>`;
  }

  private heading(text: TemplateResult | string, extraLevel: number, part: string, focusStart = false): TemplateResult {
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6) + extraLevel;
    const tabindex = focusStart ? '-1' : undefined;
    // Headings are chosen by the page's outline; aria-level keeps one template for every level.
    return html`<div role="heading" aria-level=${Math.min(level, 6)} class="heading h${Math.min(level, 6)}" part=${part}
      ?data-focus-start=${focusStart} tabindex=${tabindex ?? nothing}>${text}</div>`;
  }

  private renderRanking(ranking: ChannelRanking & { task?: Task; taskLabel?: string }): TemplateResult {
    const t = this.t();
    if (ranking.channels.length === 0) return html`<p>${t('noChannels')}</p>`;
    return html`<section class="result" aria-label=${ranking.taskLabel ?? nothing}>
      ${ranking.task ? this.heading(localizedText(ranking.task.label, this.language.lang), 0, 'heading', true) : nothing}
      <ul class="channels" part="list">
        ${ranking.channels.map((entry) => this.renderChannel(entry, entry === ranking.recommended && ranking.channels.length > 1, ranking.task?.id))}
      </ul>
    </section>`;
  }

  /** One channel; its texts are the ones for every task and for `task` only, never another task's. */
  private renderChannel(entry: RankedChannel, recommended: boolean, task: string | undefined): TemplateResult {
    const t = this.t();
    const lang = this.language.lang;
    const { channel } = entry;
    const status = describeStatus(entry.state, this.clock);
    const label = localize(channel.label, lang);
    const fitLabel = recommended ? t('recommended') : entry.fit === 'possible' ? t('fitPossible') : null;
    return html`<li class="channel ${recommended ? 'recommended' : ''}" part=${recommended ? 'channel recommended' : 'channel'}>
      ${fitLabel ? html`<p class="badge">${fitLabel}</p>` : nothing}
      <div class="title">${channelIcon(channel.kind)}${this.heading(localizedText(channel.label, lang), 1, 'channel-heading')}</div>
      <p class="kind">${t(`kind.${channel.kind}`)}</p>
      ${channel.description ? html`<p>${localizedText(channel.description, lang)}</p>` : nothing}
      ${notesForTask(channel, task).map((note) => html`<p class="note" part="note">${localizedText(note.text, lang)}</p>`)}
      ${entry.note ? html`<p class="note" part="note">${localizedText(entry.note, lang)}</p>` : nothing}
      ${channel.hours ? html`<p class="status ${status.tone}" part="status"><span class="dot" aria-hidden="true"></span>${statusText(status, t, lang)}</p>` : nothing}
      ${channel.address ? html`<p class="address"><span class="visually-hidden">${t('showOnMap')}: </span>${channel.address}</p>` : nothing}
      <div class="actions">${this.renderActions(entry, label)}</div>
      ${this.renderHanding(channel.id)}
      ${channel.hours ? this.renderWeek(channel) : nothing}
    </li>`;
  }

  private renderActions(entry: RankedChannel, label: string): TemplateResult[] {
    const t = this.t();
    const { channel } = entry;
    const actions: TemplateResult[] = [];
    const href = safeHref(channel.href);
    if (channel.phone) {
      actions.push(html`<a class="button" part="action" href=${telHref(channel.phone)} @click=${(e: Event) => this.select(entry, 'phone', e)}
        >${t('call')} <bdi dir="ltr">${channel.phone}</bdi></a
      >`);
    }
    if (href) {
      actions.push(html`<a class="button ${actions.length ? 'secondary' : ''}" part="action" href=${href}
        rel=${linkRel(href)} @click=${(e: Event) => this.select(entry, 'link', e)}>${t('go', { label })}${externalMark(href, this.language.lang)}</a>`);
    }
    const mailto = channel.email ? mailtoHref(channel.email) : undefined;
    if (channel.email && mailto) {
      actions.push(
        html`<a class="button secondary" part="action" href=${mailto} @click=${(e: Event) => this.select(entry, 'email', e)}>${t('write', { email: channel.email })}</a>`,
      );
    }
    if (channel.bookingService) {
      actions.push(
        html`<button type="button" class="button ${actions.length ? 'secondary' : ''}" part="action" @click=${(e: Event) => this.select(entry, 'booking', e)}>${t('book')}<span class="visually-hidden">: ${label}</span></button>`,
      );
    }
    return actions;
  }

  private renderWeek(channel: Channel): TemplateResult {
    const t = this.t();
    const lang = this.language.lang;
    const today = isoDateOf(this.clock);
    const days = Array.from({ length: 7 }, (_, i) => dayHours(channel.hours!, addDays(today, i)));
    // The table's times are Copenhagen wall-clock times: say so once, in its title, to a visitor abroad.
    const noons = days.map((day) => zonedDateTime(day.date, '12:00'));
    // Opened by the summary (click, Enter, Space: made before the browser shows it) or by the page or
    // find-in-page (toggle).
    const show = (event: Event) => {
      const details = (event.currentTarget as HTMLElement).closest('details');
      if (this.weeksShown.has(channel.id) || (event.type === 'toggle' && !details?.open)) return;
      this.weeksShown.add(channel.id);
      this.requestUpdate();
    };
    return html`<details class="hours" part="hours" @toggle=${show}>
      <summary @click=${show}>${withZoneNote(t('hoursTitle'), lang, noons)}<span class="visually-hidden">: ${localize(channel.label, lang)}</span></summary>
      ${this.weeksShown.has(channel.id) ? this.renderDays(days, today) : nothing}
    </details>`;
  }

  private renderDays(days: ReturnType<typeof dayHours>[], today: string): TemplateResult {
    const t = this.t();
    const lang = this.language.lang;
    return html`<dl>
        ${days.map((day) => {
          const noon = zonedDateTime(day.date, '12:00');
          const name = formatDate(noon, lang, { weekday: 'long', day: 'numeric', month: 'short' });
          const label = day.reason.kind !== 'regular' && day.reason.label !== undefined ? ` (${localize(day.reason.label, lang)})` : '';
          const times = day.intervals.length
            ? day.intervals.map((i) => `${formatWallClock(i.opens, lang)}–${formatWallClock(i.closes, lang)}`).join(', ')
            : t('closedAllDay');
          return html`<div class=${day.date === today ? 'today' : ''}><dt>${name}</dt><dd>${times}${label}</dd></div>`;
        })}
      </dl>`;
  }
}
