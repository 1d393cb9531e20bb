import { isFilled } from '../detect/sheetText';
import { cellAddress } from '../grid/grid';
import type { Grid, GridCell } from '../grid/grid';

/** How every non-empty cell of a workbook was accounted for. `nonEmptyCells = mapped + kept + ignored.length`. */
export interface Fidelity {
  nonEmptyCells: number;
  /** Cells read into a plan field. */
  mapped: number;
  /** Cells kept verbatim in an action's `extra`, under their column header. */
  kept: number;
  ignored: Array<{ sheet: string; cell: string; reason: string }>;
}

type Entry = { as: 'mapped' } | { as: 'kept' } | { as: 'ignored'; reason: string };

const MAPPED: Entry = { as: 'mapped' };
const KEPT: Entry = { as: 'kept' };
const NOT_IN_A_TABLE: Entry = { as: 'ignored', reason: 'not part of any plan table' };

/** Records, cell by cell, what the importer did with a workbook's cells. */
export interface CellLedger {
  mapped(sheet: string, row: number, column: number): void;
  kept(sheet: string, row: number, column: number): void;
  ignored(sheet: string, row: number, column: number, reason: string): void;
  entry(sheet: string, row: number, column: number): Entry | undefined;
}

/**
 * A new, empty ledger. Being read into the plan outranks being ignored, whatever the order.
 *
 * @example
 * const ledger = createLedger();
 * ledger.mapped('Plan', 4, 2);
 */
export function createLedger(): CellLedger {
  // Rows of entries per sheet: a cell is looked up by index, not by a key string built per cell.
  const sheets = new Map<string, Array<Array<Entry | undefined> | undefined>>();
  // Calls come sheet by sheet, cell after cell: the last sheet's rows are kept at hand.
  let lastSheet: string | undefined;
  let lastRows: Array<Array<Entry | undefined> | undefined> | undefined;
  const rowsOf = (sheet: string): Array<Array<Entry | undefined> | undefined> | undefined => {
    if (sheet !== lastSheet) {
      lastSheet = sheet;
      lastRows = sheets.get(sheet);
    }
    return lastRows;
  };
  const rowOf = (sheet: string, row: number): Array<Entry | undefined> => {
    let rows = rowsOf(sheet);
    if (!rows) {
      sheets.set(sheet, (rows = []));
      lastRows = rows;
    }
    return (rows[row] ??= []);
  };
  const put = (sheet: string, row: number, column: number, entry: Entry): void => {
    const entries = rowOf(sheet, row);
    const before = entries[column];
    if (entry.as === 'ignored' && before !== undefined) return;
    if (before?.as === 'mapped' && entry.as === 'kept') return;
    entries[column] = entry;
  };
  return {
    mapped: (sheet, row, column) => put(sheet, row, column, MAPPED),
    kept: (sheet, row, column) => put(sheet, row, column, KEPT),
    ignored: (sheet, row, column, reason) => put(sheet, row, column, { as: 'ignored', reason }),
    entry: (sheet, row, column) => rowsOf(sheet)?.[row]?.[column],
  };
}

/**
 * Whether a cell holds anything: text other than white space, a number or a date.
 *
 * @example
 * isNonEmptyCell({ text: ' ' }); // false
 */
export function isNonEmptyCell(cell: GridCell | null | undefined): boolean {
  return cell != null && (isFilled(cell.text) || cell.number !== undefined || cell.date !== undefined);
}

/**
 * Accounts for every non-empty cell of the workbook from the ledger; a cell the ledger never
 * saw is listed as ignored, so nothing goes missing without a reason.
 *
 * @example
 * const fidelity = accountForCells(grid, ledger);
 * fidelity.nonEmptyCells === fidelity.mapped + fidelity.kept + fidelity.ignored.length; // true
 */
export function accountForCells(grid: Grid, ledger: CellLedger): Fidelity {
  const fidelity: Fidelity = { nonEmptyCells: 0, mapped: 0, kept: 0, ignored: [] };
  for (const sheet of grid.sheets) {
    // Indexed loops: every cell of the workbook comes here.
    for (let row = 0; row < sheet.rows.length; row++) {
      const cells = sheet.rows[row];
      if (cells === undefined) continue;
      for (let column = 0; column < cells.length; column++) {
        const cell = cells[column];
        if (!isNonEmptyCell(cell)) continue;
        fidelity.nonEmptyCells++;
        const entry = ledger.entry(sheet.name, row, column) ?? NOT_IN_A_TABLE;
        if (entry.as === 'mapped') fidelity.mapped++;
        else if (entry.as === 'kept') fidelity.kept++;
        else fidelity.ignored.push({ sheet: sheet.name, cell: cellAddress(row, column), reason: entry.reason });
      }
    }
  }
  return fidelity;
}
