import type { DetectedTable } from '../detect/detectTables';
import { cellAddress } from '../grid/grid';
import type { GridCell } from '../grid/grid';
import { readRecords } from './readRecords';
import type { ReadCell } from './readRecords';
import type { SheetView } from './sheetView';

export { columnShift } from './columnShift';

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
  const next = readRecords(table, view);
  return () => {
    const record = next();
    return record && { rows: record.rows, cells: record.cells.map(recordCell) };
  };
}

/** The public shape of a cell the importer read in its compact form. */
function recordCell(read: ReadCell): RecordCell {
  if (read.row < 0) return { text: read.text, cell: read.cell, addresses: [], positions: [] };
  const positions: Array<[number, number]> = read.own ? [[read.row, read.column]] : [];
  if (read.more) positions.push(...read.more.positions);
  return { text: read.text, cell: read.cell, addresses: [cellAddress(read.row, read.column), ...(read.more?.addresses ?? [])], positions };
}
