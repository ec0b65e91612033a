// Injection, page level: the XSS corpus (xss-payloads.ts) pushed through every citizen-visible text field of
// every content format and every booking API field, rendered under the strict CSP with Trusted Types. Each
// variant is one page; fields are filled by rotating the corpus over lists (so one document carries every
// payload in every field), and singular fields are swapped in-page through the `content` property. At
// every step: no payload ran (the `window.__pwned` sentinel), no handler attribute, no script-capable
// element, no javascript:/data:/vbscript: URL, rich text within its subset, and plain text shown as text.
import assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { CSP } from '../../demo/serve.js';
import { comparableText, type DemoSite, scanForInjection, startDemoSite } from './harness.js';
import { checkHref, isPlainEmail } from '../../src/core/url.js';
import { PAYLOADS, payloadAt, TEXTS } from './xss-payloads.js';

const P = payloadAt;
const N = TEXTS.length;
const NOW = '2026-11-26T10:00:00+01:00';
const PAGE = '/__xss/page.html';
/** The guide and channels rich-text containers (guide.views.ts `rich()`). */
const RICH = 'div.body, div.intro';

type Json = Record<string, unknown>;
type Answer = { status: number; body?: unknown };
type Routes = (url: URL, request: HTTPRequest) => Answer | undefined;

interface Variant {
  name: string;
  /** The widget markup of the page's <main>. */
  markup: string;
  routes: Routes;
  /** Goes through the widget, calling `check` wherever new fields are on screen. */
  walk(page: Page, check: Check): Promise<void>;
  /** Runs only when the bundle defines this element (for widgets still being written). */
  requires?: string;
}

type Check = (where: string, shownAsText?: readonly string[]) => Promise<void>;

// ---- The page --------------------------------------------------------------------------------------

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function pageHtml(markup: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>XSS</title>
<script type="module" src="/borger-widgets/cdn/borger-widgets.js"></script></head>
<body><main>${markup}</main></body></html>`;
}

/** Answers the variant's routes (and the page itself, with the demo's CSP header); the rest goes to the site. */
async function intercept(page: Page, variant: Variant): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === PAGE) {
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': CSP },
        body: pageHtml(variant.markup),
      });
      return;
    }
    const answer = url.pathname.startsWith('/__xss/') ? variant.routes(url, request) : undefined;
    if (!answer) {
      void request.continue();
      return;
    }
    void request.respond({
      status: answer.status,
      contentType: 'application/json',
      body: answer.body === undefined ? '' : JSON.stringify(answer.body),
    });
  });
}

/** In-page: the shadow root of the first `tag` on the page. */
async function settle(page: Page, tag: string): Promise<void> {
  await page.evaluate(async (t) => {
    const element = document.querySelector(t) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await element?.updateComplete;
    await new Promise((done) => requestAnimationFrame(() => done(null)));
  }, tag);
}

async function setContent(page: Page, tag: string, content: unknown): Promise<void> {
  await page.evaluate(
    async (t, c) => {
      const element = document.querySelector(t) as HTMLElement & { content: unknown; updateComplete: Promise<unknown> };
      element.content = c;
      await element.updateComplete;
      await new Promise((done) => setTimeout(done, 0));
      await element.updateComplete;
    },
    tag,
    content as Json,
  );
}

async function clickIn(page: Page, tag: string, selector: string): Promise<void> {
  const clicked = await page.evaluate(
    async (t, s) => {
      const element = document.querySelector(t) as HTMLElement & { updateComplete: Promise<unknown> };
      const target = element.shadowRoot?.querySelector<HTMLElement>(s);
      target?.click();
      await element.updateComplete;
      return target !== null && target !== undefined;
    },
    tag,
    selector,
  );
  assert.ok(clicked, `<${tag}> has ${selector} to click`);
}

// ---- Channels ------------------------------------------------------------------------------------

/** The week the channels widget shows from NOW. */
const DATES = ['2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02'];
const EMAILS = [`"><svg/onload=__pwned=1>@evil.example`, `javascript:__pwned=1@evil.example`, `x@evil.example"onclick="__pwned=1`];
const CHANNEL_HREF = /^(https?:\/\/[^\s]+|\/[^\s]*)$/;
const TASK_SIZE = 5;

function channelsDocument(): Json {
  const channels: Json[] = TEXTS.map((_, i) => ({
    id: `c${i}`,
    kind: 'visit',
    label: P(i),
    description: { da: P(i + 1), en: P(i + 2) },
    address: P(i + 2),
    hours: {
      holidays: 'none',
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '09:00', closes: '15:00' }],
      exceptions: DATES.map((date, d) =>
        d % 2 ? { date, closed: true, label: P(i + 3 + d) } : { date, opens: '10:00', closes: '12:00', label: P(i + 3 + d) },
      ),
    },
  }));
  // Only addresses and links the channels schema accepts (core/url.ts): the rest are refused at validation,
  // which the URL and schema tests pin; here the accepted ones must still render as inert text.
  for (const [i, email] of EMAILS.filter(isPlainEmail).entries()) channels.push({ id: `e${i}`, kind: 'email', label: P(i + 5), email });
  for (const [i, href] of TEXTS.filter((text) => CHANNEL_HREF.test(text) && checkHref(text).ok).entries())
    channels.push({ id: `h${i}`, kind: 'selfservice', label: P(i + 7), href });
  const extra = channels.slice(N).map((c) => c.id as string);
  const tasks = TEXTS.map((_, t) => ({
    id: `t${t}`,
    label: P(t),
    description: P(t + 9),
    channels: [
      ...Array.from({ length: TASK_SIZE }, (_, j) => ({ channel: `c${(t + j) % N}`, fit: j === 0 ? 'best' : 'good', note: P(t + j + 11) })),
      ...(t === 0 ? extra.map((channel) => ({ channel, fit: 'possible', note: P(t + 13) })) : []),
    ],
  }));
  return { channels, tasks };
}

/** What a task's view shows as plain text: its label, and each channel's label, description, address, notes and exception labels. */
function channelsTexts(doc: Json, t: number): string[] {
  const channels = doc.channels as Json[];
  const task = (doc.tasks as Json[])[t] as { label: string; channels: { channel: string; note: string }[] };
  return [
    task.label,
    ...task.channels.flatMap(({ channel, note }) => {
      const c = channels.find((entry) => entry.id === channel) as Json & {
        description?: { da: string };
        hours?: { exceptions: { label: string }[] };
      };
      return [
        c.label as string,
        note,
        c.description?.da ?? '',
        (c.address as string) ?? '',
        ...(c.hours?.exceptions.map((e) => e.label) ?? []),
      ].filter(Boolean);
    }),
  ];
}

const channelsVariant = (): Variant => {
  const doc = channelsDocument();
  return {
    name: 'channels: every label, description, address, note, task label and exception label',
    markup: `<borger-channels src="/__xss/channels.json" now="${NOW}"></borger-channels>`,
    routes: (url) => (url.pathname === '/__xss/channels.json' ? { status: 200, body: doc } : undefined),
    async walk(page, check) {
      await check(
        'task picker',
        (doc.tasks as Json[]).map((task) => task.label as string),
      );
      for (let t = 0; t < N; t++) {
        // Each task through the `task` property, as a page sets it (the picker by keyboard: keyboard-journey.test.ts).
        await page.evaluate(async (id) => {
          const element = document.querySelector('borger-channels') as HTMLElement & { task: string; updateComplete: Promise<unknown> };
          element.task = id;
          await element.updateComplete;
          for (const details of element.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
        }, `t${t}`);
        await check(`task t${t}`, channelsTexts(doc, t));
      }
    },
  };
};

// ---- Guide ---------------------------------------------------------------------------------------

/** The big guide: every option, hint, info title and body, bring item and action label carries a payload. */
function bigGuide(): Json {
  const info = (k: number) => `i${k}`;
  const nodes: Json = {
    q: {
      type: 'question',
      kind: 'single',
      title: P(1),
      hint: P(2),
      options: TEXTS.map((_, i) => ({ value: `o${i}`, label: P(i), hint: P(i + 3), next: info(0) })),
    },
    multi: {
      type: 'question',
      kind: 'multiple',
      title: P(4),
      options: TEXTS.map((_, i) => ({ value: `m${i}`, label: P(i + 5), ...(i === N - 1 ? { exclusive: true } : {}) })),
      next: 'yn',
    },
    yn: { type: 'question', kind: 'yesno', title: P(6), hint: P(7), next: 'out' },
    out: {
      type: 'outcome',
      title: P(8),
      body: P(9),
      bring: TEXTS.map((_, i) => ({ text: P(i), ...(i % 2 ? { when: { yn: 'yes' } } : {}) })),
      actions: [
        ...TEXTS.map((_, i) => ({ kind: 'link', href: `https://example.org/${i}`, label: P(i) })),
        { kind: 'booking', service: 'pas', label: P(10) },
        { kind: 'channels', task: 'pas', label: P(11) },
      ],
    },
  };
  TEXTS.forEach((_, k) => {
    nodes[info(k)] = { type: 'info', title: P(k), body: P(k), next: k === N - 1 ? 'multi' : info(k + 1) };
  });
  return { id: 'xss-big', title: P(0), intro: P(12), task: 'pas', start: 'q', nodes };
}

/** A small guide per payload for the fields a guide has once: title and intro. */
function smallGuide(k: number): Json {
  return {
    id: `xss-${k}`,
    title: P(k),
    intro: P(k),
    start: 'q',
    nodes: {
      q: {
        type: 'question',
        kind: 'single',
        title: P(k),
        hint: P(k),
        options: [
          { value: 'a', label: P(k), hint: P(k) },
          { value: 'b', label: 'Nej' },
        ],
        next: 'out',
      },
      out: {
        type: 'outcome',
        title: P(k),
        body: P(k),
        bring: [{ text: P(k) }],
        actions: [{ kind: 'booking', service: 'pas', label: P(k) }],
      },
    },
  };
}

/** A guide whose link action's href is payload `k`: refused by the schema, or rendered with a safe href. */
function hrefGuide(k: number): Json {
  return {
    id: `xss-href-${k}`,
    title: 'Link',
    start: 'out',
    nodes: { out: { type: 'outcome', title: 'Link', body: 'Tekst', actions: [{ kind: 'link', href: P(k), label: 'Læs mere' }] } },
  };
}

/** In-page: answers the step shown (first choice) and goes on; says what the step was. */
async function guideStep(page: Page): Promise<'question' | 'info' | 'outcome' | 'error'> {
  return page.evaluate(async () => {
    const element = document.querySelector('borger-guide') as HTMLElement & { updateComplete: Promise<unknown> };
    const root = element.shadowRoot as ShadowRoot;
    if (root.querySelector('[part~="error"]')) return 'error';
    if (root.querySelector('[part~="outcome"]')) return 'outcome';
    const input = root.querySelector<HTMLInputElement>('form input');
    input?.click();
    root.querySelector<HTMLButtonElement>('button[part~="next"]')?.click();
    await element.updateComplete;
    return input ? 'question' : 'info';
  });
}

const guideVariant = (): Variant => {
  const big = bigGuide();
  const nodes = big.nodes as Record<string, Json & { options?: Json[]; bring?: Json[]; actions?: Json[] }>;
  return {
    name: 'guide: title, intro, node titles, hints, options, bodies, bring items, action labels and hrefs',
    markup: `<borger-guide src="/__xss/guide.json" fallback-phone="+45 33 66 33 66"></borger-guide>`,
    routes: (url) => (url.pathname === '/__xss/guide.json' ? { status: 200, body: big } : undefined),
    async walk(page, check) {
      const q = nodes.q as { title: string; hint: string; options: { label: string; hint: string }[] };
      await check('first question', [big.title as string, q.title, q.hint, ...q.options.flatMap((o) => [o.label, o.hint])]);
      assert.equal(await guideStep(page), 'question');
      for (let k = 0; k < N; k++) {
        await check(`info ${k}`, [(nodes[`i${k}`] as { title: string }).title]);
        assert.equal(await guideStep(page), 'info');
      }
      await check('multiple question', [
        (nodes.multi as { title: string }).title,
        ...(nodes.multi?.options ?? []).map((o) => o.label as string),
      ]);
      assert.equal(await guideStep(page), 'question');
      await check('yes/no question', [(nodes.yn as { title: string }).title]);
      assert.equal(await guideStep(page), 'question');
      const out = nodes.out as { title: string; bring: { text: string }[]; actions: { label: string }[] };
      await check('outcome', [out.title, ...out.bring.map((b) => b.text), ...out.actions.map((a) => a.label), q.options[0]!.label]);
      // "Nej" to "Fik du svar?" and "Brug for hjælp?" open: the ways to help.
      await page.evaluate(async () => {
        const element = document.querySelector('borger-guide') as HTMLElement & { updateComplete: Promise<unknown> };
        const root = element.shadowRoot as ShadowRoot;
        root.querySelectorAll<HTMLButtonElement>('[part~="feedback"] button')[1]?.click();
        for (const details of root.querySelectorAll('details')) details.open = true;
        for (const button of root.querySelectorAll<HTMLButtonElement>('[part~="action"]'))
          if (button.localName === 'button') button.click();
        await element.updateComplete;
      });
      await check('outcome with feedback and help');

      for (let k = 0; k < N; k++) {
        const small = smallGuide(k);
        await setContent(page, 'borger-guide', small);
        await check(`small guide ${k}: question`, [P(k)]);
        assert.equal(await guideStep(page), 'question');
        await check(`small guide ${k}: outcome`, [P(k)]);
      }
      for (let k = 0; k < N; k++) {
        await setContent(page, 'borger-guide', hrefGuide(k));
        await check(`link action href ${PAYLOADS[k]!.id}`);
      }
    },
  };
};

// ---- Booking (content and API) ----------------------------------------------------------------------

const SHORT_MAX = 120;
const CODE_MAX = 32;
const TOKEN = 'xss-token-0123456789abcdef';
const SLOT = { start: '2026-11-27T10:00:00+01:00', end: '2026-11-27T10:15:00+01:00' };

function bookingApi(): Routes {
  const services = TEXTS.map((_, i) => ({
    id: `s${i}`,
    name: P(i),
    durationMinutes: 15,
    description: P(i + 1),
    bring: i === 0 ? [...TEXTS] : [P(i + 2)],
  }));
  const locations = TEXTS.map((_, i) => ({ id: `l${i}`, name: P(i), kind: 'borgerservice', address: P(i + 1), accessibility: P(i + 2) }));
  const booking = (id: string, code: string) => ({ id, code, serviceId: 's0', locationId: 'l0', ...SLOT, status: 'confirmed' });
  return (url, request) => {
    const path = url.pathname.replace('/__xss/api', '');
    if (path === '/services') return { status: 200, body: { services } };
    if (path === '/locations') return { status: 200, body: { locations } };
    if (path === '/slots') {
      const inRange = (url.searchParams.get('from') ?? '') <= '2026-11-27' && '2026-11-27' <= (url.searchParams.get('to') ?? '');
      const slots = inRange
        ? [
            {
              id: 'slot-1',
              serviceId: url.searchParams.get('service'),
              locationId: url.searchParams.get('location'),
              ...SLOT,
              remaining: 3,
            },
          ]
        : [];
      return { status: 200, body: { slots } };
    }
    if (path === '/bookings' && request.method() === 'POST') {
      return { status: 201, body: { booking: booking(P(3), P(4).slice(0, CODE_MAX)), token: TOKEN } };
    }
    const managed = /^\/bookings\/([^/]+)$/.exec(path);
    if (managed) {
      const id = decodeURIComponent(managed[1] as string);
      const code = /^code-(\d+)$/.exec(id);
      if (code) return { status: 200, body: { booking: booking(id, P(Number(code[1])).slice(0, CODE_MAX)) } };
      return { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } };
    }
    return undefined;
  };
}

function bookingContent(k: number): Json {
  const short = P(k).length <= SHORT_MAX ? P(k) : undefined;
  return { privacy: P(k), phone: { phone: '+45 33 66 33 66', ...(short ? { label: short, hours: short } : {}) } };
}

async function waitForStep(page: Page, step: string): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const root = document.querySelector('borger-booking')?.shadowRoot;
      return root?.querySelector('section[data-step]')?.getAttribute('data-step') === s && !root.querySelector('[aria-busy="true"]');
    },
    { timeout: 5000 },
    step,
  );
}

const bookingVariant = (): Variant => {
  const api = bookingApi();
  return {
    name: 'booking: privacy, phone label and hours; service and location names, addresses, accessibility, bring, booking code',
    markup: `<borger-booking src="/__xss/booking.json" api="/__xss/api" now="${NOW}" manage-from-url fallback-phone="+45 33 66 33 66"></borger-booking>`,
    routes: (url, request) => (url.pathname === '/__xss/booking.json' ? { status: 200, body: bookingContent(0) } : api(url, request)),
    async walk(page, check) {
      const tag = 'borger-booking';
      await waitForStep(page, 'service');
      await check(
        'services',
        TEXTS.flatMap((_, i) => [P(i), P(i + 1)]),
      );
      await clickIn(page, tag, '#service-0');
      await clickIn(page, tag, 'button[part~="next"]');
      await waitForStep(page, 'place');
      await check(
        'places',
        TEXTS.flatMap((_, i) => [P(i), P(i + 1), P(i + 2)]),
      );
      await clickIn(page, tag, '#place-0');
      await clickIn(page, tag, 'button[part~="next"]');
      await waitForStep(page, 'day');
      // Nothing is chosen for the citizen: click the first free day (the grid's tab stop), as a citizen must.
      await page.waitForFunction(() => document.querySelector('borger-booking')?.shadowRoot?.querySelector('button.day.free[tabindex="0"]'), {
        timeout: 5000,
      });
      await clickIn(page, tag, 'button.day.free[tabindex="0"]');
      await page.waitForFunction(() => document.querySelector('borger-booking')?.shadowRoot?.querySelector('button.day[aria-pressed="true"]'), {
        timeout: 5000,
      });
      await check('day');
      await clickIn(page, tag, 'button[part~="next"]');
      await waitForStep(page, 'time');
      await clickIn(page, tag, '#slot-0');
      await clickIn(page, tag, 'button[part~="next"]');
      await waitForStep(page, 'details');
      for (let k = 0; k < N; k++) {
        await setContent(page, tag, bookingContent(k));
        await check(`details with privacy ${PAYLOADS[k]!.id}`, [P(k)]);
      }
      await page.evaluate(async () => {
        const element = document.querySelector('borger-booking') as HTMLElement & { updateComplete: Promise<unknown> };
        const type = (id: string, value: string) => {
          const input = element.shadowRoot?.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        };
        type('name', 'Karen Jensen');
        type('email', 'karen@example.dk');
        await element.updateComplete;
      });
      await clickIn(page, tag, 'button[part~="next"]');
      await waitForStep(page, 'check');
      await check('check', [P(0), P(1)]);
      await clickIn(page, tag, 'button[part~="confirm"]');
      await waitForStep(page, 'confirmation');
      await check('confirmation', [P(4).slice(0, CODE_MAX), P(0), P(1), ...TEXTS]);
      for (let k = 0; k < N; k++) {
        await page.evaluate((hash) => {
          location.hash = hash;
        }, `#booking=code-${k}&token=${TOKEN}`);
        await page.waitForFunction(
          (code) => {
            const shown =
              document.querySelector('borger-booking')?.shadowRoot?.querySelector('[part~="code"], [part~="booking"]')?.textContent ?? '';
            const plain = (text: string) => text.replace(/[\u0000-\u001f\u007f\s\u2028\u2029]+/g, '');
            return plain(shown).includes(plain(code));
          },
          { timeout: 5000 },
          P(k).slice(0, CODE_MAX),
        );
        await check(`managed booking with code ${PAYLOADS[k]!.id}`, [P(k).slice(0, CODE_MAX), P(0)]);
      }
      for (let k = 0; k < N; k++) {
        await setContent(page, tag, bookingContent(k));
        await page.evaluate((hash) => {
          location.hash = hash;
        }, `#booking=missing-${k}&token=${TOKEN}`);
        await page.waitForFunction(() => document.querySelector('borger-booking')?.shadowRoot?.querySelector('p.phone'), { timeout: 5000 });
        await check(`phone line ${PAYLOADS[k]!.id}`, P(k).length <= SHORT_MAX ? [P(k)] : []);
      }
    },
  };
};

// ---- Help (glossary) ---------------------------------------------------------------------------------

/** Terms whose written forms do not clash once normalised (the glossary refuses a form claimed twice). */
function glossaryDocument(): { doc: Json; article: string } {
  const seen = new Set<string>();
  const terms: Json[] = [];
  TEXTS.forEach((text, i) => {
    const key = text.trim().replace(/\s+/gu, ' ').toLowerCase();
    if (seen.has(key) || !/[\p{L}\p{N}]/u.test(text)) return;
    seen.add(key);
    terms.push({
      id: `term-${i}`,
      term: text,
      inflect: false,
      explanation: { da: P(i + 1), en: P(i + 2) },
      link: { href: `https://example.org/${i}`, label: P(i + 3) },
      translations: { en: { term: P(i + 4), explanation: P(i + 5) } },
    });
  });
  return { doc: { terms }, article: terms.map((term) => term.term as string).join(' . ') };
}

const helpVariant = (): Variant => {
  const { doc, article } = glossaryDocument();
  return {
    name: 'help: term, explanation, link label, translations',
    requires: 'borger-help',
    markup: `<borger-help glossary="/__xss/glossary.json"><article><p>${escapeHtml(article)}</p></article></borger-help>`,
    routes: (url) => (url.pathname === '/__xss/glossary.json' ? { status: 200, body: doc } : undefined),
    async walk(page, check) {
      await settle(page, 'borger-help');
      await check('article with marked terms');
      for (const lang of ['da', 'en']) {
        await page.evaluate((l) => document.documentElement.setAttribute('lang', l), lang);
        const count = await page.evaluate(() => document.querySelectorAll('borger-term').length);
        for (let i = 0; i < count; i++) {
          // Open the term's toggletip the way a citizen does: its button (in the term's shadow root, or the term).
          await page.evaluate(async (index) => {
            const term = document.querySelectorAll('borger-term')[index] as HTMLElement & { updateComplete?: Promise<unknown> };
            (term.shadowRoot?.querySelector<HTMLElement>('button') ?? term).click();
            await term.updateComplete;
          }, i);
          await check(`${lang}: term ${i} open`);
        }
      }
    },
  };
};

// ---- The matrix -------------------------------------------------------------------------------------

const VARIANTS: (() => Variant)[] = [channelsVariant, guideVariant, bookingVariant, helpVariant];

describe('injection: the XSS corpus in every citizen-visible field, under the strict CSP', () => {
  let site: DemoSite;
  before(async () => {
    site = await startDemoSite();
  });
  after(async () => {
    await site?.close();
  });

  it(`the corpus has at least 50 payloads, each able to set the sentinel (${PAYLOADS.length})`, () => {
    assert.ok(PAYLOADS.length >= 50);
    assert.equal(new Set(TEXTS).size, TEXTS.length, 'no payload twice');
    for (const payload of PAYLOADS) {
      const decoded = payload.text.replace(/base64,([A-Za-z0-9+/=]+)/g, (_, data: string) => Buffer.from(data, 'base64').toString('utf8'));
      assert.match(decoded, /__pwned|msgbox/, payload.id);
    }
  });

  it('the scan sees what an injection would leave behind (a control for the checks below)', async () => {
    const { page } = await site.open(PAGE, { before: (p) => intercept(p, channelsVariant()) });
    try {
      const clean = await scanForInjection(page, RICH);
      assert.deepEqual(clean.findings, []);
      await page.evaluate(() => {
        const host = document.createElement('borger-probe');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        const link = document.createElement('a');
        link.setAttribute('href', ' JaVa\tScRiPt:void(0)');
        const body = document.createElement('div');
        body.className = 'body';
        body.append(document.createElement('img'), document.createElement('iframe'));
        root.append(link, body);
        const frame = document.createElement('object');
        document.body.append(frame, document.createElement('script'));
      });
      const dirty = await scanForInjection(page, RICH);
      const found = dirty.findings.join('\n');
      for (const expected of [
        /unsafe href=/,
        /forbidden element <img> in <borger-probe>/,
        /forbidden element <iframe>/,
        /forbidden element <object>/,
        /script element/,
        /<img> inside rich text/,
      ]) {
        assert.match(found, expected);
      }
    } finally {
      await page.close();
    }
  });

  for (const make of VARIANTS) {
    const variant = make();
    it(variant.name, async (t: TestContext) => {
      const { page, problems } = await site.open(PAGE, { before: (p) => intercept(p, variant) });
      try {
        if (variant.requires && !(await page.evaluate((tag) => customElements.get(tag) !== undefined, variant.requires))) {
          t.skip(`<${variant.requires}> is not in the bundle yet`);
          return;
        }
        // The page really is under Trusted Types: an HTML sink refuses a plain string.
        const sinkRefused = await page.evaluate(() => {
          try {
            document.createElement('div').innerHTML = '<b>x</b>';
            return false;
          } catch {
            return true;
          }
        });
        assert.ok(sinkRefused, 'Trusted Types are enforced on the page');
        let checks = 0;
        const check: Check = async (where, shownAsText = []) => {
          checks++;
          const report = await scanForInjection(page, RICH);
          assert.equal(report.pwned, undefined, `${where}: a payload ran`);
          assert.deepEqual(report.findings, [], `${where}: the DOM carries injected markup`);
          const text = comparableText(report.text);
          for (const expected of shownAsText)
            assert.ok(text.includes(comparableText(expected)), `${where}: ${JSON.stringify(expected)} is shown as text`);
        };
        await variant.walk(page, check);
        assert.deepEqual(problems.pageErrors, [], 'nothing threw');
        const blocked = problems.cspViolations
          .filter((v) => !v.includes(' pptr:'))
          .filter((v) => /require-trusted-types-for|script-src/.test(v));
        t.diagnostic(
          `${checks} checks; ${blocked.length} script attempts blocked by the CSP${blocked.length ? `: ${blocked.join('; ')}` : ''}`,
        );
      } finally {
        await page.close();
      }
    });
  }
});
