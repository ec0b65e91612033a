// The checker's Danish mode speaks Danish throughout: every sentence the validators can write about
// broken content has its Danish form. The broken content is made systematically from the demo files:
// every value replaced by a wrong type, an empty text, a junk id or removed, and an unknown field added.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parseArgs } from '../../src/cli/args.js';
import { detectFormat } from '../../src/cli/formats.js';
import { STRINGS } from '../../src/cli/messages.js';
import { danishProblem } from '../../src/cli/problems-da.js';

const root = resolve(import.meta.dirname, '../..');
const demoFiles = readdirSync(resolve(root, 'demo/content')).filter((name) => name.endsWith('.json'));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in `value`, objects and lists included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = at.length ? [at] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...at, i]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))];
  return here;
}

function mutated(
  value: Json,
  path: (string | number)[],
  change: (parent: Record<string | number, Json>, key: string | number) => void,
): Json {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  change(parent, path[path.length - 1]!);
  return copy;
}

const CHANGES: ((parent: Record<string | number, Json>, key: string | number) => void)[] = [
  (parent, key) => {
    parent[key] = 42;
  },
  (parent, key) => {
    parent[key] = '';
  },
  (parent, key) => {
    parent[key] = 'ikke gyldig!';
  },
  (parent, key) => {
    parent[key] = [];
  },
  (parent, key) => {
    parent[key] = {};
  },
  (parent, key) => {
    parent[key] = null;
  },
  (parent, key) => {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  },
  (parent, key) => {
    const value = parent[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) (value as Record<string, Json>).titel = 'x';
    if (Array.isArray(value) && value.length) value.push(structuredClone(value[0]!));
  },
];

/** Every English sentence the validators write about broken variants of the demo content. */
function validatorSentences(): Set<string> {
  const sentences = new Set<string>();
  for (const name of demoFiles) {
    const original = JSON.parse(readFileSync(resolve(root, 'demo/content', name), 'utf8')) as Json;
    const format = detectFormat(original)!.format;
    // The first two items of each list stand for the rest (the same schema checks them all).
    for (const path of paths(original).filter((at) => at.every((key) => typeof key !== 'number' || key < 2))) {
      for (const change of CHANGES) {
        const result = format.validate(mutated(original, path, change));
        if (!result.ok) for (const problem of result.problems) sentences.add(problem.message);
      }
    }
  }
  return sentences;
}

describe('borger-widgets check in Danish: no English sentence in a Danish frame', () => {
  it('knows a Danish form for every sentence the validators write about broken demo content', () => {
    const sentences = validatorSentences();
    assert.ok(sentences.size > 40, `only ${sentences.size} different sentences: the mutations found too little`);
    const untranslated = [...sentences].filter((sentence) => danishProblem(sentence) === undefined);
    assert.deepEqual(untranslated, []);
  });

  it('prints them in Danish by default and as written with --lang en', () => {
    const message = { code: 'invalid' as const, text: 'should be a string, not number 42' };
    assert.equal(STRINGS.da.message(message), 'skal være en tekst, ikke tallet 42');
    assert.equal(STRINGS.en.message(message), 'should be a string, not number 42');
  });

  it('keeps quoted values and paths exactly as written', () => {
    assert.equal(
      danishProblem('goes back to "a" and makes a loop: a → b → a; a guide must always move forward'),
      'går tilbage til "a" og laver en løkke: a → b → a; en guide skal altid gå fremad',
    );
    assert.equal(danishProblem('should be one of "yes", "no", not the text "måske"'), 'skal være en af "yes", "no", ikke teksten "måske"');
    assert.equal(danishProblem('is required (a string)'), 'mangler (skal være en tekst)');
    assert.equal(danishProblem('repeats the id "pas" of $.tasks[0]'), 'gentager id’et "pas" fra $.tasks[0]');
  });

  it('leaves an unknown sentence alone rather than guess', () => {
    assert.equal(danishProblem('constructor'), undefined);
    assert.equal(danishProblem('__proto__'), undefined);
    assert.equal(STRINGS.da.message({ code: 'invalid', text: 'something new' }), 'something new');
  });
});

describe('borger-widgets --lang: read as the widgets read a lang attribute', () => {
  it('tidies case and "_", reads Nordic languages as Danish and other languages as English', () => {
    const langOf = (value: string) => {
      const parsed = parseArgs(['check', '--lang', value, 'a.json']);
      return parsed.kind === 'check' ? parsed.lang : parsed.kind;
    };
    for (const value of ['da', 'DA', 'da-DK', 'da_dk', 'nb', 'nn', 'sv-SE']) assert.equal(langOf(value), 'da', value);
    for (const value of ['en', 'EN', 'en_GB', 'en-US', 'de', 'uk', 'pt-BR', 'ar']) assert.equal(langOf(value), 'en', value);
    for (const value of ['constructor', '__proto__', '', 'x-klingon']) assert.equal(langOf(value), 'usage-error', value);
  });
});
