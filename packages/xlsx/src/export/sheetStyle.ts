import { cellAddress } from '@actionplan/core';
import type { CellOut } from '../canonical/cellOut';
import { syncedRow } from '../canonical/columnCodec';
import type { DataSheetWriter } from '../canonical/dataSheet';
import type { SyncedTable } from '../canonical/syncedTable';
import { SheetWriter, type SheetHost, type SheetOptions } from './write/sheetWriter';
import { STYLE } from './write/stylesXml';

/**
 * A sheet of records under a bold header row: the header frozen, with a filter, each column's
 * width and visibility set, laid out for reading and printing.
 *
 * @example
 * headedSheet('Issues', book, [{ header: 'Severity', width: 10 }, { header: 'Problem', width: 70 }]);
 */
export function headedSheet(name: string, book: SheetHost, columns: Array<{ header: string; width: number; hidden?: boolean }>, options: SheetOptions = {}): SheetWriter {
  const sheet = new SheetWriter(name, book, { columns, frozenHeader: true, autoFilter: true, forReading: true, ...options });
  columns.forEach((column, c) => sheet.text(1, c + 1, column.header, STYLE.bold));
  return sheet;
}

/**
 * Writes records under the header, one a row, through their column codecs (long text wrapped), and
 * adds each record's text-free copy to the data sheet from the same rendered cells. Waits now and
 * then for compression to catch up, so a long sheet's XML is not all held at once.
 *
 * @example
 * await writeSyncedRows(sheet, plan.sections, sectionTable, ctx, data);
 */
export async function writeSyncedRows<T, C>(sheet: SheetWriter, records: T[], table: SyncedTable<T, C>, ctx: C, data: DataSheetWriter): Promise<void> {
  const { columns } = table;
  const keys = table.keysOf(records);
  const rendered: CellOut[] = [];
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    for (let c = 0; c < columns.length; c++) rendered[c] = columns[c]!.render(record, ctx);
    sheet.writeRow(r + 2, rendered);
    data.add({ kind: table.kind, key: keys[r]!, value: syncedRow(record, columns, ctx, table.redact, rendered) });
    if (sheet.backlog.full) await sheet.backlog.drain();
  }
}

/**
 * A record sheet of the canonical workbook: header, then one row per record, each synced to the data sheet.
 *
 * @example
 * await recordSheet('Sections', book, plan.sections, sectionTable, ctx, data);
 */
export async function recordSheet<T, C>(name: string, book: SheetHost, records: T[], table: SyncedTable<T, C>, ctx: C, data: DataSheetWriter): Promise<SheetWriter> {
  const sheet = headedSheet(name, book, table.columns);
  await writeSyncedRows(sheet, records, table, ctx, data);
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

