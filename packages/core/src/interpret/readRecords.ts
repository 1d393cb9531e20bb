import type { DetectedTable } from '../detect/detectTables';
import { isFilled } from '../detect/sheetText';
import { cellAddress } from '../grid/grid';
import type { GridCell } from '../grid/grid';
import { columnShift } from './columnShift';
import type { SheetView } from './sheetView';

/**
 * A record cell as the importer reads it: the first cell read as numbers, its address built only
 * when asked, and arrays only once a continuation row joins more text in (most cells are one grid
 * cell, and an import reads hundreds of thousands). {@link RecordCell} is its public shape.
 *
 * @example
 * const read: ReadCell = { text: 'Heads of Service', cell, row: 28, column: 3, own: true, more: null };
 * readAddress(read); // 'D29'
 */
export interface ReadCell {
  text: string;
  /** The first cell read, for formats (date, fill). */
  cell: GridCell | null;
  /** 0-based row and column of the first origin address (merges resolved); -1 while the cell is empty. */
  row: number;
  column: number;
  /** The first cell read was a grid cell of its own, not a merge's copy: its origin is also its first position. */
  own: boolean;
  /** Addresses and positions after the first, from continuation rows (the first position is `row`, `column` when `own`). */
  more: { addresses: string[]; positions: Array<[number, number]> } | null;
}

/**
 * A data row with its continuation rows joined in, cells in their compact form.
 *
 * @example
 * const record: ReadRecord = { rows: [29, 30], cells: [] };
 */
export interface ReadRecord {
  /** 0-based rows, the first being the data row. */
  rows: number[];
  cells: ReadCell[];
}

/**
 * The address the cell was first read from (`C29`), or undefined for an empty cell.
 *
 * @example
 * readAddress({ text: '', cell: null, row: -1, column: -1, own: false, more: null }); // undefined
 */
export function readAddress(read: ReadCell | undefined): string | undefined {
  return read === undefined || read.row < 0 ? undefined : cellAddress(read.row, read.column);
}

/**
 * The records of a table one at a time, in row order, continuation rows joined in (see
 * `joinContinuations`, whose work this is): undefined after the last.
 *
 * @example
 * const next = readRecords(table, view);
 * next()?.rows; // [29, 30]: data row 30 (1-based) and the continuation row after it
 */
export function readRecords(table: DetectedTable, view: SheetView): () => ReadRecord | undefined {
  const width = table.columns.length;
  const rows = table.rows;
  let at = 0;
  let shiftedFrom = Infinity;
  let current: ReadRecord | undefined;
  return () => {
    for (; at < rows.length; at++) {
      const classified = rows[at];
      if (!classified || (classified.kind !== 'data' && classified.kind !== 'continuation')) continue;
      if (classified.kind === 'data' && current) {
        // This row starts the next record: the one in hand is complete.
        const done = current;
        current = undefined;
        return done;
      }
      const row = classified.row;
      // A shift runs on over the rows below it while they leave the same cell empty (001's 2.1.8, 2.1.9).
      const own = columnShift(view, row, width);
      const from = own === Infinity && shiftedFrom !== Infinity && !isFilled(view.sheet.rows[row]?.[shiftedFrom]?.text ?? '') ? shiftedFrom : own;
      shiftedFrom = from;
      if (current) {
        current.rows.push(row);
        joinRow(current, row, from, table.packed, view);
      } else current = startRecord(row, from, width, view);
    }
    const done = current;
    current = undefined;
    return done;
  };
}

/** A new record from a data row (or a continuation row with no data row above it). */
function startRecord(row: number, from: number, width: number, view: SheetView): ReadRecord {
  const record: ReadRecord = { rows: [row], cells: new Array<ReadCell>(width) };
  for (let column = 0; column < width; column++) {
    const source = column >= from ? column + 1 : column;
    const cell = view.cell(row, source);
    if (cell === null || !isFilled(cell.text)) {
      record.cells[column] = EMPTY_READ_CELL;
      continue;
    }
    // Each row and column is read once, so a grid cell not covered by a merge is read here for the
    // first and only time; a covered one is its merge's copy, whose position is its top cell's.
    const top = view.mergeTop(row, source);
    record.cells[column] = top
      ? { text: cell.text, cell, row: top.row, column: top.column, own: false, more: null }
      : { text: cell.text, cell, row, column: source, own: true, more: null };
  }
  return record;
}

/** Joins a continuation row's cells into the record it continues. */
function joinRow(record: ReadRecord, row: number, from: number, packed: boolean, view: SheetView): void {
  for (let column = 0; column < record.cells.length; column++) {
    const source = column >= from ? column + 1 : column;
    const cell = view.cell(row, source);
    const into = record.cells[column];
    if (cell === null || !into || !isFilled(cell.text)) continue;
    const top = view.mergeTop(row, source);
    const originRow = top ? top.row : row;
    const originColumn = top ? top.column : source;
    // A merged cell read again on a later row is the same value, not more text.
    if (readFrom(into, originRow, originColumn)) continue;
    const before = into.text.trimEnd();
    const separator = before === '' ? '' : packed || /[.!?:;]$/.test(before) ? '\n' : ' ';
    const text = `${before}${separator}${cell.text.trim()}`;
    if (into === EMPTY_READ_CELL) {
      // The shared empty cell is replaced by the first text joined into it.
      record.cells[column] = { text, cell, row: originRow, column: originColumn, own: !top, more: null };
      continue;
    }
    into.text = text;
    into.cell ??= cell;
    into.more ??= { addresses: [], positions: [] };
    into.more.addresses.push(cellAddress(originRow, originColumn));
    if (!top) into.more.positions.push([row, source]);
  }
}

/** Whether the cell already holds the text of the cell at this origin (a merge read on an earlier row). */
function readFrom(read: ReadCell, row: number, column: number): boolean {
  if (read.row === row && read.column === column) return true;
  return read.more?.addresses.includes(cellAddress(row, column)) ?? false;
}

/** Every empty cell of every record, until text is joined into it (then it is replaced). */
const EMPTY_READ_CELL: ReadCell = { text: '', cell: null, row: -1, column: -1, own: false, more: null };
