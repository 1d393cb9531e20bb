import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGrid } from './readGrid';

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// A slice of seed 003's first block, laid out as a legacy sheet: theme row, header, merged recommendation.
async function legacy003(): Promise<Uint8Array> {
  return workbookBytes((wb) => {
    const ws = wb.addWorksheet('Action Plan');
    ws.getCell('A1').value = 'The experiences and progress of children who need help and protection';
    ws.getRow(2).values = ['Recommendations:', 'Ref:', 'Action:', 'Start:', 'End date', 'Lead officer:', 'RAG status:'];
    ws.getCell('A2').font = { bold: true };
    ws.getCell('A3').value = 'Ofsted recommendation 1: Further improve the quality and consistency of written plans for children';
    ws.mergeCells('A3:A4');
    ws.getCell('B3').value = '1.1';
    ws.getCell('C3').value = {
      richText: [{ text: 'Review and revise layout of ', font: { bold: true } }, { text: 'Early Help plans\nin partnership with MAPF' }],
    };
    ws.getCell('D3').value = new Date(Date.UTC(2017, 0, 1));
    ws.getCell('D3').numFmt = 'mmm-yy';
    ws.getCell('E3').value = new Date(Date.UTC(2017, 1, 1));
    ws.getCell('E3').numFmt = 'mmm-yy';
    ws.getCell('F3').value = 'RG';
    ws.getCell('G3').value = 'Amber';
    ws.getCell('G3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } };
    ws.getCell('B4').value = '1.2';
    ws.getCell('C4').value = 'Consult families/CYP and partners on the CAF';
    ws.getCell('D4').value = 42736; // a bare serial, General format
    ws.getCell('E4').value = 'Feb-17';
    ws.getCell('F4').value = 'RG/JF';
    ws.getCell('G4').fill = { type: 'pattern', pattern: 'solid', fgColor: { indexed: 11 } as Partial<ExcelJS.Color> }; // status only as a colour
    ws.getCell('H4').value = { formula: 'COUNTA(B3:B4)', result: 2 };
    ws.getCell('I4').value = { error: '#REF!' };
    ws.getCell('J4').value = { formula: 'B3&"x"', result: '1.1x' };
    ws.getCell('B4').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 9, tint: 0.3999755851924192 } as Partial<ExcelJS.Color> };
    ws.getCell('L4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
    ws.getRow(5).values = ['', '2.1', 'hidden row'];
    ws.getRow(5).hidden = true;
    const key = wb.addWorksheet('Key');
    key.getCell('A1').value = 'RG';
    key.getCell('B1').value = 'Service manager';
    key.state = 'hidden';
  });
}

describe('readGrid', () => {
  it('reads text, rich text with line breaks, merges and bold headers', async () => {
    const grid = await readGrid(await legacy003());
    const sheet = grid.sheets[0]!;
    expect(sheet.name).toBe('Action Plan');
    expect(sheet.rows[0]?.[0]?.text).toBe('The experiences and progress of children who need help and protection');
    expect(sheet.rows[1]?.map((c) => c?.text)).toEqual(['Recommendations:', 'Ref:', 'Action:', 'Start:', 'End date', 'Lead officer:', 'RAG status:']);
    expect(sheet.rows[1]?.[0]?.bold).toBe(true);
    expect(sheet.rows[2]?.[2]).toMatchObject({ text: 'Review and revise layout of Early Help plans\nin partnership with MAPF', rich: true });
    expect(sheet.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
    // The merged recommendation is in A3 only, as the file holds it; A4, which it covers, is empty.
    expect(sheet.rows[2]?.[0]?.text).toBe('Ofsted recommendation 1: Further improve the quality and consistency of written plans for children');
    expect(sheet.rows[3]?.[0]).toBeNull();
  });

  it('keeps the fill the file gives each covered cell of a merge, without the merged value', async () => {
    const grid = await readGrid(
      await workbookBytes((wb) => {
        const ws = wb.addWorksheet('Plan');
        ws.getCell('A1').value = 'SAFEGUARDING';
        ws.mergeCells('A1:B1');
        ws.mergeCells('C1:D1');
        // exceljs writes the style of a merge onto every cell it covers, as Excel does.
        ws.getCell('C1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
        ws.getRow(2).values = ['1.1', 'Review thresholds', 'RG', 'Amber'];
      }),
    );
    expect(grid.sheets[0]?.rows[0]).toEqual([{ text: 'SAFEGUARDING' }, null, { text: '', fill: 'FF0000' }, { text: '', fill: 'FF0000' }]);
  });

  it('reads each merge the sheet XML lists exactly once, in file order', async () => {
    // Haringey 2011's layout, repeated: each action's cell merged down over its seven milestone rows.
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Milestones');
      for (let action = 0; action < 300; action++) {
        const top = 2 + action * 7;
        ws.getCell(`A${top}`).value = `Action ${action + 1}`;
        ws.mergeCells(`A${top}:A${top + 6}`);
        for (let m = 0; m < 7; m++) ws.getCell(`B${top + m}`).value = `${action + 1}.${m + 1}`;
      }
    });
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    const refs = [...xml.matchAll(/<mergeCell ref="A(\d+):A(\d+)"\/>/g)].map(([, top, bottom]) => ({ top: Number(top) - 1, left: 0, bottom: Number(bottom) - 1, right: 0 }));
    expect(refs).toHaveLength(300);
    const sheet = (await readGrid(bytes)).sheets[0]!;
    expect(sheet.merges).toEqual(refs);
    expect(sheet.merges[299]).toEqual({ top: 2094, left: 0, bottom: 2100, right: 0 });
    expect(sheet.rows[2094]?.map((cell) => cell?.text)).toEqual(['Action 300', '300.1']);
    expect(sheet.rows[2095]?.map((cell) => cell?.text)).toEqual([undefined, '300.2']);
  });

  it('leaves a covered cell empty when the file holds a value there, and drops a merge overlapping one above it', async () => {
    const parts = unzipSync(await workbookBytes((wb) => (wb.addWorksheet('Plan').getCell('A1').value = 'x')));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!)
      .replace(
        /<sheetData>.*<\/sheetData>/,
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Action 1</t></is></c><c r="B1" t="inlineStr"><is><t>1.1</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Action 1</t></is></c><c r="B2" t="inlineStr"><is><t>1.2</t></is></c></row></sheetData>',
      )
      .replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '')
      .replace('</sheetData>', '</sheetData><mergeCells count="2"><mergeCell ref="A1:A2"/><mergeCell ref="A2:B2"/></mergeCells>');
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml);
    const sheet = (await readGrid(zipSync(parts))).sheets[0]!;
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(sheet.rows.map((row) => row.map((cell) => cell?.text ?? null))).toEqual([
      ['Action 1', '1.1'],
      [null, '1.2'],
    ]);
  });

  it('reads mmm-yy date cells as calendar days with their format, and bare serials as numbers', async () => {
    const row = (await readGrid(await legacy003())).sheets[0]!.rows[2]!;
    expect(row[3]).toMatchObject({ text: 'Jan-17', date: '2017-01-01', numFmt: 'mmm-yy', number: 42736 });
    expect(row[4]).toMatchObject({ text: 'Feb-17', date: '2017-02-01' });
    const next = (await readGrid(await legacy003())).sheets[0]!.rows[3]!;
    expect(next[3]).toEqual({ text: '42736', number: 42736 });
    expect(next[4]).toEqual({ text: 'Feb-17' });
  });

  it('reads fills as RRGGBB from ARGB, the indexed palette and theme colours with tint', async () => {
    const rows = (await readGrid(await legacy003())).sheets[0]!.rows;
    expect(rows[2]?.[6]).toMatchObject({ text: 'Amber', fill: 'FFC000' });
    expect(rows[3]?.[6]).toEqual({ text: '', fill: '00FF00' });
    // exceljs writes the Office 2007 theme: accent 6 is F79646, and Excel shows it 40% lighter as FAC090.
    expect(rows[3]?.[1]).toEqual({ text: '1.2', fill: 'FAC090' });
    // A fill right of the last column with text is formatting, not data.
    expect(rows[3]).toHaveLength(10);
  });

  it('keeps formulas with their cached results without evaluating, and error values', async () => {
    const row = (await readGrid(await legacy003())).sheets[0]!.rows[3]!;
    expect(row[7]).toMatchObject({ text: '2', number: 2, formula: 'COUNTA(B3:B4)' });
    expect(row[8]).toMatchObject({ text: '#REF!', error: '#REF!' });
    expect(row[9]).toMatchObject({ text: '1.1x', formula: 'B3&"x"' });
  });

  it('marks hidden rows and hidden sheets', async () => {
    const grid = await readGrid(await legacy003());
    expect(grid.sheets[0]?.hiddenRows).toEqual([4]);
    expect(grid.sheets[0]?.hidden).toBeUndefined();
    expect(grid.sheets[1]).toMatchObject({ name: 'Key', hidden: true, rows: [[{ text: 'RG' }, { text: 'Service manager' }]] });
  });

  it('reads a date in a 1904 workbook as the same calendar day', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      const cell = wb.addWorksheet('Plan').getCell('A1');
      cell.value = new Date(Date.UTC(2011, 4, 31));
      cell.numFmt = 'dd/mm/yyyy';
    });
    expect((await readGrid(bytes)).sheets[0]?.rows[0]?.[0]).toMatchObject({ text: '31/05/2011', date: '2011-05-31' });
  });

  it('trims a sheet padded with 300,000 formatted empty rows to its real rows', async () => {
    const plain = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Plan');
      ws.getRow(1).values = ['Ref', 'Action', 'By When'];
      ws.getRow(2).values = ['S2 (1)', 'Review thresholds', '31.12.12'];
      ws.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    });
    const parts = unzipSync(plain);
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    const padding = Array.from({ length: 300_000 }, (_, i) => `<row r="${i + 3}" s="1" customFormat="1"><c r="A${i + 3}" s="1"/><c r="XFD${i + 3}" s="1"/></row>`).join('');
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD300002"/>').replace('</sheetData>', `${padding}</sheetData>`),
    );
    const grid = await readGrid(zipSync(parts));
    expect(grid.sheets[0]?.rows.map((row) => row.map((cell) => cell?.text))).toEqual([
      ['Ref', 'Action', 'By When'],
      ['S2 (1)', 'Review thresholds', '31.12.12'],
    ]);
  });

  it('refuses a value beyond the row limit from the XML row numbers, naming the sheet as the file does', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('Plan & Key');
      ws.getRow(1).values = ['Ref', 'Action', 'By When'];
      ws.getCell('A11').value = 'S2 (1)';
    });
    await expect(readGrid(bytes, { limits: { maxRows: 10 } })).rejects.toMatchObject({ code: 'too-large', message: expect.stringContaining('Sheet "Plan & Key" has more than 10 rows.') as unknown });
    expect((await readGrid(bytes, { limits: { maxRows: 11 } })).sheets[0]?.rows[10]?.[0]?.text).toBe('S2 (1)');
  });

  it('decodes _xHHHH_ escapes in plain inline strings as in shared strings, lone surrogates included', async () => {
    const parts = unzipSync(await workbookBytes((wb) => (wb.addWorksheet('Plan').getCell('A1').value = 'x')));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!).replace(
      /<sheetData>.*<\/sheetData>/,
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Lone _xD800_ high, bell _x0007_, _x005F_x0041_ kept</t></is></c><c r="B1" t="inlineStr"><is><t>31.12.12</t></is></c></row></sheetData>',
    );
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml);
    const row = (await readGrid(zipSync(parts))).sheets[0]?.rows[0];
    expect(row).toEqual([{ text: 'Lone \uD800 high, bell \u0007, _x0041_ kept' }, { text: '31.12.12' }]);
  });
});
