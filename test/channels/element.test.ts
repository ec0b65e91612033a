import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/channels/index.js';
import { BorgerChannels } from '../../src/channels/index.js';
import { newYorkOffsetMinutes, visitorReads } from '../core/visitor-clock.js';
import { demoContent } from '../fixtures/content.js';
import { useControlledChunk } from '../shared/lazy-chunks.js';
import { createWidget, headingLevels, runWidgetSuite, shadowText } from '../shared/widget-suite.js';

const content = await demoContent<Record<string, unknown>>('kontakt.json');
const copy = () => structuredClone(content);

// Thursday 26 November 2026, 11:00 in Copenhagen (UTC+1).
const THURSDAY_11 = '2026-11-26T11:00:00+01:00';
const THURSDAY_1645 = '2026-11-26T16:45:00+01:00';
const CHRISTMAS_EVE = '2026-12-24T11:00:00+01:00';

const channels = (attributes: Record<string, string>, parent?: Element) =>
  createWidget('borger-channels', copy(), attributes, parent) as Promise<BorgerChannels>;

const cards = (element: Element) => [...element.shadowRoot!.querySelectorAll('li.channel')];
const cardFor = (element: Element, label: string) => cards(element).find((card) => card.textContent!.includes(label))!;
/** Opens a card's week of opening hours as a citizen does (its summary), and waits for the table. */
async function openWeek(element: BorgerChannels, card: Element): Promise<Element[]> {
  (card.querySelector('details summary') as HTMLElement).click();
  await element.updateComplete;
  return [...card.querySelectorAll('details dl > div')];
}

runWidgetSuite({
  tag: 'borger-channels',
  content: copy,
  attributes: { task: 'pas', now: THURSDAY_11 },
  invalid: {
    content: { channels: [{ id: 'x', kind: 'telepathy', label: 'X' }], tasks: [] },
    path: '$.channels[0].kind',
  },
  languageProbe: { da: 'Anbefalet', en: 'Recommended' },
  properties: {
    element: BorgerChannels,
    scenarios: [
      {
        name: 'content, task, now, closing-soon, heading-level',
        // At 11:00 the phone (closes 14:00) closes "soon" only with a 240-minute window.
        set: () => ({ content: copy(), task: 'pas', now: THURSDAY_11, closingSoon: 240, headingLevel: 4 }),
        shows: async (element) => {
          await waitUntil(() => shadowText(element).includes('Anbefalet'), 'task content not shown');
          await waitUntil(() => shadowText(element).includes('Lukker snart'), 'closing-soon window not used');
          expect(Math.min(...headingLevels(element)), 'top heading level').to.equal(4);
        },
      },
      {
        name: 'src',
        attributes: { task: 'pas', now: THURSDAY_11 },
        set: () => ({ src: '/demo/content/kontakt.json' }),
        // A real download: WebKit on a loaded 2-core CI machine took over the default 1 s.
        shows: (element) => waitUntil(() => shadowText(element).includes('Anbefalet'), 'src content not shown', { timeout: 5000 }),
      },
    ],
  },
  states: [
    { name: 'task, open now', create: () => channels({ task: 'pas', now: THURSDAY_11 }) },
    { name: 'closing soon', create: () => channels({ task: 'pas', now: THURSDAY_1645 }) },
    { name: 'holiday, closed', create: () => channels({ task: 'pas', now: CHRISTMAS_EVE }) },
    { name: 'no task: picker', create: () => channels({ now: THURSDAY_11 }) },
    { name: 'unknown task', create: () => channels({ task: 'nope', now: THURSDAY_11 }) },
    {
      name: 'opening hours expanded',
      create: async () => {
        const element = await channels({ task: 'pas', now: THURSDAY_11 });
        const all = [...element.shadowRoot!.querySelectorAll('details')];
        for (const details of all) details.open = true;
        // Opened by the page (not the summary): the tables come with the toggle events.
        await waitUntil(() => all.every((details) => details.querySelector('dl')), 'an opened week has no table');
        return element;
      },
    },
    { name: 'English', create: () => channels({ task: 'pas', now: THURSDAY_11, lang: 'en' }) },
    { name: 'Arabic (right-to-left)', create: () => channels({ task: 'mitid', now: THURSDAY_11, lang: 'ar' }) },
  ],
});

describe('<borger-channels>', () => {
  // A visitor whose device is in New York: every clock time says it is Danish time.
  visitorReads(newYorkOffsetMinutes);

  it('an empty task (a blank CMS field) or one with spaces: the picker, or the task without the spaces', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const empty = await channels({ task: '', now: THURSDAY_11 });
      expect(empty.shadowRoot!.querySelector('select#task'), 'task picker').to.exist;
      const padded = await channels({ task: ' pas ', now: THURSDAY_11 });
      expect(shadowText(padded)).to.include('Anbefalet');
      expect(padded.getAttribute('task')).to.equal('pas');
      expect(warnings).to.include.members([
        '<borger-channels> task="" is empty, so it is left out.',
        '<borger-channels> task=" pas " has spaces around it; using the value without them.',
      ]);
    } finally {
      console.warn = original;
    }
  });

  it('now in year 1 or 9999: the real time, and a message naming the attribute', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      for (const now of ['0001-01-01T10:00', '9999-12-31T10:00:00+01:00']) {
        const before = Date.now();
        const element = await channels({ task: 'pas', now });
        expect(element.now).to.equal(undefined);
        expect((element as unknown as { clock: Date }).clock.getTime()).to.be.at.least(before);
        expect(
          warnings.some((warning) => warning.startsWith(`<borger-channels> now="${now}" is `) && warning.endsWith('using the real time.')),
        ).to.equal(true);
      }
    } finally {
      console.warn = original;
    }
  });

  it('orders by fit, then availability, and recommends the best fit', async () => {
    const element = await channels({ task: 'pas', now: THURSDAY_11 });
    const labels = cards(element).map((card) => card.querySelector('[role="heading"]')!.textContent!.trim());
    expect(labels).to.deep.equal([
      'Selvbetjening på borger.dk',
      'Borgerservice på Hovedbiblioteket',
      'Borgerservice, Rådhuset',
      'Ring til Borgerservice',
    ]);
    const recommended = element.shadowRoot!.querySelectorAll('li.recommended');
    expect(recommended).to.have.length(1);
    expect(recommended[0]!.textContent).to.include('Anbefalet');
    expect(recommended[0]!.textContent).to.include('Selvbetjening på borger.dk');
  });

  it('puts the open channel first among equally good ones', async () => {
    // Thursday 17:30: the town hall has closed, the library is open until 19.
    const element = await channels({ task: 'pas', now: '2026-11-26T17:30:00+01:00' });
    const labels = cards(element).map((card) => card.querySelector('[role="heading"]')!.textContent!.trim());
    expect(labels.indexOf('Borgerservice på Hovedbiblioteket')).to.be.lessThan(labels.indexOf('Borgerservice, Rådhuset'));
    expect(cardFor(element, 'Rådhuset').querySelector('.status')!.textContent).to.equal('Lukket · åbner i morgen kl. 10.00 (dansk tid)');
  });

  it('says open now and when it closes, in Copenhagen time', async () => {
    const element = await channels({ task: 'pas', now: THURSDAY_11 });
    expect(cardFor(element, 'Rådhuset').querySelector('.status')!.textContent).to.equal('Åben nu · lukker kl. 17.00 (dansk tid)');
    expect(cardFor(element, 'Ring til').querySelector('.status')!.textContent).to.equal('Åben nu · lukker kl. 14.00 (dansk tid)');
    // Self-service has no hours: no status line claims anything.
    expect(cardFor(element, 'borger.dk').querySelector('.status')).to.equal(null);
  });

  it('says closes soon within the window', async () => {
    const element = await channels({ task: 'pas', now: THURSDAY_1645 });
    const status = cardFor(element, 'Rådhuset').querySelector('.status')!;
    expect(status.textContent).to.equal('Lukker snart · kl. 17.00 (dansk tid)');
    expect(status.classList.contains('closing-soon')).to.equal(true);
  });

  it('names the holiday and the next opening day at Christmas', async () => {
    const element = await channels({ task: 'pas', now: CHRISTMAS_EVE });
    expect(cardFor(element, 'Rådhuset').querySelector('.status')!.textContent).to.equal(
      'Lukket i dag (juleaftensdag) · åbner mandag kl. 10.00 (dansk tid)',
    );
  });

  it('speaks English times in English, on the 24-hour clock used in Denmark', async () => {
    const element = await channels({ task: 'pas', now: THURSDAY_11, lang: 'en' });
    expect(cardFor(element, 'City Hall').querySelector('.status')!.textContent).to.equal('Open now · closes at 17:00 (Danish time)');
    const rows = (await openWeek(element, cardFor(element, 'City Hall'))).map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()).join(' '),
    );
    expect(rows[0]).to.match(/^Thursday,? 26 Nov 10:00–17:00$/);
  });

  it('updates when the previewed moment changes', async () => {
    const element = await channels({ task: 'pas', now: THURSDAY_11 });
    element.setAttribute('now', '2026-11-26T17:00:00+01:00');
    await waitUntil(() => cardFor(element, 'Rådhuset').querySelector('.status')!.textContent!.startsWith('Lukket'));
  });

  it('reads a `now` without offset as Copenhagen wall-clock time', async () => {
    const element = await channels({ task: 'pas', now: '2026-11-26T16:45' });
    expect(cardFor(element, 'Rådhuset').querySelector('.status')!.textContent).to.equal('Lukker snart · kl. 17.00 (dansk tid)');
  });

  it('offers a tel: link, an address and a week of opening hours', async () => {
    const element = await channels({ task: 'pas', now: THURSDAY_11 });
    expect(cardFor(element, 'Ring til').querySelector('a[href="tel:+4533663366"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Ring +45 33 66 33 66',
    );
    const townHall = cardFor(element, 'Rådhuset');
    expect(townHall.textContent).to.include('Rådhuspladsen 1, 1550 København V');
    expect(townHall.querySelector('details dl'), 'the week is made when opened').to.equal(null);
    const rows = (await openWeek(element, townHall)).map((row) => [...row.children].map((cell) => cell.textContent!.trim()).join(' '));
    expect(rows).to.have.length(7);
    expect(townHall.querySelector('details summary')!.textContent!.trim()).to.equal(
      'Åbningstider de næste 7 dage (dansk tid): Borgerservice, Rådhuset',
    );
    expect(rows[0]).to.equal('torsdag 26. nov. 10.00–17.00');
    expect(rows[2]).to.match(/^lørdag 28\. nov\. Lukket$/);
  });

  it('lets the citizen pick a task by keyboard and announces the result', async () => {
    const element = await channels({ now: THURSDAY_11 });
    const select = element.shadowRoot!.querySelector('select')!;
    expect(cards(element)).to.have.length(0);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => cards(element).length > 0, 'choosing a task by keyboard showed nothing');
    expect(element.task).to.equal('pas');
    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('4 måder at få hjælp til Pas');
  });

  it('keeps the task picker after the citizen has chosen, through language changes and re-renders', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const element = await channels({ now: THURSDAY_11 }, host);
    const select = element.shadowRoot!.querySelector('select')!;
    select.value = 'pas';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    host.setAttribute('lang', 'en');
    await waitUntil(() => shadowText(element).includes('Recommended'));
    element.setAttribute('now', THURSDAY_1645);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('select'), 'the picker is still there').to.exist;
    expect(element.shadowRoot!.querySelector('select')!.value).to.equal('pas');
  });

  it('fires borger-channel-select and hands a booking to <borger-booking> on the page', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const booking = document.createElement('borger-booking') as HTMLElement & { service?: string };
    const element = await channels({ task: 'pas', now: THURSDAY_11 }, host);
    host.append(booking);
    const button = [...cardFor(element, 'Rådhuset').querySelectorAll('button')].find((b) => b.textContent!.startsWith('Book tid'))!;
    // Repeated "Book tid" and "Åbningstider" controls say which place (WCAG 2.4.6).
    expect(button.textContent).to.match(/^Book tid: .*Rådhuset/);
    const hours = cardFor(element, 'Rådhuset').querySelector('summary');
    if (hours) expect(hours.textContent).to.match(/^Åbningstider.*: .*Rådhuset/);
    setTimeout(() => button.click());
    const event = (await oneEvent(element, 'borger-channel-select')) as CustomEvent;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      task: 'pas',
      channel: 'borgerservice-raadhuset',
      action: 'booking',
      service: 'pas',
      location: 'borgerservice-raadhuset',
    });
    // The hand-over's code loads on the first "Book tid".
    await waitUntil(() => booking.service === 'pas', 'not handed over');
    expect((booking as unknown as { location?: string }).location).to.equal('borgerservice-raadhuset');
  });

  describe('the hand-over to booking loads on the first "Book tid"', () => {
    afterEach(() => BorgerChannels.handoff.useImporter(() => import('../../src/core/handoff.js')));
    const bookButton = (element: BorgerChannels) =>
      [...cardFor(element, 'Rådhuset').querySelectorAll('button')].find((b) => b.textContent!.startsWith('Book tid'))!;

    it('a slow load says "Henter indhold …" at the channel and in the status region, then hands over', async () => {
      const loads = useControlledChunk(BorgerChannels.handoff);
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const booking = document.createElement('borger-booking') as HTMLElement & { service?: string };
      const element = await channels({ task: 'pas', now: THURSDAY_11 }, host);
      host.append(booking);
      expect(loads, 'not loaded before it is used').to.have.length(0);
      bookButton(element).click();
      await waitUntil(() => element.shadowRoot!.querySelector('[part="handing"]'), 'nothing says it is loading', { timeout: 3000 });
      expect(cardFor(element, 'Rådhuset').querySelector('[part="handing"]')!.textContent).to.contain('Henter indhold …');
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Henter indhold …');
      await expect(element).to.be.accessible();
      loads[0]!.resolve(await import('../../src/core/handoff.js'));
      await waitUntil(() => booking.service === 'pas', 'not handed over');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part="handing"]')).to.equal(null);
    });

    it('presses made while the code loads hand over once, not once per press', async () => {
      const loads = useControlledChunk(BorgerChannels.handoff);
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const booking = document.createElement('borger-booking') as HTMLElement & { service?: string };
      const services: unknown[] = [];
      Object.defineProperty(booking, 'service', {
        get: () => services.at(-1),
        set: (value: unknown) => services.push(value),
        configurable: true,
      });
      const element = await channels({ task: 'pas', now: THURSDAY_11 }, host);
      host.append(booking);
      bookButton(element).click();
      bookButton(element).click();
      await waitUntil(() => loads.length > 0, 'not loading');
      for (const load of loads) load.resolve(await import('../../src/core/handoff.js'));
      await waitUntil(() => services.length > 0, 'not handed over');
      await element.updateComplete;
      await new Promise((done) => setTimeout(done, 50));
      expect(services).to.deep.equal(['pas']);
    });

    it('a failed load says so with "Prøv igen", tells the console, and "Prøv igen" hands over', async () => {
      const loads = useControlledChunk(BorgerChannels.handoff);
      const errors: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const host = await fixture<HTMLDivElement>(document.createElement('div'));
        const booking = document.createElement('borger-booking') as HTMLElement & { service?: string };
        const element = await channels({ task: 'pas', now: THURSDAY_11 }, host);
        host.append(booking);
        bookButton(element).click();
        loads[0]!.reject(new Error('offline'));
        await waitUntil(() => element.shadowRoot!.querySelector('[part="handing"][role="alert"]'), 'no alert');
        const alert = element.shadowRoot!.querySelector('[part="handing"]')!;
        expect(alert.textContent).to.contain('Det er ikke din skyld');
        expect(String(errors[0]?.[0])).to.contain('could not load the code for the hand-over to booking');
        await expect(element).to.be.accessible();
        alert.querySelector('button')!.click();
        await waitUntil(() => loads.length === 2, 'no new attempt');
        loads[1]!.resolve(await import('../../src/core/handoff.js'));
        await waitUntil(() => booking.service === 'pas', 'not handed over');
      } finally {
        console.error = original;
      }
    });
  });

  it('does not hand over when the page cancels the event', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    const booking = document.createElement('borger-booking') as HTMLElement & { service?: string };
    const element = await channels({ task: 'pas', now: THURSDAY_11 }, host);
    host.append(booking);
    element.addEventListener('borger-channel-select', (event) => event.preventDefault());
    [...cardFor(element, 'Rådhuset').querySelectorAll('button')].find((b) => b.textContent!.startsWith('Book tid'))!.click();
    expect(booking.service).to.equal(undefined);
  });

  it('renders every channel, by availability, when the content has no tasks', async () => {
    const noTasks = copy();
    delete noTasks.tasks;
    const element = await createWidget('borger-channels', noTasks, { now: CHRISTMAS_EVE });
    expect(cards(element)).to.have.length(7);
    expect(element.shadowRoot!.querySelector('select')).to.equal(null);
    expect(shadowText(element)).to.include('Den Digitale Hotline');
  });
});

describe('<borger-channels>: texts that belong to some tasks (issue 9, point 10)', () => {
  type Text = string | Record<string, string>;
  interface DemoChannel {
    id: string;
    label: Text;
    description?: Text;
    notes?: { text: Text; tasks: string[] }[];
  }
  interface DemoTask {
    id: string;
    channels: { channel: string; note?: Text }[];
  }
  const da = (text: Text) => (typeof text === 'string' ? text : text.da!);
  const demoChannels = content.channels as DemoChannel[];
  const demoTasks = content.tasks as DemoTask[];
  const notesShown = (element: Element) =>
    Object.fromEntries(
      cards(element).map((card) => [
        card.querySelector('[part="channel-heading"]')!.textContent!.trim(),
        [...card.querySelectorAll('[part="note"]')].map((note) => note.textContent!.trim()),
      ]),
    );

  it('the demo content has texts scoped to tasks, and none of them is also in a description shown on every task', () => {
    const scoped = demoChannels.flatMap((channel) => channel.notes ?? []);
    expect(scoped.length).to.be.above(0);
    for (const channel of demoChannels) {
      for (const note of scoped) expect(da(channel.description ?? ''), channel.id).to.not.include(da(note.text));
    }
  });

  for (const task of demoTasks) {
    it(`task "${task.id}": each channel shows its texts for this task, and no other task's`, async () => {
      const element = await channels({ task: task.id, now: THURSDAY_11 });
      const expected = Object.fromEntries(
        task.channels.map((entry) => {
          const channel = demoChannels.find((c) => c.id === entry.channel)!;
          const scoped = (channel.notes ?? []).filter((note) => note.tasks.includes(task.id)).map((note) => da(note.text));
          return [da(channel.label), [...scoped, ...(entry.note ? [da(entry.note)] : [])]];
        }),
      );
      expect(notesShown(element)).to.deep.equal(expected);
      const others = demoChannels.flatMap((channel) =>
        (channel.notes ?? []).filter((note) => !note.tasks.includes(task.id)).map((note) => da(note.text)),
      );
      const text = shadowText(element);
      for (const other of others) expect(text, `"${other}" on task ${task.id}`).to.not.include(other);
    });
  }

  it("a changed task drops the last task's texts", async () => {
    const element = await channels({ task: 'pas', now: THURSDAY_11 });
    expect(shadowText(element)).to.include('Til pas og kørekort skal du bestille tid først.');
    element.task = 'flyt';
    await element.updateComplete;
    expect(shadowText(element)).to.not.include('Til pas og kørekort');
    expect(cardFor(element, 'Borgerservice, Rådhuset').textContent).to.include('Mød op ved skranken.');
  });

  it('a text scoped to a task the content does not have: the content still shows, and the console says which', async () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const scopedWrong = copy();
      (scopedWrong.channels as DemoChannel[])[1]!.notes = [{ text: 'Kun for pas', tasks: ['pass'] }];
      const element = (await createWidget('borger-channels', scopedWrong, { task: 'pas', now: THURSDAY_11 })) as BorgerChannels;
      expect(cards(element).length).to.be.above(0);
      expect(shadowText(element)).to.not.include('Kun for pas');
      // The messages come with their own chunk, loaded only for content that has something to say.
      await waitUntil(() => warnings.length > 0, 'no warning');
      expect(warnings.map((args) => String(args[0]))).to.deep.equal([
        '<borger-channels> $.channels[1].notes[0].tasks[0]: "pass" is not in the content\'s tasks ("pas", "koerekort", "flyt", "sundhedskort", "mitid", "barn", "andet"); this note is never shown.',
      ]);
    } finally {
      console.warn = originalWarn;
    }
  });
});

describe('<borger-channels> edge cases', () => {
  it('tells the citizen and the web team when `task` names no task, and offers the picker', async () => {
    const warnings: unknown[][] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await channels({ task: 'nope', now: THURSDAY_11 });
      expect(element.shadowRoot!.querySelector('.notice')!.textContent).to.include('"nope"');
      expect(element.shadowRoot!.querySelector('select')).to.exist;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.include('task="nope"');
    } finally {
      console.warn = originalWarn;
    }
  });

  it('reflows at 320 px with long Danish words, without horizontal scrolling', async () => {
    const host = await fixture<HTMLDivElement>(document.createElement('div'));
    host.style.width = '320px';
    const long = copy() as { channels: { label: unknown; description: unknown }[] };
    long.channels[1]!.label = 'Folkeregisteradresseændringsanmeldelsesblanketudleveringsstedet';
    long.channels[1]!.description = 'Sundhedskortbestillingsvejledningsmateriale '.repeat(3);
    const element = await createWidget('borger-channels', long, { task: 'pas', now: THURSDAY_11 }, host);
    const all = [...element.shadowRoot!.querySelectorAll('details')];
    for (const details of all) details.open = true;
    await waitUntil(() => all.every((details) => details.querySelector('dl')), 'an opened week has no table');
    expect(element.scrollWidth).to.be.at.most(320);
    expect(element.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(320);
  });

  it('marks fallback text with its own language and keeps phone numbers left-to-right in Arabic', async () => {
    const element = await channels({ task: 'pas', now: THURSDAY_11, lang: 'ar' });
    const description = cardFor(element, 'Call Citizen').querySelector('p span[lang="en"]');
    expect(description, 'English fallback marked lang="en"').to.exist;
    expect(description!.getAttribute('dir')).to.equal('ltr');
    const call = cardFor(element, 'Call Citizen').querySelector('a[href^="tel:"]')!;
    expect(call.querySelector('bdi[dir="ltr"]')!.textContent).to.equal('+45 33 66 33 66');
    expect(element.shadowRoot!.querySelector('.badge')!.textContent).to.equal('موصى به');
  });
});
