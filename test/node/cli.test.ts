// `borger-widgets check`: good and broken content, the way editors run it. Most cases run the command
// in-process (runCli with the real file reader); a few start it as a real process through tsx, as
// `npx borger-widgets` would, to see the exit code the shell sees.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { detectFormat } from '../../src/cli/formats.js';
import { cli } from './cli-harness.js';

const root = resolve(import.meta.dirname, '../..');
/** Paths as an editor would type them, relative to where the tests run. */
const at = (path: string) => relative(process.cwd(), resolve(root, path));
const fixture = (name: string) => at(`test/fixtures/cli/${name}`);
const demo = (name: string) => at(`demo/content/${name}`);
const DEMO_FILES = readdirSync(resolve(root, 'demo/content'))
  .filter((name) => name.endsWith('.json'))
  .map(demo);

function cliProcess(...argv: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'src/cli/main.ts'), ...argv], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines printed for one file (its block, up to the blank line). */
function block(stdout: string, file: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => line === file || line.startsWith(`${file} (`));
  assert.notEqual(start, -1, `no block for ${file} in:\n${stdout}`);
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('borger-widgets check: the demo content', () => {
  it('passes when all demo files are checked together (exit 0), each file with its format', () => {
    const { code, stdout, stderr } = cliProcess('check', ...DEMO_FILES);
    assert.equal(stderr, '');
    assert.equal(code, 0, stdout);
    assert.match(stdout, new RegExp(`${DEMO_FILES.length} filer tjekket: 0 fejl, \\d+ advarsl`));
    assert.deepEqual(block(stdout, demo('guide-pas.json'))[0], `${demo('guide-pas.json')} (guide)`);
    assert.deepEqual(block(stdout, demo('kontakt.json'))[0], `${demo('kontakt.json')} (channels)`);
    assert.deepEqual(block(stdout, demo('ordliste.json'))[0], `${demo('ordliste.json')} (glossary)`);
    assert.deepEqual(block(stdout, demo('booking-seed.json'))[0], `${demo('booking-seed.json')} (booking-seed)`);
    // Every kind of reference had its target file, so none went unchecked.
    assert.doesNotMatch(stdout, /Bemærk/);
  });

  it('keeps the demo content plain: no text over the LIX limit (--strict)', async () => {
    const { code, stdout } = await cli('check', '--strict', at('demo/content'));
    assert.equal(code, 0, stdout);
  });

  it('accepts a folder for its .json files', async () => {
    const { code, stdout } = await cli('check', at('demo/content'));
    assert.equal(code, 0);
    for (const file of DEMO_FILES) assert.ok(stdout.includes(`${file} (`), file);
  });

  it('notes which references it could not check when a target file is missing', async () => {
    const { code, stdout } = await cli('check', demo('guide-pas.json'));
    assert.equal(code, 0);
    assert.match(
      stdout,
      /Bemærk: \d+ henvisninger til opgaver \("task"\) er ikke tjekket, fordi der ikke er nogen kanalfil \(channels\) blandt filerne\./,
    );
    assert.match(stdout, /Bemærk: \d+ henvisninger til bookingydelser og steder \("service", "location"\) er ikke tjekket/);
  });
});

describe('borger-widgets check: broken files', () => {
  const cases: { name: string; file: string; line: string }[] = [
    {
      name: 'malformed JSON, with line and column',
      file: 'malformed.json.txt',
      line: '  ✖ linje 4, kolonne 3: ugyldig JSON — der mangler et komma før dette sted',
    },
    {
      name: 'a typo in a field name',
      file: 'typo-field.json',
      line: '  ✖ $.nodes.klar.titel (linje 8): er ikke et kendt felt (en tastefejl?)',
    },
    {
      name: 'a dangling next',
      file: 'dangling-next.json',
      line: '  ✖ $.nodes.foto.next (linje 10): går til "mistet", som ikke er et trin i $.nodes',
    },
    {
      name: 'a loop',
      file: 'cycle.json',
      line: '  ✖ $.nodes.b.next[1].to (linje 11): går tilbage til "a" og laver en løkke: a → b → a; en guide skal altid gå fremad',
    },
    {
      name: 'a duplicate glossary id',
      file: 'duplicate-glossary-id.json',
      line: '  ✖ $.terms[1].id (linje 4): er "sundhedskort" igen; id’er skal være unikke (brugt første gang i $.terms[0].id)',
    },
    {
      name: 'a key written twice (JSON.parse would silently drop the first node)',
      file: 'duplicate-key.json.txt',
      line: '  ✖ $.nodes.klar (linje 7): feltet "klar" står to gange i samme objekt (første gang i linje 6); kun det sidste gælder, så det første bliver ignoreret uden varsel',
    },
    {
      name: 'an unknown format',
      file: 'unknown-format.json',
      line: '  ✖ kan ikke se, hvilket format filen har. Skriv "$schema" øverst (fx "https://unpkg.com/borger-widgets/dist/schemas/guide.schema.json"), eller tjek felterne: en guide har "start" og "nodes", kanaler har "channels", en ordliste har "terms", og et bookingkatalog har "services" og "locations"',
    },
    {
      name: 'a booking catalogue offering a service it lacks',
      file: 'bad-booking-seed.json',
      line: '  ✖ $.locations[0].serviceIds[1] (linje 7): nævner ydelsen "koerekort", som ikke findes under "services" (kendte: "pas")',
    },
  ];
  for (const { name, file, line } of cases) {
    it(`reports ${name} and exits 1`, async () => {
      const { code, stdout } = await cli('check', fixture(file));
      assert.equal(code, 1);
      assert.ok(block(stdout, fixture(file)).includes(line), stdout);
      assert.match(stdout, /1 fil tjekket: [1-9]\d* fejl/);
    });
  }

  it('reports a file that does not exist', async () => {
    const { code, stdout } = await cli('check', 'findes-ikke.json');
    assert.equal(code, 1);
    assert.deepEqual(block(stdout, 'findes-ikke.json'), ['findes-ikke.json', '  ✖ filen findes ikke']);
  });

  it('exits 1 as a real process too, and still reports the good files next to the bad', () => {
    const { code, stdout } = cliProcess('check', fixture('good-guide.json'), fixture('cycle.json'));
    assert.equal(code, 1);
    assert.deepEqual(block(stdout, fixture('good-guide.json')).slice(0, 2), [`${fixture('good-guide.json')} (guide)`, '  ✔ ingen fejl']);
  });
});

describe('borger-widgets check: references between files', () => {
  it('finds unknown tasks, booking services and locations, and a location that lacks the service', async () => {
    const { code, stdout } = await cli('check', fixture('unknown-references.json'), demo('kontakt.json'), demo('booking-seed.json'));
    assert.equal(code, 1);
    const lines = block(stdout, fixture('unknown-references.json'));
    const tasks = '"pas", "koerekort", "flyt", "sundhedskort", "mitid", "barn", "andet"';
    const services = '"pas", "koerekort", "sundhedskort", "mitid", "hjaelp-selvbetjening"';
    assert.deepEqual(lines.slice(1), [
      `  ✖ $.task (linje 4): nævner opgaven "pass", som ikke findes under "tasks" i kanalfilen (kendte: ${tasks})`,
      `  ✖ $.nodes.klar.actions[0].service (linje 12): nævner bookingydelsen "nyt-pas", som ikke findes under "services" i bookingkataloget (kendte: ${services})`,
      '  ✖ $.nodes.klar.actions[1].location (linje 13): stedet "bibliotek-valby" tilbyder ikke ydelsen "sundhedskort" (se "serviceIds" for stedet i bookingkataloget)',
      '  ✖ $.nodes.klar.actions[2].location (linje 14): nævner stedet "bibliotek-amager", som ikke findes under "locations" i bookingkataloget (kendte: "borgerservice-raadhuset", "bibliotek-hovedbiblioteket", "bibliotek-valby")',
      `  ✖ $.nodes.klar.actions[3].task (linje 15): nævner opgaven "pass", som ikke findes under "tasks" i kanalfilen (kendte: ${tasks})`,
    ]);
  });

  it("finds a channel's unknown booking service", async () => {
    const { code, stdout } = await cli('check', fixture('channels-unknown-booking.json'), demo('booking-seed.json'));
    assert.equal(code, 1);
    assert.match(
      block(stdout, fixture('channels-unknown-booking.json'))[1] ?? '',
      /^ {2}✖ \$\.channels\[0\]\.bookingService \(linje 9\): nævner bookingydelsen "pas-fornyelse"/,
    );
  });

  it('checks only the kinds of reference whose targets are among the files', async () => {
    const { code, stdout } = await cli('check', fixture('unknown-references.json'), demo('kontakt.json'));
    assert.equal(code, 1);
    const lines = block(stdout, fixture('unknown-references.json'));
    assert.equal(lines.filter((line) => line.includes('opgaven "pass"')).length, 2);
    assert.ok(!lines.some((line) => /bookingydelsen|stedet/.test(line)), lines.join('\n'));
    // 3 services and 2 locations in the guide, and the 2 channels in kontakt.json that can be booked.
    assert.match(stdout, /Bemærk: 9 henvisninger til bookingydelser og steder/);
  });

  it('does not follow references into a target file whose shape is broken, and says why', async () => {
    const { code, stdout } = await cli('check', fixture('unknown-references.json'), fixture('broken-channels.json'));
    assert.equal(code, 1);
    assert.deepEqual(block(stdout, fixture('unknown-references.json')).slice(1), ['  ✔ ingen fejl']);
    assert.match(
      block(stdout, fixture('broken-channels.json'))[1] ?? '',
      /\$\.channels\[0\]\.kind \(linje 2\): skal være en af "selfservice"/,
    );
    assert.match(
      stdout,
      /Bemærk: 2 henvisninger til opgaver \("task"\) er ikke tjekket, fordi den givne kanalfil \(channels\) har fejl i opbygningen; ret dem først\./,
    );
  });

  it("checks the booking ids a guide's `byAnswers` rules choose", async () => {
    const { code, stdout } = await cli('check', fixture('guide-by-answers.json'), demo('booking-seed.json'));
    assert.equal(code, 1);
    const lines = block(stdout, fixture('guide-by-answers.json'));
    assert.match(
      lines[1] ?? '',
      /^ {2}✖ \$\.nodes\.klar\.actions\[0\]\.byAnswers\[0\]\.service \(linje \d+\): nævner bookingydelsen "pas-mistet"/,
    );
    assert.equal(lines.filter((line) => line.includes('✖')).length, 1, "the rule's place is offered for the service: no problem there");
  });

  it('warns (without failing) about a channel text scoped to a task the file does not have', async () => {
    const { code, stdout } = await cli('check', fixture('channels-note-unknown-task.json'));
    assert.equal(code, 0, stdout);
    assert.deepEqual(block(stdout, fixture('channels-note-unknown-task.json')).slice(1), [
      '  ✔ ingen fejl',
      '  ⚠ $.channels[0].notes[0].tasks[1] (linje 9): nævner opgaven "pass", som ikke findes under "tasks" i kanalfilen (kendte: "pas")',
    ]);
    assert.match(stdout, /1 fil tjekket: 0 fejl, 1 advarsel\./);
  });

  it('passes a guide whose references all exist', async () => {
    const { code, stdout } = await cli('check', fixture('good-guide.json'), demo('kontakt.json'), demo('booking-seed.json'));
    assert.equal(code, 0, stdout);
  });
});

describe('borger-widgets check: readability (LIX)', () => {
  it('warns about hard Danish text without failing, and names path, LIX, band and limit', async () => {
    const { code, stdout } = await cli('check', fixture('hard-to-read.json'));
    assert.equal(code, 0);
    assert.ok(
      block(stdout, fixture('hard-to-read.json')).includes('  ⚠ $.terms[0].explanation (da, linje 7): LIX 104 (meget svær) — over 40'),
      stdout,
    );
    assert.match(stdout, /1 fil tjekket: 0 fejl, 1 advarsel\./);
  });

  it('fails on warnings with --strict', async () => {
    assert.equal((await cli('check', '--strict', fixture('hard-to-read.json'))).code, 1);
    assert.equal((await cli('check', '--strict', fixture('good-guide.json'))).code, 0);
  });

  it('takes the limit from --lix-limit', async () => {
    const lenient = await cli('check', '--lix-limit', '110', fixture('hard-to-read.json'));
    assert.doesNotMatch(lenient.stdout, /⚠/);
    const strict = await cli('check', `--lix-limit=20`, fixture('hard-to-read.json'));
    assert.match(strict.stdout, /⚠ \$\.terms\[0\]\.explanation \(da, linje 7\): LIX 104 \(meget svær\) — over 20/);
    assert.match(strict.stdout, /⚠ \$\.terms\[1\]\.explanation \(da, linje 15\): LIX 21 \(meget let\) — over 20/);
  });

  it('gives texts under 10 words no warning, however long their words', async () => {
    // "Mistet pas" titles and button labels are short; with the limit at 0 only texts of 10+ words warn.
    const { stdout } = await cli('check', '--json', '--lix-limit', '0', fixture('good-guide.json'));
    const [file] = JSON.parse(stdout).files;
    const warned = file.warnings.map((w: { path: string }) => w.path);
    const long = file.readability.filter((r: { words: number }) => r.words >= 10).map((r: { path: string }) => r.path);
    assert.deepEqual(warned, long);
    assert.ok(file.readability.length > long.length, 'the short texts are still rated');
  });
});

describe('borger-widgets check: output and command line', () => {
  it('prints a JSON report with --json', async () => {
    const { code, stdout } = await cli(
      'check',
      '--json',
      fixture('typo-field.json'),
      fixture('hard-to-read.json'),
      fixture('malformed.json.txt'),
    );
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.summary, { files: 3, errors: 2, warnings: 1 });
    assert.equal(report.lixLimit, 40);
    const [typo, hard, malformed] = report.files;
    assert.deepEqual(typo.errors, [
      { path: '$.nodes.klar.titel', line: 8, code: 'invalid', message: 'er ikke et kendt felt (en tastefejl?)' },
    ]);
    assert.equal(typo.format, 'guide');
    assert.equal(typo.detectedBy, 'shape');
    assert.equal(hard.detectedBy, '$schema');
    assert.deepEqual(hard.warnings[0], {
      path: '$.terms[0].explanation',
      line: 7,
      code: 'hard-to-read',
      lix: 104,
      band: 'very-hard',
      limit: 40,
      lang: 'da',
      message: 'LIX 104 (meget svær) — over 40',
    });
    assert.equal(hard.readability.length, 2);
    assert.equal(malformed.errors[0].reason, 'missing-comma');
    assert.equal(malformed.errors[0].column, 3);
  });

  it('speaks English with --lang en, the validators’ sentences too', async () => {
    const { stdout } = await cli(
      'check',
      '--lang',
      'en',
      fixture('malformed.json.txt'),
      fixture('hard-to-read.json'),
      fixture('typo-field.json'),
    );
    assert.match(stdout, / {2}✖ line 4, column 3: invalid JSON — a comma is missing before this point/);
    assert.match(stdout, / {2}⚠ \$\.terms\[0\]\.explanation \(da, line 7\): LIX 104 \(very hard\) — over 40/);
    assert.match(stdout, / {2}✖ \$\.nodes\.klar\.titel \(line 8\): is not a known field \(a typo\?\)/);
    assert.match(stdout, /3 files checked: 2 errors, 1 warning\./);
  });

  it('explains itself with --help, in Danish by default', async () => {
    const { code, stdout } = await cli('--help');
    assert.equal(code, 0);
    assert.match(stdout, /npx borger-widgets check \[tilvalg\] <filer eller mapper …>/);
    assert.match(stdout, /Exit-koder: 0 ingen fejl · 1 fejl \(eller advarsler med --strict\) · 2 forkert brug/);
    assert.match(stdout, /under 10 ord får ingen advarsel/);
    assert.match((await cli('check', '--help', '--lang', 'en')).stdout, /Exit codes: 0 no errors/);
  });

  it('exits 2 with a sentence on stderr when the command line is wrong', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Angiv en kommando: check eller test-api\./],
      [['tjek', 'a.json'], /Ukendt kommando "tjek"/],
      [['check'], /Angiv de filer eller mapper, der skal tjekkes\./],
      [['check', '--lix-limit', 'fyrre', 'a.json'], /--lix-limit skal være et tal på 0 eller mere, ikke "fyrre"\./],
      [['check', '--lix-limit'], /--lix-limit skal have en værdi\./],
      [['check', '--strikt', 'a.json'], /Ukendt tilvalg "--strikt"\./],
      [['check', '--lang', 'constructor', 'a.json'], /--lang skal være en sprogkode som "da" eller "en", ikke "constructor"\./],
      [['check', '--lang', '__proto__', 'a.json'], /--lang skal være en sprogkode som "da" eller "en", ikke "__proto__"\./],
    ];
    for (const [argv, message] of cases) {
      const { code, stdout, stderr } = await cli(...argv);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /Se: npx borger-widgets --help/);
    }
    assert.equal(cliProcess('check').code, 2);
  });

  it('reads a file named after "--" even when it starts with a dash', async () => {
    const { stdout } = await cli('check', '--', '-x.json');
    assert.deepEqual(block(stdout, '-x.json'), ['-x.json', '  ✖ filen findes ikke']);
  });
});

describe('format detection', () => {
  it('uses "$schema" first, by its file name in any address', () => {
    assert.equal(
      detectFormat({ $schema: 'https://unpkg.com/borger-widgets/dist/schemas/glossary.schema.json', channels: [] })?.format.name,
      'glossary',
    );
    assert.equal(detectFormat({ $schema: '..\\schemas\\booking-seed.schema.json?v=2' })?.by, '$schema');
    assert.equal(detectFormat({ $schema: './not-a-guide.schema.json', nodes: {}, start: 'a' })?.by, 'shape');
  });

  it('falls back to the top-level fields', () => {
    assert.equal(detectFormat({ nodes: {}, start: 'a' })?.format.name, 'guide');
    assert.equal(detectFormat({ channels: [] })?.format.name, 'channels');
    assert.equal(detectFormat({ terms: [] })?.format.name, 'glossary');
    assert.equal(detectFormat({ services: [], locations: [] })?.format.name, 'booking-seed');
    assert.equal(detectFormat({ services: [] }), undefined);
    assert.equal(detectFormat([{ terms: [] }]), undefined);
    assert.equal(detectFormat('terms'), undefined);
  });
});
