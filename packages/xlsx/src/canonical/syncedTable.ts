import type { GridCell, GridSheet } from '@actionplan/core';
import { overlayRow, syncedRow, type ColumnCodec, type SyncedRow } from './columnCodec';
import type { DataRecord } from './dataSheet';

/** A sheet row below its header: cells by header text. */
export type RowCells = Record<string, GridCell | null>;

/** How the records of one kind sit in one sheet and in the data sheet. */
export interface SyncedTable<T, C> {
  /** The kind of their data sheet records. */
  kind: string;
  columns: Array<ColumnCodec<T, C>>;
  /** The key of each record (its id, or its place). */
  keysOf: (records: T[]) => string[];
  /** The key each sheet row names (its hidden id, or its place); `''` for none. */
  rowKeys: (rows: RowCells[]) => string[];
  redact: (record: T) => T;
  /** The record a row an officer typed in starts from. */
  blank: (key: string, index: number) => T;
}

/**
 * The data sheet records of a table: one text-free synced row per record.
 *
 * @example
 * syncedRecords(plan.sections, sectionTable, ctx); // [{ kind: 'section', key: 's1', value: { base, hash } }]
 */
export function syncedRecords<T, C>(records: T[], table: SyncedTable<T, C>, ctx: C): DataRecord[] {
  const keys = table.keysOf(records);
  return records.map((record, i) => ({ kind: table.kind, key: keys[i]!, value: syncedRow(record, table.columns, ctx, table.redact) }));
}

/**
 * The records a sheet now holds: rows matched to their synced copies by key (so sorting the sheet
 * changes nothing), in the data sheet's order, then rows typed in by officers. A record whose row
 * is gone is gone.
 *
 * @example
 * readSyncedTable(sheetRows(grid, 'Sections'), records, sectionTable, ctx);
 */
export function readSyncedTable<T, C>(rows: RowCells[], records: DataRecord[], table: SyncedTable<T, C>, ctx: C): T[] {
  const synced = new Map(records.filter((r) => r.kind === table.kind).map((r) => [r.key, r.value as SyncedRow<T>]));
  const matched = new Map<string, T>();
  const added: T[] = [];
  const keys = table.rowKeys(rows);
  rows.forEach((cells, i) => {
    const key = keys[i]!;
    const copy = synced.get(key);
    if (copy && !matched.has(key)) matched.set(key, overlayRow(copy, cells, table.columns, ctx, copy.base));
    else added.push(overlayRow(undefined, cells, table.columns, ctx, table.blank(key, i)));
  });
  return [...[...synced.keys()].flatMap((key) => (matched.has(key) ? [matched.get(key)!] : [])), ...added];
}

/**
 * A sheet's rows below its header row as cells by header text (blank rows skipped).
 *
 * @example
 * sheetRows(planSheet)[0]?.Ref?.text; // '1.1'
 */
export function sheetRows(sheet: GridSheet | undefined, headerRow = 0): RowCells[] {
  if (!sheet) return [];
  const headers = (sheet.rows[headerRow] ?? []).map((cell) => cell?.text ?? '');
  return sheet.rows.slice(headerRow + 1).flatMap((row) => {
    if (!row.some((cell) => cell && cell.text !== '')) return [];
    // Null prototype: a header `__proto__` or `constructor` is just a header.
    const cells: RowCells = Object.create(null) as RowCells;
    headers.forEach((header, c) => {
      if (header !== '' && !Object.hasOwn(cells, header)) cells[header] = row[c] ?? null;
    });
    return [cells];
  });
}
