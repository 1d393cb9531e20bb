// Builds examples/legacy/*.xlsx: bundles the TypeScript builder with esbuild (Node 20 cannot run
// TypeScript itself), then runs it. Usage: node examples/build.mjs [outDir]
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = resolve(process.argv[2] ?? join(here, 'legacy'));
// Inside examples/node_modules so the bundle's bare imports (exceljs) resolve as from here.
const bundle = join(here, 'node_modules', '.cache', `build-legacy-${process.pid}.mjs`);
try {
  await build({
    entryPoints: [join(here, 'build-legacy.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { buildLegacyWorkbooks } = await import(pathToFileURL(bundle).href);
  for (const path of await buildLegacyWorkbooks(outDir)) console.log(`wrote ${path}`);
} finally {
  await rm(bundle, { force: true });
}
