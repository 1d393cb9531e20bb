// `npm run bench` entry: bundles the bench's TypeScript with esbuild into a cache folder outside
// git (test/node_modules/.cache/actionplan-bench, where node still resolves the workspace packages'
// built dist and exceljs from test/node_modules), then runs the harness. See RESULTS.md.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const benchDir = new URL('.', import.meta.url).pathname;
const cacheDir = join(benchDir, '..', 'node_modules', '.cache', 'actionplan-bench');
const buildDir = join(cacheDir, 'build');
mkdirSync(buildDir, { recursive: true });

const common = { bundle: true, logLevel: 'warning', absWorkingDir: benchDir, outdir: buildDir };
await build({
  ...common,
  entryPoints: { worker: 'worker.ts', main: 'harness/main.ts' },
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  // Split chunks keep each case's imports (exceljs, playwright) lazy: a case loads only its own.
  splitting: true,
  outExtension: { '.js': '.mjs' },
});
// The add-in page runs in Chromium: everything bundled, the workspace packages from their dist.
await build({ ...common, entryPoints: { 'addin-page': 'addin/page.ts' }, platform: 'browser', format: 'iife', target: 'chrome120' });

const { main } = await import(join(buildDir, 'main.mjs'));
process.exitCode = await main(process.argv.slice(2), {
  benchDir,
  cacheDir,
  workerPath: join(buildDir, 'worker.mjs'),
  addinBundle: join(buildDir, 'addin-page.js'),
});
