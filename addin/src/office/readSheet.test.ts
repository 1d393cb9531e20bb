import { describe, expect, it } from 'vitest';
import type { Grid } from '@actionplan/core';
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

  it('reads only the changed rows, one block per run of rows, in one sync', async () => {
    const excel = seedExcel();
    const rows = await excel.run((context) => readRows(context, 'Plan', [12, 4, 11], 10, false));
    expect([...rows.keys()]).toEqual([4, 11, 12]);
    expect([4, 11, 12].map((r) => rows.get(r)?.[1]?.text)).toEqual(['1.1', '1.8', '1.9']);
    expect(excel.syncCount).toBe(1);
    expect(excel.calls.filter((call) => call.startsWith('Range(Plan!A5:J5).load') || call.startsWith('Range(Plan!A12:J13).load'))).toHaveLength(2);
  });
});
