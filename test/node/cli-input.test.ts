// `borger-widgets check` with hostile or broken input: malformed rich-text markup, markup nested past
// the cap, terminal escape codes in values and file names, files that are not regular files or are too
// big. The command runs in-process with the real file reader, on files written to a temporary folder.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MAX_FILE_BYTES } from '../../src/cli/check.js';
import { cli } from './cli-harness.js';

const folder = mkdtempSync(join(tmpdir(), 'borger-cli-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const guide = (body: string) => ({
  id: 'g',
  title: 'Guide',
  start: 'slut',
  nodes: { slut: { type: 'outcome', title: 'Slut', body } },
});

describe('check: rich-text markup', () => {
  it('reports an unclosed quote with its path, line and the place in the text, and exits 1', async () => {
    const file = write('quote.json', guide('Læs <a href="/x>mere her</a>, og resten.'));
    const { code, stdout } = await cli('check', file);
    assert.equal(code, 1, stdout);
    assert.match(
      stdout,
      /✖ \$\.nodes\.slut\.body \(linje 9\): markup: en værdi i tagget <a> mangler sit afsluttende anførselstegn.* ved tegn 5: "<a href=\\"\/x>mere her<\/a>, og resten\."/,
    );
  });

  it('reports a tag that never ends, per language, in English with --lang en', async () => {
    const file = write('tag.json', guide({ da: 'Fint.', en: 'Read <b' } as unknown as string));
    const { code, stdout } = await cli('check', '--lang', 'en', file);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /✖ \$\.nodes\.slut\.body\.en \(line 11\): markup: the tag <b> never ends/);
  });

  it('reports markup nested past the cap as invalid, without a stack trace, for 5,000 nested <b>', async () => {
    const file = write('deep.json', guide(`${'<b>'.repeat(5000)}dybt${'</b>'.repeat(5000)}`));
    const { code, stdout, stderr } = await cli('check', file);
    assert.equal(code, 1, stdout);
    assert.equal(stderr, '');
    assert.match(stdout, /\$\.nodes\.slut\.body \(linje 9\): has markup nested more than 16 levels deep/);
  });

  it('says nothing about well-formed markup', async () => {
    const file = write('fine.json', guide('<p>Tag <strong>pas</strong> og <a href="/foto">foto</a> med.</p>'));
    const { code, stdout } = await cli('check', file);
    assert.equal(code, 0, stdout);
  });
});

describe('check: __proto__, constructor and prototype keys', () => {
  it('reports each as an unknown field with its line, where they used to vanish without a word', async () => {
    const file = write(
      'proto.json',
      '{\n  "terms": [\n    {\n      "id": "pas",\n      "term": "pas",\n      "explanation": { "da": "Et pas.", "__proto__": "x" },\n      "translations": { "__proto__": { "term": "t", "explanation": "e" } },\n      "constructor": 1\n    }\n  ]\n}\n',
    );
    const { code, stdout } = await cli('check', '--lang', 'en', file);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /✖ \$\.terms\[0\]\.explanation\.__proto__ \(line 6\): is not a known field \(a typo\?\)/);
    assert.match(stdout, /✖ \$\.terms\[0\]\.translations\.__proto__ \(line 7\): is not a known field \(a typo\?\)/);
    assert.match(stdout, /✖ \$\.terms\[0\]\.constructor \(line 8\): is not a known field \(a typo\?\)/);
  });
});

/** Characters a terminal acts on, which must never reach it raw (LF is the only control left). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

describe('check: terminal escape codes', () => {
  it('prints a value that clears the screen and fakes "✔ ingen fejl" as visible escapes', async () => {
    const attack = '\u001b[2J\u001b[H\r  ✔ ingen fejl\u001b[8m';
    const file = write('escape.json', { terms: [{ id: 'x', term: 'ord', explanation: 'x', [attack]: 1 }] });
    const { code, stdout } = await cli('check', file);
    assert.equal(code, 1, stdout);
    assert.doesNotMatch(stdout, RAW_CONTROL);
    assert.match(stdout, /\\u001b\[2J\\u001b\[H\\r {2}✔ ingen fejl\\u001b\[8m/);
  });

  it('escapes a file name with escape codes, and keeps --json valid JSON with the same text', async () => {
    const name = write('navn\u001b[31m\u202e.json', { terms: [{ id: 'x', term: 'ord\u0085', explanation: 'x', nope: '\u009b2J' }] });
    const text = await cli('check', name);
    assert.doesNotMatch(text.stdout, RAW_CONTROL);
    assert.ok(text.stdout.includes('navn\\u001b[31m\\u202e.json'), text.stdout);
    const json = await cli('check', '--json', name);
    assert.doesNotMatch(json.stdout, RAW_CONTROL);
    const parsed = JSON.parse(json.stdout) as { files: { file: string }[] };
    assert.equal(parsed.files[0]!.file, name);
  });

  it('never prints a raw control character, whatever the values hold (generated)', async () => {
    const fc = (await import('fast-check')).default;
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\u001b', '\r', '\u0007', '\u0085', '\u2028', '\u202e', '\u009b', '[', '2', 'J'),
            fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
          ),
        }),
        async (value) => {
          const file = write('generated.json', { terms: [{ id: 'x', term: `o${value}`, explanation: value, [value || 'k']: value }] });
          for (const argv of [
            ['check', file],
            ['check', '--json', file],
            ['check', '--lang', 'en', file],
          ]) {
            const { stdout, stderr } = await cli(...argv);
            assert.doesNotMatch(stdout + stderr, RAW_CONTROL);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('check: files that are not regular files or are too big', () => {
  it('refuses a FIFO named x.json at once instead of waiting on it forever', async (t) => {
    const fifo = join(folder, 'x.json');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) {
      t.skip('mkfifo is not available here');
      return;
    }
    const { code, stdout } = await cli('check', fifo);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /er ikke en almindelig fil \(fx en navngivet pipe eller en enhed\) og bliver ikke læst/);
    rmSync(fifo);
  });

  it(`refuses a file over ${MAX_FILE_BYTES} bytes unread, and reads one of exactly that size`, async () => {
    const big = write('big.json', `"${'x'.repeat(MAX_FILE_BYTES - 1)}"`);
    const { stdout } = await cli('check', big);
    assert.match(stdout, /filen er for stor \(10\.0 MiB\); højst 10\.0 MiB bliver læst/);
    const exact = write('exact.json', `"${'x'.repeat(MAX_FILE_BYTES - 2)}"`);
    const read = await cli('check', '--lang', 'en', exact);
    assert.doesNotMatch(read.stdout, /too large/);
    assert.match(read.stdout, /cannot tell the file's format/);
  });
});

describe('check: links', () => {
  it('explains each refused link: in a field, in rich text, and a channel e-mail with a hidden Bcc', async () => {
    const guideFile = write(
      'links.json',
      guide('Se <a href="//evil.example/a">siden</a> og <a href="mailto:bs@kk.dk?bcc=x@evil.example&body=CPR">skriv</a>.'),
    );
    const { code, stdout } = await cli('check', '--lang', 'en', guideFile);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /markup: the link is refused; the citizen sees only its text \(starts with "\/\/", which leads to another site/);
    assert.match(stdout, /\(a mailto: link may carry only one e-mail address/);
    const channels = write('kanaler.json', {
      channels: [{ id: 'mail', kind: 'email', label: 'Skriv', email: 'borgerservice@kk.dk?bcc=spion@evil.example&body=Send%20CPR' }],
    });
    const second = await cli('check', '--lang', 'en', channels);
    assert.match(
      second.stdout,
      /\$\.channels\[0\]\.email \(line \d+\): should be one e-mail address like "borgerservice@kk\.dk" \(nothing after it/,
    );
  });
});
