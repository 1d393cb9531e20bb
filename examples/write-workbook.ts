import ExcelJS from 'exceljs';
import { isCellSpec } from './workbook-spec';
import type { Cell, CellSpec, CellValue, WorkbookSpec } from './workbook-spec';

/** exceljs wants ARGB; the specs use RRGGBB. */
const argb = (rgb: string): string => `FF${rgb.toUpperCase()}`;

/**
 * A zone-free calendar date as the UTC-midnight Date exceljs turns into an Excel serial.
 *
 * @example
 * utcDate('2011-05-31').toISOString(); // '2011-05-31T00:00:00.000Z'
 */
export function utcDate(isoDay: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1900, (month ?? 1) - 1, day ?? 1));
}

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if ('date' in value) return utcDate(value.date);
  return { richText: value.rich.map((run) => (run.bold ? { text: run.text, font: { bold: true } } : { text: run.text })) };
}

function asSpec(cell: Cell): CellSpec {
  return isCellSpec(cell) ? cell : { value: cell };
}

function writeCell(sheet: ExcelJS.Worksheet, row: number, column: number, cell: Cell): void {
  const spec = asSpec(cell);
  const target = sheet.getCell(row, column);
  // Strings go in as plain values: exceljs only writes a formula for { formula }, so text that
  // looks like one (`=HYPERLINK(…)`) stays text.
  target.value = toExcelValue(spec.value);
  target.alignment = { vertical: 'top', wrapText: true };
  if (spec.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fill) } };
  if (spec.bold) target.font = { bold: true };
  if (spec.numFmt) target.numFmt = spec.numFmt;
  else if (typeof spec.value === 'object' && spec.value !== null && 'date' in spec.value) target.numFmt = 'dd-mmm-yyyy';
  if (spec.mergeDown || spec.mergeRight) {
    sheet.mergeCells(row, column, row + (spec.mergeDown ?? 0), column + (spec.mergeRight ?? 0));
  }
}

/**
 * Builds an exceljs workbook from a spec, with fixed created/modified dates so a rebuild gives
 * the same workbook.
 *
 * @example
 * const book = writeWorkbook({ fileName: 'x.xlsx', savedOn: '2011-06-01', author: 'CYPS',
 *   sheets: [{ name: 'Plan', columnWidths: [20], rows: [['Action']] }] });
 * await book.xlsx.writeFile('x.xlsx');
 */
export function writeWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const savedAt = utcDate(spec.savedOn);
  book.creator = spec.author;
  book.lastModifiedBy = spec.author;
  book.created = savedAt;
  book.modified = savedAt;
  for (const sheetSpec of spec.sheets) {
    const sheet = book.addWorksheet(sheetSpec.name);
    sheetSpec.columnWidths.forEach((width, index) => {
      sheet.getColumn(index + 1).width = width;
    });
    sheetSpec.rows.forEach((cells, rowIndex) => {
      cells.forEach((cell, columnIndex) => {
        if (cell !== null) writeCell(sheet, rowIndex + 1, columnIndex + 1, cell);
      });
    });
  }
  return book;
}
