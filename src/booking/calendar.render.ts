// The booking calendar: a month grid after the WAI-ARIA APG date-picker dialog's grid, rendered
// inline. One day button is in the tab order (roving tabindex); the element handles the keys with
// `keyTarget` from calendar.ts and moves focus after rendering.
//
// Days without free times stay focusable but are `aria-disabled="true"` and cannot be chosen (the
// APG's choice for disabled dates): arrow keys then move one day at a time, always, and a screen
// reader hears that a day is full instead of the day silently not being there.
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../core/i18n/translate.js';
import { addDays, formatDate, formatDateToParts, type IsoDate, zonedDateTime } from '../core/time.js';
import type { BookingKey } from './booking.messages.js';
import { dayState, firstDayOf, type IsoMonth, isoWeek, monthGrid } from './calendar.js';

export interface CalendarView {
  t: Translate<BookingKey>;
  lang: string;
  month: IsoMonth;
  today: IsoDate;
  selected: IsoDate | undefined;
  /** The day in the tab order. */
  focus: IsoDate;
  /** Free times per day of the month; undefined while the month loads. */
  free: ReadonlyMap<IsoDate, number> | undefined;
  canPrev: boolean;
  canNext: boolean;
  onDay(date: IsoDate): void;
  onKey(event: KeyboardEvent): void;
  onMonth(delta: 1 | -1): void;
}

/** A Monday, to name the weekdays from. */
const A_MONDAY = '2026-01-05';

const noon = (date: IsoDate) => zonedDateTime(date, '12:00');

/**
 * "torsdag 26. november" (the name every day button starts with) and "26" (what the button shows),
 * from ONE formatter: the visible number is a piece of the name, so both always use the same digits
 * (WebKit writes Arabic with Arabic-Indic digits where Chromium writes Latin ones; a button showing
 * "26" named "٢٦ …" fails WCAG 2.5.3, axe's label-content-name-mismatch).
 */
export function dayNameAndNumber(date: IsoDate, lang: string): { name: string; number: string } {
  const parts = formatDateToParts(noon(date), lang, { weekday: 'long', day: 'numeric', month: 'long' });
  const name = parts.map((part) => part.value).join('');
  return { name, number: parts.find((part) => part.type === 'day')?.value ?? String(Number(date.slice(8, 10))) };
}

/** "torsdag 26. november": the name every day button starts with. */
export function dayName(date: IsoDate, lang: string): string {
  return dayNameAndNumber(date, lang).name;
}

export function monthName(month: IsoMonth, lang: string): string {
  return formatDate(noon(firstDayOf(month)), lang, { month: 'long', year: 'numeric' });
}

function dayLabel(view: CalendarView, name: string, date: IsoDate): string {
  const state = dayState(date, view.today, view.free);
  if (state === 'past') return view.t('calendar.past', { date: name });
  if (!view.free) return name;
  const count = view.free.get(date) ?? 0;
  if (state === 'full') return view.t('calendar.none', { date: name });
  return date === view.selected ? view.t('calendar.selected', { date: name, count }) : view.t('calendar.free', { date: name, count });
}

function renderDay(view: CalendarView, date: IsoDate | null): TemplateResult {
  if (date === null) return html`<td class="outside"></td>`;
  const free = dayState(date, view.today, view.free) === 'free';
  const isToday = date === view.today;
  const selected = date === view.selected;
  const { name, number } = dayNameAndNumber(date, view.lang);
  // The chosen state sits on the button that takes focus (aria-pressed), and its name says "valgt".
  return html`<td>
    <button
      type="button"
      class="day ${free ? 'free' : 'full'} ${isToday ? 'today' : ''} ${selected ? 'selected' : ''}"
      part="day${free ? ' day-free' : ''}${selected ? ' day-selected' : ''}"
      data-date=${date}
      tabindex=${date === view.focus ? '0' : '-1'}
      aria-label=${dayLabel(view, name, date)}
      aria-pressed=${free ? (selected ? 'true' : 'false') : nothing}
      aria-current=${isToday ? 'date' : nothing}
      aria-disabled=${free ? nothing : 'true'}
      @click=${() => view.onDay(date)}
    >
      ${number}<span class="dot" aria-hidden="true"></span>
    </button>
  </td>`;
}

/** A week's row is named by its ISO week number ("Uge 48"), not by its seven days read together. */
function weekLabel(view: CalendarView, week: (IsoDate | null)[]): string {
  const day = week.find((date): date is IsoDate => date !== null)!;
  return view.t('calendar.week', { week: isoWeek(day) });
}

/** Column headers: the short names, or the one-letter ones on a narrow screen when the short ones are long (Arabic). */
function weekdayHeaders(lang: string): { long: string; short: string; narrow: string }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = noon(addDays(A_MONDAY, i));
    return {
      long: formatDate(date, lang, { weekday: 'long' }),
      short: formatDate(date, lang, { weekday: 'short' }),
      narrow: formatDate(date, lang, { weekday: 'narrow' }),
    };
  });
}

// The key help shows while a day has keyboard focus: focus that arrived by keyboard (:focus-visible) or a
// key pressed on a day; a pointer press hides it. Kept as a class, not `.calendar:has(.day:focus-visible)`:
// WebKit (WebKitGTK 2.50 in our tests) does not re-match that `:has()` in a shadow root when focus moves,
// and after a click it does not count script focus (the arrow keys' roving focus) as :focus-visible
// (docs/browsers.md).
function trackKeyboardFocus(event: Event): void {
  const calendar = (event.currentTarget as HTMLElement).closest('.calendar');
  const target = event.target instanceof Element ? event.target : undefined;
  if (!calendar || !target) return;
  const shown = calendar.classList.contains('day-keyboard-focus');
  let show: boolean;
  if (event.type === 'keydown') show = shown || target.matches('.day');
  else if (event.type === 'pointerdown') show = false;
  else if (event.type === 'focusin') show = target.matches('.day') && (shown || target.matches(':focus-visible'));
  else {
    const next = (event as FocusEvent).relatedTarget;
    show = shown && next instanceof Element && next.matches('.day');
  }
  calendar.classList.toggle('day-keyboard-focus', show);
}

export function renderCalendar(view: CalendarView): TemplateResult {
  const { t, lang } = view;
  const headers = weekdayHeaders(lang);
  const longNames = headers.some((header) => header.short.length > 5);
  const loading = view.free === undefined;
  return html`<div class="calendar" part="calendar">
    <div class="calendar-head">
      <button type="button" class="button secondary month-nav" part="month-nav" aria-disabled=${view.canPrev ? nothing : 'true'}
        @click=${() => view.canPrev && view.onMonth(-1)}>
        <span aria-hidden="true">‹</span><span class="visually-hidden">${t('calendar.previous')}</span>
      </button>
      <p class="month-title" id="calendar-month">${monthName(view.month, lang)}</p>
      <button type="button" class="button secondary month-nav" part="month-nav" aria-disabled=${view.canNext ? nothing : 'true'}
        @click=${() => view.canNext && view.onMonth(1)}>
        <span aria-hidden="true">›</span><span class="visually-hidden">${t('calendar.next')}</span>
      </button>
    </div>
    <table role="grid" class="grid ${longNames ? 'long-names' : ''}" aria-labelledby="calendar-month" aria-describedby="calendar-help" aria-busy=${loading ? 'true' : 'false'}
      @keydown=${(event: KeyboardEvent) => {
        view.onKey(event);
        trackKeyboardFocus(event);
      }}
      @focusin=${trackKeyboardFocus} @focusout=${trackKeyboardFocus} @pointerdown=${trackKeyboardFocus}>
      <thead>
        <tr>
          ${headers.map(
            (header) => html`<th scope="col">
              <span class="visually-hidden">${header.long}</span><span class="weekday-short" aria-hidden="true">${header.short}</span
              ><span class="weekday-narrow" aria-hidden="true">${header.narrow}</span>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${monthGrid(view.month).map((week) => html`<tr aria-label=${weekLabel(view, week)}>${week.map((date) => renderDay(view, date))}</tr>`)}
      </tbody>
    </table>
    <p class="calendar-status" aria-hidden=${loading ? nothing : 'true'}>
      ${
        loading
          ? html`<span class="visually-hidden">${t('calendar.loading')}</span>`
          : html`<span class="legend-free"><span class="dot" aria-hidden="true"></span>${t('calendar.legendFree')}</span>
            <span class="legend-today"><span class="today-mark" aria-hidden="true"></span>${t('calendar.legendToday')}</span>`
      }
    </p>
    <p class="keys-help" part="keys-help" id="calendar-help">${t('calendar.help')}</p>
  </div>`;
}
