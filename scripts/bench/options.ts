// What the hot path of each widget carries that a lighter design could leave for later: measured by
// bundling the widget's entry as the CDN does (esbuild, minified, gzip -9) with and without zod/mini
// (the schema engine), and the share of the message catalogues (every language) in it.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

async function bundle(entry: string, withoutZod: boolean): Promise<{ gzip: number; catalogues: number; total: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external: withoutZod ? ['zod', 'zod/*'] : [],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  const output = Object.values(result.metafile.outputs)[0];
  let catalogues = 0;
  for (const [file, info] of Object.entries(output?.inputs ?? {})) if (/\.messages(\.[a-z]+)?\.ts$/.test(file)) catalogues += info.bytesInOutput;
  return {
    gzip: gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length,
    catalogues,
    total: output?.bytes ?? 0,
  };
}

/** Per entry: gzip with everything, gzip without zod, and the catalogues' share of the raw bytes. */
export async function hotPathOptions(entries: Record<string, string>): Promise<string[]> {
  const rows: string[] = [];
  for (const [name, entry] of Object.entries(entries)) {
    const full = await bundle(entry, false);
    const lean = await bundle(entry, true);
    const share = full.total ? full.catalogues / full.total : 0;
    rows.push(
      `| ${name} | ${(full.gzip / 1024).toFixed(1)} KiB | ${(lean.gzip / 1024).toFixed(1)} KiB (−${((full.gzip - lean.gzip) / 1024).toFixed(1)}) | ` +
        `${(100 * share).toFixed(0)} % of raw (≈ −${((share * lean.gzip) / 1024).toFixed(1)} KiB if only Danish came first) |`,
    );
  }
  return rows;
}
