/// <reference types="node" />
// Entry of `npx borger-widgets`: built to dist/cli.js (bin/borger-widgets.mjs imports it), and run from
// source in tests with `node --import tsx src/cli/main.ts`. Everything else lives in run.ts.
import { readInputs } from './read-inputs.js';
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  readInputs,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
