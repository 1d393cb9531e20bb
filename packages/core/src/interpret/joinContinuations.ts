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
  const width = table.columns.length;
  const records: RowRecord[] = [];
  let shiftedFrom = Infinity;
  for (const classified of table.rows) {
    if (classified.kind !== 'data' && classified.kind !== 'continuation') continue;
    const row = classified.row;
    // A shift runs on over the rows below it while they leave the same cell empty (001's 2.1.8, 2.1.9).
    const own = columnShift(view, row, width);
    const from = own === Infinity && shiftedFrom !== Infinity && !isFilled(view.sheet.rows[row]?.[shiftedFrom]?.text ?? '') ? shiftedFrom : own;
    shiftedFrom = from;
    const current = records.at(-1);
    const record: RowRecord | undefined = classified.kind === 'data' || !current ? { rows: [row], cells: new Array<RecordCell>(width) } : undefined;
    if (record) records.push(record);
    else current?.rows.push(row);
    for (let column = 0; column < width; column++) {
      const source = column >= from ? column + 1 : column;
      const cell = view.cell(row, source);
      const filled = cell !== null && isFilled(cell.text);
      if (record && !filled) {
        record.cells[column] = EMPTY_RECORD_CELL;
        continue;
      }
      let into = record ? undefined : current?.cells[column];
      if (!filled || (!record && !into)) continue;
      // Each row and column is read once, so a grid cell not covered by a merge is read here for the
      // first and only time; a covered one is its merge's copy, whose position is its top cell's.
      const top = view.mergeTop(row, source);
      const address = top ? cellAddress(top.row, top.column) : cellAddress(row, source);
      const position: [number, number] | null = top ? null : [row, source];
      if (record) {
        record.cells[column] = { text: cell.text, cell, addresses: [address], positions: position ? [position] : [] };
        continue;
      }
      // A merged cell read again on a later row is the same value, not more text.
      if (!into || into.addresses.includes(address)) continue;
      // The shared empty cell is copied before the first text is joined into it.
      if (into === EMPTY_RECORD_CELL && current) current.cells[column] = into = { text: '', cell: null, addresses: [], positions: [] };
      const before = into.text.trimEnd();
      const separator = before === '' ? '' : table.packed || /[.!?:;]$/.test(before) ? '\n' : ' ';
      into.text = `${before}${separator}${cell.text.trim()}`;
      into.cell ??= cell;
      into.addresses.push(address);
      if (position) into.positions.push(position);
    }
  }
  return records;
}

/** Every empty cell of every record, until text is joined into it (then it is copied first). */
const EMPTY_RECORD_CELL: RecordCell = { text: '', cell: null, addresses: [], positions: [] };
