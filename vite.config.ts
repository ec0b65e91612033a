// The npm library build: ESM, Lit and zod left to the consumer's bundler.
// The self-contained CDN files are built by scripts/build.mjs with the same entries.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { ENTRIES } from './scripts/entries.mjs';

const root = import.meta.dirname;

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, resolve(root, file)])),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
