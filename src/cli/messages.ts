// The checker's own sentences, in Danish (the editors' language, the default) and English (`--lang en`).
// The validators' messages come from the widgets in English (the browser console's language for web
// teams); in Danish they are translated by problems-da.ts, so no English sentence sits in a Danish frame.
import type { MarkupProblem } from '../core/markup.js';
import type { LixBand } from '../help/lix.js';
import { MAX_FILE_BYTES, type UncheckedNote, type UnreadableReason } from './check.js';
import { LIX_MIN_WORDS } from './citizen-texts.js';
import type { JsonSyntaxReason } from './json-source.js';
import { danishProblem } from './problems-da.js';
import type { ReferenceProblem } from './references.js';

export type CliLang = 'da' | 'en';
export const CLI_LANGS: readonly CliLang[] = ['da', 'en'];

export type CliMessage =
  /** A validator's sentence, as the widget reports it. */
  | { code: 'invalid'; text: string }
  | { code: 'json-syntax'; reason: JsonSyntaxReason; found?: string }
  | { code: 'duplicate-key'; key: string; firstLine: number }
  | { code: 'unknown-format' }
  | { code: 'unreadable'; reason: UnreadableReason; detail?: string }
  | ReferenceProblem
  | { code: 'hard-to-read'; lix: number; band: LixBand; limit: number; lang: 'da' }
  /** Rich text whose markup is broken: the widget shows it recovered, but not as the editor meant. */
  | { code: 'malformed-markup'; problem: MarkupProblem['code']; tag?: string; detail?: string; character: number; excerpt: string };

export interface CliStrings {
  message: (message: CliMessage) => string;
  band: Record<LixBand, string>;
  /** "line 3", "line 3, column 5". */
  at: (line: number, column?: number) => string;
  noErrors: string;
  lixSummary: (count: number, highest: number, band: string, path: string) => string;
  notChecked: (note: UncheckedNote) => string;
  summary: (files: number, errors: number, warnings: number) => string;
}

const q = (text: string) => JSON.stringify(text);
const mib = (bytes: string | undefined) => `${(Number(bytes) / 1024 / 1024).toFixed(1)} MiB`;
const list = (ids: readonly string[]) => ids.map(q).join(', ');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const SCHEMA_EXAMPLE = 'https://unpkg.com/borger-widgets/dist/schemas/guide.schema.json';

const da: CliStrings = {
  band: { 'very-easy': 'meget let', easy: 'let', medium: 'middel', hard: 'svær', 'very-hard': 'meget svær' },
  at: (line, column) => (column === undefined ? `linje ${line}` : `linje ${line}, kolonne ${column}`),
  noErrors: 'ingen fejl',
  lixSummary: (count, highest, band, path) =>
    `LIX: ${plural(count, 'tekst', 'tekster')} på mindst ${LIX_MIN_WORDS} ord, højest ${highest} (${band}) i ${path}`,
  notChecked: ({ kinds, count, needs, because }) => {
    const what =
      needs === 'channels'
        ? 'opgaver ("task")'
        : kinds.length > 1
          ? 'bookingydelser og steder ("service", "location")'
          : 'bookingydelser ("service")';
    const file = needs === 'channels' ? 'kanalfil (channels)' : 'bookingkatalog (booking-seed)';
    const why =
      because === 'missing' ? `der ikke er nogen ${file} blandt filerne` : `den givne ${file} har fejl i opbygningen; ret dem først`;
    return `Bemærk: ${plural(count, 'henvisning', 'henvisninger')} til ${what} er ikke tjekket, fordi ${why}.`;
  },

  summary: (files, errors, warnings) =>
    `${plural(files, 'fil', 'filer')} tjekket: ${plural(errors, 'fejl', 'fejl')}, ${plural(warnings, 'advarsel', 'advarsler')}.`,
  message(m) {
    switch (m.code) {
      case 'invalid':
        return danishProblem(m.text) ?? m.text;
      case 'json-syntax':
        return `ugyldig JSON — ${DA_SYNTAX[m.reason](m.found)}`;
      case 'duplicate-key':
        return `feltet ${q(m.key)} står to gange i samme objekt (første gang i linje ${m.firstLine}); kun det sidste gælder, så det første bliver ignoreret uden varsel`;
      case 'unknown-format':
        return `kan ikke se, hvilket format filen har. Skriv "$schema" øverst (fx ${q(SCHEMA_EXAMPLE)}), eller tjek felterne: en guide har "start" og "nodes", kanaler har "channels", en ordliste har "terms", og et bookingkatalog har "services" og "locations"`;
      case 'unreadable':
        if (m.reason === 'missing') return 'filen findes ikke';
        if (m.reason === 'empty-folder') return 'mappen har ingen .json-filer';
        if (m.reason === 'not-a-file') return 'er ikke en almindelig fil (fx en navngivet pipe eller en enhed) og bliver ikke læst';
        if (m.reason === 'too-large') return `filen er for stor (${mib(m.detail)}); højst ${mib(String(MAX_FILE_BYTES))} bliver læst`;
        return `filen kan ikke læses (${m.detail ?? 'ukendt fejl'})`;
      case 'unknown-task':
        return `nævner opgaven ${q(m.task)}, som ikke findes under "tasks" i kanalfilen (${m.known.length ? `kendte: ${list(m.known)}` : 'den har ingen opgaver'})`;
      case 'unknown-service':
        return `nævner bookingydelsen ${q(m.service)}, som ikke findes under "services" i bookingkataloget (kendte: ${list(m.known)})`;
      case 'unknown-location':
        return `nævner stedet ${q(m.location)}, som ikke findes under "locations" i bookingkataloget (kendte: ${list(m.known)})`;
      case 'service-not-at-location':
        return `stedet ${q(m.location)} tilbyder ikke ydelsen ${q(m.service)} (se "serviceIds" for stedet i bookingkataloget)`;
      case 'hard-to-read':
        return `LIX ${m.lix} (${da.band[m.band]}) — over ${m.limit}`;
      case 'malformed-markup':
        return `${DA_MARKUP[m.problem](m.tag)}${m.detail ? ` (${m.detail})` : ''} ved tegn ${m.character}: ${q(m.excerpt)}`;
    }
  },
};

const DA_SYNTAX: Record<JsonSyntaxReason, (found?: string) => string> = {
  empty: () => 'filen er tom',
  'unexpected-end': () => 'filen slutter for tidligt; mangler der en } eller ] til sidst?',
  'unexpected-character': (found) => `uventet tegn ${q(found ?? '')}`,
  'trailing-comma': () => 'et komma for meget; der må ikke stå komma efter det sidste element før } eller ]',
  'missing-comma': () => 'der mangler et komma før dette sted',
  'missing-colon': () => 'der mangler et kolon (:) efter feltnavnet',
  'single-quotes': () => `tekst og feltnavne skal stå i dobbelte anførselstegn ("), ikke enkelte (')`,
  comment: () => 'JSON tillader ikke kommentarer (// eller /* */)',
  'unquoted-key': () => 'feltnavnet skal stå i anførselstegn, fx "title"',
  'line-break-in-string': () => 'linjeskift inde i en tekst; mangler teksten sit afsluttende "? (skriv \\n for et linjeskift i teksten)',
  'control-character': () => 'et usynligt kontroltegn (fx tabulator) inde i en tekst; fjern det eller skriv \\t',
  'bad-escape': () => 'ugyldig \\-kode i en tekst; skriv \\\\ for en omvendt skråstreg',
  'bad-number': () => 'ugyldigt tal',
  'trailing-data': () => 'der står mere efter slutningen af indholdet',
  'too-deep': () => 'indholdet er indlejret for dybt (over 256 niveauer)',
};

const tagName = (tag?: string) => (tag === undefined ? '' : ` <${tag}>`);

const DA_MARKUP: Record<MarkupProblem['code'], (tag?: string) => string> = {
  'unclosed-quote': (tag) =>
    `markup: en værdi i tagget${tagName(tag)} mangler sit afsluttende anførselstegn; borgeren ser tagget slutte ved næste ">"`,
  'unclosed-tag': (tag) => `markup: tagget${tagName(tag)} slutter aldrig (intet ">"); borgeren ser resten som tekst med tegnene "<" og ">"`,
  'unclosed-raw': (tag) => `markup:${tagName(tag)} har intet sluttag; borgeren ser indholdet som tekst`,
  'too-deep': () => 'markup: tags er indlejret for dybt',
  'refused-link': () => 'markup: linket er afvist; borgeren ser kun linkteksten',
};

const EN_MARKUP: Record<MarkupProblem['code'], (tag?: string) => string> = {
  'unclosed-quote': (tag) =>
    `markup: a value in the tag${tagName(tag)} lacks its closing quote; the citizen sees the tag end at the next ">"`,
  'unclosed-tag': (tag) => `markup: the tag${tagName(tag)} never ends (no ">"); the citizen sees the rest as text with "<" and ">"`,
  'unclosed-raw': (tag) => `markup:${tagName(tag)} has no end tag; the citizen sees its content as text`,
  'too-deep': () => 'markup: tags are nested too deeply',
  'refused-link': () => 'markup: the link is refused; the citizen sees only its text',
};

const en: CliStrings = {
  band: { 'very-easy': 'very easy', easy: 'easy', medium: 'medium', hard: 'hard', 'very-hard': 'very hard' },
  at: (line, column) => (column === undefined ? `line ${line}` : `line ${line}, column ${column}`),
  noErrors: 'no errors',
  lixSummary: (count, highest, band, path) =>
    `LIX: ${plural(count, 'text', 'texts')} of ${LIX_MIN_WORDS} words or more, highest ${highest} (${band}) at ${path}`,
  notChecked: ({ kinds, count, needs, because }) => {
    const what =
      needs === 'channels'
        ? 'tasks ("task")'
        : kinds.length > 1
          ? 'booking services and locations ("service", "location")'
          : 'booking services ("service")';
    const file = needs === 'channels' ? 'channels file (channels)' : 'booking catalogue (booking-seed)';
    const why =
      because === 'missing' ? `there is no ${file} among the files` : `the ${file} given has errors in its shape; fix those first`;
    return `Note: ${plural(count, 'reference', 'references')} to ${what} not checked, as ${why}.`;
  },

  summary: (files, errors, warnings) =>
    `${plural(files, 'file', 'files')} checked: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`,
  message(m) {
    switch (m.code) {
      case 'invalid':
        return m.text;
      case 'json-syntax':
        return `invalid JSON — ${EN_SYNTAX[m.reason](m.found)}`;
      case 'duplicate-key':
        return `the field ${q(m.key)} is written twice in one object (first on line ${m.firstLine}); only the last one counts, so the first is silently ignored`;
      case 'unknown-format':
        return `cannot tell the file's format. Add "$schema" at the top (e.g. ${q(SCHEMA_EXAMPLE)}), or check the fields: a guide has "start" and "nodes", channels have "channels", a glossary has "terms", and a booking catalogue has "services" and "locations"`;
      case 'unreadable':
        if (m.reason === 'missing') return 'the file does not exist';
        if (m.reason === 'empty-folder') return 'the folder has no .json files';
        if (m.reason === 'not-a-file') return 'is not a regular file (e.g. a named pipe or a device) and is not read';
        if (m.reason === 'too-large') return `the file is too large (${mib(m.detail)}); at most ${mib(String(MAX_FILE_BYTES))} is read`;
        return `the file cannot be read (${m.detail ?? 'unknown error'})`;
      case 'unknown-task':
        return `names the task ${q(m.task)}, which is not under "tasks" in the channels file (${m.known.length ? `known: ${list(m.known)}` : 'it has no tasks'})`;
      case 'unknown-service':
        return `names the booking service ${q(m.service)}, which is not under "services" in the booking catalogue (known: ${list(m.known)})`;
      case 'unknown-location':
        return `names the location ${q(m.location)}, which is not under "locations" in the booking catalogue (known: ${list(m.known)})`;
      case 'service-not-at-location':
        return `the location ${q(m.location)} does not offer the service ${q(m.service)} (see the location's "serviceIds" in the booking catalogue)`;
      case 'hard-to-read':
        return `LIX ${m.lix} (${en.band[m.band]}) — over ${m.limit}`;
      case 'malformed-markup':
        return `${EN_MARKUP[m.problem](m.tag)}${m.detail ? ` (${m.detail})` : ''} at character ${m.character}: ${q(m.excerpt)}`;
    }
  },
};

const EN_SYNTAX: Record<JsonSyntaxReason, (found?: string) => string> = {
  empty: () => 'the file is empty',
  'unexpected-end': () => 'the file ends too early; is a } or ] missing at the end?',
  'unexpected-character': (found) => `unexpected character ${q(found ?? '')}`,
  'trailing-comma': () => 'one comma too many; no comma may follow the last item before } or ]',
  'missing-comma': () => 'a comma is missing before this point',
  'missing-colon': () => 'a colon (:) is missing after the field name',
  'single-quotes': () => `texts and field names need double quotes ("), not single ones (')`,
  comment: () => 'JSON does not allow comments (// or /* */)',
  'unquoted-key': () => 'the field name needs quotes, e.g. "title"',
  'line-break-in-string': () => 'a line break inside a text; is its closing " missing? (write \\n for a line break in the text)',
  'control-character': () => 'an invisible control character (e.g. a tab) inside a text; remove it or write \\t',
  'bad-escape': () => 'an invalid \\ code in a text; write \\\\ for a backslash',
  'bad-number': () => 'an invalid number',
  'trailing-data': () => 'there is more after the end of the content',
  'too-deep': () => 'the content is nested too deeply (over 256 levels)',
};

export const STRINGS: Record<CliLang, CliStrings> = { da, en };
