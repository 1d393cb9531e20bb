import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SheetWriter, type SheetOptions } from './sheetWriter';
import { STYLE } from './stylesXml';
import { WorkbookWriter } from './workbookWriter';
import { ZipWriter } from './zipWriter';

async function xmlOf(sheet: SheetWriter, table?: string): Promise<string> {
  const zip = new ZipWriter();
  zip.add('sheet.xml', sheet.finish(table));
  return strFromU8(unzipSync(await zip.finish())['sheet.xml']!);
}

const plan = (book: WorkbookWriter, options: SheetOptions = {}): SheetWriter =>
  new SheetWriter('Plan', book, { columns: [{ width: 10, hidden: true }, { width: 8 }, { width: 50 }, { width: 12 }], ...options });

describe('SheetWriter', () => {
  it('writes text as shared strings, days as serials and numbers, with their styles', async () => {
    const book = new WorkbookWriter();
    const sheet = plan(book);
    sheet.text(1, 1, 'Id');
    sheet.text(1, 2, 'Ref', STYLE.bold);
    sheet.text(2, 2, '1.8', STYLE.wrapTop);
    sheet.text(2, 3, '', STYLE.wrapTop);
    sheet.text(2, 4, '');
    sheet.day(3, 4, '2011-05-31', STYLE.dayWrapTop);
    sheet.number(3, 28, 61);
    sheet.out(4, 4, { day: '2017-03-31' });
    sheet.out(4, 2, { text: '' }, false);
    const xml = await xmlOf(sheet);
    expect(xml).toContain(
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="3" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="B2" s="1" t="s"><v>2</v></c><c r="C2" s="1"/></row>' +
        // 31 May 2011 is serial 40694, 31 March 2017 42825.
        '<row r="3"><c r="D3" s="2"><v>40694</v></c><c r="AB3"><v>61</v></c></row>' +
        '<row r="4"><c r="D4" s="2"><v>42825</v></c></row></sheetData>',
    );
    expect(book.strings.indexOf('1.8')).toBe(2);
  });

  it('keeps formula-like text a string and escapes what XML cannot hold as Excel does', async () => {
    const sheet = plan(new WorkbookWriter(), { inlineStrings: true });
    sheet.text(1, 1, '=SUM(A1) +44 -1 @x <b>Update report</b>');
    sheet.text(1, 2, 'bell\u0007 cr\r\nlf _x0041_');
    sheet.text(1, 3, ' padded');
    const xml = await xmlOf(sheet);
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t>=SUM(A1) +44 -1 @x &lt;b&gt;Update report&lt;/b&gt;</t></is></c>');
    expect(xml).toContain('<c r="B1" t="inlineStr"><is><t xml:space="preserve">bell_x0007_ cr_x000D_\nlf _x005F_x0041_</t></is></c>');
    expect(xml).toContain('<c r="C1" t="inlineStr"><is><t xml:space="preserve"> padded</t></is></c>');
  });

  it('counts every reference to a text a column repeats row after row, and finds it again after another text', async () => {
    const book = new WorkbookWriter();
    const sheet = plan(book);
    ['Amber', 'Amber', 'Green', 'Amber'].forEach((rating, i) => sheet.text(i + 2, 2, rating));
    sheet.text(6, 3, 'Amber');
    expect(await xmlOf(sheet)).toContain('<c r="B4" t="s"><v>1</v></c></row><row r="5"><c r="B5" t="s"><v>0</v></c></row><row r="6"><c r="C6" t="s"><v>0</v></c>');
    const zip = new ZipWriter();
    zip.add('strings.xml', book.strings.toPart());
    expect(strFromU8(unzipSync(await zip.finish())['strings.xml']!)).toContain('count="5" uniqueCount="2"><si><t>Amber</t></si><si><t>Green</t></si></sst>');
  });

  it('writes a row of text cells as writeRow writes them, wrapped or not, inline or shared', async () => {
    const texts = ['action', 'a1', '{"base":{"ref":"","title":"","status":"in-progress"}}', '', ' RG\nJF & <MAPF>', '_x0041_', ''];
    const wraps = [false, true, false, true, false, false, false];
    for (const inlineStrings of [true, false]) {
      const [byText, byCells, wrappedByText, wrappedByCells] = [1, 2, 3, 4].map(() => plan(new WorkbookWriter(), { inlineStrings, forReading: true }));
      byText!.textRow(2, texts);
      byCells!.writeRow(2, texts.map((text) => ({ text })), () => false);
      wrappedByText!.textRow(2, texts, wraps);
      wrappedByCells!.writeRow(2, texts.map((text) => ({ text })), (column) => wraps[column - 1]!);
      const wrapped = await xmlOf(wrappedByText!);
      expect(wrapped).toBe(await xmlOf(wrappedByCells!));
      expect(wrapped).toContain('<c r="B2" s="1" t=');
      expect(wrapped).toContain('<c r="D2" s="1"/>');
      const xml = await xmlOf(byText!);
      expect(xml).toBe(await xmlOf(byCells!));
      if (inlineStrings) {
        expect(xml).toContain('<c r="C2" t="inlineStr"><is><t>{"base":{"ref":"","title":"","status":"in-progress"}}</t></is></c><c r="E2" t="inlineStr"><is><t xml:space="preserve"> RG\nJF &amp; &lt;MAPF&gt;</t></is></c>');
        expect(xml).toContain('<c r="F2" t="inlineStr"><is><t>_x005F_x0041_</t></is></c>');
      }
    }
  });

  it('makes rows laid out for reading tall enough for their wrapped text, and prints them landscape, one page wide', async () => {
    const sheet = plan(new WorkbookWriter(), { frozenHeader: true, autoFilter: true, forReading: true });
    // Row 1 is the header: never grown.
    sheet.text(1, 3, 'Action\nAction\nAction');
    // 50 characters wide holds 55 a line: seed 003's 1.1 title (103 characters) takes two lines,
    // its four measures four, the hidden Id column nothing.
    sheet.text(2, 1, 'x\n'.repeat(20));
    sheet.text(2, 3, 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)');
    sheet.text(3, 3, 'a\nb\nc\nd');
    sheet.text(4, 3, 'x'.repeat(55 * 40));
    const xml = await xmlOf(sheet);
    expect(xml).toContain('<row r="1"><c r="C1"');
    expect(xml).toContain('<row r="2" ht="30" customHeight="1">');
    expect(xml).toContain('<row r="3" ht="60" customHeight="1">');
    expect(xml).toContain('<row r="4" ht="409" customHeight="1">');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    expect(xml).toContain('<cols><col min="1" max="1" width="10" hidden="1" customWidth="1"/><col min="2" max="2" width="8" customWidth="1"/>');
    expect(xml).toContain('</sheetData><autoFilter ref="A1:D1"/><pageMargins ');
    expect(xml).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>');
  });

  it('puts validations, conditional formats and the table part after the rows, in schema order', async () => {
    const sheet = plan(new WorkbookWriter());
    sheet.text(1, 1, 'Id');
    sheet.dataValidations = '<dataValidations count="0"/>';
    sheet.conditionalFormatting = '<conditionalFormatting sqref="M2:M5005"/>';
    const xml = await xmlOf(sheet, 'rId1');
    expect(xml.slice(xml.indexOf('</sheetData>'))).toBe(
      '</sheetData><conditionalFormatting sqref="M2:M5005"/><dataValidations count="0"/>' +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
    );
  });

  it('writes a whole row as cell-by-cell writing would, its height from the text as the cell holds it', async () => {
    const outs = [{ text: 'a2' }, { text: '2.5' }, { text: 'Review will go to SIB in June.\nline two\r\nline three' }, { day: '2011-05-31' }];
    const byCell = plan(new WorkbookWriter(), { forReading: true });
    outs.forEach((out, c) => byCell.out(2, c + 1, out, c !== 1));
    byCell.text(3, 1, '');
    const byRow = plan(new WorkbookWriter(), { forReading: true });
    byRow.writeRow(2, outs, (column) => column !== 2);
    const xml = await xmlOf(byRow);
    expect(xml).toBe(await xmlOf(byCell));
    // Three lines: the carriage return is escaped (`_x000D_`), not a line of its own.
    expect(xml).toContain('<row r="2" ht="45" customHeight="1"><c r="A2" s="1" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="1" t="s"><v>2</v></c><c r="D2" s="2"><v>40694</v></c></row>');
  });

  it('refuses a row written after a later one, or a cell added to a row written whole (programmer misuse)', () => {
    const sheet = plan(new WorkbookWriter());
    sheet.text(3, 1, 'a3');
    expect(() => sheet.text(2, 1, 'a2')).toThrow('SheetWriter: row 2 of "Plan" written after row 3.');
    sheet.writeRow(4, [{ text: 'a4' }]);
    expect(() => sheet.text(4, 2, '2.5')).toThrow('SheetWriter: row 4 of "Plan" written after row 4.');
  });
});
