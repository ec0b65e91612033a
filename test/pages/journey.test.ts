// The whole journey a citizen makes on the demo site, as one conversation (issue 9): on /pas.html the
// guide → "Book tid" → booking → confirmation → the manage link (opened as from a bookmark) →
// reschedule → cancel; and on /kontakt.html a channel's "Book tid" → booking and back. At every step:
// where focus is, what the status region says (once: never the heading that focus already reads),
// what the citizen is told, and axe. At 1280 and 320 px, in Danish and English, against the
// reference booking server (its real clock).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { axeViolations, type DemoSite, startDemoSite } from './harness.js';

type Tag = 'borger-guide' | 'borger-booking' | 'borger-channels';

interface Setting {
  width: number;
  lang: 'da' | 'en';
}

const SETTINGS: Setting[] = [
  { width: 1280, lang: 'da' },
  { width: 320, lang: 'da' },
  { width: 1280, lang: 'en' },
  { width: 320, lang: 'en' },
];

/** What the citizen is told, in both languages. */
const TOLD = {
  da: {
    origin: 'Tilbage til vejledningen',
    originChannels: 'Tilbage til kontaktmulighederne',
    linkText: 'Se, flyt eller aflys din tid',
    onlyCopy: 'Linket herunder er din eneste kopi',
    moved: 'Tiden er flyttet.',
    cancelled: 'Tiden er aflyst',
    booked: 'Din tid er booket',
    view: 'Din booking',
  },
  en: {
    origin: 'Back to the guide',
    originChannels: 'Back to the ways to get help',
    linkText: 'See, move or cancel your appointment',
    onlyCopy: 'The link below is your only copy',
    moved: 'The appointment has been moved.',
    cancelled: 'The appointment is cancelled',
    booked: 'Your appointment is booked',
    view: 'Your booking',
  },
} as const;

/** Clicks the element `selector` finds in `tag`'s shadow root (the first, or the one whose text includes `text`). */
async function click(page: Page, tag: Tag, selector: string, text?: string): Promise<void> {
  const done = await page.evaluate(
    (t, s, x) => {
      const found = [...(document.querySelector(t)?.shadowRoot?.querySelectorAll<HTMLElement>(s) ?? [])].find(
        (element) => x === null || (element.textContent ?? '').includes(x),
      );
      found?.click();
      return found !== undefined;
    },
    tag,
    selector,
    text ?? null,
  );
  assert.ok(done, `nothing to click: ${tag} ${selector} ${text ?? ''}`);
}

async function texts(page: Page, tag: Tag, selector: string): Promise<string[]> {
  return page.evaluate(
    (t, s) =>
      [...(document.querySelector(t)?.shadowRoot?.querySelectorAll(s) ?? [])].map((element) =>
        (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    tag,
    selector,
  );
}

const one = async (page: Page, tag: Tag, selector: string) => (await texts(page, tag, selector))[0] ?? '';

async function bookingStep(page: Page, step: string): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const root = document.querySelector('borger-booking')?.shadowRoot;
      return root?.querySelector('section[data-step]')?.getAttribute('data-step') === s && !root.querySelector('[aria-busy="true"]');
    },
    { timeout: 10000 },
    step,
  );
}

/** Focus is on `tag`'s step heading (what a screen reader reads on arrival). */
async function headingHasFocus(page: Page, tag: Tag, where: string): Promise<string> {
  await page
    .waitForFunction(
      (t) => {
        const host = document.querySelector(t);
        return document.activeElement === host && host?.shadowRoot?.activeElement?.id === 'step-heading';
      },
      { timeout: 5000 },
      tag,
    )
    .catch(async () => {
      const active = await page.evaluate(() => {
        const a = document.activeElement;
        return `${a?.localName}#${a?.id} ${(a?.shadowRoot?.activeElement as HTMLElement | null | undefined)?.outerHTML?.slice(0, 80) ?? ''}`;
      });
      assert.fail(`${where}: focus is not on the ${tag} step heading (it is on ${active})`);
    });
  return one(page, tag, '#step-heading');
}

/** The status region says the heading's text never (focus says it), and nothing twice. */
async function saidOnce(page: Page, tag: Tag, heading: string, where: string): Promise<string> {
  const status = await one(page, tag, '[role="status"]');
  assert.ok(!status.includes(heading), `${where}: the status region repeats the focused heading ("${status}")`);
  const alerts = await texts(page, tag, '[role="alert"]');
  assert.deepEqual(alerts, [], `${where}: no alert on a step that went well`);
  return status;
}

async function axe(page: Page, where: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe at ${where}`);
}

async function arrive(page: Page, tag: Tag, where: string): Promise<{ heading: string; status: string }> {
  const heading = await headingHasFocus(page, tag, where);
  const status = await saidOnce(page, tag, heading, where);
  await axe(page, where);
  return { heading, status };
}

/** The booking's day step: nothing chosen for the citizen; choose the first free day, then "Fortsæt". */
async function chooseDayAndTime(page: Page, where: string, timeStep: string): Promise<void> {
  await page.waitForFunction(() => document.querySelector('borger-booking')?.shadowRoot?.querySelector('button.day.free[tabindex="0"]'), {
    timeout: 10000,
  });
  assert.deepEqual(await texts(page, 'borger-booking', 'button.day[aria-pressed="true"]'), [], `${where}: no day chosen for the citizen`);
  await click(page, 'borger-booking', 'button.day.free[tabindex="0"]');
  await click(page, 'borger-booking', '[part="next"]');
  await bookingStep(page, timeStep);
  await arrive(page, 'borger-booking', `${where}, time`);
  await click(page, 'borger-booking', '#slot-0');
  await click(page, 'borger-booking', '[part="next"]');
}

describe('the journey on the demo site, one conversation (issue 9)', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const setting of SETTINGS) {
    const told = TOLD[setting.lang];
    const name = `${setting.width} px, ${setting.lang === 'da' ? 'Danish' : 'English'}`;

    it(`/pas.html: guide → booking → confirmation → manage link → reschedule → cancel (${name})`, async () => {
      const { page, problems } = await site.open('/pas.html', { width: setting.width, lang: setting.lang });
      let manageHref = '';
      try {
        await page.waitForFunction(() => document.querySelector('borger-guide')?.shadowRoot?.querySelector('input'), { timeout: 5000 });
        // Guide: the first answer to each question, until the outcome.
        for (let question = 1; question <= 4; question++) {
          await click(page, 'borger-guide', 'input');
          await click(page, 'borger-guide', '[part="next"]');
          const where = `${name}, guide after answer ${question}`;
          const { heading, status } = await arrive(page, 'borger-guide', where);
          if ((await texts(page, 'borger-guide', '[part~="outcome"]')).length > 0) break;
          assert.match(
            status,
            setting.lang === 'da' ? /^Trin \d+( af \d+)?$/ : /^Step \d+( of \d+)?$/,
            `${where}: the progress is said ("${heading}" by focus)`,
          );
        }
        const bring = await texts(page, 'borger-guide', '[part="checklist"] label');
        assert.ok(bring.length > 0, 'the outcome has a checklist');
        // One primary action on the outcome.
        assert.equal((await texts(page, 'borger-guide', '[part~="outcome"] .button')).length, 1, 'one button of full weight');

        // "Book tid til pas" hands over: the booking names what is booked and leads back to the guide.
        await click(page, 'borger-guide', '[part~="action"]');
        await bookingStep(page, 'place');
        await arrive(page, 'borger-booking', `${name}, booking place`);
        assert.equal(await one(page, 'borger-booking', '[part="origin"]'), told.origin);
        await click(page, 'borger-booking', 'input[name="place"]');
        await click(page, 'borger-booking', '[part="next"]');
        await bookingStep(page, 'day');
        await arrive(page, 'borger-booking', `${name}, booking day`);
        assert.equal((await texts(page, 'borger-booking', '[part="handover"] .row')).length, 2, 'service and place named');
        await chooseDayAndTime(page, `${name}, booking`, 'time');
        await bookingStep(page, 'details');
        await arrive(page, 'borger-booking', `${name}, booking details`);
        await page.evaluate(() => {
          const root = document.querySelector('borger-booking')!.shadowRoot!;
          for (const [id, value] of [
            ['name', 'Karen Jensen'],
            ['email', 'karen@example.dk'],
          ]) {
            const input = root.querySelector<HTMLInputElement>(`#${id}`)!;
            input.value = value!;
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          }
        });
        await click(page, 'borger-booking', '[part="next"]');
        await bookingStep(page, 'check');
        await arrive(page, 'borger-booking', `${name}, booking check`);
        assert.deepEqual(
          await texts(page, 'borger-booking', '[part="bring"] li'),
          bring,
          'the check step lists what the guide said to bring',
        );

        await click(page, 'borger-booking', '[part="confirm"]');
        await bookingStep(page, 'confirmation');
        const confirmation = await arrive(page, 'borger-booking', `${name}, confirmation`);
        assert.equal(confirmation.heading, told.booked);
        assert.deepEqual(
          await texts(page, 'borger-booking', '[part="bring"] li'),
          bring,
          'the confirmation lists what the guide said to bring',
        );
        assert.ok((await one(page, 'borger-booking', '[part="manage"]')).includes(told.onlyCopy), 'only true promises about e-mail');
        assert.equal(await one(page, 'borger-booking', '[part="manage-link"]'), told.linkText);
        manageHref = await page.evaluate(
          () => document.querySelector('borger-booking')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="manage-link"]')!.href,
        );
        assert.deepEqual(problems.pageErrors, []);
        assert.deepEqual(problems.cspViolations, []);
      } finally {
        await page.close();
      }

      // The manage link, opened as from a bookmark: the booking, with focus on its heading.
      const url = new URL(manageHref);
      const manage = await site.open(`${url.pathname}${url.hash}`, { width: setting.width, lang: setting.lang });
      try {
        const { page } = manage;
        await bookingStep(page, 'view');
        const view = await arrive(page, 'borger-booking', `${name}, manage link`);
        assert.equal(view.heading, told.view);
        // Reschedule: move it to another free time.
        await click(page, 'borger-booking', '.booking-view button');
        await bookingStep(page, 'reschedule-day');
        await arrive(page, 'borger-booking', `${name}, reschedule day`);
        await chooseDayAndTime(page, `${name}, reschedule`, 'reschedule-time');
        await bookingStep(page, 'reschedule-check');
        await arrive(page, 'borger-booking', `${name}, reschedule check`);
        await click(page, 'borger-booking', '[part="confirm"]');
        await bookingStep(page, 'view');
        const moved = await arrive(page, 'borger-booking', `${name}, rescheduled`);
        assert.equal(moved.status, told.moved, 'the move is said once, in the status region');
        assert.equal(await one(page, 'borger-booking', '[part="notice"]'), told.moved);
        // Cancel, after a confirm step.
        await click(page, 'borger-booking', '.booking-view button.secondary');
        await bookingStep(page, 'cancel-confirm');
        await arrive(page, 'borger-booking', `${name}, cancel confirm`);
        await click(page, 'borger-booking', '[part="confirm"]');
        await bookingStep(page, 'cancelled');
        const cancelled = await arrive(page, 'borger-booking', `${name}, cancelled`);
        assert.equal(cancelled.heading, told.cancelled);
        assert.deepEqual(manage.problems.pageErrors, []);
        assert.deepEqual(manage.problems.widgetErrors, []);
      } finally {
        await manage.page.close();
      }
    });

    it(`/kontakt.html: a channel's "Book tid" → booking that names service and place → back (${name})`, async () => {
      const { page, problems } = await site.open('/kontakt.html', { width: setting.width, lang: setting.lang });
      try {
        await page.evaluate(() => {
          const select = document.querySelector('borger-channels')!.shadowRoot!.querySelector('select')!;
          select.value = 'pas';
          select.dispatchEvent(new Event('change'));
        });
        await page.waitForFunction(() => document.querySelector('borger-channels')!.shadowRoot!.querySelectorAll('li.channel').length > 0);
        await axe(page, `${name}, channels`);
        await page.evaluate(() => {
          const card = [...document.querySelector('borger-channels')!.shadowRoot!.querySelectorAll('li.channel')].find((li) =>
            li.querySelector('button[part~="action"]')?.textContent?.match(/Book/),
          )!;
          [...card.querySelectorAll<HTMLButtonElement>('button[part~="action"]')].find((b) => /Book/.test(b.textContent ?? ''))!.click();
        });
        await bookingStep(page, 'day');
        await arrive(page, 'borger-booking', `${name}, booking after the hand-over`);
        const rows = await texts(page, 'borger-booking', '[part="handover"] .row');
        assert.equal(rows.length, 2, `service and place are named: ${JSON.stringify(rows)}`);
        assert.ok(
          rows.every((row) => row.includes(setting.lang === 'da' ? 'Skift' : 'Change')),
          'each with "Skift"',
        );
        assert.equal(await one(page, 'borger-booking', '[part="origin"]'), told.originChannels);
        await click(page, 'borger-booking', '[part="origin"]');
        await page.waitForFunction(() => document.activeElement?.localName === 'borger-channels', { timeout: 5000 });
        assert.deepEqual(problems.pageErrors, []);
        assert.deepEqual(problems.widgetErrors, []);
      } finally {
        await page.close();
      }
    });
  }
});
