import { cellAddress } from '../grid/grid';
import type { GridCell, GridSheet } from '../grid/grid';

/** A sheet read through its merges: a cell merged down over rows reads as its top cell on every row. */
export interface SheetView {
  sheet: GridSheet;
  /** The cell at a position, or the top cell of the vertical merge covering it. */
  cell(row: number, column: number): GridCell | null;
  /** Where that cell's value really is (`C5` for every row of a merge starting at C5). */
  origin(row: number, column: number): { row: number; column: number; address: string };
  /** The top cell of the vertical merge covering a position below it, if one does (shared: not to be changed). */
  mergeTop(row: number, column: number): Readonly<{ row: number; column: number }> | undefined;
}

/**
 * A view of a sheet in which each vertically merged cell (a recommendation cell merged down over
 * its actions' rows) applies to every row it covers. Horizontal merges are left alone: a banner
 * merged across the table stays one cell.
 *
 * @example
 * const view = sheetView({ name: 'Plan', rows: [[{ text: '(S2) …' }], [null]], merges: [{ top: 0, left: 0, bottom: 1, right: 0 }] });
 * view.cell(1, 0)?.text; // '(S2) …'
 */
export function sheetView(sheet: GridSheet): SheetView {
  // Covered cells by row, then column, in arrays: read for every cell of every record, and most rows have none.
  const master = new Array<Array<{ row: number; column: number } | undefined> | undefined>(sheet.rows.length);
  for (const merge of sheet.merges) {
    if (merge.bottom <= merge.top) continue;
    const top = { row: merge.top, column: merge.left };
    for (let row = merge.top + 1; row <= merge.bottom; row++) {
      const columns = (master[row] ??= []);
      for (let column = merge.left; column <= merge.right; column++) columns[column] = top;
    }
  }
  const topOf = (row: number, column: number): { row: number; column: number } | undefined => master[row]?.[column];
  return {
    sheet,
    mergeTop: topOf,
    origin: (row, column) => {
      const top = topOf(row, column) ?? { row, column };
      return { row: top.row, column: top.column, address: cellAddress(top.row, top.column) };
    },
    cell: (row, column) => {
      const top = topOf(row, column);
      return (top ? sheet.rows[top.row]?.[top.column] : sheet.rows[row]?.[column]) ?? null;
    },
  };
}
