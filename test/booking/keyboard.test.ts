// Every step by keyboard alone, and every key of the APG date-picker grid.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BorgerBooking } from '../../src/booking/index.js';
import { pressChord, SPACE } from '../shared/harness.js';
import { FakeBookingProvider } from './fake-provider.js';
import { $, $$, activeInShadow, bookingElement, chosenDay, firstOfferedDay, ready, stepOf, waitForStep } from './helpers.js';

const press = (key: string) => sendKeys({ press: key });

/** The focused element's accessible handle: a radio's label, a button's text, a day's date. */
function focused(element: BorgerBooking): string {
  const active = activeInShadow(element);
  if (!active) return '(nothing)';
  if (active.dataset.date) return active.dataset.date;
  if (active instanceof HTMLInputElement) {
    const label = element.shadowRoot!.querySelector(`label[for="${active.id}"]`);
    return `${active.type}:${label?.textContent?.trim() ?? active.id}`;
  }
  return active.textContent!.replace(/\s+/g, ' ').trim();
}

async function tabTo(element: BorgerBooking, text: string, limit = 20): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (focused(element) === text) return;
    await press('Tab');
  }
  throw new Error(`Tab never reached "${text}" (at "${focused(element)}")`);
}

async function dayStep(provider = new FakeBookingProvider(), attributes: Record<string, string> = {}): Promise<BorgerBooking> {
  const element = await bookingElement({ provider, attributes: { service: 'pas', location: 'borgerservice-raadhuset', ...attributes } });
  (await firstOfferedDay(element)).focus();
  return element;
}

const selectedDay = chosenDay;

describe('<borger-booking> by keyboard', () => {
  it('books from first step to confirmation without a mouse', async () => {
    const element = await bookingElement();
    element.focusStart();
    expect(focused(element)).to.equal('Hvad vil du booke tid til?');

    // Service: into the radio group, arrow to choose, then Fortsæt.
    await press('Tab');
    expect(focused(element)).to.equal('radio:Pas');
    await press('ArrowDown');
    expect(focused(element)).to.equal('radio:Kørekort');
    await press('ArrowUp');
    expect(focused(element)).to.equal('radio:Pas');
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await waitForStep(element, 'place');
    expect(focused(element)).to.equal('Hvor vil du møde op?');

    // Place: Space chooses the first.
    await press('Tab');
    await press(SPACE);
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await waitForStep(element, 'day');

    // Day: nothing is chosen for the citizen; the first free day is the grid's tab stop.
    await firstOfferedDay(element);
    expect(selectedDay(element)).to.equal(undefined);
    await tabTo(element, '2026-11-26');
    await press('ArrowRight');
    expect(focused(element)).to.equal('2026-11-27');
    await press('Enter');
    await element.updateComplete;
    expect(selectedDay(element)).to.equal('2026-11-27');
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await waitForStep(element, 'time');

    // Time.
    await press('Tab');
    expect(focused(element)).to.equal('radio:10.00–10.15');
    await press(SPACE);
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await waitForStep(element, 'details');

    // Details: type into the fields in order.
    await tabTo(element, 'text:Navn');
    await sendKeys({ type: 'Mette Hansen' });
    await press('Tab');
    expect(focused(element)).to.equal('email:E-mail');
    await sendKeys({ type: 'mette@example.dk' });
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await waitForStep(element, 'check');

    // Check: confirm.
    await tabTo(element, 'Book tiden', 30);
    await press('Enter');
    await waitForStep(element, 'confirmation');
    expect(focused(element)).to.equal('Din tid er booket');
  });

  it('reaches the error summary and its links by keyboard', async () => {
    const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset' } });
    element.focusStart();
    await firstOfferedDay(element);
    await tabTo(element, '2026-11-26');
    await press('Enter');
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await waitForStep(element, 'time');
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await element.updateComplete;
    expect(activeInShadow(element)).to.equal($(element, '[data-error-summary]'));
    await press('Tab');
    expect(focused(element)).to.equal('Vælg et tidspunkt');
    await press('Enter');
    expect(focused(element)).to.equal('radio:10.00–10.15');
  });

  it('"Tilbage" works by keyboard and keeps the choices', async () => {
    const element = await bookingElement({ attributes: { service: 'pas' } });
    element.focusStart();
    await press('Tab');
    await press(SPACE);
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await waitForStep(element, 'day');
    await pressChord('Shift', 'Tab');
    expect(focused(element)).to.equal('‹ Tilbage');
    await press('Enter');
    await waitForStep(element, 'place');
    expect($<HTMLInputElement>(element, '#place-0')!.checked).to.equal(true);
  });
});

describe('<borger-booking> calendar grid (APG date picker keys)', () => {
  it('marks today, the chosen day, free days and full days', async () => {
    const element = await dayStep();
    const day = (date: string) => $(element, `button[data-date="${date}"]`)!;
    expect(day('2026-11-26').getAttribute('aria-current')).to.equal('date');
    expect(day('2026-11-27').hasAttribute('aria-current')).to.equal(false);
    // Nothing is chosen until the citizen chooses.
    expect(selectedDay(element)).to.equal(undefined);
    expect(day('2026-11-26').getAttribute('aria-label')).to.equal('torsdag 26. november, 4 ledige tider');
    expect(day('2026-11-26').getAttribute('aria-pressed')).to.equal('false');
    expect(day('2026-11-25').getAttribute('aria-label')).to.equal('onsdag 25. november, dagen er forbi');
    expect(day('2026-11-25').getAttribute('aria-disabled')).to.equal('true');
    expect(day('2026-11-25').hasAttribute('aria-pressed')).to.equal(false);
    // No state on the cells: it is on the button that takes focus.
    expect($$(element, 'td[aria-selected]')).to.have.length(0);
    // Rows are named by their week, not by their seven days.
    expect($$(element, 'tbody tr').map((row) => row.getAttribute('aria-label'))).to.deep.equal([
      'Uge 44',
      'Uge 45',
      'Uge 46',
      'Uge 47',
      'Uge 48',
      'Uge 49',
    ]);
    expect(day('2026-11-27').getAttribute('aria-label')).to.equal('fredag 27. november, 1 ledig tid');
    expect(day('2026-11-28').getAttribute('aria-label')).to.equal('lørdag 28. november, ingen ledige tider');
    expect(day('2026-11-28').getAttribute('aria-disabled')).to.equal('true');
    expect(day('2026-11-27').hasAttribute('aria-disabled')).to.equal(false);
    // Roving tabindex: exactly one day in the tab order.
    expect($$(element, 'button.day[tabindex="0"]')).to.have.length(1);
    expect($(element, 'table')!.getAttribute('role')).to.equal('grid');
    expect($(element, 'table')!.getAttribute('aria-labelledby')).to.equal('calendar-month');
    expect($(element, '#calendar-month')!.textContent).to.equal('november 2026');
  });

  it('arrows move a day and a week, across into the next month', async () => {
    const element = await dayStep();
    await press('ArrowRight');
    expect(focused(element)).to.equal('2026-11-27');
    await press('ArrowLeft');
    expect(focused(element)).to.equal('2026-11-26');
    await press('ArrowDown');
    await element.updateComplete;
    expect(focused(element)).to.equal('2026-12-03');
    expect($(element, '#calendar-month')!.textContent).to.equal('december 2026');
    await press('ArrowUp');
    await element.updateComplete;
    expect(focused(element)).to.equal('2026-11-26');
  });

  it('Home and End go to the start (Monday) and end (Sunday) of the week', async () => {
    const element = await dayStep();
    await press('Home');
    expect(focused(element)).to.equal('2026-11-23');
    await press('End');
    expect(focused(element)).to.equal('2026-11-29');
  });

  it('PageDown and PageUp go to the same day of the next and previous month, within the months offered', async () => {
    const element = await dayStep();
    await press('PageDown');
    await element.updateComplete;
    expect(focused(element)).to.equal('2026-12-26');
    await press('PageUp');
    await element.updateComplete;
    expect(focused(element)).to.equal('2026-11-26');
    // November is this month: nothing before it.
    await press('PageUp');
    expect(focused(element)).to.equal('2026-11-01');
    // January has no free times: December is the last month.
    await press('PageDown');
    await element.updateComplete;
    await press('PageDown');
    await element.updateComplete;
    expect(focused(element)).to.equal('2026-12-31');
    expect($(element, '#calendar-month')!.textContent).to.equal('december 2026');
  });

  it('Enter and Space choose a free day; the focused button carries the state and its name says "valgt"', async () => {
    const element = await dayStep();
    await press('ArrowRight');
    await press(SPACE);
    await element.updateComplete;
    expect(selectedDay(element)).to.equal('2026-11-27');
    const active = activeInShadow(element)!;
    expect(active.getAttribute('aria-pressed')).to.equal('true');
    expect(active.getAttribute('aria-label')).to.equal('fredag 27. november, valgt, 1 ledig tid');
    expect($(element, '[role="status"]')!.textContent).to.equal('fredag 27. november er valgt.');
  });

  it('Enter on a full or a past day keeps the choice and says why', async () => {
    const element = await dayStep();
    await press('ArrowRight');
    await press('Enter');
    await press('ArrowRight');
    expect(focused(element)).to.equal('2026-11-28');
    await press('Enter');
    await element.updateComplete;
    expect(selectedDay(element)).to.equal('2026-11-27');
    expect($(element, '[role="status"]')!.textContent).to.equal('lørdag 28. november har ingen ledige tider. Vælg en dag med en prik.');
    expect($(element, '[part="day-note"]')!.textContent).to.equal('lørdag 28. november har ingen ledige tider. Vælg en dag med en prik.');
    expect($(element, '[part="chosen"]')!.textContent).to.equal('Valgt: fredag 27. november, 1 ledig tid');
    await press('Home');
    await press('Enter');
    await element.updateComplete;
    expect(focused(element)).to.equal('2026-11-23');
    expect($(element, '[role="status"]')!.textContent).to.equal('mandag 23. november er forbi. Vælg en dag med en prik.');
    expect(selectedDay(element)).to.equal('2026-11-27');
  });

  it('the chosen day stays said under the calendar in every month shown', async () => {
    const element = await dayStep();
    await press('Enter');
    await element.updateComplete;
    await press('PageDown');
    await element.updateComplete;
    expect($(element, '#calendar-month')!.textContent).to.equal('december 2026');
    expect(selectedDay(element)).to.equal(undefined);
    expect($(element, '[part="chosen"]')!.textContent).to.equal('Valgt: torsdag 26. november, 4 ledige tider');
  });

  it('the key help is read with the grid and seen only while a day has keyboard focus', async () => {
    const element = await bookingElement({ attributes: { service: 'pas', location: 'borgerservice-raadhuset' } });
    const day = await firstOfferedDay(element);
    const help = $(element, '[part="keys-help"]')!;
    expect($(element, 'table')!.getAttribute('aria-describedby')).to.equal(help.id);
    expect(help.getBoundingClientRect().height).to.be.below(2);
    day.focus();
    await press('ArrowRight');
    expect(help.getBoundingClientRect().height).to.be.above(10);
    // The ring of the focused day is above its neighbours. :focus matches only while the window has
    // system focus, which WebKitGTK's window under Xvfb does not always have (docs/browsers.md).
    if (document.hasFocus()) expect(getComputedStyle(activeInShadow(element)!).zIndex).to.equal('1');
  });

  it('the month buttons follow the same bounds and keep focus', async () => {
    const element = await dayStep();
    const [previous, nextMonth] = $$<HTMLButtonElement>(element, '[part="month-nav"]');
    expect(previous!.getAttribute('aria-disabled')).to.equal('true');
    expect(nextMonth!.hasAttribute('aria-disabled')).to.equal(false);
    nextMonth!.focus();
    await press('Enter');
    await element.updateComplete;
    expect($(element, '#calendar-month')!.textContent).to.equal('december 2026');
    expect(activeInShadow(element)).to.equal(nextMonth);
    await waitUntil(() => nextMonth!.getAttribute('aria-disabled') === 'true', 'January has no free times');
    expect($(element, 'button.day[tabindex="0"]')!.dataset.date).to.equal('2026-12-26');
  });

  it('opens on the first month with free times', async () => {
    const provider = new FakeBookingProvider();
    provider.slots_ = provider.slots_.filter((slot) => slot.start.startsWith('2026-12'));
    const element = await dayStep(provider);
    expect($(element, '#calendar-month')!.textContent).to.equal('december 2026');
    // Its first free day is where focus starts, not a choice made for the citizen.
    expect(focused(element)).to.equal('2026-12-01');
    expect(selectedDay(element)).to.equal(undefined);
    expect(provider.callsOf('slots').map((call) => call.args.slice(2))).to.deep.include.members([
      ['2026-11-26', '2026-11-30'],
      ['2026-12-01', '2026-12-31'],
    ]);
  });

  it('in a right-to-left page, ArrowLeft goes forward as the eye sees it', async () => {
    const element = await dayStep(new FakeBookingProvider(), { lang: 'ar' });
    await press('ArrowLeft');
    expect(focused(element)).to.equal('2026-11-27');
    await press('ArrowRight');
    expect(focused(element)).to.equal('2026-11-26');
  });

  it('a day chosen, then the time step shows that day', async () => {
    const element = await dayStep();
    await press('ArrowDown');
    await element.updateComplete;
    await press('ArrowDown');
    await element.updateComplete;
    await press('ArrowLeft');
    await press('ArrowLeft');
    await element.updateComplete;
    expect(focused(element)).to.equal('2026-12-08');
    await press('Home');
    await press('ArrowUp');
    await element.updateComplete;
    expect(focused(element)).to.equal('2026-11-30');
    await press('ArrowRight');
    await element.updateComplete;
    await press('Enter');
    await element.updateComplete;
    expect(selectedDay(element)).to.equal('2026-12-01');
    await tabTo(element, 'Fortsæt');
    await press('Enter');
    await waitForStep(element, 'time');
    await ready(element);
    expect(stepOf(element)).to.equal('time');
    expect($(element, '.times-legend')!.textContent).to.equal('Ledige tider tirsdag 1. december (dansk tid)');
  });
});
