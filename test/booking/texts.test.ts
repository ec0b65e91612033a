// The Danish texts of <borger-booking> come in three parts (booking.messages.ts): the first steps' in
// the first download, the later steps' and the manage steps' with their chunks. Every state still
// shows words, never a message key, in Danish, English and Arabic; a page in another language shows
// none of the Danish texts that arrive with the chunks.
import { expect, waitUntil } from '@open-wc/testing';
import { LATER_DA } from '../../src/booking/booking.later-messages.js';
import { MANAGE_DA } from '../../src/booking/booking.manage-messages.js';
import en from '../../src/booking/booking.messages.en.js';
import { bookingMessages } from '../../src/booking/booking.messages.js';
import type { BorgerBooking } from '../../src/booking/index.js';
import { captureErrors } from '../shared/lazy-chunks.js';
import { $, $$, bookingElement, chooseFirstDay, next, type, waitForStep } from './helpers.js';
import { BOOKING_STATES } from './states.js';

// Keys that cannot pass for words: with a dot or a capital ("step.day", "privacyDefault").
const KEYS = Object.keys(en).filter((key) => /[.A-Z]/.test(key));

/** What the element shows or says: its text, its accessible names and descriptions, its status region. */
function shown(element: Element): string {
  const root = element.shadowRoot!;
  const attributes = [...root.querySelectorAll('*')].flatMap((node) =>
    ['aria-label', 'title', 'placeholder', 'aria-roledescription'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [root.textContent ?? '', ...attributes].join('\n');
}

const rawKeys = (element: Element) => KEYS.filter((key) => shown(element).includes(key));

/** The chunks' Danish texts without placeholders, long enough not to be a shared word. */
const chunkDanish = [...Object.values(LATER_DA), ...Object.values(MANAGE_DA)].flatMap((message) =>
  (typeof message === 'string' ? [message] : Object.values(message)).filter((text) => !text.includes('{') && text.length > 12),
);

describe('booking texts', () => {
  const errors = captureErrors();

  // First in the file: nothing has loaded a chunk yet.
  it('the first download holds the first steps’ Danish texts; the others arrive with their chunks', async () => {
    expect(Object.hasOwn(bookingMessages.da, 'step.day'), 'every step heading').to.equal(true);
    expect(Object.hasOwn(bookingMessages.da, 'error.network'), 'every error').to.equal(true);
    expect(Object.hasOwn(bookingMessages.da, 'calendar.help')).to.equal(false);
    expect(Object.hasOwn(bookingMessages.da, 'cancel.yes')).to.equal(false);
    await import('../../src/booking/booking.later-steps.js');
    expect(bookingMessages.da['calendar.help']).to.equal(LATER_DA['calendar.help']);
    expect(Object.hasOwn(bookingMessages.da, 'cancel.yes')).to.equal(false);
    await import('../../src/booking/booking.manage-steps.js');
    expect(bookingMessages.da['cancel.yes']).to.equal(MANAGE_DA['cancel.yes']);
  });

  for (const state of BOOKING_STATES) {
    it(`shows words, not message keys: ${state.name}`, async () => {
      const element = await state.create();
      expect(rawKeys(element)).to.deep.equal([]);
      expect(errors.filter((call) => String(call[0]).includes('could not load'))).to.deep.equal([]);
    });
  }

  for (const lang of ['en', 'ar']) {
    it(`a page in ${lang === 'en' ? 'English' : 'Arabic'} is complete from the calendar to cancelling the booking, with no Danish`, async () => {
      const element: BorgerBooking = await bookingElement({ attributes: { lang, service: 'pas', location: 'borgerservice-raadhuset' } });
      const check = (step: string) => {
        expect(rawKeys(element), step).to.deep.equal([]);
        const text = shown(element);
        expect(
          chunkDanish.filter((danish) => text.includes(danish)),
          step,
        ).to.deep.equal([]);
      };
      await waitUntil(() => $(element, 'button.day.free[tabindex="0"]'), 'no calendar');
      check('day');
      await chooseFirstDay(element);
      await next(element);
      await waitForStep(element, 'time');
      check('time');
      $$<HTMLInputElement>(element, 'input[name="slot"]')[0]!.click();
      await next(element);
      await waitForStep(element, 'details');
      check('details');
      await next(element);
      await element.updateComplete;
      check('details with problems');
      type(element, 'name', 'Mette Hansen');
      type(element, 'email', 'mette@example.dk');
      await next(element);
      await waitForStep(element, 'check');
      check('check');
      $(element, '[part="confirm"]')!.click();
      await waitForStep(element, 'confirmation');
      check('confirmation');
      // "Aflys tiden": the manage steps' chunk and texts.
      $$(element, '[part~="manage"] .actions button')[1]!.click();
      await waitForStep(element, 'cancel-confirm');
      await waitUntil(() => $(element, '[part="confirm"]'), 'no cancel button');
      check('cancel-confirm');
    });
  }
});
