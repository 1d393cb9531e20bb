import type { DetectedTable } from '../detect/detectTables';
import { isFilled } from '../detect/sheetText';
import { cellAddress } from '../grid/grid';
import type { GridCell } from '../grid/grid';
import type { SheetView } from './sheetView';

/** One cell of a record: its text (joined over continuation rows) and every cell it came from. */
export interface RecordCell {
  text: string;
  /** The first cell read, for formats (date, fill). */
  cell: GridCell | null;
  /** Origin addresses, in order (`C29`, `C32`), merges resolved. */
  addresses: string[];
  /** 0-based positions of the grid cells read (merge copies excluded). */
  positions: Array<[number, number]>;
}

/** A data row with the continuation rows joined into it. */
export interface RowRecord {
  /** 0-based rows, the first being the data row. */
  rows: number[];
  cells: RecordCell[];
}

/**
 * Where a row's cells sit one column right of their header (seed 001's 2.1.6–2.1.10: an empty
 * fourth cell puts the timescale under `Targets and outcomes` and the targets beyond the last
 * header): the index of the empty cell they moved past, or `Infinity` when the row is in place.
 *
 * @example
 * columnShift(view, 88, 5); // 3: read column E as D and F as E
 */
export function columnShift(view: SheetView, row: number, width: number): number {
  const cells = view.sheet.rows[row] ?? [];
  let beyond = false;
  for (let column = width; column < cells.length && !beyond; column++) beyond = isFilled(cells[column]?.text ?? '');
  if (!beyond) return Infinity;
  for (let column = width - 1; column >= 0; column--) {
    if ((cells[column]?.text.trim() ?? '') === '') return column;
  }
  return Infinity;
}

/**
 * Joins each continuation row into the data row it continues, cell by cell: text carried over
 * a page break is appended with a space, or on a new line after a full stop (and always on a new
 * line in a packed table, where each line is another action's lead or date).
 *
 * @example
 * joinContinuations(table, view)[0]?.cells[1]?.text;
 * // '1.6 System developed to give children … the opportunity to have an independent interview as part of strategy arrangements (Ofsted Feb 2011 - Rec 7)'
 */
export function joinContinuations(table: DetectedTable, view: SheetView): RowRecord[] {
  const next = recordReader(table, view);
  const records: RowRecord[] = [];
  for (let record = next(); record; record = next()) records.push(record);
  return records;
}

/**
 * {@link joinContinuations} one record at a time, in row order: each call returns the next record
 * once its continuation rows are joined (undefined after the last). A plan built record by record
 * holds one at a time, so records die young instead of all living until the table is built.
 *
 * @example
 * const next = recordReader(table, view);
 * next()?.rows; // [29, 30]: data row 30 (1-based) and the continuation row after it
 */
export function recordReader(table: DetectedTable, view: SheetView): () => RowRecord | undefined {
  const width = table.columns.length;
  const rows = table.rows;
  let at = 0;
  let shiftedFrom = Infinity;
  let current: RowRecord | undefined;
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
function startRecord(row: number, from: number, width: number, view: SheetView): RowRecord {
  const record: RowRecord = { rows: [row], cells: new Array<RecordCell>(width) };
  for (let column = 0; column < width; column++) {
    const source = column >= from ? column + 1 : column;
    const cell = view.cell(row, source);
    if (cell === null || !isFilled(cell.text)) {
      record.cells[column] = EMPTY_RECORD_CELL;
      continue;
    }
    // Each row and column is read once, so a grid cell not covered by a merge is read here for the
    // first and only time; a covered one is its merge's copy, whose position is its top cell's.
    const top = view.mergeTop(row, source);
    record.cells[column] = top
      ? { text: cell.text, cell, addresses: [cellAddress(top.row, top.column)], positions: [] }
      : { text: cell.text, cell, addresses: [cellAddress(row, source)], positions: [[row, source]] };
  }
  return record;
}

/** Joins a continuation row's cells into the record it continues. */
function joinRow(record: RowRecord, row: number, from: number, packed: boolean, view: SheetView): void {
  for (let column = 0; column < record.cells.length; column++) {
    const source = column >= from ? column + 1 : column;
    const cell = view.cell(row, source);
    let into = record.cells[column];
    if (cell === null || !into || !isFilled(cell.text)) continue;
    const top = view.mergeTop(row, source);
    const address = top ? cellAddress(top.row, top.column) : cellAddress(row, source);
    // A merged cell read again on a later row is the same value, not more text.
    if (into.addresses.includes(address)) continue;
    // The shared empty cell is copied before the first text is joined into it.
    if (into === EMPTY_RECORD_CELL) record.cells[column] = into = { text: '', cell: null, addresses: [], positions: [] };
    const before = into.text.trimEnd();
    const separator = before === '' ? '' : packed || /[.!?:;]$/.test(before) ? '\n' : ' ';
    into.text = `${before}${separator}${cell.text.trim()}`;
    into.cell ??= cell;
    into.addresses.push(address);
    if (!top) into.positions.push([row, source]);
  }
}

/** Every empty cell of every record, until text is joined into it (then it is copied first). */
const EMPTY_RECORD_CELL: RecordCell = { text: '', cell: null, addresses: [], positions: [] };
