import type { GridCell, GridMerge, GridSheet } from '@actionplan/core';
import { toGridCell } from './gridCell';
import type { HostCellProperties, HostClientResult, HostContext, HostRange, HostRangeAreas, HostWorksheet } from './hostTypes';
import { mergesFromAddress } from './mergedAreas';

/** How a sheet is read: which sheet, how big a request may get, and whether fills can be read. */
export interface ReadSheetOptions {
  /** A sheet name; the active sheet when absent. */
  sheetName?: string;
  /** Upper bound on rows per request (Excel on the web caps a payload at 5 MB). */
  maxRowsPerChunk?: number;
  /** Read fills and fonts through `getCellProperties` (ExcelApi 1.9). */
  readFormats?: boolean;
  /** Read merged areas through `getMergedAreasOrNullObject` (ExcelApi 1.13); none are read otherwise. */
  readMerges?: boolean;
  /** Stops the reading between chunks (the officer pressed Cancel). */
  signal?: AbortSignal;
  /** Called after each chunk with rows read so far and in all, so the pane can show progress. */
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
  /**
   * Called once the sheet is known (its id and name loaded), before the rows are read; work it
   * queues (such as registering a change handler) travels with the first chunk's sync.
   */
  onOpened?: (worksheet: HostWorksheet) => void;
}

/** A sheet read into a Grid sheet, with its worksheet id (change events name sheets by id). */
export interface SheetReading {
  sheet: GridSheet;
  worksheetId: string;
  syncs: number;
}

// Cells in the first request: fewer when fills and fonts come too (they roughly double the reply).
const CELLS_PER_CHUNK = { values: 50_000, withFormats: 20_000 };
// Aim well under the 5 MB payload cap: the next chunk shrinks when the last one came back large.
const TARGET_BYTES = 3_000_000;

interface PendingChunk {
  start: number;
  range: HostRange;
  properties: HostClientResult<HostCellProperties[][]> | null;
}

function queueChunk(worksheet: HostWorksheet, start: number, rows: number, columns: number, readFormats: boolean): PendingChunk {
  const range = worksheet.getRangeByIndexes(start, 0, rows, columns).load(['values', 'text', 'numberFormat', 'formulas']);
  const properties = readFormats
    ? range.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true, color: true } } })
    : null;
  return { start, range, properties };
}

function chunkRows(chunk: PendingChunk): Array<Array<GridCell | null>> {
  const { values, text, numberFormat, formulas } = chunk.range;
  const properties = chunk.properties?.value;
  return values.map((row, r) =>
    row.map((value, c) =>
      toGridCell({
        value,
        text: text[r]?.[c] ?? '',
        numberFormat: numberFormat[r]?.[c] ?? 'General',
        formula: formulas[r]?.[c] ?? '',
        properties: properties?.[r]?.[c],
      }),
    ),
  );
}

function replyBytes(chunk: PendingChunk): number {
  const { values, text, numberFormat, formulas } = chunk.range;
  return JSON.stringify([values, text, numberFormat, formulas, chunk.properties?.value ?? null]).length;
}

function trimRow(row: Array<GridCell | null>): Array<GridCell | null> {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end -= 1;
  return row.slice(0, end);
}

function runsOf(rows: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] === row) last[1] += 1;
    else runs.push([row, 1]);
  }
  return runs;
}

/**
 * Reads just the given rows (0-based) of a sheet, as live checking needs after an edit: one block
 * per run of adjacent rows, all in one sync.
 *
 * @example
 * const rows = await readRows(context, 'Action plan', [4, 11, 12], 10, true);
 * rows.get(4)?.[9]?.text; // 'Red'
 */
export async function readRows(
  context: HostContext,
  sheetName: string,
  rows: readonly number[],
  columnCount: number,
  readFormats: boolean,
): Promise<Map<number, Array<GridCell | null>>> {
  const worksheet = context.workbook.worksheets.getItem(sheetName);
  const chunks = runsOf(rows).map(([start, count]) => queueChunk(worksheet, start, count, Math.max(1, columnCount), readFormats));
  await context.sync();
  const read = new Map<number, Array<GridCell | null>>();
  for (const chunk of chunks) chunkRows(chunk).forEach((row, i) => read.set(chunk.start + i, trimRow(row)));
  return read;
}

/**
 * Reads a whole sheet into a Grid sheet in chunks of at most `maxRowsPerChunk` rows (5,000 by
 * default; fewer for wide or wordy sheets, sized from the previous reply to stay near 3 MB):
 * one `context.sync()` for the used range, then one per chunk, so the number of syncs grows only
 * with the number of chunks. Merged areas (when asked for) ride along with the first chunk.
 *
 * @example
 * const { sheet } = await host.run((context) => readSheetGrid(context, { readFormats: true }));
 * sheet.rows[6]?.[1]?.text; // 'Review and revise layout of Early Help plans …'
 */
export async function readSheetGrid(context: HostContext, options: ReadSheetOptions = {}): Promise<SheetReading> {
  const sheets = context.workbook.worksheets;
  const worksheet = options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet();
  worksheet.load(['id', 'name']);
  const used = worksheet.getUsedRangeOrNullObject(false).load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await context.sync();
  let syncs = 1;
  options.onOpened?.(worksheet);
  const rows: Array<Array<GridCell | null>> = [];
  const total = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const columns = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  // Merged areas come back with the first chunk: no sync of their own.
  const merged: HostRangeAreas | null =
    options.readMerges === true && total > 0 ? worksheet.getRangeByIndexes(0, 0, total, columns).getMergedAreasOrNullObject().load('address') : null;
  const readFormats = options.readFormats ?? false;
  const maxRows = Math.max(1, options.maxRowsPerChunk ?? 5000);
  const budget = readFormats ? CELLS_PER_CHUNK.withFormats : CELLS_PER_CHUNK.values;
  let size = Math.max(1, Math.min(maxRows, Math.floor(budget / Math.max(1, columns))));
  for (let start = 0; start < total; ) {
    options.signal?.throwIfAborted();
    const take = Math.min(size, total - start);
    const chunk = queueChunk(worksheet, start, take, columns, readFormats);
    // One sync per chunk is the point of chunking: a request must stay under the payload cap.
    await context.sync();
    syncs += 1;
    for (const row of chunkRows(chunk)) rows.push(trimRow(row));
    start += take;
    options.onProgress?.(start, total);
    // Size the next request from what this one weighed, so wordy sheets stay under the cap.
    size = Math.max(1, Math.min(maxRows, Math.floor((take * TARGET_BYTES) / Math.max(1, replyBytes(chunk)))));
  }
  const merges: GridMerge[] = merged === null || merged.isNullObject ? [] : mergesFromAddress(merged.address);
  return { sheet: { name: worksheet.name, rows, merges }, worksheetId: worksheet.id, syncs };
}
