/**
 * The seam between a spreadsheet front door (exceljs in `@actionplan/xlsx`, Office.js in the add-in)
 * and the pure pipeline in core: a plain, serialisable picture of a workbook's sheets.
 * Everything after a Grid (detecting tables, mapping columns, building the Plan) runs without
 * Excel, files or Node.
 */

/** One cell as a reader saw it. Only `text` is required; absent fields mean "not known / default". */
export interface GridCell {
  /** What the cell shows, as plain text (rich text flattened; line breaks kept as `\n`). */
  text: string;
  /** A number cell's value (an Excel serial number when the cell is a date). */
  number?: number;
  /** A real Excel date cell, as a zone-free calendar date `YYYY-MM-DD`. */
  date?: string;
  /** The number format (`mmm-yy`, `dd/mm/yyyy`), when it is not General. */
  numFmt?: string;
  /** Solid fill colour as `RRGGBB` (upper case), when the cell has one. */
  fill?: string;
  /** Font colour as `RRGGBB`, when not automatic. */
  color?: string;
  bold?: boolean;
  /** The cell holds a formula; `text` is its cached result. Kept so nothing executes or is lost. */
  formula?: string;
  /** An Excel error value such as `#REF!`. */
  error?: string;
  /** The cell held rich text (several runs). */
  rich?: boolean;
}

/** A merged range, 0-based inclusive row and column indexes. */
export interface GridMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet. `rows[r][c]` is the cell at 0-based row r, column c (Excel row r + 1). */
export interface GridSheet {
  name: string;
  rows: Array<Array<GridCell | null>>;
  merges: GridMerge[];
  hidden?: boolean;
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

/** A workbook as a list of sheets, in workbook order. */
export interface Grid {
  sheets: GridSheet[];
}

/**
 * The A1 address of a 0-based row and column.
 *
 * @example
 * cellAddress(0, 0); // 'A1'
 * cellAddress(40, 27); // 'AB41'
 */
export function cellAddress(row: number, column: number): string {
  // Every cell read into a plan gets an address: each column's letters are worked out once.
  let letters = columnLetters[column];
  if (letters === undefined) {
    letters = '';
    for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    }
    if (column >= 0 && column < 16_384) columnLetters[column] = letters;
  }
  return `${letters}${row + 1}`;
}

const columnLetters: string[] = [];
