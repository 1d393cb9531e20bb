import { describe, expect, it } from 'vitest';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeCell, fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { linesToGrid, SEED_003_LINES } from '../preview/seedSample';
import { clearHighlights, highlightCells, HIGHLIGHT_COLOR } from './highlight';

const NO_FILL = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' };

function seedExcel(): FakeExcel {
  const excel = new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Plan', SEED_003_LINES)));
  // H13 (1.9's DLT lead 'CP') gets a patterned fill with its own pattern colour.
  fakeCell(excel.sheet('Plan'), 12, 7, true).fill = { color: '#DDEBF7', pattern: 'Gray50', patternColor: '#1F4E78' };
  return excel;
}

// J5 is 1.1's 'Amber' on FFC000; I13 is 1.9's empty comment; H13 is patterned.
const targets = [{ sheet: 'Plan', cell: 'J5' }, { sheet: 'Plan', cell: 'I13' }, { sheet: 'Plan', cell: 'H13' }];

describe('highlightCells and clearHighlights', () => {
  it('marks problem cells and restores colour, pattern and pattern colour exactly, including no fill', async () => {
    const excel = seedExcel();
    const sheet = excel.sheet('Plan');
    let saved = await excel.run((context) => highlightCells(context, targets, []));
    expect(excel.syncCount).toBe(2);
    expect(fakeCell(sheet, 4, 9)?.fill).toMatchObject({ color: HIGHLIGHT_COLOR, pattern: 'Solid' });
    expect(fakeCell(sheet, 12, 7)?.fill).toMatchObject({ color: HIGHLIGHT_COLOR, pattern: 'Solid' });
    // Highlighting again must not record the highlight as the "previous" fill.
    saved = await excel.run((context) => highlightCells(context, targets, saved));
    expect(saved).toHaveLength(3);

    const result = await excel.run((context) => clearHighlights(context, saved));
    expect(result).toEqual({ restored: 3, keptOfficerFill: [] });
    expect(fakeCell(sheet, 4, 9)?.fill).toEqual({ color: '#FFC000', pattern: 'Solid', patternColor: '#000000' });
    expect(fakeCell(sheet, 12, 8)?.fill).toEqual(NO_FILL);
    expect(fakeCell(sheet, 12, 7)?.fill).toEqual({ color: '#DDEBF7', pattern: 'Gray50', patternColor: '#1F4E78' });
  });

  it('keeps a fill the officer chose after highlighting, and restores the cells still highlighted', async () => {
    const excel = seedExcel();
    const sheet = excel.sheet('Plan');
    const saved = await excel.run((context) => highlightCells(context, targets, []));
    // The officer re-rates 1.1 as Red and paints the cell red; types a comment into I13 but leaves its fill.
    await excel.edit('Plan', 'J5', [['Red']]);
    fakeCell(sheet, 4, 9, true).fill = { color: '#FF0000', pattern: 'Solid', patternColor: '#000000' };
    await excel.edit('Plan', 'I13', [['Evaluation starts in September.']]);
    excel.resetCounters();

    const result = await excel.run((context) => clearHighlights(context, saved));
    expect(result).toEqual({ restored: 2, keptOfficerFill: [{ sheet: 'Plan', cell: 'J5' }] });
    expect(excel.syncCount).toBe(2);
    expect(fakeCell(sheet, 4, 9)).toMatchObject({ value: 'Red', fill: { color: '#FF0000', pattern: 'Solid' } });
    expect(fakeCell(sheet, 12, 8)).toMatchObject({ value: 'Evaluation starts in September.', fill: NO_FILL });
    expect(fakeCell(sheet, 12, 7)?.fill).toEqual({ color: '#DDEBF7', pattern: 'Gray50', patternColor: '#1F4E78' });
  });
});
