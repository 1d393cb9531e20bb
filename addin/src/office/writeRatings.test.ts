import { describe, expect, it } from 'vitest';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeCell, fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { linesToGrid, SEED_003_LINES } from '../preview/seedSample';
import { HISTORY_SHEET, readHistory } from './history';
import { writeRatings } from './writeRatings';

const stamp = { when: '2017-04-30T09:00:00.000Z', who: '' };

describe('writeRatings', () => {
  it('writes the accepted ratings and appends one hidden history row per change, in two syncs (three once the history exists)', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Plan', SEED_003_LINES)));
    const first = [{ sheet: 'Plan', cell: 'J5', ref: '1.1', old: 'Amber', new: 'Red', reason: 'Red: due February 2017, not complete' }];
    await excel.run((context) => writeRatings(context, first, stamp));
    expect(excel.syncCount).toBe(2);
    expect(fakeCell(excel.sheet('Plan'), 4, 9)?.value).toBe('Red');
    expect(excel.sheet(HISTORY_SHEET).visibility).toBe('Hidden');

    const second = [{ sheet: 'Plan', cell: 'J13', ref: '1.9', old: 'Green', new: '=HYPERLINK("http://example.invalid","x")', reason: 'test' }];
    excel.resetCounters();
    await excel.run((context) => writeRatings(context, second, { ...stamp, who: 'RG' }));
    // With the history sheet there: the re-read and the lookup, its used range, then the writes.
    expect(excel.syncCount).toBe(3);
    const history = await excel.run(readHistory);
    expect(history.map((h) => [h.ref, h.old, h.new, h.who])).toEqual([
      ['1.1', 'Amber', 'Red', ''],
      ['1.9', 'Green', '=HYPERLINK("http://example.invalid","x")', 'RG'],
    ]);
    expect(fakeCell(excel.sheet('Plan'), 12, 9)?.formula).toBeNull();
    expect(fakeCell(excel.sheet(HISTORY_SHEET), 2, 6)?.formula).toBeNull();
  });

  it('refuses to overwrite a cell the officer changed after the preview, and writes the rest', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Plan', SEED_003_LINES)));
    const changes = [
      { sheet: 'Plan', cell: 'J5', ref: '1.1', old: 'Amber', new: 'Red', reason: 'Red: due 28 February 2017 (end of February 2017), 61 days ago, not complete' },
      { sheet: 'Plan', cell: 'J6', ref: '1.2', old: 'Green', new: 'Red', reason: 'Red: due 28 February 2017 (end of February 2017), 61 days ago, not complete' },
    ];
    // Between the preview and Apply, the officer rates 1.2 themselves.
    await excel.edit('Plan', 'J6', [['Amber']]);
    const { entries, refused } = await excel.run((context) => writeRatings(context, changes, stamp));
    expect(refused).toEqual([{ change: changes[1], found: 'Amber' }]);
    expect(entries.map((entry) => [entry.ref, entry.old, entry.new])).toEqual([['1.1', 'Amber', 'Red']]);
    expect(excel.sheetText('Plan').map((row) => row[9]).slice(4, 6)).toEqual(['Red', 'Amber']);
    expect((await excel.run(readHistory)).map((h) => h.ref)).toEqual(['1.1']);
  });
});
