import ExcelJS from 'exceljs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLegacyWorkbooks, legacyWorkbooks } from './build-legacy';

const legacyDir = fileURLToPath(new URL('./legacy/', import.meta.url));

async function openWorkbook(dir: string, fileName: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, fileName));
  return book;
}

function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** A cell's fill as RRGGBB, or null. */
function fillOf(sheet: ExcelJS.Worksheet, address: string): string | null {
  const fill = sheet.getCell(address).fill;
  return fill?.type === 'pattern' && fill.pattern === 'solid' ? (fill.fgColor?.argb?.slice(2) ?? null) : null;
}

const text = (sheet: ExcelJS.Worksheet, address: string): string => sheet.getCell(address).text;

/** 1-based numbers of the rows whose first cells are exactly these texts. */
function rowsStartingWith(sheet: ExcelJS.Worksheet, ...cells: string[]): number[] {
  const found: number[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (cells.every((cell, index) => row.getCell(index + 1).text === cell)) found.push(rowNumber);
  });
  return found;
}

/** Merged ranges as 'A14:A19'. */
const mergesOf = (sheet: ExcelJS.Worksheet): string[] => [...sheet.model.merges].sort();

describe('haringey-milestones-2011.xlsx (seed 000)', () => {
  let sheet: ExcelJS.Worksheet;
  let appendix: ExcelJS.Worksheet;
  beforeAll(async () => {
    const book = await openWorkbook(legacyDir, 'haringey-milestones-2011.xlsx');
    sheet = sheetOf(book, 'Milestone Report May 2011');
    appendix = sheetOf(book, 'Appendix 1');
  });

  it('has the title banner and the Action Status colour legend above the header', () => {
    expect(text(sheet, 'A1')).toMatch(/^Safeguarding and Looked After Children Action Plan Milestone Report May 2011/);
    expect(text(sheet, 'A5')).toBe('Action Status');
    expect(['A6', 'A7', 'A8', 'A9'].map((address) => fillOf(sheet, address))).toEqual(['FF0000', 'FFC000', '00B050', '0070C0']);
    expect(text(sheet, 'B6')).toBe('Not achieved / not on track support required to address issues');
    expect(text(sheet, 'B9')).toBe('Action completed and desired outcome achieved');
  });

  it('repeats the header under each theme and mid-table', () => {
    expect(rowsStartingWith(sheet, 'Action', 'Milestone', 'Start Date', 'Due Date', 'Status')).toEqual([12, 30, 34, 40, 43, 47]);
    expect([11, 29, 33, 46].map((row) => text(sheet, `A${row}`))).toEqual([
      'Theme: Best practice',
      'Theme: Participation',
      'Theme: Quality Assurance and Performance Management',
      'Theme: Workforce development',
    ]);
  });

  it('merges Action and Outcome cells down over their milestone rows', () => {
    expect(mergesOf(sheet)).toEqual(['A14:A19', 'A1:H1', 'A24:A25', 'A38:A39', 'H14:H19', 'H24:H25', 'H38:H39']);
    expect(text(sheet, 'A24')).toBe('5. Develop improved corporate parenting mechanisms');
  });

  it('shows the status only as the Status cell fill', () => {
    expect(sheet.getCell('E13').value).toBeNull();
    expect(fillOf(sheet, 'E13')).toBe('0070C0'); // 1.1 May 2011 - Achieved.
    expect(fillOf(sheet, 'E16')).toBe('00B050'); // 1.5 May 2011 - On track.
    expect(fillOf(sheet, 'E48')).toBe('FF0000'); // 23.1 May 2011 –Not achieved.
    expect(fillOf(sheet, 'E18')).toBeNull(); // 1.6's continuation row
  });

  it('continues cells on the next row after page breaks', () => {
    expect(text(sheet, 'A13')).toMatch(/consistently matches best$/);
    expect(text(sheet, 'A14')).toBe('practice (Ofsted Feb 2011 – Rec 8)');
    expect(text(sheet, 'B25')).toMatch(/\(Ofsted Feb$/);
    expect(text(sheet, 'B26')).toBe('2011)');
  });

  it('duplicates 20.1 and files milestone 20.2 under action 21', () => {
    expect(text(sheet, 'B38')).toMatch(/^20\.1 System developed/);
    expect(text(sheet, 'B39')).toMatch(/^20\.1 System developed .* and care$/);
    expect(text(sheet, 'B41')).toBe('leavers in all settings (Ofsted Feb 2011)');
    expect(text(sheet, 'A42')).toMatch(/^21\. Ensure performance management/);
    expect(text(sheet, 'B42')).toMatch(/^20\.2 Care pathway reviewed/);
  });

  it('keeps text dates in the seed formats beside some real Excel dates', () => {
    expect(sheet.getCell('C13').value).toBe('01-Mar-2011');
    expect(sheet.getCell('C42').value).toBe('01-May - 2011');
    expect(sheet.getCell('D42').value).toBe('31- July- 2011');
    expect(sheet.getCell('C31').value).toEqual(new Date(Date.UTC(2011, 4, 1)));
    expect(sheet.getCell('D31').value).toEqual(new Date(Date.UTC(2011, 9, 31)));
  });

  it('has bold rich-text status prefixes and HTML remnants in progress notes', () => {
    const note = sheet.getCell('F13').value as ExcelJS.CellRichTextValue;
    expect(note.richText[0]).toEqual({ text: 'May 2011 - Achieved.', font: { bold: true } });
    expect(text(sheet, 'F19')).toMatch(/^<b>April 2011 -Achieved\.<\/b> Benchmarking/);
    expect(text(sheet, 'F42')).toMatch(/^<p><b>May 2011 – On track\.<\/b> Care pathway/);
  });

  it('lists areas for improvement 1-14 with timescales in Appendix 1', () => {
    expect(text(appendix, 'A6')).toMatch(/^1\. Review the deployment of social work assistants/);
    expect(text(appendix, 'B6')).toBe('Within three months');
    expect(text(appendix, 'B15')).toBe('(Not all case files have up-to-date chronologies – Ref 39 P. 39)');
    expect([text(appendix, 'A16'), text(appendix, 'C16')]).toEqual(['9.', 'Within six months']);
    expect([text(appendix, 'A25'), text(appendix, 'C25')]).toEqual(['14.', 'Within six months']);
  });
});

describe('haringey-jar-2009.xlsx (seed 001)', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = sheetOf(await openWorkbook(legacyDir, 'haringey-jar-2009.xlsx'), 'Appendix 1 JAR action plan');
  });

  it('has the Targets/Progress and outcomes header variants', () => {
    const headers = rowsStartingWith(sheet, 'Action', 'Lead', 'Involved groups', 'Timescale');
    expect(headers).toEqual([8, 25, 37, 42, 53, 73, 99, 116, 131, 142, 155, 165, 174, 181]);
    expect(text(sheet, 'E142')).toBe('Progress and outcomes');
    expect(text(sheet, 'E8')).toBe('Targets and outcomes');
  });

  it('keeps refs, multi-period timescales and never-closed <ul>', () => {
    expect(text(sheet, 'A9')).toMatch(/^1\.1\.1 To strengthen governance/);
    expect(text(sheet, 'A132')).toMatch(/^<p>2\.4\.1\. Re-engineer finance workflow/);
    expect(text(sheet, 'D9')).toBe('Feb - May 2009 July 09 March – Sep 09');
    expect(text(sheet, 'E9')).toMatch(/^<ul style="list-style-type: none">/);
    expect(text(sheet, 'E9')).not.toContain('</ul>');
  });

  it('has Appendix 1 page markers and a row split across a page break', () => {
    expect(rowsStartingWith(sheet, 'Appendix 1')).toEqual([12, 29, 78, 85, 93, 103, 119, 136, 145]);
    expect([text(sheet, 'B38'), text(sheet, 'B40')]).toEqual(['HSP Chair of the Area', 'Assessment Group']);
    expect(text(sheet, 'E40')).toBe('Practice Panel.');
  });
});

describe('scrutiny-update-2016.xlsx (seed 002)', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await openWorkbook(legacyDir, 'scrutiny-update-2016.xlsx');
  });

  it('lists Recommendations 1-17 under their Key Judgement Areas', () => {
    const sheet = sheetOf(book, 'Recommendations');
    expect(text(sheet, 'A6')).toBe('Key Judgement Area: The experiences and progress of children who need help and protection');
    expect(text(sheet, 'A7')).toBe('Recommendation 1');
    expect(text(sheet, 'B8')).toBe('Ensure that strategy discussions include all relevant agencies');
    expect(text(sheet, 'A24')).toBe('Key Judgement Area: Leadership, management and governance');
    expect(text(sheet, 'A25')).toBe('Recommendation 17');
  });

  it('stores formula-looking text as text', () => {
    const cell = sheetOf(book, 'Recommendations').getCell('A3');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("Ofsted SIF report July 2014.pdf","Ofsted report published July 2014")');
  });

  it('has the indicators with baseline, target and actual', () => {
    const sheet = sheetOf(book, 'Indicators');
    expect(text(sheet, 'A2')).toBe('LAC dental checks up to date');
    expect([sheet.getCell('B2').value, sheet.getCell('C2').value, sheet.getCell('D2').value]).toEqual([0.79, '90% target', 0.84]);
    expect(sheet.getCell('D2').numFmt).toBe('0%');
  });
});

describe('col-ofsted-2016.xlsx (seed 003)', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = sheetOf(await openWorkbook(legacyDir, 'col-ofsted-2016.xlsx'), 'Action plan');
  });

  it('has 55 action rows, 52 Green and 3 Amber, with matching fills', () => {
    const rag = (word: string): number[] => {
      const rows: number[] = [];
      sheet.eachRow((row, rowNumber) => {
        if (row.getCell(10).text === word) rows.push(rowNumber);
      });
      return rows;
    };
    expect(rag('Green')).toHaveLength(52);
    expect(rag('Amber')).toEqual([5, 23, 48]);
    expect(fillOf(sheet, 'J5')).toBe('FFC000');
    expect(fillOf(sheet, 'J6')).toBe('00B050');
  });

  it('repeats theme and header rows per block, with End date / End: variants', () => {
    expect(rowsStartingWith(sheet, 'Recommendations:', 'Ref:', 'Action:', 'Start:', 'End date')).toEqual([4, 16]);
    expect(rowsStartingWith(sheet, 'Recommendations:', 'Ref:', 'Action:', 'Start:', 'End:')).toEqual([43, 52, 57, 66, 73, 80]);
    expect(text(sheet, 'A51')).toBe('Leadership , Management and Governance');
  });

  it('merges recommendation cells down, but repeats the Paragraph 39 text', () => {
    expect(mergesOf(sheet)).toContain('A5:A13');
    expect(mergesOf(sheet)).toContain('A58:A61');
    expect(text(sheet, 'A62')).toBe('Ensure all initial health assessments are done promptly (Paragraph 39)');
    expect(text(sheet, 'A63')).toBe(text(sheet, 'A62'));
  });

  it('leaves refs blank and stores months as real dates, with a few bare serials', () => {
    expect(sheet.getCell('B23').value).toBeNull();
    expect(sheet.getCell('D5').value).toEqual(new Date(Date.UTC(2017, 0, 1)));
    expect(sheet.getCell('D5').numFmt).toBe('mmm-yy');
    expect(sheet.getCell('E28').numFmt).toBe('mmm-yyyy'); // 3.4 End: Jun-2017
    expect(sheet.getCell('E12').value).toBe(42795); // 1.8 End: Mar-17
  });
});

describe('harrow-improvement-2012.xlsx (seed 004)', () => {
  let key: ExcelJS.Worksheet;
  let plan: ExcelJS.Worksheet;
  beforeAll(async () => {
    const book = await openWorkbook(legacyDir, 'harrow-improvement-2012.xlsx');
    key = sheetOf(book, 'Key');
    plan = sheetOf(book, 'Improvement Plan');
  });

  it('has the lead-officer key: 30 role/abbreviation pairs in 4 columns', () => {
    const pairs: Array<[string, string]> = [];
    for (let row = 3; row <= 17; row += 1) {
      pairs.push([text(key, `A${row}`), text(key, `B${row}`)], [text(key, `C${row}`), text(key, `D${row}`)]);
    }
    expect(pairs).toHaveLength(30);
    expect(pairs).toContainEqual(['• Divisional Director Targeted Services', 'DD TS']);
    expect(pairs).toContainEqual(['• Designated Nurse (NHS Harrow)', 'Des Nurse']);
    expect(pairs).toContainEqual(['• Lead Nurse for LAC, Ealing ICO', 'LAC Nurse']);
  });

  it('repeats the banner and header on every page, with section rows', () => {
    const banners = rowsStartingWith(plan, 'AREAS FOR IMPROVEMENT IDENTIFIED IN OFSTED REPORT');
    expect(banners).toHaveLength(13);
    for (const row of banners) expect(text(plan, `A${row + 1}`)).toBe('Recommendations');
    expect([text(plan, 'A4'), text(plan, 'A61')]).toEqual(['SAFEGUARDING', 'LOOKED AFTER CHILDREN']);
  });

  it('packs several actions, leads and dates into one cell', () => {
    expect(text(plan, 'C43')).toBe('SM QA SM QA Imp. Board members SM QA DD TS');
    expect(text(plan, 'E43')).toBe('31.12.12\n27.9.12\n31.12.12\n31.3.13\n31.8.12');
    expect(text(plan, 'D43')).toMatch(/^MUST DO \(1\) Review and implement .* EMBEDDING \(3\)/);
    expect(text(plan, 'F43')).toContain('(4) Held: Will follow completion of 1 & 2');
  });

  it('keeps the irregular dates, progress and lead abbreviations', () => {
    expect(text(plan, 'E106')).toBe('31.9.12');
    expect(text(plan, 'E11')).toBe('27.9.12.');
    expect(text(plan, 'E59')).toBe('30/11/12 01/01/13 Ongoing to May 2013');
    expect(text(plan, 'F12')).toBe('(2) Completed');
    expect(text(plan, 'C11')).toBe('LSCB SP / Des. Nurse');
    expect(text(plan, 'C28')).toBe('DD TS/ DD DWD/ DD EI');
    expect(text(plan, 'A43')).toMatch(/^Within 3 months \(S7\)/);
    expect(text(plan, 'A106')).toMatch(/^Within 6 months \(LAC11\)/);
  });
});

/** Everything a reader sees in a workbook: values, fills, number formats and merges. */
async function pictureOf(dir: string, fileName: string): Promise<unknown[]> {
  const book = await openWorkbook(dir, fileName);
  return book.worksheets.map((sheet) => {
    const cells: unknown[] = [];
    sheet.eachRow((row, rowNumber) => {
      row.eachCell((cell, column) => {
        cells.push([rowNumber, column, cell.value, fillOf(sheet, cell.address), cell.numFmt ?? null]);
      });
    });
    return { name: sheet.name, merges: mergesOf(sheet), cells };
  });
}

describe('building the examples', () => {
  let outDir: string;
  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'actionplan-legacy-'));
    await buildLegacyWorkbooks(outDir);
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it.each(legacyWorkbooks.map((spec) => spec.fileName))('rebuilds %s with the committed cells', async (fileName) => {
    expect(await pictureOf(outDir, fileName)).toEqual(await pictureOf(legacyDir, fileName));
  });

  it('writes fixed created/modified dates', async () => {
    const book = await openWorkbook(outDir, 'col-ofsted-2016.xlsx');
    expect(book.modified).toEqual(new Date(Date.UTC(2017, 3, 28)));
  });
});
