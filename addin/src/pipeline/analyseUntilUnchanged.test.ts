import { describe, expect, it } from 'vitest';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { createChangeCounter } from '../office/changeCounter';
import { readSheetGrid } from '../office/readSheet';
import type { SheetReading } from '../office/readSheet';
import { linesToGrid, SEED_003_LINES } from '../preview/seedSample';
import { analyseGrid } from './analyseGrid';
import type { Analysis } from './analyseGrid';
import { analyseUntilUnchanged } from './analyseUntilUnchanged';

const settings = { schemeId: 'auto', asOf: '2017-04-30', staleDays: 60 };

function leadOf(analysis: Analysis, ref: string): string[] | undefined {
  return analysis.plan.actions.find((action) => action.ref === ref)?.leads;
}

describe('analyseUntilUnchanged', () => {
  it('discards a check whose sheet changed between the read and the result, and runs it again', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Action plan', SEED_003_LINES)));
    const counter = createChangeCounter();
    const analysed: Analysis[] = [];
    const outcome = await analyseUntilUnchanged(
      {
        read: () => excel.run((context) => readSheetGrid(context, { onOpened: (worksheet) => counter.attach(worksheet) })),
        analyse: async (reading: SheetReading) => {
          const analysis = analyseGrid({ sheets: [reading.sheet] }, settings, '2017-04-30');
          analysed.push(analysis);
          // While the first check runs, the officer names a lead for 3.3 (G27 was blank).
          if (analysed.length === 1) await excel.edit('Action plan', 'G27', [['IA']]);
          return analysis;
        },
      },
      counter,
    );
    expect(analysed.map((a) => leadOf(a, '3.3'))).toEqual([[], ['IA']]);
    expect(outcome.ok && outcome.attempts).toBe(2);
    expect(outcome.ok && leadOf(outcome.analysis, '3.3')).toEqual(['IA']);
    expect(outcome.ok && outcome.analysis.issues.map((issue) => issue.message)).not.toContain('Action 3.3 has no lead officer.');
    expect(analysed[0]?.issues.map((issue) => issue.message)).toContain('Action 3.3 has no lead officer.');
  });

  it('gives up, returning no result, when the sheet changes during every attempt', async () => {
    const excel = new FakeExcel(fakeWorkbookFromGrid(linesToGrid('Action plan', SEED_003_LINES)));
    const counter = createChangeCounter();
    let edits = 0;
    const outcome = await analyseUntilUnchanged(
      {
        read: () => excel.run((context) => readSheetGrid(context, { onOpened: (worksheet) => counter.attach(worksheet) })),
        analyse: async (reading) => {
          edits += 1;
          await excel.edit('Action plan', 'I13', [[`Update ${edits}`]]);
          return reading.sheet.rows.length;
        },
      },
      counter,
      3,
    );
    expect(outcome).toEqual({ ok: false, attempts: 3 });
    // One handler however often the sheet is read.
    expect(excel.sheet('Action plan').handlers).toHaveLength(1);
  });
});
