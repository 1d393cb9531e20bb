import { describe, expect, it } from 'vitest';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { freeSheetName, insertReportSheet } from './insertReport';
import { insertPlanSheet, PLAN_COLUMNS } from './newPlanSheet';

const levels = [
  { label: 'Red', meaning: 'Not achieved / not on track support required to address issues', colour: 'FF0000' },
  { label: 'Amber', meaning: 'Not on track but no support required to address issues', colour: 'FFC000' },
  { label: 'Green', meaning: 'Action in progress and on track to be completed', colour: '00B050' },
];

function emptyExcel(): FakeExcel {
  return new FakeExcel(fakeWorkbookFromGrid({ sheets: [{ name: 'Sheet1', rows: [], merges: [] }] }));
}

describe('insertPlanSheet', () => {
  it('lays out the table, the RAG dropdown, one conditional format per word and the Key, in one sync', async () => {
    const excel = emptyExcel();
    await excel.run((context) => insertPlanSheet(context, 'Plan', levels));
    expect(excel.syncCount).toBe(1);
    const sheet = excel.sheet('Plan');
    expect(excel.sheetText('Plan')[0]?.slice(0, PLAN_COLUMNS.length)).toEqual([...PLAN_COLUMNS]);
    expect(sheet.tables).toMatchObject([{ address: 'A1:K21', hasHeaders: true }]);
    expect(sheet.validations).toEqual([{ address: 'I2:I21', list: 'Red,Amber,Green' }]);
    expect(sheet.conditionalFormats.map((f) => [f.text, f.fill, f.font])).toEqual([
      ['Red', '#FF0000', '#FFFFFF'],
      ['Amber', '#FFC000', '#000000'],
      ['Green', '#00B050', '#FFFFFF'],
    ]);
    expect(excel.sheetText('Plan')[2]?.slice(12)).toEqual(['Amber', 'Not on track but no support required to address issues']);
  });
});

describe('insertReportSheet', () => {
  it('writes the report as text to a new, uniquely named sheet', async () => {
    const excel = emptyExcel();
    const rows = [['Ref', 'Action'], ['1.1', '=HYPERLINK("http://example.invalid","x")']];
    await excel.run((context) => insertReportSheet(context, 'Progress report 2017-04-30', rows));
    const second = await excel.run((context) => insertReportSheet(context, 'Progress report 2017-04-30', rows));
    expect(second).toBe('Progress report 2017-04-30 (2)');
    expect(excel.sheetText(second)).toEqual(rows);
    expect(excel.workbook.activeSheetId).toBe(excel.sheet(second).id);
  });

  it('keeps names within 31 characters and free of forbidden characters', () => {
    expect(freeSheetName('Report: Plan [draft] 30/04/2017 long', [])).toBe('Report- Plan -draft- 30-04-2017');
  });
});
