import { describe, expect, it } from 'vitest';
import { importWorkbook, WorkbookError } from '../../packages/xlsx/src/index';
import { fuzzCase } from './fuzz';

// `npm test` runs a small budget; more on demand: FUZZ_CASES=5000 npx vitest run test/hostile/fuzz.test.ts
// A failure names its seed; replay it alone with FUZZ_SEED=<seed> FUZZ_CASES=1.
const CASES = Number(process.env.FUZZ_CASES ?? 60);
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 20_240_601);
const CASE_TIMEOUT = 20_000;

describe(`fuzzed example workbooks (${CASES} cases from seed ${FIRST_SEED})`, () => {
  it.each(Array.from({ length: CASES }, (_, i) => FIRST_SEED + i))('seed %i ends in a plan or a WorkbookError', async (seed) => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const fuzz = fuzzCase(seed);
    let outcome: string;
    try {
      const result = await importWorkbook(fuzz.bytes, { name: `fuzz-${seed}.xlsx` });
      outcome = `plan of ${result.plan.actions.length} actions`;
    } catch (error) {
      expect.soft(error, `seed ${seed} (${fuzz.description}) threw something other than a WorkbookError: ${(error as Error).stack ?? String(error)}`).toBeInstanceOf(WorkbookError);
      outcome = (error as WorkbookError).code;
    }
    // Let any stray promise of the import settle before checking.
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled, `seed ${seed} (${fuzz.description}) left an unhandled rejection`).toEqual([]);
    expect(outcome).toMatch(/^(plan of \d+ actions|[a-z-]+)$/);
  }, CASE_TIMEOUT);
});
