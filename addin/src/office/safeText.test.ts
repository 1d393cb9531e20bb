import { describe, expect, it } from 'vitest';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeCell, fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { queueTextSafeValues, startsLikeFormula } from './safeText';

const HYPERLINK = '=HYPERLINK("http://example.invalid","x")';

describe('queueTextSafeValues', () => {
  it('keeps text that starts with = + - @ as text, and leaves other cells\' formats alone', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid({ sheets: [{ name: 'Plan', rows: [], merges: [] }] }));
    const values = [[HYPERLINK, '+44 20 7606 3030', '-', '@RG', 'Amber', 42736]];
    await excel.run(async (context) => {
      queueTextSafeValues(context.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 0, 1, 6), values);
      await context.sync();
    });
    const sheet = excel.sheet('Plan');
    const cells = [0, 1, 2, 3, 4, 5].map((c) => fakeCell(sheet, 0, c));
    expect(cells.map((cell) => cell?.formula)).toEqual([null, null, null, null, null, null]);
    expect(cells.map((cell) => cell?.value)).toEqual(values[0]);
    expect(cells.map((cell) => cell?.numberFormat)).toEqual(['@', '@', '@', '@', 'General', 'General']);
  });

  it('would have made a formula without the Text format (the fake behaves like Excel)', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid({ sheets: [{ name: 'Plan', rows: [], merges: [] }] }));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Plan').getRange('A1').values = [[HYPERLINK]];
      await context.sync();
    });
    expect(fakeCell(excel.sheet('Plan'), 0, 0)?.formula).toBe(HYPERLINK);
  });

  it('recognises formula starts only at the first character', () => {
    expect(['=1', '+1', '-x', '@x', ' =1', 'Amber', 3].map(startsLikeFormula)).toEqual([true, true, true, true, false, false, false]);
  });
});
