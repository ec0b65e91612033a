// Runs the Node-side tests (reference server, CLI, packaging) with node:test through tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const folders = ['test/server', 'test/node'];
const files = folders.filter(existsSync).flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${dir}/${name}`),
);
if (files.length === 0) {
  console.log('No Node-side tests found.');
  process.exit(0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
