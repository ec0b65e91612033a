// The editors' CLI run in-process with the real file reader, its output caught as text.
import { readInputs } from '../../src/cli/read-inputs.js';
import { runCli } from '../../src/cli/run.js';

/** Runs `borger-widgets …argv`; returns the exit code and everything printed on stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
