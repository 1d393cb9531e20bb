import type { Worksheet } from 'exceljs';
import { cellAddress } from '@actionplan/core';
import type { ColumnCodec } from '../canonical/columnCodec';
import { writeCell } from '../canonical/cellOut';

/**
 * Writes a bold, frozen header row with a filter, and sets each column's width and visibility.
 *
 * @example
 * writeHeader(sheet, [{ header: 'Ref', width: 8 }, { header: 'Action', width: 50 }]);
 */
export function writeHeader(sheet: Worksheet, columns: Array<{ header: string; width: number; hidden?: boolean }>, filter = true): void {
  columns.forEach((column, c) => {
    const cell = sheet.getCell(1, c + 1);
    writeCell(cell, { text: column.header });
    cell.font = { bold: true };
    const sheetColumn = sheet.getColumn(c + 1);
    sheetColumn.width = column.width;
    if (column.hidden) sheetColumn.hidden = true;
  });
  freezeHeader(sheet);
  if (filter && columns.length > 0) sheet.autoFilter = `A1:${cellAddress(0, columns.length - 1).replace(/\d+$/, '1')}`;
}

/**
 * Keeps row 1 in view while the sheet scrolls.
 *
 * @example
 * freezeHeader(sheet);
 */
export function freezeHeader(sheet: Worksheet): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }];
}

/**
 * Writes records under a header, one a row, through their column codecs, wrapping long text.
 *
 * @example
 * writeRecords(sheet, plan.recommendations, recommendationColumns, plan);
 */
export function writeRecords<T, C>(sheet: Worksheet, records: T[], columns: Array<ColumnCodec<T, C>>, ctx: C): void {
  writeHeader(sheet, columns);
  records.forEach((record, r) => {
    columns.forEach((column, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      writeCell(cell, column.render(record, ctx));
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  layOutForReading(sheet);
}

/**
 * The A1 range of a column from row 2 down to `lastRow`: `M2:M5010`.
 *
 * @example
 * columnBelowHeader(12, 5010); // 'M2:M5010'
 * columnBelowHeader(9, 5010, 10); // 'J2:K5010'
 */
export function columnBelowHeader(column: number, lastRow: number, lastColumn = column): string {
  const letters = (c: number): string => cellAddress(0, c).replace(/\d+$/, '');
  return `${letters(column)}2:${letters(lastColumn)}${lastRow}`;
}

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
const LINE_HEIGHT = 15;

/**
 * Lays a sheet out for reading and printing: rows tall enough for their wrapped text (neither
 * Excel nor LibreOffice grows them on open), landscape pages one sheet wide with the header row
 * repeated on every page.
 *
 * @example
 * layOutForReading(sheet); // after the rows are written
 */
export function layOutForReading(sheet: Worksheet): void {
  const widths: number[] = [];
  sheet.columns.forEach((column, c) => {
    widths[c] = column.hidden ? 0 : (column.width ?? 10);
  });
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    let lines = 1;
    row.eachCell((cell, columnNumber) => {
      const width = widths[columnNumber - 1] ?? 10;
      if (width === 0 || typeof cell.value !== 'string') return;
      lines = Math.max(lines, wrappedLines(cell.value, width));
    });
    if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);
  });
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
}

/** How many lines `text` takes in a column `width` characters wide, wrapping at words. */
function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text.split('\n').reduce((total, line) => total + Math.max(1, Math.ceil(line.length / perLine)), 0);
}
