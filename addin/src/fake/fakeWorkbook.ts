import type { Grid, GridMerge } from '@actionplan/core';
import type { HostCellValue, HostChangedEvent } from '../office/hostTypes';

/** One cell of the simulated workbook, holding what Excel would store. */
export interface FakeCell {
  value: HostCellValue;
  /** The formula when the cell holds one (a string written through `values` that began with `=`). */
  formula: string | null;
  /** Displayed text when it differs from the value (a formatted date or number). */
  text: string | null;
  numberFormat: string;
  /** Background colour, pattern and the pattern's own colour (`#000000` when automatic). */
  fill: FakeFill;
  bold: boolean;
  fontColor: string;
}

/** A cell's fill as Excel reports it through `getCellProperties`. */
export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
}

/** A simulated worksheet: sparse rows of cells plus what the add-in may have added to it. */
export interface FakeSheet {
  id: string;
  name: string;
  visibility: string;
  rows: Array<Array<FakeCell | undefined> | undefined>;
  /** Merged areas; as in Excel, only the top-left cell of each holds a value. */
  merges: GridMerge[];
  /** 0-based indexes of hidden columns, and how many top rows are frozen. */
  hiddenColumns: number[];
  frozenRows: number;
  tables: Array<{ name: string; address: string; hasHeaders: boolean; style: string }>;
  validations: Array<{ address: string; list: string }>;
  conditionalFormats: Array<{ address: string; operator: string; text: string; fill: string; font: string }>;
  handlers: Array<(event: HostChangedEvent) => Promise<void>>;
}

/** A simulated workbook: sheets in order, the active one and the current selection. */
export interface FakeWorkbook {
  sheets: FakeSheet[];
  activeSheetId: string;
  selection: { sheet: string; address: string } | null;
}

const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' };

/**
 * A blank cell as Excel has it: General format, no fill, automatic black font.
 *
 * @example
 * blankCell().fill; // { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' }
 */
export function blankCell(): FakeCell {
  return { value: '', formula: null, text: null, numberFormat: 'General', fill: { ...NO_FILL }, bold: false, fontColor: '#000000' };
}

let nextSheetId = 1;

/**
 * An empty simulated sheet with a fresh id in Excel's `{…}` style.
 *
 * @example
 * createFakeSheet('Plan').name; // 'Plan'
 */
export function createFakeSheet(name: string): FakeSheet {
  const id = `{00000000-0001-0000-0000-${String(nextSheetId++).padStart(12, '0')}}`;
  return { id, name, visibility: 'Visible', rows: [], merges: [], hiddenColumns: [], frozenRows: 0, tables: [], validations: [], conditionalFormats: [], handlers: [] };
}

/**
 * The cell at 0-based row and column, created blank when `create` is set, else undefined if empty.
 *
 * @example
 * fakeCell(sheet, 6, 9, true).value = 'Amber';
 */
export function fakeCell(sheet: FakeSheet, row: number, column: number, create: true): FakeCell;
export function fakeCell(sheet: FakeSheet, row: number, column: number, create?: false): FakeCell | undefined;
export function fakeCell(sheet: FakeSheet, row: number, column: number, create = false): FakeCell | undefined {
  let cells = sheet.rows[row];
  if (!cells) {
    if (!create) return undefined;
    cells = sheet.rows[row] = [];
  }
  let cell = cells[column];
  if (!cell && create) cell = cells[column] = blankCell();
  return cell;
}

/**
 * What a cell displays: its formatted text, or its value as a string.
 *
 * @example
 * displayText({ ...blankCell(), value: 'Green' }); // 'Green'
 */
export function displayText(cell: FakeCell | undefined): string {
  if (!cell) return '';
  return cell.text ?? String(cell.value);
}

function coveredByMerge(merges: readonly GridMerge[], row: number, column: number): boolean {
  return merges.some((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right && (row !== m.top || column !== m.left));
}

/**
 * Builds a simulated workbook from a Grid (what the preview shows and the tests load), with the
 * first sheet active. Cell text, numbers, number formats, fills, bold and font colours carry over.
 * Merges carry over as Excel holds them: the cells a merge covers beyond its top-left are empty
 * (a reader such as exceljs repeats the top-left text there; Excel's API does not).
 *
 * @example
 * const workbook = fakeWorkbookFromGrid({ sheets: [{ name: 'Plan', rows: [[{ text: 'Ref:' }]], merges: [] }] });
 */
export function fakeWorkbookFromGrid(grid: Grid): FakeWorkbook {
  const sheets = grid.sheets.map((gridSheet) => {
    const sheet = createFakeSheet(gridSheet.name);
    if (gridSheet.hidden) sheet.visibility = 'Hidden';
    sheet.merges = gridSheet.merges.map((merge) => ({ ...merge }));
    gridSheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || coveredByMerge(sheet.merges, r, c)) return;
        const target = fakeCell(sheet, r, c, true);
        target.value = cell.number ?? cell.text;
        target.text = cell.number === undefined ? null : cell.text;
        target.formula = cell.formula ?? null;
        target.numberFormat = cell.numFmt ?? 'General';
        if (cell.fill) target.fill = { ...NO_FILL, color: `#${cell.fill}`, pattern: 'Solid' };
        if (cell.color) target.fontColor = `#${cell.color}`;
        target.bold = cell.bold ?? false;
      }),
    );
    return sheet;
  });
  if (sheets.length === 0) sheets.push(createFakeSheet('Sheet1'));
  return { sheets, activeSheetId: (sheets[0] as FakeSheet).id, selection: null };
}
