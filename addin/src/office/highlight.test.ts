import { describe, expect, it } from 'vitest';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeCell, fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { linesToGrid, SEED_003_LINES } from '../preview/seedSample';
import { clearHighlights, highlightCells, HIGHLIGHT_COLOR } from './highlight';

describe('highlightCells and clearHighlights', () => {
  it('marks problem cells and restores their previous fill exactly, including no fill', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Plan', SEED_003_LINES)));
    const sheet = excel.sheet('Plan');
    fakeCell(sheet, 12, 7, true).fill = { color: '#DDEBF7', pattern: 'Gray50' }; // H13 patterned
    // J5 is 1.1's 'Amber' on FFC000; I13 is 1.9's empty comment; H13 gets a patterned fill.
    const targets = [{ sheet: 'Plan', cell: 'J5' }, { sheet: 'Plan', cell: 'I13' }, { sheet: 'Plan', cell: 'H13' }];

    let saved = await excel.run((context) => highlightCells(context, targets, []));
    expect(excel.syncCount).toBe(2);
    expect(fakeCell(sheet, 4, 9)?.fill).toEqual({ color: HIGHLIGHT_COLOR, pattern: 'Solid' });
    // Highlighting again must not record the highlight as the "previous" fill.
    saved = await excel.run((context) => highlightCells(context, targets, saved));
    expect(saved).toHaveLength(3);

    await excel.run((context) => clearHighlights(context, saved));
    expect(fakeCell(sheet, 4, 9)?.fill).toEqual({ color: '#FFC000', pattern: 'Solid' });
    expect(fakeCell(sheet, 12, 8)?.fill).toEqual({ color: '#FFFFFF', pattern: 'None' });
    expect(fakeCell(sheet, 12, 7)?.fill).toEqual({ color: '#DDEBF7', pattern: 'Gray50' });
  });
});
