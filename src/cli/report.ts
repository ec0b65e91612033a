// Prints a check report: grouped per file for people, or as one JSON document for tools (`--json`).
import type { CheckReport, FileReport, Finding } from './check.js';
import { countFindings } from './check.js';
import { LIX_MIN_WORDS } from './citizen-texts.js';
import { type CliLang, STRINGS } from './messages.js';

function where(finding: Finding, lang: CliLang): string {
  const strings = STRINGS[lang];
  const details = [
    finding.message.code === 'hard-to-read' ? finding.message.lang : undefined,
    finding.line === undefined ? undefined : strings.at(finding.line, finding.path === undefined ? finding.column : undefined),
  ].filter((part) => part !== undefined);
  if (finding.path === undefined) return details.join(', ');
  return details.length > 0 ? `${finding.path} (${details.join(', ')})` : finding.path;
}

function findingLine(symbol: string, finding: Finding, lang: CliLang): string {
  const at = where(finding, lang);
  const text = STRINGS[lang].message(finding.message);
  return at ? `  ${symbol} ${at}: ${text}` : `  ${symbol} ${text}`;
}

function lixLine(file: FileReport, lang: CliLang): string | undefined {
  const rated = file.readability.filter((r) => r.words >= LIX_MIN_WORDS);
  if (rated.length === 0) return undefined;
  const hardest = rated.reduce((a, b) => (b.lix > a.lix ? b : a));
  const strings = STRINGS[lang];
  return `  ${strings.lixSummary(rated.length, hardest.lix, strings.band[hardest.band], hardest.path)}`;
}

/** The report for people: one block per file, then notes and a summary line. */
export function formatText(report: CheckReport, lang: CliLang): string {
  const strings = STRINGS[lang];
  const blocks = report.files.map((file) => {
    const lines = [file.format ? `${file.file} (${file.format})` : file.file];
    lines.push(...file.errors.map((f) => findingLine('✖', f, lang)));
    if (file.errors.length === 0) lines.push(`  ✔ ${strings.noErrors}`);
    lines.push(...file.warnings.map((f) => findingLine('⚠', f, lang)));
    const lix = lixLine(file, lang);
    if (lix) lines.push(lix);
    return lines.join('\n');
  });
  const counts = countFindings(report);
  const tail = [...report.notes.map((note) => strings.notChecked(note)), strings.summary(counts.files, counts.errors, counts.warnings)];
  return `${[...blocks, tail.join('\n')].join('\n\n')}\n`;
}

function findingJson(finding: Finding, lang: CliLang) {
  const { message, ...location } = finding;
  const { code, ...data } = message;
  if (code === 'invalid') return { ...location, code, message: STRINGS[lang].message(message) };
  return { ...location, code, ...data, message: STRINGS[lang].message(message) };
}

/** The report for tools: every finding with its code, fields and sentence; every rated text. */
export function formatJson(report: CheckReport, lang: CliLang): string {
  const document = {
    lixLimit: report.lixLimit,
    lixMinWords: LIX_MIN_WORDS,
    summary: countFindings(report),
    files: report.files.map((file) => ({
      file: file.file,
      format: file.format,
      detectedBy: file.detectedBy,
      errors: file.errors.map((f) => findingJson(f, lang)),
      warnings: file.warnings.map((f) => findingJson(f, lang)),
      readability: file.readability,
    })),
    notes: report.notes.map((note) => ({ ...note, message: STRINGS[lang].notChecked(note) })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
