import { describe, expect, it } from 'vitest';
import { generatedSheet } from './fixtures/generatedSheet';
import { interpretGrid } from './interpretGrid';

/** Reads of cell text while interpreting a generated sheet of `count` milestone rows. */
function cellReads(count: number): { reads: number; actions: number } {
  let reads = 0;
  const sheet = generatedSheet(count, () => reads++);
  const { plan } = interpretGrid({ sheets: [sheet] });
  return { reads, actions: plan.actions.length };
}

describe('interpretGrid work grows linearly with the rows', () => {
  it('reads cell text about 10 times as often for 10,000 rows as for 1,000', () => {
    const small = cellReads(1_000);
    const large = cellReads(10_000);
    expect(small.actions).toBe(1_200);
    expect(large.actions).toBe(12_000);
    const ratio = large.reads / small.reads;
    expect(ratio).toBeGreaterThan(9);
    expect(ratio).toBeLessThan(11);
  });
});
