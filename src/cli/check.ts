// `borger-widgets check`, the pure part: files in (name and text), a report out. For each file: parse
// (with lines), find the format, run the widget's own validator, rate every citizen text with LIX; then
// check the references between the files given together. No I/O, no printing.
import { unknownNoteTasks } from '../channels/channels.problems.js';
import type { ChannelsContent } from '../channels/channels.schema.js';
import { HREF_REFUSALS } from '../core/href-refusal.js';
import type { LocalizedText } from '../core/localized.js';
import { markupProblems } from '../core/markup.js';
import { jsonPath } from '../core/validation.js';
import { citizenTexts, LIX_MIN_WORDS, readability, type TextReadability } from './citizen-texts.js';
import { detectFormat, type FormatName } from './formats.js';
import { lineOfPath, parseJsonSource } from './json-source.js';
import type { CliMessage } from './messages.js';
import {
  checkReference,
  type Reference,
  type ReferenceKind,
  referencesOf,
  type ShapedContent,
  TARGET_FORMAT,
  targetsOf,
} from './references.js';

/**
 * The largest file `check` reads: 10 MiB, five times the widgets' default `src` limit (2 MiB). A
 * larger file is refused unread rather than stalling the terminal.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a file was not read: `not-a-file` (a FIFO, device or socket), `too-large` (over MAX_FILE_BYTES; detail: its size). */
export type UnreadableReason = 'missing' | 'empty-folder' | 'error' | 'not-a-file' | 'too-large';

export type InputFile = { name: string; text: string } | { name: string; unreadable: UnreadableReason; detail?: string };

export interface Finding {
  /** JSON path of the value at fault; absent for problems with the file as a whole. */
  path?: string;
  line?: number;
  column?: number;
  message: CliMessage;
}

export interface FileReport {
  file: string;
  format?: FormatName;
  detectedBy?: '$schema' | 'shape';
  errors: Finding[];
  warnings: Finding[];
  /** Every Danish citizen text, warned or not. */
  readability: TextReadability[];
}

/** References that could not be checked: no file defining their targets was given, or it could not be read. */
export interface UncheckedNote {
  code: 'not-checked';
  kinds: ReferenceKind[];
  count: number;
  needs: FormatName;
  /** `missing`: no file of that format among the inputs; `broken`: there is one, but its shape is invalid. */
  because: 'missing' | 'broken';
}

export interface CheckReport {
  files: FileReport[];
  notes: UncheckedNote[];
  lixLimit: number;
}

export interface CheckOptions {
  /** Warn when a text's rounded LIX is above this. */
  lixLimit: number;
}

export const DEFAULT_LIX_LIMIT = 40;

interface Checked {
  report: FileReport;
  shaped?: ShapedContent;
  lines: ReadonlyMap<string, number>;
}

function checkOne(input: InputFile, options: CheckOptions): Checked {
  const report: FileReport = { file: input.name, errors: [], warnings: [], readability: [] };
  const none = new Map<string, number>();
  if ('unreadable' in input) {
    const { unreadable: reason, detail } = input;
    report.errors.push({ message: { code: 'unreadable', reason, ...(detail === undefined ? {} : { detail }) } });
    return { report, lines: none };
  }
  const parsed = parseJsonSource(input.text);
  if (!parsed.ok) {
    const { line, column, reason, found } = parsed.error;
    report.errors.push({ line, column, message: { code: 'json-syntax', reason, ...(found === undefined ? {} : { found }) } });
    return { report, lines: none };
  }
  const { value, lines, duplicates } = parsed.source;
  for (const { path, key, line, firstLine } of duplicates) {
    report.errors.push({ path, line, message: { code: 'duplicate-key', key, firstLine } });
  }
  const detected = detectFormat(value);
  if (!detected) {
    report.errors.push({ message: { code: 'unknown-format' } });
    return { report, lines };
  }
  const { format } = detected;
  report.format = format.name;
  report.detectedBy = detected.by;
  const validated = format.validate(value);
  if (!validated.ok) {
    for (const { path, message } of validated.problems) {
      report.errors.push({ path, line: lineOfPath(lines, path), message: { code: 'invalid', text: message } });
    }
  }
  // Shape-valid content can be read even when a cross-field check failed: rate its texts and follow its references.
  if (!format.schema.safeParse(value).success) return { report, lines };
  for (const text of citizenTexts(format.schema, value)) {
    const rated = readability(text);
    if (!rated) continue;
    report.readability.push(rated);
    if (rated.words >= LIX_MIN_WORDS && rated.lix > options.lixLimit) {
      report.warnings.push({
        path: rated.path,
        line: lineOfPath(lines, rated.path),
        message: { code: 'hard-to-read', lix: rated.lix, band: rated.band, limit: options.lixLimit, lang: rated.lang },
      });
    }
  }
  for (const { path, text, rich } of citizenTexts(format.schema, value)) {
    if (rich) report.errors.push(...markupFindings(path, text, lines));
  }
  // A channel text scoped to a task the file does not have is never shown: a warning, as the widget gives.
  if (format.name === 'channels') {
    for (const { path, task, known } of unknownNoteTasks(value as ChannelsContent)) {
      report.warnings.push({ path, line: lineOfPath(lines, path), message: { code: 'unknown-task', task, known } });
    }
  }
  return { report, lines, shaped: { format: format.name, value } as ShapedContent };
}

const EXCERPT = 40;

/** Broken markup in a rich text, each with the path of its language's text and the line of that path. */
function markupFindings(path: string, text: LocalizedText, lines: ReadonlyMap<string, number>): Finding[] {
  const texts: Array<[string, string]> =
    typeof text === 'string' ? [[path, text]] : Object.entries(text).map(([lang, value]) => [path + jsonPath([lang]).slice(1), value]);
  return texts.flatMap(([at, source]) =>
    markupProblems(source).map((problem): Finding => {
      const excerpt = source.slice(problem.offset, problem.offset + EXCERPT) + (source.length > problem.offset + EXCERPT ? '…' : '');
      const message: CliMessage = { code: 'malformed-markup', problem: problem.code, character: problem.offset + 1, excerpt };
      if (problem.tag !== undefined) message.tag = problem.tag;
      if (problem.reason !== undefined) message.detail = HREF_REFUSALS[problem.reason];
      return { path: at, line: lineOfPath(lines, at), message };
    }),
  );
}

const byLine = (a: Finding, b: Finding) => (a.line ?? 0) - (b.line ?? 0);

/** Checks the files together; the order of the report is the order of the inputs. */
export function checkFiles(inputs: readonly InputFile[], options: CheckOptions): CheckReport {
  const checked = inputs.map((input) => checkOne(input, options));
  const shaped = checked.flatMap((c) => (c.shaped ? [c.shaped] : []));
  const present = new Set(shaped.map((s) => s.format));
  const given = new Set(checked.map((c) => c.report.format));
  const targets = targetsOf(shaped);
  const unchecked = new Map<FormatName, { kinds: Set<ReferenceKind>; count: number }>();

  for (const { report, shaped: content, lines } of checked) {
    if (!content) continue;
    for (const reference of referencesOf(content)) {
      const needs = TARGET_FORMAT[reference.kind];
      if (!present.has(needs)) {
        const entry = unchecked.get(needs) ?? { kinds: new Set<ReferenceKind>(), count: 0 };
        entry.kinds.add(reference.kind);
        entry.count++;
        unchecked.set(needs, entry);
        continue;
      }
      const problem = checkReference(reference, targets);
      if (problem) report.errors.push(referenceFinding(reference, problem, lines));
    }
  }
  for (const { report } of checked) {
    report.errors.sort(byLine);
    report.warnings.sort(byLine);
  }
  const notes = [...unchecked].map(
    ([needs, { kinds, count }]): UncheckedNote => ({
      code: 'not-checked',
      kinds: [...kinds],
      count,
      needs,
      because: given.has(needs) ? 'broken' : 'missing',
    }),
  );
  return { files: checked.map((c) => c.report), notes, lixLimit: options.lixLimit };
}

function referenceFinding(reference: Reference, problem: CliMessage, lines: ReadonlyMap<string, number>): Finding {
  return { path: reference.path, line: lineOfPath(lines, reference.path), message: problem };
}

export interface Counts {
  files: number;
  errors: number;
  warnings: number;
}

export function countFindings(report: CheckReport): Counts {
  return {
    files: report.files.length,
    errors: report.files.reduce((sum, f) => sum + f.errors.length, 0),
    warnings: report.files.reduce((sum, f) => sum + f.warnings.length, 0),
  };
}
