// `borger-widgets check` with hostile or broken input: malformed rich-text markup, markup nested past
// the cap, terminal escape codes in values and file names, files that are not regular files or are too
// big. The command runs in-process with the real file reader, on files written to a temporary folder.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readInputs } from '../../src/cli/read-inputs.js';
import { runCli } from '../../src/cli/run.js';

const folder = mkdtempSync(join(tmpdir(), 'borger-cli-'));
after(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readInputs,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
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
    const { code, stdout } = await cli('check', file);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /✖ \$\.terms\[0\]\.explanation\.__proto__ \(linje 6\): is not a known field \(a typo\?\)/);
    assert.match(stdout, /✖ \$\.terms\[0\]\.translations\.__proto__ \(linje 7\): is not a known field \(a typo\?\)/);
    assert.match(stdout, /✖ \$\.terms\[0\]\.constructor \(linje 8\): is not a known field \(a typo\?\)/);
  });
});
