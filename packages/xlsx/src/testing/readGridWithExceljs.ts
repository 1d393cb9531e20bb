import type { Grid, GridCell, GridMerge, GridSheet } from '@actionplan/core';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { colourContext } from '../colours';
import { toGridCell, type CellContext } from './gridCell';
import type { WorkbookLimits } from '../limits';
import { openWorkbookBytes, tooLarge } from '../openWorkbookBytes';
import { coveredByMerge, cutMergeCells, disjointMerges } from '../mergeCells';
import { sheetPartNames } from '../sheetNames';
import { dropDataValidations, escapedInlineCells, renameUnloadableSheets } from './exceljsLoadFixes';
import { decodeCellText } from '../cellText';
import { highestRow, trimSheetPadding } from '../sheetXml';
import { unzipWorkbook, type ZipParts } from '../unzipWorkbook';
import { WorkbookError } from '../workbookError';

/** Options of {@link readGridWithExceljs}, as readGrid's. */
interface ReadGridOptions {
  limits?: Partial<WorkbookLimits>;
  name?: string;
}

/**
 * readGrid as it was before it read the XML itself: unpack with fflate, cut padding and merges,
 * load with exceljs in full, convert each exceljs cell with `toGridCell`. Kept only as the oracle
 * of the differential test (read/readGrid.differential.test.ts); not exported from the package.
 *
 * @example
 * expect(await readGrid(bytes)).toEqual(await readGridWithExceljs(bytes));
 */
export async function readGridWithExceljs(input: string | Uint8Array, options: ReadGridOptions = {}): Promise<Grid> {
  const { bytes, name, limits } = await openWorkbookBytes(input, options);
  const parts = unzipWorkbook(bytes, name, limits);
  const workbook = new ExcelJS.Workbook();
  const { xml: workbookXml, originals } = renameUnloadableSheets(text(parts['xl/workbook.xml']) ?? '');
  // Cells by sheet (as the file names it) whose inline string has `_xHHHH_` escapes to decode.
  const inlineEscapes = new Map<string, Set<string>>();
  // Merges by sheet (as the file names it), read from the XML: exceljs never sees them.
  const merges = new Map<string, GridMerge[]>();
  try {
    const partNames = sheetPartNames(text(parts['xl/workbook.xml']) ?? '', text(parts['xl/_rels/workbook.xml.rels']) ?? '');
    const repacked = repack({ ...parts, 'xl/workbook.xml': strToU8(workbookXml) }, (path, xml) => {
      const sheet = partNames.get(path) ?? path;
      checkRowNumbers(xml, sheet, limits, name);
      const escaped = escapedInlineCells(xml);
      if (escaped.size > 0) inlineEscapes.set(sheet, escaped);
      const cut = cutMergeCells(xml);
      merges.set(sheet, disjointMerges(cut.merges));
      return cut.xml;
    });
    await workbook.xlsx.load(Buffer.from(repacked) as unknown as ExcelJS.Buffer);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError('truncated', name);
  }
  const ctx: CellContext = {
    colours: colourContext(text(parts['xl/theme/theme1.xml']), text(parts['xl/styles.xml'])),
    date1904: Boolean((workbook.properties as { date1904?: boolean }).date1904),
  };
  const grid: Grid = {
    sheets: workbook.worksheets.map((sheet) => {
      const original = originals.get(sheet.name) ?? sheet.name;
      return { ...toGridSheet(sheet, ctx, limits, name, merges.get(original) ?? [], inlineEscapes.get(original)), name: original };
    }),
  };
  const cells = grid.sheets.reduce((sum, sheet) => sum + sheet.rows.reduce((n, row) => n + row.filter(Boolean).length, 0), 0);
  if (cells > limits.maxCells) throw tooLarge(name, `It has ${cells.toLocaleString('en-GB')} cells; the limit is ${limits.maxCells.toLocaleString('en-GB')}.`);
  return grid;
}

/**
 * The zip rebuilt (stored, so quickly) with each sheet's padding and validations cut, each cut sheet
 * passed through `prepare` (which checks it and may cut more); exceljs never sees a bomb.
 */
function repack(parts: ZipParts, prepare: (path: string, xml: string) => string): Uint8Array {
  const trimmed: ZipParts = {};
  for (const [path, data] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(path)) {
      trimmed[path] = data;
      continue;
    }
    const xml = prepare(path, trimSheetPadding(strFromU8(data)));
    trimmed[path] = strToU8(dropDataValidations(xml));
  }
  return zipSync(trimmed, { level: 0 });
}

/** A value beyond the row limit, found from the XML's row numbers before exceljs builds a million rows. */
function checkRowNumbers(xml: string, sheet: string, limits: WorkbookLimits, file: string): void {
  if (highestRow(xml) > limits.maxRows) throw tooLarge(file, rowLimitDetail(sheet, limits));
}

function rowLimitDetail(sheet: string, limits: WorkbookLimits): string {
  return `Sheet "${sheet}" has more than ${limits.maxRows.toLocaleString('en-GB')} rows.`;
}

function text(part: Uint8Array | undefined): string | undefined {
  return part ? strFromU8(part) : undefined;
}

function toGridSheet(sheet: ExcelJS.Worksheet, ctx: CellContext, limits: WorkbookLimits, file: string, merges: GridMerge[], escaped = new Set<string>()): GridSheet {
  const covered = coveredByMerge(merges);
  const rows: Array<Array<GridCell | null>> = [];
  const hiddenRows: number[] = [];
  let lastRow = -1;
  let lastColumn = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (r >= limits.maxRows) throw tooLarge(file, rowLimitDetail(sheet.name, limits));
    const cells: Array<GridCell | null> = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const gridCell = covered(r, columnNumber - 1) ? coveredCell(cell, ctx) : toGridCell(cell, ctx);
      if (!gridCell) return;
      if (escaped.has(cell.address)) gridCell.text = decodeCellText(gridCell.text);
      if (gridCell.text.length > limits.maxCellText) {
        throw tooLarge(file, `Cell ${sheet.name}!${cell.address} holds ${gridCell.text.length.toLocaleString('en-GB')} characters; the limit is ${limits.maxCellText.toLocaleString('en-GB')}.`);
      }
      cells[columnNumber - 1] = gridCell;
      if (gridCell.text !== '') lastColumn = Math.max(lastColumn, columnNumber - 1);
    });
    if (!cells.some((cell) => cell && cell.text !== '')) return;
    rows[r] = cells;
    lastRow = r;
    if (row.hidden) hiddenRows.push(r);
  });
  if (lastColumn + 1 > limits.maxColumns) throw tooLarge(file, `Sheet "${sheet.name}" has more than ${limits.maxColumns.toLocaleString('en-GB')} columns.`);
  const grid: GridSheet = {
    name: sheet.name,
    rows: Array.from({ length: lastRow + 1 }, (_, r) => fillHoles((rows[r] ?? []).slice(0, lastColumn + 1))),
    merges,
  };
  if (sheet.state !== 'visible') grid.hidden = true;
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  const hiddenColumns = hiddenColumnsOf(sheet, lastColumn);
  if (hiddenColumns.length > 0) grid.hiddenColumns = hiddenColumns;
  return grid;
}

/** A covered cell as readGrid gives it: empty (any value the file left there is not shown), keeping its own fill (a RAG colour painted over a merge). */
function coveredCell(cell: ExcelJS.Cell, ctx: CellContext): GridCell | null {
  const fill = toGridCell(cell, ctx)?.fill;
  return fill === undefined ? null : { text: '', fill };
}

/** Sparse arrays become explicit nulls, so the Grid is plain JSON. */
function fillHoles(cells: Array<GridCell | null>): Array<GridCell | null> {
  return Array.from({ length: cells.length }, (_, c) => cells[c] ?? null);
}

function hiddenColumnsOf(sheet: ExcelJS.Worksheet, lastColumn: number): number[] {
  const hidden: number[] = [];
  for (let c = 0; c <= lastColumn; c++) if (sheet.getColumn(c + 1).hidden) hidden.push(c);
  return hidden;
}

