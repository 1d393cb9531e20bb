import { cellAddress } from '@actionplan/core';
import type { CellOut } from '../canonical/cellOut';
import { syncedRow } from '../canonical/columnCodec';
import type { DataSheetWriter } from '../canonical/dataSheet';
import type { SyncedTable } from '../canonical/syncedTable';
import type { SharedStrings } from './write/sharedStrings';
import { SheetWriter, type SheetOptions } from './write/sheetWriter';
import { STYLE } from './write/stylesXml';

/**
 * A sheet of records under a bold header row: the header frozen, with a filter, each column's
 * width and visibility set, laid out for reading and printing.
 *
 * @example
 * headedSheet('Issues', strings, [{ header: 'Severity', width: 10 }, { header: 'Problem', width: 70 }]);
 */
export function headedSheet(name: string, strings: SharedStrings, columns: Array<{ header: string; width: number; hidden?: boolean }>, options: SheetOptions = {}): SheetWriter {
  const sheet = new SheetWriter(name, strings, { columns, frozenHeader: true, autoFilter: true, forReading: true, ...options });
  columns.forEach((column, c) => sheet.text(1, c + 1, column.header, STYLE.bold));
  return sheet;
}

/**
 * Writes records under the header, one a row, through their column codecs (long text wrapped), and
 * adds each record's text-free copy to the data sheet from the same rendered cells.
 *
 * @example
 * writeSyncedRows(sheet, plan.sections, sectionTable, ctx, data);
 */
export function writeSyncedRows<T, C>(sheet: SheetWriter, records: T[], table: SyncedTable<T, C>, ctx: C, data: DataSheetWriter): void {
  const { columns } = table;
  const keys = table.keysOf(records);
  const rendered: CellOut[] = [];
  records.forEach((record, r) => {
    for (let c = 0; c < columns.length; c++) rendered[c] = columns[c]!.render(record, ctx);
    sheet.writeRow(r + 2, rendered);
    data.add({ kind: table.kind, key: keys[r]!, value: syncedRow(record, columns, ctx, table.redact, rendered) });
  });
}

/**
 * A record sheet of the canonical workbook: header, then one row per record, each synced to the data sheet.
 *
 * @example
 * recordSheet('Sections', strings, plan.sections, sectionTable, ctx, data);
 */
export function recordSheet<T, C>(name: string, strings: SharedStrings, records: T[], table: SyncedTable<T, C>, ctx: C, data: DataSheetWriter): SheetWriter {
  const sheet = headedSheet(name, strings, table.columns);
  writeSyncedRows(sheet, records, table, ctx, data);
  return sheet;
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

