import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGrid } from '../../readGrid';
import { unzipText } from '../../testing/unzipText';
import { SheetWriter } from './sheetWriter';
import { STYLE, stylesXml } from './stylesXml';
import { WorkbookWriter } from './workbookWriter';

// Seed 000's scheme: red, amber, green, blue.
const LEVELS = ['FF0000', 'FFC000', '00B050', '0070C0'];

async function workbook(): Promise<Uint8Array> {
  const book = new WorkbookWriter();
  const plan = new SheetWriter('Plan', book, { columns: [{ width: 10, hidden: true }, { width: 8 }, { width: 12 }], frozenHeader: true, forReading: true });
  ['Id', 'Ref', 'Due'].forEach((header, c) => plan.text(1, c + 1, header));
  plan.text(2, 1, 'a1', STYLE.wrapTop);
  plan.text(2, 2, '2.5', STYLE.wrapTop);
  plan.day(2, 3, '2011-05-31', STYLE.dayWrapTop);
  plan.table = { name: 'PlanTable', ref: 'A1:C2', columns: ['Id', 'Ref', 'Due'], style: 'TableStyleLight9' };
  // Filled while Plan is written, a tab after it.
  const data = new SheetWriter('_actionplan', book, { state: 'veryHidden', inlineStrings: true });
  data.text(1, 1, 'actionplan canonical workbook');
  book.addSheet(plan);
  const key = new SheetWriter('Key', book, { columns: [{ width: 22 }] });
  key.text(1, 1, 'RAG key: Haringey', STYLE.heading);
  LEVELS.forEach((_, i) => key.text(i + 2, 1, ['Red', 'Amber', 'Green', 'Blue'][i]!, STYLE.levelFill + i));
  book.addSheet(key);
  const lists = new SheetWriter('Lists', book, { state: 'hidden' });
  lists.text(1, 1, 'Red');
  book.addSheet(lists);
  book.addSheet(data);
  return book.finish(stylesXml(LEVELS, LEVELS.map((fill) => ({ fill, font: '000000' }))));
}

describe('WorkbookWriter', () => {
  it('packages sheets in tab order with their states, styles and the Plan table, as readGrid reads them', async () => {
    const grid = await readGrid(await workbook());
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false])).toEqual([['Plan', false], ['Key', false], ['Lists', true], ['_actionplan', true]]);
    const [plan, key, , data] = grid.sheets;
    expect(plan?.hiddenColumns).toEqual([0]);
    expect(plan?.rows[1]?.[2]).toMatchObject({ text: '31 May 2011', date: '2011-05-31', numFmt: 'd mmm yyyy' });
    expect(key?.rows[0]?.[0]).toMatchObject({ text: 'RAG key: Haringey', bold: true });
    expect(key?.rows.slice(1).map((row) => row[0]?.fill)).toEqual(LEVELS);
    expect(data?.rows[0]?.[0]?.text).toBe('actionplan canonical workbook');
  });

  it('opens in exceljs: very hidden data sheet, frozen header, print titles, the table', async () => {
    const workbookIn = new ExcelJS.Workbook();
    await workbookIn.xlsx.load(Buffer.from(await workbook()) as unknown as ExcelJS.Buffer);
    expect(workbookIn.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([['Plan', 'visible'], ['Key', 'visible'], ['Lists', 'hidden'], ['_actionplan', 'veryHidden']]);
    const plan = workbookIn.getWorksheet('Plan')!;
    expect(plan.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(plan.pageSetup.printTitlesRow).toBe('1:1');
    expect(plan.getTable('PlanTable')).toBeDefined();
    expect(workbookIn.getWorksheet('Key')!.pageSetup.printTitlesRow).toBeUndefined();
  });

  it('declares every part it writes, and the conditional formats of the RAG key', async () => {
    const bytes = await workbook();
    const parts = unzipText(bytes);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml',
      'xl/tables/table1.xml', 'xl/theme/theme1.xml', 'xl/workbook.xml', 'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml',
    ]);
    for (const path of Object.keys(parts).filter((p) => p.startsWith('xl/'))) expect(parts['[Content_Types].xml'], path).toContain(`PartName="/${path}"`);
    expect(parts['xl/workbook.xml']).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Plan\'!$1:$1</definedName>');
    expect(parts['xl/styles.xml']).toContain('<dxfs count="4"><dxf><font><b/><color rgb="FF000000"/></font><fill><patternFill patternType="solid"><bgColor rgb="FFFF0000"/></patternFill></fill></dxf>');
  });
});
