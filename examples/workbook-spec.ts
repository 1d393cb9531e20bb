/**
 * A plain description of a hand-made legacy workbook: sheets, rows, cell values and the few
 * formats that carry meaning (fills, number formats, bold runs, merges). The example data files
 * build these; `writeWorkbook` turns one into an exceljs workbook.
 */

/** One run of rich text. */
export interface RichRun {
  text: string;
  bold?: boolean;
}

/**
 * What a cell holds: text (always stored as text, even when it looks like a formula), a bare
 * number, a real Excel date (`{ date: 'YYYY-MM-DD' }`), rich text, or nothing.
 *
 * @example
 * const due: CellValue = { date: '2017-02-01' };
 */
export type CellValue = string | number | { date: string } | { rich: RichRun[] } | null;

/**
 * A cell with formatting. `mergeDown` / `mergeRight` merge this cell with that many cells
 * below / to the right (the covered cells must be empty in the row data).
 *
 * @example
 * const status: CellSpec = { value: null, fill: '0070C0' };
 */
export interface CellSpec {
  value: CellValue;
  fill?: string;
  bold?: boolean;
  numFmt?: string;
  mergeDown?: number;
  mergeRight?: number;
}

/**
 * A cell as written in the data files: a bare value or a formatted cell.
 *
 * @example
 * const row: Cell[] = ['1.1', { value: 'Green', fill: '00B050' }];
 */
export type Cell = CellValue | CellSpec;

/**
 * One worksheet.
 *
 * @example
 * const sheet: SheetSpec = { name: 'Key', columnWidths: [40, 12], rows: [['• SM QA', 'SM QA']] };
 */
export interface SheetSpec {
  name: string;
  /** Column widths in characters, first column first. */
  columnWidths: number[];
  rows: Cell[][];
}

/**
 * One workbook file.
 *
 * @example
 * const book: WorkbookSpec = { fileName: 'x.xlsx', savedOn: '2011-06-01', author: 'CYPS', sheets: [] };
 */
export interface WorkbookSpec {
  fileName: string;
  /** The fixed created/modified date written into the file, so rebuilds are repeatable. */
  savedOn: string;
  author: string;
  sheets: SheetSpec[];
}

/**
 * Whether a data-file cell carries formatting (as opposed to being a bare value).
 *
 * @example
 * isCellSpec({ value: 'Green', fill: '00B050' }); // true
 * isCellSpec({ date: '2017-01-01' }); // false
 */
export function isCellSpec(cell: Cell): cell is CellSpec {
  return typeof cell === 'object' && cell !== null && 'value' in cell;
}

/**
 * The same cells, every one bold (theme rows, header rows, banners).
 *
 * @example
 * boldRow(['Action', 'Lead']); // [{ value: 'Action', bold: true }, { value: 'Lead', bold: true }]
 */
export function boldRow(cells: Cell[]): CellSpec[] {
  return cells.map((cell) => (isCellSpec(cell) ? { ...cell, bold: true } : { value: cell, bold: true }));
}

/**
 * Splits one tab-separated line into cells, empty strings becoming empty cells.
 *
 * @example
 * tabCells('1.1\t\tRG'); // ['1.1', null, 'RG']
 */
export function tabCells(line: string): Cell[] {
  return line.split('\t').map((text) => (text === '' ? null : text));
}
