// The steps of <borger-booking> loaded after its first step (core/lazy-chunk.ts): the later steps
// (calendar, times, details, check, confirmation) and the manage flow. Each chunk's import is replaced
// by one the test answers: it arrives late, fails, or fails and then arrives.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { BorgerBooking } from '../../src/booking/index.js';
import { captureErrors, useControlledChunk } from '../shared/lazy-chunks.js';
import { FakeBookingProvider, NOW, TOKEN } from './fake-provider.js';
import { $, activeInShadow, bookingElement, pick, stepOf, waitForStep } from './helpers.js';

afterEach(() => {
  const { later, manage } = BorgerBooking.chunks;
  later.useImporter(() => import('../../src/booking/booking.later-steps.js'));
  manage.useImporter(() => import('../../src/booking/booking.manage-steps.js'));
});

const laterSteps = () => import('../../src/booking/booking.later-steps.js');
const status = (element: BorgerBooking) => $(element, '[role="status"]')!.textContent ?? '';
const heading = (element: BorgerBooking) => $(element, '[data-step-heading]');

/** Service and place chosen, "Næste" pressed: the day step, whose code may not be there. */
async function toDayStep(element: BorgerBooking): Promise<void> {
  pick(element, 'Pas');
  $(element, '[part="next"]')!.click();
  await waitForStep(element, 'place');
  pick(element, 'Borgerservice, Rådhuset');
  $(element, '[part="next"]')!.click();
  await waitUntil(() => stepOf(element) === 'day', 'not at the day step');
}

describe('booking: the later steps load after the first step', () => {
  it('shows the first step without them, then starts loading them (and not the manage steps)', async () => {
    const later = useControlledChunk(BorgerBooking.chunks.later);
    const manage = useControlledChunk(BorgerBooking.chunks.manage);
    const element = await bookingElement();
    expect(stepOf(element)).to.equal('service');
    expect($(element, '[part~="loading"]'), 'the first step is there').to.equal(null);
    await waitUntil(() => later.length === 1, 'the later steps were not started after the first step');
    expect(manage, 'the manage steps load only when managing').to.have.length(0);
    later[0]!.resolve(await laterSteps());
  });

  it('a step whose code is late: focus on its heading, "Henter …" said, then the step, focus kept', async () => {
    const later = useControlledChunk(BorgerBooking.chunks.later);
    const element = await bookingElement();
    await toDayStep(element);
    await waitUntil(() => activeInShadow(element) === heading(element), 'focus not on the heading');
    expect($(element, '[part~="loading"]')).to.exist;
    expect(status(element)).to.contain('Henter …');
    await expect(element).to.be.accessible();
    for (const load of later) load.resolve(await laterSteps());
    await waitUntil(() => $(element, '[part~="calendar"]'), 'no calendar once the code arrived');
    expect(activeInShadow(element), 'focus stays on the heading').to.equal(heading(element));
    await expect(element).to.be.accessible();
  });

  describe('when a step cannot be loaded', () => {
    const errors = captureErrors();

    it('says so politely, tells the console, keeps the choices, and "Prøv igen" loads it', async () => {
      const later = useControlledChunk(BorgerBooking.chunks.later);
      const element = await bookingElement();
      await toDayStep(element);
      await waitUntil(() => later.length > 0, 'no load');
      for (const load of later) load.reject(new TypeError('Failed to fetch dynamically imported module'));
      await waitUntil(() => $(element, '[part~="error"]'), 'no error');
      const box = $(element, '[part~="error"]')!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('Tjek din internetforbindelse');
      expect(errors.filter((call) => String(call[0]).includes('could not load the code for its later steps'))).to.have.length(1);
      await expect(element).to.be.accessible();
      $(element, '[part="retry"]')!.click();
      await waitUntil(() => later.length >= 2 && $(element, '[part~="loading"]'), 'no new attempt');
      expect(activeInShadow(element), 'focus on the heading, not lost with the button').to.equal(heading(element));
      later.at(-1)!.resolve(await laterSteps());
      await waitUntil(() => $(element, '[part~="calendar"]'), 'no calendar after "Prøv igen"');
      // The place chosen before is kept.
      $(element, '[part~="back"]')!.click();
      await waitForStep(element, 'place');
      expect($<HTMLInputElement>(element, 'input[name="place"]:checked')?.labels?.[0]?.textContent?.trim()).to.equal(
        'Borgerservice, Rådhuset',
      );
    });
  });

  it('a manage link loads the manage steps at once', async () => {
    const manage = useControlledChunk(BorgerBooking.chunks.manage);
    const element = document.createElement('borger-booking');
    element.setAttribute('now', NOW);
    element.setAttribute('booking-id', 'bk-1');
    element.setAttribute('token', TOKEN);
    element.provider = new FakeBookingProvider();
    (await fixture<HTMLDivElement>(document.createElement('div'))).append(element);
    await waitUntil(() => manage.length === 1, 'the manage steps were not loaded');
    expect(stepOf(element)).to.equal('view');
    expect($(element, '[part~="loading"]')).to.exist;
    manage[0]!.resolve(await import('../../src/booking/booking.manage-steps.js'));
    // bk-1 is no booking the provider knows: the manage step says so.
    await waitUntil(() => !$(element, '[part~="loading"]'), 'the manage step did not show');
    expect($(element, '[part~="step"]')!.textContent).to.contain('Vi kan ikke finde');
  });
});
