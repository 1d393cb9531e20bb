// The bench's CI smoke test: `npm run bench -- --quick` must run every case to completion and the
// add-in must make one `context.sync()` beyond one per chunk at any size. No wall-clock time is
// asserted. The bench bundles the packages from the last commit's source, so no build is needed.
// Excluded from the default vitest run (test/bench/**); run it with
// `npx vitest run --config test/bench/vitest.config.ts` (see RESULTS.md for how long it takes).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GroupResult } from './harness/results';

const benchDir = new URL('.', import.meta.url).pathname;
const resultsFile = join(benchDir, '..', 'node_modules', '.cache', 'actionplan-bench', 'results-quick.json');

describe('npm run bench -- --quick', () => {
  let exitCode = 0;
  let output = '';
  let results: GroupResult[] = [];

  beforeAll(async () => {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [join(benchDir, 'run.mjs'), '--quick'], { maxBuffer: 64 * 1024 * 1024 });
      output = stdout;
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      exitCode = failed.code ?? 1;
      output = `${failed.stdout ?? ''}\n${failed.stderr ?? ''}`;
    }
    results = JSON.parse(readFileSync(resultsFile, 'utf8')) as GroupResult[];
  }, 900_000);

  it('runs every case to completion', () => {
    expect(output).not.toMatch(/^FAIL /m);
    expect(exitCode).toBe(0);
    const unfinished = results.flatMap((r) => r.steps.filter((s) => s.error !== undefined || (s.missing === undefined && s.runs.length === 0)).map((s) => `${r.group.title} / ${s.step.label}`));
    expect(unfinished).toEqual([]);
    expect(results.map((r) => r.group.kind)).toEqual(['import', 'padded', 'export', 'core', 'addin', 'addin']);
  });

  it('reads the seed-shaped sheet in the add-in with one sync beyond one per chunk, at 1k and at 12k rows', () => {
    const addin = results.filter((r) => r.group.kind === 'addin');
    const perSize = addin.map((r) => {
      const run = r.steps[0]?.runs[0];
      return { rows: r.group.rows, syncs: Number(run?.details['syncs']), chunks: Number(run?.details['chunks']) };
    });
    expect(perSize.map(({ rows, syncs, chunks }) => ({ rows, beyondChunks: syncs - chunks }))).toEqual([
      { rows: 1000, beyondChunks: 1 },
      { rows: 12_000, beyondChunks: 1 },
    ]);
    // 12k rows of ten columns cannot fit one chunk, so the count above really spans several chunks.
    expect(perSize[1]?.chunks).toBeGreaterThan(perSize[0]?.chunks ?? 0);
  });
});
