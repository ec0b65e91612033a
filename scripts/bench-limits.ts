// Worst cases at the content limits (issue 13), in Node: the help matcher on a 1 MB article with the
// largest glossary the schema allows, built to make it work hardest; rich text at the nesting cap; a
// `src` response over the size cap. Numbers are printed, never asserted.
// Run: npx tsx scripts/bench-limits.ts
import { DEFAULT_MAX_BYTES, fetchJson } from '../src/core/content.js';
import { MARKUP_MAX_DEPTH, parseRichText, richTextToPlain } from '../src/core/markup.js';
import { GLOSSARY_LIMITS, type Glossary, validateGlossary } from '../src/help/glossary.schema.js';
import { createMatcher } from '../src/help/matcher.js';

const RUNS = 5;
const MB = 1_000_000;
const CHUNK = 100_000;

function best(run: () => void, runs = RUNS): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * The hardest allowed glossary: every term and form is 6 words of 9 letters (59 characters) that all
 * agree with the article up to their very last letter, so at every word of the article the matcher
 * walks 58 characters down the trie before it fails.
 */
function hardestGlossary(): Glossary {
  const word = 'aaaaaaaaa';
  const stem = Array.from({ length: GLOSSARY_LIMITS.formWords - 1 }, () => word).join(' ');
  const ending = (n: number) =>
    `aaaaaa${String.fromCharCode(0x62 + (n % 20))}${String.fromCharCode(0x62 + (Math.floor(n / 20) % 20))}${String.fromCharCode(0x62 + Math.floor(n / 400))}`;
  let n = 0;
  const terms = Array.from({ length: GLOSSARY_LIMITS.terms }, (_, t) => ({
    id: `t${t}`,
    term: `${stem} ${ending(n++)}`,
    forms: Array.from({ length: GLOSSARY_LIMITS.forms }, () => `${stem} ${ending(n++)}`),
    explanation: 'x',
  }));
  return { terms };
}

function matcherSection(): void {
  const glossary = hardestGlossary();
  const checked = validateGlossary(glossary);
  console.log(
    `\nMatcher, worst case at the glossary limits (${GLOSSARY_LIMITS.terms} terms × ${GLOSSARY_LIMITS.forms + 1} written forms, each ${GLOSSARY_LIMITS.formWords} words / ${glossary.terms[0]?.term.length} characters; schema: ${checked.ok ? 'valid' : 'INVALID'})`,
  );
  let build = 0;
  const buildMs = best(() => {
    build = glossary.terms.length;
    createMatcher(glossary);
  }, 3);
  const matcher = createMatcher(glossary);
  const article = 'aaaaaaaaa '.repeat(MB / 10);
  const decomposed = 'året åben '.repeat(MB / 10).normalize('NFD');
  console.log('| case | text | time | slowest 100 KB |');
  console.log('|---|---:|---:|---:|');
  console.log(`| build the matcher (${build} terms) | | ${ms(buildMs)} | |`);
  for (const [name, text] of [
    ['every word starts 2,000×21 forms that fail at their last letter', article],
    ['decomposed text (NFD, å = a + U+030A), mapped back to the original', decomposed],
  ] as const) {
    const whole = best(() => matcher.find(text));
    let slowest = 0;
    for (let at = 0; at < text.length; at += CHUNK) {
      const chunk = text.slice(at, at + CHUNK);
      slowest = Math.max(
        slowest,
        best(() => matcher.find(chunk), 3),
      );
    }
    console.log(`| ${name} | ${(text.length / 1e6).toFixed(2)} M chars | ${ms(whole)} | ${ms(slowest)} |`);
  }
  // Before the limits: one 1,000-word term (the field report froze a 1 MB page for 24 s). Timed on
  // 100 KB only; the work grows with text length × term length.
  const long = createMatcher({ terms: [{ id: 'lang', term: `${'a '.repeat(999)}b`, explanation: 'x' }] });
  const text = 'a '.repeat(CHUNK / 2);
  console.log(`| no limit (before): one 1,000-word term, 100 KB of "a a a …" | 0.10 M chars | ${ms(best(() => long.find(text), 1))} | |`);
}

function richTextSection(): void {
  console.log(`\nRich text at the nesting cap (${MARKUP_MAX_DEPTH})`);
  console.log('| case | source | parse + plain text |');
  console.log('|---|---:|---:|');
  const atCap = `<p>${'<strong>'.repeat(MARKUP_MAX_DEPTH - 1)}tekst${'</strong>'.repeat(MARKUP_MAX_DEPTH - 1)}</p>`;
  const cases: Array<[string, string]> = [
    [`nested exactly ${MARKUP_MAX_DEPTH} deep, repeated to 100 KB`, atCap.repeat(Math.ceil(CHUNK / atCap.length))],
    ['5,000 nested <b> (refused by the schema; rendered capped)', `${'<b>'.repeat(5000)}x${'</b>'.repeat(5000)}`],
    ['4,000 open <em>, then 16,000 unmatched </b> (was quadratic)', `${'<em>'.repeat(4000)}x${'</b>'.repeat(16000)}`],
    ['100 KB of <a href="/x> with the quote never closed', '<a href="/x>link '.repeat(CHUNK / 17)],
  ];
  for (const [name, source] of cases) {
    console.log(`| ${name} | ${(source.length / 1024).toFixed(0)} KB | ${ms(best(() => richTextToPlain(parseRichText(source))))} |`);
  }
}

/** A response of `total` bytes made on demand (never held whole), with what was pulled from it. */
function streamed(total: number) {
  const stats = { pulled: 0 };
  const chunk = new TextEncoder().encode(`${' '.repeat(65535)}\n`);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= total) controller.close();
      else {
        stats.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      }
    },
  });
  return { response: new Response(body, { headers: { 'content-type': 'application/json' } }), stats };
}

async function srcSection(): Promise<void> {
  console.log(`\n\`src\` responses over the size cap (${DEFAULT_MAX_BYTES / 1024 / 1024} MiB), no Content-Length, streamed`);
  console.log('| case | bytes read | time | memory (RSS) growth |');
  console.log('|---|---:|---:|---:|');
  const realFetch = globalThis.fetch;
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const measure = async (name: string, total: number, read: (response: Response) => Promise<unknown>) => {
    const { response, stats } = streamed(total);
    globalThis.gc?.();
    const before = process.memoryUsage().rss;
    const start = performance.now();
    const result = await read(response);
    const elapsed = performance.now() - start;
    const grown = process.memoryUsage().rss - before;
    console.log(`| ${name} | ${mib(stats.pulled)} | ${ms(elapsed)} | ${mib(Math.max(0, grown))} |`);
    return result;
  };
  await measure('400 MB through fetchJson (after: refused at the cap)', 400 * 1024 * 1024, async (response) => {
    globalThis.fetch = (() => Promise.resolve(response)) as typeof fetch;
    try {
      await fetchJson('/big.json', new AbortController().signal, 60_000);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
  // Before: the whole body was read with response.text(); timed on 100 MB, not 400, to spare the machine.
  await measure('100 MB read whole with response.text() (before)', 100 * 1024 * 1024, (response) => response.text());
}

matcherSection();
richTextSection();
await srcSection();
