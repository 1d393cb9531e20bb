import { describe, expect, it } from 'vitest';
import { createPlan, interpretGrid } from '@actionplan/core';
import { exportWorkbook, readGrid } from '@actionplan/xlsx';
import { FakeExcel } from '../fake/fakeExcel';
import { fakeWorkbookFromGrid } from '../fake/fakeWorkbook';
import { freeSheetName, insertReportSheet } from './insertReport';
import { readSheetGrid } from './readSheet';
import { insertPlanSheet, PLAN_COLUMNS, STATUS_WORDS } from './newPlanSheet';

const levels = [
  { label: 'Red', meaning: 'Not achieved / not on track support required to address issues', colour: 'FF0000' },
  { label: 'Amber', meaning: 'Not on track but no support required to address issues', colour: 'FFC000' },
  { label: 'Green', meaning: 'Action in progress and on track to be completed', colour: '00B050' },
];

function emptyExcel(): FakeExcel {
  return new FakeExcel(fakeWorkbookFromGrid({ sheets: [{ name: 'Sheet1', rows: [], merges: [] }] }));
}

describe('insertPlanSheet', () => {
  it('lays out the table, the drop-downs, one conditional format per word and the Key, in one sync', async () => {
    const excel = emptyExcel();
    await excel.run((context) => insertPlanSheet(context, 'Plan', levels));
    expect(excel.syncCount).toBe(1);
    const sheet = excel.sheet('Plan');
    expect(excel.sheetText('Plan')[0]?.slice(0, PLAN_COLUMNS.length)).toEqual([...PLAN_COLUMNS]);
    expect(sheet.tables).toMatchObject([{ address: 'A1:P21', hasHeaders: true, style: 'TableStyleLight9' }]);
    expect(sheet).toMatchObject({ hiddenColumns: [0], frozenRows: 1 });
    expect(sheet.validations).toEqual([
      { address: 'M2:M21', list: 'Red,Amber,Green' },
      { address: 'L2:L21', list: 'Not started,In progress,Complete,Blocked' },
    ]);
    expect(sheet.conditionalFormats.map((f) => [f.text, f.fill, f.font])).toEqual([
      ['Red', '#FF0000', '#FFFFFF'],
      ['Amber', '#FFC000', '#000000'],
      ['Green', '#00B050', '#FFFFFF'],
    ]);
    expect(excel.sheetText('Plan')[2]?.slice(17)).toEqual(['Amber', 'Not on track but no support required to address issues']);
  });

  it('reads back through the importer once an officer fills a row in', async () => {
    const excel = emptyExcel();
    await excel.run((context) => insertPlanSheet(context, 'Plan', levels));
    const row = ['', 'The experiences and progress of children who need help and protection', 'Ofsted recommendation 1', '1.1', 'Action',
      'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)', '', 'RG', '', '', '', 'In progress', 'Amber'];
    await excel.edit('Plan', 'A2', [row]);
    const { sheet } = await excel.run((context) => readSheetGrid(context, { sheetName: 'Plan' }));
    const { plan } = interpretGrid({ sheets: [sheet] }, { asOf: '2017-04-30' });
    expect(plan.actions.map((a) => [a.ref, a.title, a.leads, a.status, a.rag])).toEqual([
      ['1.1', 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)', ['RG'], 'in-progress', 'amber'],
    ]);
  });

  it("uses the exporter's Plan columns and Status words, read from a workbook the exporter wrote", async () => {
    const exported = await readGrid(await exportWorkbook(createPlan({ id: 'plan-col-2016', title: 'Improvements following from the OFSTED Report - July 2016' })), { name: 'exported.xlsx' });
    const plan = exported.sheets.find((s) => s.name === 'Plan');
    expect(plan?.rows[0]?.map((cell) => cell?.text ?? '')).toEqual([...PLAN_COLUMNS]);
    expect(plan?.hiddenColumns).toEqual([0]);
    const lists = exported.sheets.find((s) => s.name === 'Lists');
    expect(lists?.rows.map((row) => row[1]?.text).filter(Boolean)).toEqual([...STATUS_WORDS]);
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
