import { describe, expect, it } from 'vitest';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { linesToGrid, SEED_003_LINES } from '../preview/seedSample';
import { changedRows, watchSheetChanges } from './changeWatcher';

describe('watchSheetChanges', () => {
  it('collects the rows of several edits and reports them once, after the pause', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Plan', SEED_003_LINES)));
    const timers: Array<() => void> = [];
    const seen: Array<number[] | null> = [];
    const stop = await watchSheetChanges(excel, 'Plan', (rows) => seen.push(rows), {
      schedule: (run) => timers.push(run),
      cancel: () => timers.shift(),
    });
    await excel.edit('Plan', 'J5', [['Red']]);
    await excel.edit('Plan', 'I12:I13', [['complete'], ['to be done.']]);
    expect(seen).toEqual([]);
    timers.at(-1)?.();
    expect(seen).toEqual([[4, 11, 12]]);
    stop();
    await excel.edit('Plan', 'J6', [['Amber']]);
    expect(timers).toHaveLength(1);
  });

  it('asks for a whole-sheet check when an edit covers whole columns', () => {
    expect(changedRows({ address: 'J:J', worksheetId: 'w', changeType: 'RangeEdited' })).toBeNull();
    expect(changedRows({ address: 'B7:C9', worksheetId: 'w', changeType: 'RangeEdited' })).toEqual([6, 7, 8]);
  });
});
