import ExcelJS from 'exceljs';
import type { GridCell, GridMerge } from '@actionplan/core';
import type { BenchWorkbook } from './benchWorkbook';

/** How to write a generated workbook. */
export interface WriteOptions {
  /**
   * Formatted empty rows below the first sheet's data (a fill, a border and a row height, no value),
   * like the legacy files that declare a million used rows.
   */
  paddingRows?: number;
}

function cellValue(cell: GridCell): ExcelJS.CellValue {
  if (cell.date === undefined) return cell.text;
  const [y, m, d] = cell.date.split('-').map(Number);
  // UTC midnight: exceljs writes the serial from the UTC day, so no zone can shift it.
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
}

function styleCell(target: ExcelJS.Cell, cell: GridCell): void {
  if (cell.numFmt) target.numFmt = cell.numFmt;
  if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.fill}` } };
  if (cell.bold) target.font = { bold: true };
}

function mergesByTop(merges: GridMerge[]): Map<number, GridMerge[]> {
  const byTop = new Map<number, GridMerge[]>();
  for (const merge of merges) byTop.set(merge.top, [...(byTop.get(merge.top) ?? []), merge]);
  return byTop;
}

/**
 * Writes a generated workbook with exceljs's streaming writer (inline strings, styles on), the
 * way a large legacy workbook would be laid out: values, fills, number formats, merges.
 *
 * @example
 * await writeBenchWorkbook('plan-1k.xlsx', generateBenchWorkbook({ rows: 1000 }));
 */
export async function writeBenchWorkbook(path: string, workbook: BenchWorkbook, options: WriteOptions = {}): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  for (const [index, sheet] of workbook.grid.sheets.entries()) {
    const worksheet = writer.addWorksheet(sheet.name);
    worksheet.columns = (workbook.widths[index] ?? []).map((width) => ({ width }));
    const merges = mergesByTop(sheet.merges);
    for (const [r, cells] of sheet.rows.entries()) {
      // The streaming writer can merge only rows not yet committed: merge when the top row is written.
      for (const m of merges.get(r) ?? []) worksheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
      const row = worksheet.getRow(r + 1);
      for (const [c, cell] of cells.entries()) {
        if (!cell) continue;
        const target = row.getCell(c + 1);
        if (cell.text !== '' || cell.date !== undefined) target.value = cellValue(cell);
        styleCell(target, cell);
      }
      // A colour-only cell has no value; a height makes exceljs write the row anyway.
      if (cells.some((cell) => cell?.fill)) row.height = 15;
      row.commit();
    }
    if (index === 0) writePadding(worksheet, sheet.rows.length, options.paddingRows ?? 0, Math.max(1, ...sheet.rows.map((row) => row.length)));
    worksheet.commit();
  }
  await writer.commit();
}

function writePadding(worksheet: ExcelJS.Worksheet, after: number, count: number, columns: number): void {
  for (let r = after + 1; r <= after + count; r += 1) {
    const row = worksheet.getRow(r);
    row.height = 15;
    for (let c = 1; c <= columns; c += 1) {
      const cell = row.getCell(c);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } };
      cell.border = { bottom: { style: 'thin' } };
    }
    row.commit();
  }
}
