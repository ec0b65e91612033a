// The command, start to end, with the outside world passed in: argv and a way to read files in, text
// and an exit code out. main.ts gives it Node; tests give it argv and capture what it prints.
import { VERSION } from '../core/version.js';
import { parseArgs } from './args.js';
import { checkFiles, countFindings, type InputFile } from './check.js';
import { helpText, usageProblemText } from './help.js';
import { formatJson, formatText } from './report.js';
import { escapeForTerminal } from './terminal.js';
import { runContractChecks } from './test-api.js';
import { formatContractReport } from './test-api.messages.js';

export interface CliIo {
  /** The files at these paths; a folder gives its .json files. Never throws: a failure is an unreadable input. */
  readInputs: (paths: readonly string[]) => Promise<InputFile[]>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** For `test-api`. Default: the global fetch. */
  fetch?: typeof fetch;
}

/** Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 the command line is wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export async function runCli(argv: readonly string[], raw: CliIo): Promise<number> {
  // Everything printed passes through one door: control characters from files never reach the terminal raw.
  const io: CliIo = {
    readInputs: raw.readInputs,
    ...(raw.fetch ? { fetch: raw.fetch } : {}),
    stdout: (text) => raw.stdout(escapeForTerminal(text)),
    stderr: (text) => raw.stderr(escapeForTerminal(text)),
  };
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(helpText(args.lang));
    return EXIT.ok;
  }
  if (args.kind === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (args.kind === 'usage-error') {
    io.stderr(usageProblemText(args.problem, args.lang));
    return EXIT.usage;
  }
  if (args.kind === 'test-api') {
    const results = await runContractChecks(args.baseUrl, io.fetch ? { fetch: io.fetch } : {});
    io.stdout(formatContractReport(args.baseUrl, results, args.lang));
    return results.every((result) => result.ok) ? EXIT.ok : EXIT.problems;
  }
  const inputs = await io.readInputs(args.paths);
  const report = checkFiles(inputs, { lixLimit: args.lixLimit });
  io.stdout(args.json ? formatJson(report, args.lang) : formatText(report, args.lang));
  const counts = countFindings(report);
  return counts.errors > 0 || (args.strict && counts.warnings > 0) ? EXIT.problems : EXIT.ok;
}
