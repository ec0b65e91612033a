// The command line: `borger-widgets check [options] <files or folders…>` and
// `borger-widgets test-api [--lang da|en] <base-url>`. Pure: argv in, a decision out.
import { parseLanguageTag, shownLanguage } from '../core/i18n/locale.js';
import { DEFAULT_LIX_LIMIT } from './check.js';
import { CLI_LANGS, type CliLang } from './messages.js';

export interface CheckCommand {
  kind: 'check';
  paths: string[];
  lixLimit: number;
  strict: boolean;
  json: boolean;
  lang: CliLang;
}

/** `test-api <base-url>`: the booking API contract checked against a server (test-api.ts). */
export interface TestApiCommand {
  kind: 'test-api';
  baseUrl: string;
  lang: CliLang;
}

export type UsageProblem =
  | { code: 'no-command' }
  | { code: 'unknown-command'; command: string }
  | { code: 'unknown-option'; option: string }
  | { code: 'missing-value'; option: string }
  | { code: 'bad-lix-limit'; value: string }
  | { code: 'bad-lang'; value: string }
  | { code: 'no-files' }
  | { code: 'no-base-url' }
  | { code: 'bad-base-url'; value: string };

export type ParsedArgs =
  | CheckCommand
  | TestApiCommand
  | { kind: 'help'; lang: CliLang }
  | { kind: 'version' }
  | { kind: 'usage-error'; problem: UsageProblem; lang: CliLang };

const VALUE_OPTIONS = new Set(['--lix-limit', '--lang']);
const FLAGS = ['--json', '--strict', '--help', '-h', '--version'];

const isLang = (value: string): value is CliLang => (CLI_LANGS as readonly string[]).includes(value);

/** An absolute http: or https: URL (the booking API's base, e.g. `https://test.example.dk/api/booking/v1`). */
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let problem: UsageProblem | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) problem ??= { code: 'missing-value', option: name };
      else values.set(name, value);
    } else if (FLAGS.includes(name) && inline === undefined) {
      flags.add(name === '-h' ? '--help' : name);
    } else {
      problem ??= { code: 'unknown-option', option: arg };
    }
  }

  // The same resolution as the widgets' (core/i18n/locale.ts): "DA", "en_GB", "nb" (→ Danish) and
  // "de" (→ English) are read as a page's lang would be; only what is no language tag at all is refused.
  const langValue = values.get('--lang');
  const tag = langValue === undefined ? 'da' : parseLanguageTag(langValue);
  const shown = tag === undefined ? 'da' : shownLanguage(tag, CLI_LANGS);
  const lang: CliLang = isLang(shown) ? shown : 'da';
  if (tag === undefined) problem ??= { code: 'bad-lang', value: langValue ?? '' };
  if (flags.has('--help')) return { kind: 'help', lang };
  if (flags.has('--version')) return { kind: 'version' };

  const limitValue = values.get('--lix-limit');
  const lixLimit = limitValue === undefined ? DEFAULT_LIX_LIMIT : Number(limitValue);
  if (limitValue !== undefined && (limitValue.trim() === '' || !Number.isFinite(lixLimit) || lixLimit < 0)) {
    problem ??= { code: 'bad-lix-limit', value: limitValue };
  }
  const [command, ...paths] = positional;
  if (command === undefined) problem ??= { code: 'no-command' };
  else if (command === 'test-api') {
    const [baseUrl, ...rest] = paths;
    if (baseUrl === undefined) problem ??= { code: 'no-base-url' };
    else if (rest.length > 0 || !isHttpUrl(baseUrl)) problem ??= { code: 'bad-base-url', value: paths.join(' ') };
    if (problem) return { kind: 'usage-error', problem, lang };
    return { kind: 'test-api', baseUrl: baseUrl as string, lang };
  } else if (command !== 'check') problem ??= { code: 'unknown-command', command };
  else if (paths.length === 0) problem ??= { code: 'no-files' };
  if (problem) return { kind: 'usage-error', problem, lang };
  return { kind: 'check', paths, lixLimit, strict: flags.has('--strict'), json: flags.has('--json'), lang };
}
