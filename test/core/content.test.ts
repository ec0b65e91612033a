// Loading content from `src`: the size cap (Content-Length and streamed), the JSON content type, data:
// and blob: URLs only when the page allows them, the timeout. A few responses come from a stand-in
// fetch that returns real Response objects (a 400 MB stream cannot be served by the test server).
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/channels/index.js';
import { DEFAULT_MAX_BYTES, fetchJson, SRC_SCHEMES_META } from '../../src/core/content.js';
import type { BorgerErrorDetail } from '../../src/core/events.js';

const realFetch = globalThis.fetch;

/** Replaces fetch for one test with `answer` (and records what it was asked). */
function standIn(answer: (url: string, init: RequestInit) => Response): void {
  globalThis.fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => Promise.resolve(answer(String(input), init))) as typeof fetch;
}

/** A body of `total` bytes of JSON-ish text made on demand, counting what was pulled and whether it was cancelled. */
function endless(total: number) {
  const stats = { pulled: 0, cancelled: false };
  const chunk = new TextEncoder().encode(`${' '.repeat(65535)}\n`);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= total) controller.close();
      else {
        stats.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      }
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

function allowSchemes(content: string): () => void {
  const meta = document.createElement('meta');
  meta.name = SRC_SCHEMES_META;
  meta.content = content;
  document.head.append(meta);
  return () => meta.remove();
}

const message = async (url: string, timeoutMs = 5000, maxBytes?: number) => {
  const raw = await fetchJson(url, new AbortController().signal, timeoutMs, maxBytes);
  return raw.ok === false ? raw.problems.map((p) => p.message).join('; ') : raw.ok;
};

describe('fetchJson', () => {
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('loads JSON served as application/json (the demo content)', async () => {
    const raw = await fetchJson('/demo/content/kontakt.json', new AbortController().signal, 5000);
    expect(raw.ok).to.equal(true);
  });

  it('stops reading a 400 MB stream with no Content-Length right after the cap, and says so', async () => {
    const { stream, stats } = endless(400 * 1024 * 1024);
    standIn(() => new Response(stream, { headers: { 'content-type': 'application/json' } }));
    expect(await message('/big.json')).to.equal(
      `is larger than 2048 KiB (max-bytes="${DEFAULT_MAX_BYTES}"); raise the element's max-bytes attribute if it really is that big`,
    );
    expect(stats.cancelled).to.equal(true);
    expect(stats.pulled).to.be.below(DEFAULT_MAX_BYTES + 3 * 65536);
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const { stream, stats } = endless(400 * 1024 * 1024);
    standIn(() => new Response(stream, { headers: { 'content-type': 'application/json', 'content-length': String(400 * 1024 * 1024) } }));
    expect(await message('/big.json', 5000, 1000)).to.contain('is larger than 1 KiB (max-bytes="1000")');
    expect(stats.pulled).to.be.at.most(2 * 65536); // a stream may pull ahead once or twice before cancel
  });

  it('accepts a body of exactly max-bytes, and refuses one byte more', async () => {
    const body = `{"a":"${'x'.repeat(92)}"}`; // 100 bytes
    standIn(() => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }));
    expect(await message('/a.json', 5000, 100)).to.equal(true);
    expect(await message('/a.json', 5000, 99)).to.contain('is larger than');
  });

  it('refuses a response that is not served as JSON (an HTML error page with 200, text/plain, none)', async () => {
    for (const type of ['text/html; charset=utf-8', 'text/plain', '']) {
      standIn(() => new Response('{"channels": []}', { headers: type ? { 'content-type': type } : {} }));
      expect(await message('/x.json')).to.match(/^was served as .*not JSON; serve it as "application\/json"$/);
    }
    for (const type of ['application/json', 'application/schema+json', 'text/json;charset=utf-8']) {
      standIn(() => new Response('{"channels": []}', { headers: { 'content-type': type } }));
      expect(await message('/x.json'), type).to.equal(true);
    }
  });

  it('refuses data: and blob: URLs unless the page allows them with a meta element', async () => {
    const data = 'data:application/json,{"channels":[]}';
    const blob = URL.createObjectURL(new Blob(['{"channels":[]}'], { type: 'application/json' }));
    expect(await message(data)).to.equal(
      `is a data: URL, which is refused unless the page allows it with <meta name="${SRC_SCHEMES_META}" content="data:">`,
    );
    expect(await message(` DATA:application/json,{}`)).to.contain('is a data: URL');
    expect(await message(blob)).to.contain('is a blob: URL');
    const remove = allowSchemes('blob:');
    try {
      expect(await message(blob)).to.equal(true);
      expect(await message(data)).to.contain('is a data: URL');
    } finally {
      remove();
      URL.revokeObjectURL(blob);
    }
  });

  it('accepts a body exactly when it is within max-bytes, however it is chunked, and only JSON content types (generated)', async () => {
    const cap = 1000;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 2 * cap }),
        fc.integer({ min: 1, max: 700 }),
        fc.boolean(),
        fc.constantFrom(
          'application/json',
          'application/ld+json; charset=utf-8',
          'text/json',
          'text/html',
          'text/plain',
          'application/javascript',
          '',
        ),
        async (size, chunk, declared, type) => {
          const bytes = new TextEncoder().encode(`"${'x'.repeat(size - 2)}"`);
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              for (let at = 0; at < bytes.length; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
              controller.close();
            },
          });
          const headers: Record<string, string> = type ? { 'content-type': type } : {};
          if (declared) headers['content-length'] = String(bytes.length);
          standIn(() => new Response(stream, { headers }));
          const result = await message('/g.json', 5000, cap);
          const json = /json/.test(type) && type !== 'application/javascript';
          if (!json) expect(result).to.match(/not JSON/);
          else if (size <= cap) expect(result).to.equal(true);
          else expect(result).to.match(/is larger than/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the timeout for the whole body: a body that never ends is given up', async () => {
    standIn((_url, init) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a": '));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(stream, { headers: { 'content-type': 'application/json' } });
    });
    expect(await message('/slow.json', 200)).to.equal('did not arrive within 0.2 s');
  });
});

describe('a widget whose src is refused', () => {
  it('shows the polite message, logs the precise reason and fires borger-error (data: URL)', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const element = document.createElement('borger-channels');
      element.setAttribute('src', 'data:application/json,{"channels":[]}');
      const fired = oneEvent(host, 'borger-error');
      host.append(element);
      const { detail } = (await fired) as CustomEvent<BorgerErrorDetail>;
      expect(detail.kind).to.equal('load');
      expect(detail.problems[0]!.message).to.contain('is a data: URL');
      await waitUntil(() => element.shadowRoot?.querySelector('[part="error"]'), 'no error state');
      expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.not.contain('data:');
      expect(errors.map((e) => String(e[0])).join('\n')).to.contain('is a data: URL');
    } finally {
      console.error = original;
    }
  });

  it('raises or lowers the cap with max-bytes', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      const element = document.createElement('borger-channels');
      element.setAttribute('max-bytes', '100');
      element.setAttribute('src', '/demo/content/kontakt.json');
      const fired = oneEvent(host, 'borger-error');
      host.append(element);
      const { detail } = (await fired) as CustomEvent<BorgerErrorDetail>;
      expect(detail.problems[0]!.message).to.contain('max-bytes="100"');
      element.setAttribute('max-bytes', '10000000');
      await element.reload();
      expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    } finally {
      console.error = original;
    }
  });
});
