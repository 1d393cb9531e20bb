import { describe, expect, it } from 'vitest';
import { interpretGrid } from '@actionplan/core';
import type { Grid, GridMerge } from '@actionplan/core';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { linesToGrid, SEED_003_LINES } from '../preview/seedSample';
import { readRows, readSheetGrid } from './readSheet';

function seedExcel(): FakeExcel {
  return new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Plan', SEED_003_LINES)));
}

function planOfRows(count: number): Grid {
  const header = 'Recommendations:\tRef:\tAction:\tStart:\tEnd date\tMeasure/outcome:\tLead officer:\tDLT lead:\tComments:\tRAG status:';
  const row = (i: number): string => `\t1.${i}\tReview and revise layout of Early Help plans\tJan-17\tFeb-17\t\tRG/JF\tCP\tdone\tGreen`;
  return linesToGrid('Plan', [header, ...Array.from({ length: count }, (_, i) => row(i + 1))]);
}

// The merges of examples/legacy/col-ofsted-2016.xlsx's first page: each recommendation's text
// (column A) merged down over its actions' rows, as the same rows of seed 003 hold them.
const COL_OFSTED_MERGES: GridMerge[] = [
  { top: 4, left: 0, bottom: 12, right: 0 },
  { top: 16, left: 0, bottom: 20, right: 0 },
  { top: 22, left: 0, bottom: 23, right: 0 },
  { top: 24, left: 0, bottom: 27, right: 0 },
];

/** The seed sheet as the importer's reader (exceljs) gives it: merges listed, the top text repeated in every merged cell. */
function mergedSeedGrid(): Grid {
  const sheet = linesToGrid('Action plan', SEED_003_LINES).sheets[0]!;
  const rows = sheet.rows.map((row) => [...row]);
  for (const merge of COL_OFSTED_MERGES) {
    for (let r = merge.top + 1; r <= merge.bottom; r += 1) (rows[r] ??= [])[0] = rows[merge.top]?.[0] ?? null;
  }
  return { sheets: [{ ...sheet, rows, merges: COL_OFSTED_MERGES }] };
}

function recommendationsByRef(grid: Grid): Array<[string | null, string[]]> {
  const { plan } = interpretGrid(grid, { asOf: '2017-04-30' });
  const text = new Map(plan.recommendations.map((r) => [r.id, r.code ?? r.text]));
  return plan.actions.map((action) => [action.ref, action.recommendationIds.map((id) => text.get(id) ?? id)]);
}

describe('readSheetGrid', () => {
  it('reads the seed sheet into a Grid with text, dates as calendar days and RAG fills', async () => {
    const excel = seedExcel();
    const { sheet } = await excel.run((context) => readSheetGrid(context, { readFormats: true }));
    expect(sheet.name).toBe('Plan');
    expect(sheet.rows[0]?.[0]?.text).toBe('Improvements following from the OFSTED Report - July 2016');
    expect(sheet.rows[3]?.map((cell) => cell?.text)).toEqual([
      'Recommendations:', 'Ref:', 'Action:', 'Start:', 'End date', 'Measure/outcome:', 'Lead officer:', 'DLT lead:', 'Comments:', 'RAG status:',
    ]);
    const row11 = sheet.rows[4] ?? [];
    expect(row11[1]?.text).toBe('1.1');
    expect(row11[3]).toEqual({ text: 'Jan-17', number: 42736, date: '2017-01-01', numFmt: 'mmm-yy' });
    expect(row11[9]).toEqual({ text: 'Amber', fill: 'FFC000' });
    // A blank first cell on a continuation row stays null, not an empty string.
    expect(sheet.rows[5]?.[0]).toBeNull();
  });

  it('needs one sync for the used range plus one per chunk, so 10,000 rows cost one more sync than 100', async () => {
    const counts: number[] = [];
    const largest: number[] = [];
    for (const rows of [100, 10_000]) {
      const excel = new FakeExcel(fakeWorkbookFromGrid(planOfRows(rows)));
      const { sheet } = await excel.run((context) => readSheetGrid(context));
      expect(sheet.rows).toHaveLength(rows + 1);
      expect(sheet.rows[rows]?.[1]?.text).toBe(`1.${rows}`);
      counts.push(excel.syncCount);
      largest.push(Math.max(...excel.payloads.map((p) => p.responseBytes)));
    }
    expect(counts).toEqual([2, 4]); // 10,001 rows = chunks of 5,000 + 5,000 + 1
    expect(Math.max(...largest)).toBeLessThan(5_000_000);
  });

  it('reads merged areas with the first chunk, so merged recommendation cells read as in the importer', async () => {
    const importer = mergedSeedGrid();
    const excel = new FakeExcel(fakeWorkbookFromGrid(importer));
    // As in Excel, only the top cell of a merge holds the recommendation.
    expect(excel.sheetText('Action plan')[5]?.[0]).toBe('');
    const { sheet, syncs } = await excel.run((context) => readSheetGrid(context, { readFormats: true, readMerges: true }));
    expect(syncs).toBe(2);
    expect(sheet.merges).toEqual(COL_OFSTED_MERGES);
    const addin = recommendationsByRef({ sheets: [sheet] });
    expect(addin).toEqual(recommendationsByRef(importer));
    expect(addin.filter(([ref]) => ref === '1.9' || ref === '2.5' || ref === '3.4')).toEqual([
      ['1.9', ['Ofsted recommendation 1']],
      ['2.5', ['Ofsted recommendation 2']],
      ['3.4', ['Research on neglect linked to affluence draws on practitioner experience and identifies strategies and practice methods to address non-engagement from these families.']],
    ]);
  });

  it('reads no merges, and asks Excel for none, when the host lacks ExcelApi 1.13', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid(mergedSeedGrid()));
    const { sheet } = await excel.run((context) => readSheetGrid(context, { readMerges: false }));
    expect(sheet.merges).toEqual([]);
    expect(excel.calls.some((call) => call.includes('getMergedAreasOrNullObject'))).toBe(false);
  });

  it('reads only the changed rows, one block per run of rows, in one sync', async () => {
    const excel = seedExcel();
    const rows = await excel.run((context) => readRows(context, 'Plan', [12, 4, 11], 10, false));
    expect([...rows.keys()]).toEqual([4, 11, 12]);
    expect([4, 11, 12].map((r) => rows.get(r)?.[1]?.text)).toEqual(['1.1', '1.8', '1.9']);
    expect(excel.syncCount).toBe(1);
    expect(excel.calls.filter((call) => call.startsWith('Range(Plan!A5:J5).load') || call.startsWith('Range(Plan!A12:J13).load'))).toHaveLength(2);
  });
});
