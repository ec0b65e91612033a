// What the page-level journeys do and check at each step, shared by the journey tests: click inside a
// widget, read its texts, wait for a booking step, and check where focus is, what is said (once) and axe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { axeViolations } from './harness.js';

export type Tag = 'borger-guide' | 'borger-booking' | 'borger-channels';

/** Clicks the element `selector` finds in `tag`'s shadow root (the first, or the one whose text includes `text`). */
export async function click(page: Page, tag: Tag, selector: string, text?: string): Promise<void> {
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

export async function texts(page: Page, tag: Tag, selector: string): Promise<string[]> {
  return page.evaluate(
    (t, s) =>
      [...(document.querySelector(t)?.shadowRoot?.querySelectorAll(s) ?? [])].map((element) =>
        (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    tag,
    selector,
  );
}

export const one = async (page: Page, tag: Tag, selector: string) => (await texts(page, tag, selector))[0] ?? '';

export async function bookingStep(page: Page, step: string): Promise<void> {
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
export async function headingHasFocus(page: Page, tag: Tag, where: string): Promise<string> {
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
export async function saidOnce(page: Page, tag: Tag, heading: string, where: string): Promise<string> {
  const status = await one(page, tag, '[role="status"]');
  assert.ok(!status.includes(heading), `${where}: the status region repeats the focused heading ("${status}")`);
  const alerts = await texts(page, tag, '[role="alert"]');
  assert.deepEqual(alerts, [], `${where}: no alert on a step that went well`);
  return status;
}

export async function axe(page: Page, where: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe at ${where}`);
}

export async function arrive(page: Page, tag: Tag, where: string): Promise<{ heading: string; status: string }> {
  const heading = await headingHasFocus(page, tag, where);
  const status = await saidOnce(page, tag, heading, where);
  await axe(page, where);
  return { heading, status };
}

/** The booking's day step: nothing chosen for the citizen; choose the first free day, then "Fortsæt". */
export async function chooseDayAndTime(page: Page, where: string, timeStep: string): Promise<void> {
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

type Text = string | Record<string, string>;
interface GuideJson {
  nodes: Record<
    string,
    {
      title: Text;
      kind?: string;
      options?: { value: string; label: Text }[];
      bring?: { text: Text; when?: Record<string, string | string[]> }[];
    }
  >;
}

const textIn = (text: Text, lang: string) => (typeof text === 'string' ? text : (text[lang] ?? text.da!));

/**
 * What the booking should say after a guide's outcome, worked out from the demo content itself (not
 * copied from the widget): the rows of "Fra vejledningen" ("question | answer") and the bring items
 * whose `when` holds, in `lang`.
 */
export function expectedFromGuide(
  file: string,
  outcome: string,
  answers: [question: string, value: string][],
  lang: 'da' | 'en',
): { rows: string[]; bring: string[] } {
  const guide = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../demo/content', file), 'utf8')) as GuideJson;
  const yesNo: Record<string, Text> = { yes: { da: 'Ja', en: 'Yes' }, no: { da: 'Nej', en: 'No' } };
  const rows = answers.map(([id, value]) => {
    const question = guide.nodes[id]!;
    const label = question.options?.find((option) => option.value === value)?.label ?? yesNo[value]!;
    return `${textIn(question.title, lang)} | ${textIn(label, lang)}`;
  });
  const given = Object.fromEntries(answers);
  const holds = (when: Record<string, string | string[]> | undefined) =>
    when === undefined || Object.entries(when).every(([id, want]) => (typeof want === 'string' ? [want] : want).includes(given[id] ?? ''));
  const bring = (guide.nodes[outcome]!.bring ?? []).filter((item) => holds(item.when)).map((item) => textIn(item.text, lang));
  return { rows, bring };
}

/** The booking's "Fra vejledningen" rows as "question | answer". */
export async function fromGuideRows(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('borger-booking')?.shadowRoot?.querySelectorAll('[part="from-guide"] .row') ?? [])].map((row) =>
      [row.querySelector('dt'), ...row.querySelectorAll('dd')]
        .map((cell) => (cell?.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' | '),
    ),
  );
}

/**
 * The confirmation's calendar file as the citizen gets it: "Føj til kalender" clicked and the download
 * read from disk (the page's CSP rightly forbids fetching the blob: address). Unfolded (RFC 5545 §3.1)
 * and unescaped enough to search for plain text.
 */
export async function icsText(page: Page): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'borger-ics-'));
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await click(page, 'borger-booking', '[part="add-to-calendar"]');
    let files: string[] = [];
    for (let tries = 0; tries < 100 && !files.some((name) => name.endsWith('.ics')); tries++) {
      await new Promise((done) => setTimeout(done, 50));
      files = await readdir(folder);
    }
    const file = files.find((name) => name.endsWith('.ics'));
    assert.ok(file, 'the calendar file was downloaded');
    await cdp.detach();
    const text = await readFile(join(folder, file), 'utf8');
    return text.replace(/\r\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Types the citizen's name and e-mail on the booking's details step. */
export async function fillDetails(page: Page): Promise<void> {
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
}
