// The whole journey a citizen makes on the demo site, as one conversation (issue 9): on /pas.html the
// guide → "Book tid" → booking → confirmation → the manage link (opened as from a bookmark) →
// reschedule → cancel; and on /kontakt.html a channel's "Book tid" → booking and back. At every step:
// where focus is, what the status region says (once: never the heading that focus already reads),
// what the citizen is told, and axe. At 1280 and 320 px, in Danish and English, against the
// reference booking server (its real clock).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DemoSite, startDemoSite } from './harness.js';
import {
  arrive,
  axe,
  bookingStep,
  chooseDayAndTime,
  click,
  expectedFromGuide,
  fillDetails,
  fromGuideRows,
  headingHasFocus,
  icsText,
  one,
  texts,
} from './steps.js';

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
    // The demo's booking server e-mails (its mails are shown at /demo/mails): the page may say so.
    emailed: 'Vi sender en bekræftelse med linket til din e-mail',
    moved: 'Tiden er flyttet.',
    cancelled: 'Tiden er aflyst',
    booked: 'Din tid er booket',
    view: 'Din booking',
  },
  en: {
    origin: 'Back to the guide',
    originChannels: 'Back to the ways to get help',
    linkText: 'See, move or cancel your appointment',
    emailed: 'We send a confirmation with the link to your email',
    moved: 'The appointment has been moved.',
    cancelled: 'The appointment is cancelled',
    booked: 'Your appointment is booked',
    view: 'Your booking',
  },
} as const;

/** The first answer to each of the passport guide's questions: what the pas journey clicks. */
const PAS_ANSWERS: [string, string][] = [
  ['hvem', 'mig'],
  ['gammelt', 'ja'],
  ['foto', 'medbringer'],
  ['tidspunkt', 'dag'],
];
/** Items the passport guide's answers above rule out: never on the confirmation or in the calendar. */
const OTHER_PAS_ITEMS = {
  da: ['Penge til fotoet', 'Noget andet, der viser, hvem du er', 'Barnet'],
  en: ['Money for the photo', 'Other ID', 'The child'],
};

/** The moving guide, for a citizen without MitID who wants help and moves far from their doctor. */
const FLYT_ANSWERS: [string, string][] = [
  ['hvornaar', 'snart'],
  ['mitid', 'no'],
  ['hjaelp', 'borgerservice'],
  ['laege', 'yes'],
];
const FLYT_DOCTOR_QUESTION = { da: 'Flytter du langt fra din læge', en: 'Are you moving far from your doctor' };

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
        await fillDetails(page);
        await click(page, 'borger-booking', '[part="next"]');
        await bookingStep(page, 'check');
        await arrive(page, 'borger-booking', `${name}, booking check`);
        // "Mig selv → Ja, jeg har det → printet foto → om dagen": only what applies, the payment card too,
        // and what the citizen answered, so the booking neither contradicts the guide nor asks again.
        const expected = expectedFromGuide('guide-pas.json', 'pas-voksen', PAS_ANSWERS, setting.lang);
        assert.deepEqual(bring, expected.bring, 'the guide lists only what applies');
        assert.deepEqual(
          await texts(page, 'borger-booking', '[part="bring"] li'),
          expected.bring,
          'the check step lists what the guide said to bring',
        );
        assert.deepEqual(await fromGuideRows(page), expected.rows, 'the check step says what the citizen told the guide');

        await click(page, 'borger-booking', '[part="confirm"]');
        await bookingStep(page, 'confirmation');
        const confirmation = await arrive(page, 'borger-booking', `${name}, confirmation`);
        assert.equal(confirmation.heading, told.booked);
        assert.deepEqual(
          await texts(page, 'borger-booking', '[part="bring"] li'),
          expected.bring,
          'the confirmation lists what the guide said to bring',
        );
        assert.deepEqual(await fromGuideRows(page), expected.rows, 'the confirmation says what the citizen told the guide');
        const ics = await icsText(page);
        for (const item of expected.bring) assert.ok(ics.includes(item), `the calendar file lists "${item}"`);
        for (const ruledOut of OTHER_PAS_ITEMS[setting.lang])
          assert.ok(!ics.includes(ruledOut), `the calendar file leaves out "${ruledOut}"`);
        assert.ok((await one(page, 'borger-booking', '[part="manage"]')).includes(told.emailed), 'only true promises about e-mail');
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

      // What the confirmation promised: the demo's page of mails shows the booking server's mails
      // (the demo has no SMTP server), in the citizen's language, and passes axe.
      const mails = await site.open('/demo/mails', { width: setting.width, lang: setting.lang });
      try {
        const text = await mails.page.evaluate(() => document.querySelector('main')?.textContent ?? '');
        assert.match(text, setting.lang === 'da' ? /Din tid er aflyst: Pas / : /Your appointment is cancelled: Passport /);
        assert.ok(text.includes('karen@example.dk'));
        await axe(mails.page, `${name}, /demo/mails`);
        assert.deepEqual(mails.problems.cspViolations, []);
      } finally {
        await mails.page.close();
      }
    });

    it(`/flyt.html: another guide's answers follow the citizen into the booking, and follow a changed answer (${name})`, async () => {
      const { page, problems } = await site.open('/flyt.html', { width: setting.width, lang: setting.lang });
      const answerInGuide = async (value: string, where: string) => {
        await click(page, 'borger-guide', `input[value="${value}"]`);
        await click(page, 'borger-guide', '[part="next"]');
        await arrive(page, 'borger-guide', where);
      };
      try {
        await page.waitForFunction(() => document.querySelector('borger-guide')?.shadowRoot?.querySelector('input'), { timeout: 5000 });
        for (const [question, value] of FLYT_ANSWERS) await answerInGuide(value, `${name}, flyt guide: ${question}`);
        assert.ok((await texts(page, 'borger-guide', '[part~="outcome"]')).length > 0, 'the guide reached its outcome');
        const expected = expectedFromGuide('guide-flyt.json', 'flyt-hjaelp', FLYT_ANSWERS, setting.lang);
        assert.deepEqual(await texts(page, 'borger-guide', '[part="checklist"] label'), expected.bring);

        await click(page, 'borger-guide', '[part~="outcome"] .button[part~="action"]');
        await bookingStep(page, 'place');
        await arrive(page, 'borger-booking', `${name}, flyt booking place`);
        await click(page, 'borger-booking', 'input[name="place"]');
        await click(page, 'borger-booking', '[part="next"]');
        await bookingStep(page, 'day');
        await arrive(page, 'borger-booking', `${name}, flyt booking day`);
        await chooseDayAndTime(page, `${name}, flyt booking`, 'time');
        await bookingStep(page, 'details');
        await arrive(page, 'borger-booking', `${name}, flyt booking details`);
        await fillDetails(page);
        await click(page, 'borger-booking', '[part="next"]');
        await bookingStep(page, 'check');
        await arrive(page, 'borger-booking', `${name}, flyt booking check`);
        assert.deepEqual(await fromGuideRows(page), expected.rows, 'the check step says what the citizen told the guide');
        assert.deepEqual(await texts(page, 'borger-booking', '[part="bring"] li'), expected.bring);

        // "Skift" by the answers: back to the guide, focus on its heading.
        await click(page, 'borger-booking', '[part="from-guide"] button.change');
        await headingHasFocus(page, 'borger-guide', `${name}, back to the guide`);
        // Not moving far after all: "Skift" on that answer in "Dine svar", "Nej", and the guide is done again.
        await click(page, 'borger-guide', '[part="answers"] dd.change button', FLYT_DOCTOR_QUESTION[setting.lang]);
        await arrive(page, 'borger-guide', `${name}, flyt guide: the doctor question again`);
        await answerInGuide('no', `${name}, flyt guide: changed answer`);
        const changed = expectedFromGuide(
          'guide-flyt.json',
          'flyt-hjaelp',
          FLYT_ANSWERS.map(([question, value]) => [question, question === 'laege' ? 'no' : value]),
          setting.lang,
        );
        assert.notDeepEqual(changed.bring, expected.bring, 'the changed answer changes what to bring');
        // The booking, still at its check step, follows without "Book tid" being pressed again.
        assert.equal(
          await page.evaluate(() =>
            document.querySelector('borger-booking')!.shadowRoot!.querySelector('section[data-step]')!.getAttribute('data-step'),
          ),
          'check',
        );
        assert.deepEqual(await fromGuideRows(page), changed.rows);
        assert.deepEqual(await texts(page, 'borger-booking', '[part="bring"] li'), changed.bring);

        await click(page, 'borger-booking', '[part="confirm"]');
        await bookingStep(page, 'confirmation');
        await arrive(page, 'borger-booking', `${name}, flyt confirmation`);
        assert.deepEqual(await fromGuideRows(page), changed.rows, 'the confirmation says what the citizen told the guide');
        assert.deepEqual(await texts(page, 'borger-booking', '[part="from-guide"] button'), [], 'read-only once booked');
        const ics = await icsText(page);
        for (const item of changed.bring) assert.ok(ics.includes(item), `the calendar file lists "${item}"`);
        const doctor = expected.bring.find((item) => !changed.bring.includes(item))!;
        assert.ok(!ics.includes(doctor), `the calendar file leaves out "${doctor}"`);
        assert.deepEqual(problems.pageErrors, []);
        assert.deepEqual(problems.widgetErrors, []);
        assert.deepEqual(problems.cspViolations, []);
      } finally {
        await page.close();
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
