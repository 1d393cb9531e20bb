import type { GridCell } from '@actionplan/core';
import type { CellOut } from './cellOut';
import { hashCell, hashOut } from './syncHash';

/** Facts a column keeps in the data sheet to decode its cell exactly: numbers only, never text. */
export type ColumnFacts = number[];

/**
 * One column of a canonical sheet: its header, how a record shows in it, how its unchanged cell
 * decodes back exactly, and how an officer's edit of the cell changes the record.
 *
 * The record a column starts from is the data sheet's text-free copy (ids, enums, ISO dates, null
 * or `''` for each text field), so `decode` must restore every text field the column shows. A
 * column without `decode` shows nothing the text-free copy lacks (an enum, an id); a column without
 * `read` is for reading by people only.
 */
export interface ColumnCodec<T, C> {
  key: string;
  header: string;
  width: number;
  hidden?: boolean;
  /** Read before the other columns (a column whose field another column's edit overrides). */
  first?: boolean;
  render: (record: T, ctx: C) => CellOut;
  /** Text-free facts the decoding needs beyond the text-free record (the lengths of list items). */
  facts?: (record: T, ctx: C) => ColumnFacts;
  decode?: (text: string, record: T, facts: ColumnFacts, ctx: C) => T;
  read?: (cell: GridCell | null, record: T, ctx: C) => T;
}

/** What the data sheet keeps of one row: the text-free record, each column's facts and sync hash. */
export interface SyncedRow<T> {
  base: T;
  facts?: Record<string, ColumnFacts>;
  hash: Record<string, string>;
}

/**
 * The data sheet's copy of a row: the record with its text taken out (`redact`), the facts its
 * columns need, and the sync hash of each cell an officer may edit. `rendered` gives the cells already
 * rendered for the sheet (one per column), so a row is rendered once.
 *
 * @example
 * syncedRow(action, planColumns, ctx, redactAction).hash.title; // '9c2f…'
 */
export function syncedRow<T, C>(record: T, columns: Array<ColumnCodec<T, C>>, ctx: C, redact: (record: T) => T, rendered?: readonly CellOut[]): SyncedRow<T> {
  const row: SyncedRow<T> = { base: redact(record), hash: {} };
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (!column.read && !column.decode) continue;
    row.hash[column.key] = hashOut(rendered?.[i] ?? column.render(record, ctx));
    const facts = column.facts?.(record, ctx);
    if (facts) (row.facts ??= {})[column.key] = facts;
  }
  return row;
}

/**
 * The record as the row now says: a cell whose sync hash still matches decodes exactly from its
 * visible text; a changed (or emptied, or deleted) cell is read as the officer's edit. A row with
 * no synced copy (typed in by an officer) is read from its cells alone, over `blank`.
 *
 * @example
 * overlayRow(synced, { RAG: { text: 'Red' } }, planColumns, ctx, blank).rag; // 'red'
 */
export function overlayRow<T, C>(synced: SyncedRow<T> | undefined, cells: Record<string, GridCell | null>, columns: Array<ColumnCodec<T, C>>, ctx: C, blank: T): T {
  let next = synced?.base ?? blank;
  const ordered = [...columns.filter((c) => c.first), ...columns.filter((c) => !c.first)];
  for (const column of ordered) {
    if (!column.read && !column.decode) continue;
    const cell = Object.hasOwn(cells, column.header) ? (cells[column.header] ?? null) : null;
    const hash = synced?.hash[column.key];
    if (hash !== undefined && hash === hashCell(cell)) {
      if (column.decode) next = column.decode(cell?.text ?? '', next, synced?.facts?.[column.key] ?? [], ctx);
    } else if (column.read) {
      next = column.read(cell, next, ctx);
    }
  }
  return next;
}
