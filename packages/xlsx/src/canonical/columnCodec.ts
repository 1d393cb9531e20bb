import type { GridCell } from '@actionplan/core';
import { cellMatches, type CellOut } from './cellOut';

/**
 * One column of a canonical sheet: its header, how a record shows in it, and how an officer's edit
 * of the cell changes the record. A column without `read` is for reading by people only.
 */
export interface ColumnCodec<T, C> {
  key: string;
  header: string;
  width: number;
  hidden?: boolean;
  render: (record: T, ctx: C) => CellOut;
  read?: (cell: GridCell | null, record: T, ctx: C) => T;
}

/**
 * The record as the row now says: each cell that still shows what the exporter wrote keeps the
 * record's exact value (so a round trip is exact even where a cell cannot tell `''` from null);
 * each cell an officer changed is read into the record.
 *
 * @example
 * overlayRow(baseline, { RAG: { text: 'Red' } }, planColumns, ctx).rag; // 'red'
 */
export function overlayRow<T, C>(record: T, cells: Record<string, GridCell | null>, columns: Array<ColumnCodec<T, C>>, ctx: C): T {
  let next = record;
  for (const column of columns) {
    if (!column.read || !Object.hasOwn(cells, column.header)) continue;
    const cell = cells[column.header] ?? null;
    if (!cellMatches(column.render(record, ctx), cell)) next = column.read(cell, next, ctx);
  }
  return next;
}
