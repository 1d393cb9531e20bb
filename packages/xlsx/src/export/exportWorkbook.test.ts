import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid, GridCell } from '@actionplan/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCanonical, isCanonicalGrid } from '../canonical/readCanonical';
import { readGrid } from '../readGrid';
import { col2016Plan } from '../testing/col2016Plan';
import { unzipText } from '../testing/unzipText';
import { exportWorkbook } from './exportWorkbook';

const bytes = exportWorkbook(col2016Plan(), {
  issues: [
    { code: 'impossible-date', severity: 'error', path: ['actions', 3, 'due'], ref: '2.5', message: '"31.9.12" is not a real date: September has 30 days.', sheet: 'Action Plan', cell: 'E41' },
  ],
});

function column(grid: Grid, sheet: string, header: string): Array<GridCell | null> {
  const rows = grid.sheets.find((s) => s.name === sheet)!.rows;
  const c = rows[0]!.findIndex((cell) => cell?.text === header);
  return rows.slice(1).map((row) => row[c] ?? null);
}

describe('exportWorkbook', () => {
  it('reads back exactly with readCanonical (seed 003 wording)', async () => {
    const grid = await readGrid(await bytes);
    expect(isCanonicalGrid(grid)).toBe(true);
    expect(readCanonical(grid)).toEqual(col2016Plan());
  });

  it('lays out the Plan sheet for officers: refs, Mon-yy text kept, real dates for days, RAG words', async () => {
    const grid = await readGrid(await bytes);
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['Plan', false], ['Progress', false], ['Recommendations', false], ['Sections', false], ['Inspections', false], ['Indicators', false], ['Details', false], ['Sources', false],
      ['Summary', false], ['Key', false], ['Issues', false], ['Lists', true], ['_actionplan', true],
    ]);
    const plan = grid.sheets[0]!;
    expect(plan.rows[0]?.map((c) => c?.text)).toEqual([
      'Id', 'Section', 'Recommendation code', 'Ref', 'Kind', 'Action', 'Tier', 'Lead officer(s)', 'Involved', 'Start', 'Due', 'Status', 'RAG', 'Measures', 'Latest progress', 'Comments',
      'Start as written', 'Due as written', 'DLT lead:',
    ]);
    expect(plan.hiddenColumns).toEqual([0]);
    expect(column(grid, 'Plan', 'Ref').map((c) => c?.text ?? '')).toEqual(['1.1', '1.8', '', '2.5']);
    expect(column(grid, 'Plan', 'Start').map((c) => c?.text)).toEqual(['Jan-17', '1 Mar 2017', 'Sep-16', undefined]);
    // A day is a date cell; the words the source wrote it in stay visible beside it.
    expect(column(grid, 'Plan', 'Start as written').map((c) => c?.text)).toEqual([undefined, '1.3.17', undefined, undefined]);
    expect(column(grid, 'Plan', 'Due as written').map((c) => c?.text)).toEqual([undefined, '31.3.17', undefined, '31.5.11']);
    expect(column(grid, 'Plan', 'Due')[1]).toMatchObject({ date: '2017-03-31', numFmt: 'd mmm yyyy', text: '31 Mar 2017' });
    expect(column(grid, 'Plan', 'RAG').map((c) => c?.text)).toEqual(['Amber', 'Green', 'Amber', 'Green']);
    expect(column(grid, 'Plan', 'Lead officer(s)')[2]?.text).toBe('RG\nJF');
    expect(column(grid, 'Plan', 'Recommendation code').map((c) => c?.text)).toEqual([
      'Ofsted recommendation 1', 'Ofsted recommendation 1',
      'All Children in Need cases, regardless of engagement or disengagement, to have up-to-date chronologies on file', undefined,
    ]);
    expect(column(grid, 'Plan', 'Action')[3]?.text).toBe('=SUM(A1) +44 -1 @x <b>Update report</b> on compliance to go to');
    expect(column(grid, 'Progress', 'Progress')[0]?.text).toBe('Early help plans are being reviewed by MAPF and parents.');
    expect(column(grid, 'Issues', 'Cell here')[0]?.text).toBe('Plan!K5');
    expect(column(grid, 'Issues', 'Source cell')[0]?.text).toBe('Action Plan!E41');
  });

  it("summarises RAG by section and lists overdue actions from core's progress report", async () => {
    const summary = (await readGrid(await bytes)).sheets.find((s) => s.name === 'Summary')!.rows.map((row) => row.map((c) => c?.text ?? ''));
    expect(summary).toContainEqual(['RAG by section', 'Red', 'Amber', 'Green', 'Not rated', 'Total', 'Reported overall', 'Derived overall']);
    expect(summary.find((row) => row[0] === 'The experiences and progress of children who need help and protection')?.slice(0, 6)).toEqual(['The experiences and progress of children who need help and protection', '0', '2', '2', '0', '4']);
    expect(summary.find((row) => row[0] === 'Ofsted recommendation 1')?.slice(0, 6)).toEqual(['Ofsted recommendation 1', '0', '1', '1', '0', '2']);
    // 1.1 due Feb-17 (28 Feb 2017) is 61 days late on 30 April 2017; 1.8 is complete.
    expect(summary).toContainEqual(['Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)', '1.1', 'Feb-17', '61', 'In progress', 'Amber']);
    expect(summary.some((row) => row[1] === '1.8')).toBe(false);
  });

  it('writes text as text: no formula anywhere, "=SUM(A1)" a shared string', async () => {
    const xml = unzipText(await bytes);
    const sheets = Object.entries(xml).filter(([path]) => path.startsWith('xl/worksheets/sheet'));
    expect(sheets.length).toBe(13);
    for (const [, sheet] of sheets) expect(sheet).not.toMatch(/<f[ >]/);
    expect(xml['xl/sharedStrings.xml']).toContain('<t>=SUM(A1) +44 -1 @x &lt;b&gt;Update report&lt;/b&gt; on compliance to go to</t>');
    const planXml = xml['xl/worksheets/sheet1.xml']!;
    expect(planXml.match(/<dataValidation /g)).toHaveLength(3);
    expect(planXml).toContain('<formula1>Lists!$A$1:$A$3</formula1>');
    expect(planXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml['xl/tables/table1.xml']).toMatch(/<table [^>]*name="PlanTable"[^>]*ref="A1:S5"/);
  });

  it('keeps control characters and a literal _x0041_ without loss', async () => {
    const plan = col2016Plan();
    plan.actions[0]!.comments = 'bell\u0007 cr\r\nlf DEL\u007f _x0041_ \uD800';
    const back = readCanonical(await readGrid(await exportWorkbook(plan)));
    expect(back.actions[0]?.comments).toBe('bell\u0007 cr\r\nlf DEL\u007f _x0041_ \uD800');
  });

  it('opens in exceljs with the table, frozen header, hidden sheets and one RAG validation', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Plan')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getTable('PlanTable')).toBeDefined();
    expect(workbook.getWorksheet('Lists')?.state).toBe('hidden');
    expect(workbook.getWorksheet('_actionplan')?.state).toBe('veryHidden');
    expect(sheet.getCell('M2').dataValidation).toMatchObject({ type: 'list', formulae: ['Lists!$A$1:$A$3'] });
  });

  it('prints landscape, one page wide, the header on every page, rows tall enough for their text', async () => {
    const planXml = unzipText(await bytes)['xl/worksheets/sheet1.xml'] ?? '';
    expect(planXml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(planXml).toMatch(/<pageSetup [^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Plan')!;
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    // 1.1's four measures and its long title wrap over several lines.
    const row = col2016Plan().actions.findIndex((action) => action.ref === '1.1') + 2;
    expect(sheet.getRow(row).height).toBeGreaterThanOrEqual(60);
  });
});

describe('exportWorkbook read by independent programs', () => {
  const python = '/usr/bin/python3';
  const hasOpenpyxl = spawnSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((path) => spawnSync(path, ['--version'], { stdio: 'ignore' }).status === 0);

  it.skipIf(!hasOpenpyxl)('openpyxl sees the validations, conditional fills, hidden sheets and no formulas (skipped only when python3-openpyxl is missing)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'xlsx-openpyxl-'));
    const file = join(folder, 'plan.xlsx');
    writeFileSync(file, await bytes);
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Plan']
print(json.dumps({
  'states': {s.title: s.sheet_state for s in wb.worksheets},
  'validations': [[dv.type, str(dv.sqref), dv.formula1] for dv in ws.data_validations.dataValidation],
  'cf': [[str(rng.sqref), [r.formula for r in rules]] for rng, rules in ws.conditional_formatting._cf_rules.items()],
  'freeze': ws.freeze_panes,
  'tables': list(ws.tables.keys()),
  'formulas': sum(1 for s in wb.worksheets for row in s.iter_rows() for c in row if c.data_type == 'f'),
  'ref': [ws.cell(row=r, column=4).value for r in range(2, 6)],
  'text': ws.cell(row=5, column=6).value,
  'due': str(ws.cell(row=3, column=11).value),
}))`;
    const out = JSON.parse(execFileSync(python, ['-c', script, file], { encoding: 'utf8' })) as Record<string, unknown>;
    expect(out.states).toEqual({
      Plan: 'visible', Progress: 'visible', Recommendations: 'visible', Sections: 'visible', Inspections: 'visible', Indicators: 'visible', Details: 'visible', Sources: 'visible',
      Summary: 'visible', Key: 'visible', Issues: 'visible', Lists: 'hidden', _actionplan: 'veryHidden',
    });
    expect(out.validations).toEqual([
      ['date', 'J2:K5005', '32874'], // 1 January 1990
      ['list', 'L2:L5005', 'Lists!$B$1:$B$4'],
      ['list', 'M2:M5005', 'Lists!$A$1:$A$3'],
    ]);
    expect(out.cf).toEqual([['M2:M5005', [['"Red"'], ['"Amber"'], ['"Green"']]]]);
    expect(out.freeze).toBe('A2');
    expect(out.tables).toEqual(['PlanTable']);
    expect(out.formulas).toBe(0);
    expect(out.ref).toEqual(['1.1', '1.8', null, '2.5']);
    expect(out.text).toBe('=SUM(A1) +44 -1 @x <b>Update report</b> on compliance to go to');
    expect(out.due).toBe('2017-03-31 00:00:00');
  });

  it.skipIf(!soffice)('LibreOffice opens it and reads refs, dates, RAG words and formula-like text as text (skipped only when soffice is missing)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'xlsx-soffice-'));
    const file = join(folder, 'plan.xlsx');
    writeFileSync(file, await bytes);
    // UTF-8, and "save cell contents as shown" (the 9th filter token), so dates come out as formatted.
    execFileSync(soffice!, [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', '--outdir', folder, file], {
      env: { ...process.env, HOME: folder },
      stdio: 'ignore',
      timeout: 120_000,
    });
    const csv = readFileSync(join(folder, 'plan.csv'), 'utf8');
    const lines = csv.trim().split(/\r?\n(?=a\d,)/);
    expect(lines[0]).toMatch(/^Id,Section,Recommendation code,Ref,Kind,Action,/);
    expect(lines[1]).toMatch(/^a1,.*,1\.1,Action,Review and revise layout of Early Help plans .*,Jan-17,Feb-17,In progress,Amber,/);
    expect(lines[2]).toMatch(/^a2,.*,1\.8,Action,Initiate pilot of new plan templates in,,RG,,1 Mar 2017,31 Mar 2017,Complete,Green,/);
    expect(lines[4]).toContain(',2.5,Action,=SUM(A1) +44 -1 @x <b>Update report</b> on compliance to go to,,PD,,,31 May 2011,,Green,');
  });
});
