// Builds the React 19 demo (demo/react/main.ts) into dist/demo-react/react-demo.js: one self-contained
// ES module with React, Lit and the elements inside, imported from src/ the way an npm user would.
// Served at /demo-react/ by demo/serve.ts; the page is demo/pages/react.html.
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist/demo-react');

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  // Library mode leaves process.env.NODE_ENV to the consumer; this bundle is the consumer.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: resolve(root, 'demo/react/main.ts'), formats: ['es'], fileName: () => 'react-demo.js' },
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
mkdirSync(outDir, { recursive: true });
copyFileSync(resolve(root, 'demo/react/react-demo.css'), resolve(outDir, 'react-demo.css'));
console.log('Built dist/demo-react/ (React demo).');
