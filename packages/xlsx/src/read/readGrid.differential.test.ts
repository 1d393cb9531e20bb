import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grid } from '@actionplan/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { corpusCases } from '../../../../test/hostile/corpus';
import { fuzzCase } from '../../../../test/hostile/fuzz';
import { generateBenchWorkbook } from '../../../../test/bench/generate/benchWorkbook';
import { writeBenchWorkbook } from '../../../../test/bench/generate/writeWorkbook';
import { exportWorkbook } from '../export/exportWorkbook';
import { readGrid } from '../readGrid';
import { col2016Plan } from '../testing/col2016Plan';
import { partText, textPart, unzipParts, zipParts } from '../testing/zipParts';
import { WorkbookError } from '../workbookError';
import { readGridWithExceljs } from '../testing/readGridWithExceljs';

type Outcome = { grid: Grid } | { error: string; message: string };

async function outcomeOf(read: typeof readGrid, bytes: Uint8Array): Promise<Outcome> {
  try {
    return { grid: await read(bytes, { name: 'plan.xlsx' }) };
  } catch (error) {
    if (error instanceof WorkbookError) return { error: error.code, message: error.message };
    throw error;
  }
}

/** Both readers on the same bytes: the same Grid, or the same WorkbookError. */
async function expectSameOutcome(bytes: Uint8Array): Promise<Outcome> {
  const ours = await outcomeOf(readGrid, bytes);
  expect(ours).toEqual(await outcomeOf(readGridWithExceljs, bytes));
  return ours;
}

async function exceljsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An exceljs workbook with its first sheet's XML (and optionally other parts) edited as text. */
async function edited(edit: (sheetXml: string) => string, otherParts: Record<string, (xml: string) => string> = {}): Promise<Uint8Array> {
  const parts = unzipParts(await exceljsBytes((wb) => {
    const ws = wb.addWorksheet('Action Plan');
    ws.getCell('A1').value = 'Ref:';
    ws.getCell('B1').value = 'Action:';
    ws.getCell('C1').value = { richText: [{ text: 'Lead ', font: { bold: true } }, { text: 'officer:' }] };
    ws.getCell('D1').value = new Date(Date.UTC(2011, 4, 31));
    ws.getCell('D1').numFmt = 'dd/mm/yyyy';
  }));
  parts['xl/worksheets/sheet1.xml'] = textPart(edit(partText(parts['xl/worksheets/sheet1.xml'])));
  for (const [path, change] of Object.entries(otherParts)) parts[path] = textPart(change(partText(parts[path])));
  return zipParts(parts);
}

const sheetData = (rows: string) => (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows}</sheetData>`);

const legacyFolder = new URL('../../../../examples/legacy/', import.meta.url);

describe('readGrid gives the Grid the exceljs-based reader gave', () => {
  it.each(readdirSync(legacyFolder).filter((name) => name.endsWith('.xlsx')).sort())('example workbook %s', async (name) => {
    const outcome = await expectSameOutcome(new Uint8Array(readFileSync(new URL(name, legacyFolder))));
    expect('grid' in outcome && outcome.grid.sheets.length).toBeGreaterThan(0);
  });

  it.each(corpusCases.map((c) => [c.id, c] as const))('hostile corpus: %s', async (_id, c) => {
    await expectSameOutcome(c.make());
  }, 60_000);

  it('the bench generator\'s 1,000-row workbook, and the same padded with 2,000 formatted empty rows', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'actionplan-differential-'));
    const workbook = generateBenchWorkbook({ rows: 1000, layouts: ['col-2016', 'haringey-2011'] });
    await writeBenchWorkbook(join(folder, 'plan.xlsx'), workbook);
    await writeBenchWorkbook(join(folder, 'padded.xlsx'), workbook, { paddingRows: 2000 });
    const plain = await expectSameOutcome(new Uint8Array(readFileSync(join(folder, 'plan.xlsx'))));
    const padded = await expectSameOutcome(new Uint8Array(readFileSync(join(folder, 'padded.xlsx'))));
    expect(padded).toEqual(plain);
    expect('grid' in plain && plain.grid.sheets.map((sheet) => sheet.rows.length)).toEqual(workbook.grid.sheets.map((sheet) => sheet.rows.length));
  }, 60_000);

  it('an exported canonical workbook', async () => {
    await expectSameOutcome(await exportWorkbook(col2016Plan(), { asOf: '2017-04-30' }));
  });

  it('cells exceljs writes: every value type, formulas (0, FALSE, text, error and date results), hyperlinks, styles on rows and columns', async () => {
    const outcome = await expectSameOutcome(
      await exceljsBytes((wb) => {
        wb.properties.date1904 = true;
        const ws = wb.addWorksheet('Plan & Key');
        ws.getColumn(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } };
        ws.getColumn(6).hidden = true;
        ws.getRow(1).values = ['Ref:', 'Action:', 'Due:', 'Done', 'RAG', 'Hidden'];
        ws.getRow(2).values = ['1.1', { richText: [{ text: 'Review ' }, { text: 'thresholds', font: { bold: true } }] }, new Date(Date.UTC(2012, 11, 31)), true, 'Green'];
        ws.getCell('C2').numFmt = 'd mmmm yyyy';
        ws.getCell('A3').value = { formula: '1-1', result: 0 };
        ws.getCell('B3').value = { formula: 'A3>1', result: false };
        ws.getCell('C3').value = { formula: 'C2+1', result: new Date(Date.UTC(2013, 0, 1)) };
        ws.getCell('C3').numFmt = 'mmm-yy';
        ws.getCell('D3').value = { formula: 'B2&"x"', result: 'Review thresholdsx' };
        ws.getCell('E3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
        ws.getCell('A4').value = { text: 'Ofsted report', hyperlink: 'https://reports.ofsted.gov.uk/' };
        ws.getCell('B4').value = { formula: 'A2', result: '1.1' };
        ws.getCell('C4').value = 40694.5;
        ws.getCell('D4').value = { error: '#N/A' };
        ws.getRow(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 5, tint: -0.25 } as Partial<ExcelJS.Color> };
        ws.getRow(5).font = { bold: true, color: { argb: 'FFFF0000' } };
        ws.getCell('C5').value = 'Amber';
        ws.getRow(5).hidden = true;
        ws.getCell('A6').value = 'x'.repeat(100);
        ws.getCell('A6').font = { color: { indexed: 10 } as Partial<ExcelJS.Color> };
      }),
    );
    // exceljs hands out only the truthy parts of a formula cell: a cached 0 shows as no value.
    expect('grid' in outcome && outcome.grid.sheets[0]?.rows[2]?.[0]).toEqual({ text: '', formula: '1-1' });
  });

  const crafted: Array<[string, () => Promise<Uint8Array>]> = [
    ['shared formulas: a master and children translated', () => edited(sheetData('<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>4</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>6</v></c></row><row r="3"><c r="B3"><f t="shared" si="1"/><v>7</v></c></row>'))],
    ['cells and rows out of order, duplicated, and cells without r', () => edited(sheetData('<row r="3"><c r="B3" t="inlineStr"><is><t>b3</t></is></c><c><v>1</v></c><c r="A3"><v>9</v></c></row><row r="1"><c r="A1" t="inlineStr"><is><t>a1</t></is></c><c r="A1" t="inlineStr"><is><t>again</t></is></c></row><row r="2"><c r="C2"><v>5</v></c></row><row r="2"><c r="D2"><v>6</v></c></row>'))],
    ['entities, character references, CR LF, CDATA and comments in text', () => edited(sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>Plan &amp; Key &lt;b&gt; &#10;line &#x263A; &quot;q&quot; &apos;a&apos;</t></is></c><c r="B1" t="inlineStr"><is><t>one\r\ntwo\rthree</t></is></c><c r="C1" t="inlineStr"><is><t>a<!-- note -->b<![CDATA[c]]>d</t></is></c><c r="D1" t="str"><v>a &amp;amp; b</v></c></row>'))],
    ['whitespace kept as the file has it, with or without xml:space', () => edited(sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c><c r="B1" t="inlineStr"><is><t> plain </t></is></c><c r="C1" t="inlineStr"><is>\n  <t>indented</t>\n</is></c><c r="D1"><v> 12 </v></c></row>'))],
    ['inline rich text, phonetic runs and lower-case escapes', () => edited(sheetData('<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Rev</t></r><r><t>iew _x0041_ _x00e9_</t></r></is></c><c r="B1" t="inlineStr"><is><t>lower _x00e9_ upper _x00E9_</t></is></c></row>'))],
    ['booleans, errors, ISO date cells (t="d") and odd numbers', () => edited(sheetData('<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#VALUE!</v></c><c r="D1" t="d"><v>2017-01-31</v></c><c r="E1"><v>1e3</v></c><c r="F1"><v>-0</v></c><c r="G1" t="n"><v>abc</v></c></row>'))],
    ['hidden columns from overlapping and out-of-order <col> ranges', () => edited((xml) => sheetData('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c><c r="E1"><v>5</v></c></row>')(xml.replace(/<cols>[\s\S]*?<\/cols>/, '').replace('<sheetData', '<cols><col min="4" max="5" hidden="1"/><col min="1" max="2" hidden="true"/><col min="2" max="3"/></cols><sheetData')))],
    ['row 0, a huge row number within the limit, and rows holding only formatting', () => edited(sheetData('<row r="0"><c r="A0"><v>0</v></c></row><row r="2" s="1"><c r="A2" s="1"/></row><row r="5"><c r="B5"><v>5</v></c></row>'))],
    ['a shared string index beyond the list', () => edited(sheetData('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'))],
    ['a sheet whose XML is cut short', () => edited((xml) => xml.slice(0, xml.indexOf('</sheetData>')))],
    ['an undefined entity', () => edited(sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'))],
    ['number formats with escapes and built-in date ids', () => edited(sheetData('<row r="1"><c r="A1" s="1"><v>40694</v></c><c r="B1" s="2"><v>40694</v></c><c r="C1" s="3"><v>40694</v></c></row>'), {
      'xl/styles.xml': (xml) => xml.replace(/<numFmts[\s\S]*?<\/numFmts>/, '').replace('<fonts', '<numFmts count="1"><numFmt numFmtId="170" formatCode="dd\\/mm\\/yyyy"/></numFmts><fonts').replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="15" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="45" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'),
    })],
    ['prefixed element names, as some .NET writers use (x:c)', () => edited((xml) => xml.replace('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"').replace('</worksheet>', '</x:worksheet>'))],
  ];

  it.each(crafted)('%s', async (_label, make) => {
    await expectSameOutcome(await make());
  });

  it.each(Array.from({ length: Number(process.env.DIFF_FUZZ ?? 120) }, (_, i) => 20_240_601 + i))('fuzzed example, seed %i', async (seed) => {
    const { bytes } = fuzzCase(seed);
    await expectSameOutcome(bytes);
  });
});
