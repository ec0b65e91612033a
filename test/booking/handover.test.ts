// Hand-overs that keep their context (issue 9, points 1–4): what the citizen was told before the
// booking travels with them, the manage link lands on the booking, and the confirmation promises
// only what is true about e-mail.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { handOff } from '../../src/core/handoff.js';
import { FakeBookingProvider, TOKEN } from './fake-provider.js';
import { $, $$, activeInShadow, bookingElement, button, headingText, ready, stepOf, toCheck, waitForStep } from './helpers.js';

/** A stand-in for the widget the citizen came from: it takes focus back. */
async function origin(): Promise<HTMLElement & { focused: boolean }> {
  const element = Object.assign(await fixture<HTMLButtonElement>('<button type="button">Vejledningen</button>'), { focused: false });
  return element;
}

/** The rows of the hand-over box, as text. */
const boxRows = (box: Element) =>
  [...box.querySelectorAll('.row')].map((row) => {
    const copy = row.cloneNode(true) as HTMLElement;
    for (const br of copy.querySelectorAll('br')) br.replaceWith(' ');
    return copy.textContent!.replace(/\s+/g, ' ').trim();
  });

/** "Fra vejledningen" as text: each row's question, then its answer(s). */
const answerRows = (box: Element) =>
  [...box.querySelectorAll('.row')].map((row) => {
    const items = [...row.querySelectorAll('dd li')];
    const answers = items.length > 0 ? items : [...row.querySelectorAll('dd')];
    return [row.querySelector('dt')!, ...answers].map((element) => element.textContent!.trim()).join(' | ');
  });

const GUIDE_BRING = [{ da: 'Dit gamle pas', en: 'Your old passport' }, 'Et betalingskort'];

describe('<borger-booking> after a hand-over', () => {
  it('names what is booked and where, each with "Skift", and leads back to where the citizen came from', async () => {
    const from = await origin();
    const element = await bookingElement();
    handOff({ kind: 'booking', service: 'pas', location: 'bibliotek-valby', from: { kind: 'channels', element: from } });
    await waitForStep(element, 'day');
    const box = $(element, '[part="handover"]')!;
    expect(boxRows(box)).to.deep.equal(['Hvad Pas Skift hvad du booker', 'Sted Valby Bibliotek Annexstræde 2, 2500 Valby Skift sted']);
    expect(box.querySelector('[part="origin"]')!.textContent).to.equal('Tilbage til kontaktmulighederne');
    // "Skift" the place: the place step, with the service kept.
    [...box.querySelectorAll('button')].find((b) => b.textContent!.includes('sted'))!.click();
    await waitForStep(element, 'place');
    expect(headingText(element)).to.equal('Hvor vil du møde op?');
    expect(boxRows($(element, '[part="handover"]')!)).to.deep.equal(['Hvad Pas Skift hvad du booker']);
    // The way back: focus to the widget the citizen came from.
    button(element, 'Tilbage til kontaktmulighederne').click();
    expect(document.activeElement).to.equal(from);
  });

  it("a guide's bring list replaces the service's on the check step, the confirmation and the calendar file", async () => {
    const from = await origin();
    const element = await bookingElement();
    handOff({
      kind: 'booking',
      service: 'pas',
      location: 'borgerservice-raadhuset',
      bring: GUIDE_BRING,
      from: { kind: 'guide', element: from },
    });
    await waitForStep(element, 'day');
    expect($(element, '[part="origin"]')!.textContent).to.equal('Tilbage til vejledningen');
    await toCheck(element);
    const items = () => $$(element, '[part="bring"] li').map((li) => li.textContent!.trim());
    expect(items()).to.deep.equal(['Dit gamle pas', 'Et betalingskort']);
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    expect(items()).to.deep.equal(['Dit gamle pas', 'Et betalingskort']);
    const ics = await (await fetch($<HTMLAnchorElement>(element, '[part="add-to-calendar"]')!.href)).text();
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).to.include('Et betalingskort');
    expect(unfolded).to.not.include('Pasfoto');
  });

  it('"Fra vejledningen": the guide\'s answers on the check step (with "Skift" back to the guide) and the confirmation, in the booking\'s language', async () => {
    const from = await origin();
    const element = await bookingElement();
    handOff({
      kind: 'booking',
      service: 'pas',
      location: 'borgerservice-raadhuset',
      bring: GUIDE_BRING,
      answers: [
        { question: { da: 'Hvem skal have pas?', en: 'Who needs a passport?' }, answer: [{ da: 'Mig selv', en: 'Me' }] },
        { question: 'Hvad har du?', answer: ['Et foto', { da: 'Det gamle pas', en: 'The old passport' }] },
      ],
      from: { kind: 'guide', element: from },
    });
    await waitForStep(element, 'day');
    expect($(element, '[part="from-guide"]'), 'only on the check step and the confirmation').to.equal(null);
    await toCheck(element);
    const box = () => $(element, '[part="from-guide"]')!;
    expect(box().querySelector('[role="heading"]')!.textContent).to.equal('Fra vejledningen');
    expect(answerRows(box())).to.deep.equal(['Hvem skal have pas? | Mig selv', 'Hvad har du? | Et foto | Det gamle pas']);
    const change = box().querySelector<HTMLButtonElement>('button.change')!;
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Skift dine svar i vejledningen');
    await expect(element).to.be.accessible();
    change.click();
    expect(document.activeElement, '"Skift" goes back to the guide').to.equal(from);

    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    expect(answerRows(box())).to.deep.equal(['Hvem skal have pas? | Mig selv', 'Hvad har du? | Et foto | Det gamle pas']);
    expect(box().querySelector('button'), 'read-only once booked').to.equal(null);
    await expect(element).to.be.accessible();

    element.lang = 'en';
    await waitUntil(() => box().querySelector('[role="heading"]')!.textContent === 'From the guide');
    expect(answerRows(box())).to.deep.equal(['Who needs a passport? | Me', 'Hvad har du? | Et foto | The old passport']);
    expect(box().querySelector('dt span[lang="da"]'), 'a Danish-only question is marked as Danish').to.not.equal(null);
  });

  it("the guide's answers belong to the service it handed over: another service shows none", async () => {
    const from = await origin();
    const element = await bookingElement();
    handOff({
      kind: 'booking',
      service: 'koerekort',
      answers: [{ question: 'Hvem skal have pas?', answer: ['Mig selv'] }],
      from: { kind: 'guide', element: from },
    });
    await ready(element);
    element.service = 'pas';
    await ready(element);
    await toCheck(element);
    expect($(element, '[part="from-guide"]')).to.equal(null);
  });

  it("without a guide, the service's own list stays; another service drops the guide's list", async () => {
    const element = await bookingElement();
    handOff({ kind: 'booking', service: 'koerekort', bring: GUIDE_BRING });
    await ready(element);
    element.service = 'pas';
    await ready(element);
    await toCheck(element);
    const items = $$(element, '[part="bring"] li').map((li) => li.textContent!.trim());
    expect(items).to.not.include('Et betalingskort');
    expect(items.length).to.be.above(0);
  });
});

describe('<borger-booking> confirmation: the manage link and what is true about e-mail', () => {
  it('the link is words, not a URL with a secret in it, and "Kopiér linket" copies it', async () => {
    const element = await bookingElement();
    await toCheck(element);
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    const link = $<HTMLAnchorElement>(element, '[part="manage-link"]')!;
    expect(link.textContent).to.equal('Se, flyt eller aflys din tid');
    expect(link.href).to.match(/#booking=.+&token=/);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      button(element, 'Kopiér linket').click();
      await waitUntil(() => $(element, '[part="copy-note"]'));
      expect(copied).to.deep.equal([link.href]);
      expect($(element, '[part="copy-note"]')!.textContent).to.include('Linket er kopieret');
      expect($(element, '[role="status"]')!.textContent).to.include('Linket er kopieret');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('without e-mail from the site, the link on the screen is the only copy (and the details step promises nothing else)', async () => {
    const element = await bookingElement();
    await toCheck(element);
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    const text = $(element, '[part="manage"]')!.textContent!;
    expect(text).to.include('Linket herunder er din eneste kopi');
    expect(text).to.not.include('sender en bekræftelse');
  });

  it('with "confirmationEmail" and an e-mail given, it says a confirmation is sent', async () => {
    const element = await bookingElement({ content: { confirmationEmail: true } });
    await toCheck(element);
    button(element, 'Book tiden').click();
    await waitForStep(element, 'confirmation');
    expect($(element, '[part="manage"]')!.textContent).to.include('Vi sender en bekræftelse med linket til din e-mail');
  });
});

describe('<borger-booking> arriving by a manage link', () => {
  let original: string;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  it('scrolls to the booking and moves focus to its heading', async () => {
    const provider = new FakeBookingProvider();
    const slot = provider.slots_.find((s) => s.locationId === 'borgerservice-raadhuset')!;
    const booking = provider.seedBooking(slot);
    history.replaceState(null, '', `${location.pathname}#booking=${booking.id}&token=${TOKEN}`);
    const page = await fixture<HTMLDivElement>('<div><div style="height: 3000px">Artiklen</div></div>');
    window.scrollTo(0, 0);
    // Smooth scrolling needs animation frames, which a background test tab does not get: record the call.
    const scrolled: (ScrollIntoViewOptions | boolean | undefined)[] = [];
    const element = document.createElement('borger-booking');
    element.scrollIntoView = (options?: ScrollIntoViewOptions | boolean) => void scrolled.push(options);
    element.setAttribute('manage-from-url', '');
    element.provider = provider;
    page.append(element);
    await waitForStep(element, 'view');
    await waitUntil(() => activeInShadow(element) === $(element, '[data-step-heading]'), 'the heading did not take focus');
    expect(headingText(element)).to.equal('Din booking');
    expect(scrolled).to.have.length(1);
    expect(scrolled[0]).to.include({ block: 'start' });
    expect(stepOf(element)).to.equal('view');
  });
});
