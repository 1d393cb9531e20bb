import { describe, expect, it } from 'vitest';
import { generatedSheet } from './fixtures/generatedSheet';
import { interpretGrid } from './interpretGrid';
import { readIndicators } from './readIndicators';

/** A generated 1,000-milestone sheet, its filled cells, and a counter of cell-text reads. */
function countedSheet(): { sheet: ReturnType<typeof generatedSheet>; cells: number; reads: () => number; reset: () => void } {
  let reads = 0;
  const sheet = generatedSheet(1_000, () => reads++);
  const cells = sheet.rows.reduce((sum, row) => sum + row.filter((cell) => cell != null).length, 0);
  return { sheet, cells, reads: () => reads, reset: () => (reads = 0) };
}

describe('reading a sheet costs few reads of each cell', () => {
  it('the indicator-table search reads each cell of a sheet without one exactly once', () => {
    const counted = countedSheet();
    counted.reset();
    expect(readIndicators(counted.sheet)).toBeUndefined();
    expect(counted.cells).toBe(7_449);
    expect(counted.reads()).toBe(counted.cells);
  });

  it('interpretGrid reads each cell under 7.5 times on average (was 9: texts rebuilt per pass)', () => {
    const counted = countedSheet();
    counted.reset();
    const { plan } = interpretGrid({ sheets: [counted.sheet] });
    expect(plan.actions.find((action) => action.ref === '1.1')?.title).toBe('Team Manager and Senior Practitioner programme delivered (Ofsted Feb 2011 - Rec 1)');
    expect(counted.reads() / counted.cells).toBeLessThan(7.5);
  });
});
