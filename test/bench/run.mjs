// `npm run bench` entry: bundles the bench with esbuild into a cache folder outside git
// (test/node_modules/.cache/actionplan-bench, where node resolves exceljs and playwright-core from
// test/node_modules at run time), then runs the harness. See RESULTS.md.
//
// What is measured is the last commit: packages/core, packages/xlsx and addin/src are taken from
// `git archive HEAD` and bundled from their TypeScript source (compiled by esbuild, as tsup does).
// Colleagues edit and rebuild those folders in this shared tree while a long run is under way; a
// half-written file or a half-cleaned dist/ must not fail every case. `--working-tree` measures
// the files on disk instead (to check a fix before committing it).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const benchDir = new URL('.', import.meta.url).pathname;
const root = join(benchDir, '..', '..');
const cacheDir = join(benchDir, '..', 'node_modules', '.cache', 'actionplan-bench');
// Per process: colleagues run benches of their own working trees at the same time.
const buildDir = join(cacheDir, `build-${process.pid}`);
const workingTree = process.argv.includes('--working-tree');
const commit = workingTree ? 'working tree' : execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

let sourceRoot = root;
if (!workingTree) {
  sourceRoot = join(cacheDir, `snapshot-${process.pid}`);
  rmSync(sourceRoot, { recursive: true, force: true });
  mkdirSync(sourceRoot, { recursive: true });
  const archive = execFileSync('git', ['-C', root, 'archive', 'HEAD', 'packages/core/src', 'packages/xlsx/src', 'addin/src'], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', sourceRoot], { input: archive });
  // The bench itself comes from the working tree (it is what is being run).
  cpSync(benchDir, join(sourceRoot, 'test', 'bench'), { recursive: true });
}
rmSync(buildDir, { recursive: true, force: true });
mkdirSync(buildDir, { recursive: true });

const common = {
  bundle: true,
  logLevel: 'warning',
  absWorkingDir: join(sourceRoot, 'test', 'bench'),
  outdir: buildDir,
  alias: {
    '@actionplan/core': join(sourceRoot, 'packages', 'core', 'src', 'index.ts'),
    '@actionplan/xlsx': join(sourceRoot, 'packages', 'xlsx', 'src', 'index.ts'),
  },
  // zod and fflate, from the packages that depend on them.
  nodePaths: ['packages/core', 'packages/xlsx', 'addin', 'test'].map((dir) => join(root, dir, 'node_modules')),
};
await build({
  ...common,
  entryPoints: { worker: 'worker.ts', main: 'harness/main.ts' },
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // exceljs and Playwright stay external (CommonJS; the baselines must load the very same exceljs).
  external: ['exceljs', 'playwright-core'],
  // Split chunks keep each case's imports (exceljs, playwright) lazy: a case loads only its own.
  splitting: true,
  outExtension: { '.js': '.mjs' },
});
// The add-in page runs in Chromium: everything bundled.
await build({ ...common, entryPoints: { 'addin-page': 'addin/page.ts' }, platform: 'browser', format: 'iife', target: 'chrome120' });

const { main } = await import(join(buildDir, 'main.mjs'));
try {
  process.exitCode = await main(process.argv.slice(2), {
    benchDir,
    cacheDir,
    commit,
    workerPath: join(buildDir, 'worker.mjs'),
    addinBundle: join(buildDir, 'addin-page.js'),
  });
} finally {
  rmSync(buildDir, { recursive: true, force: true });
  if (sourceRoot !== root) rmSync(sourceRoot, { recursive: true, force: true });
}
