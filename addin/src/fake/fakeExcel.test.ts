import { describe, expect, it } from 'vitest';
import { linesToGrid, SEED_003_LINES } from '../preview/seedSample';
import { FakeExcel } from './fakeExcel';
import { fakeWorkbookFromGrid } from './fakeWorkbook';

describe('FakeExcel.holdSyncs', () => {
  it('keeps every sync waiting until released, then runs the queued reads', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Plan', SEED_003_LINES)));
    const release = excel.holdSyncs();
    let value: unknown;
    const reading = excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Plan').getRange('J5');
      range.load('values');
      await context.sync();
      value = range.values[0]?.[0];
    });
    // Several turns of the event loop: the sync is still waiting.
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(excel.syncCount).toBe(0);
    release();
    await reading;
    expect(excel.syncCount).toBe(1);
    // 1.1's reported RAG in the seed 003 excerpt.
    expect(value).toBe('Amber');
  });
});
