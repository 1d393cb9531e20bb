import type { Grid, GridSheet } from '@actionplan/core';
import type { SheetWriter } from '../export/write/sheetWriter';

/**
 * The very hidden sheet that marks a canonical workbook and keeps, for each visible row, what tells
 * an unchanged cell from an edited one. It holds no text an officer wrote: see `redact.ts`.
 */
export const DATA_SHEET = '_actionplan';
/** The text in A1 of the data sheet. */
export const DATA_MARKER = 'actionplan canonical workbook';
// Version 2 keeps no text (ids, enums, ISO dates, lengths and sync hashes only); version 1 kept the whole plan.
const FORMAT_VERSION = '2';
// Well under Excel's 32,767 characters a cell, even after `_xHHHH_` escapes.
const CHUNK = 8000;

/** A record of the data sheet: its kind (`plan`, `action`, `layout`), its key and its JSON value. */
export interface DataRecord {
  kind: string;
  key: string;
  value: unknown;
}

/**
 * The data sheet as it is written: its marker row, then one row per record, added as they come, each
 * record's JSON split over as many cells as it needs.
 *
 * @example
 * const data = new DataSheetWriter(new SheetWriter(DATA_SHEET, book, { state: 'veryHidden', inlineStrings: true }));
 * data.add({ kind: 'plan', key: 'col-2016', value: meta });
 */
export class DataSheetWriter {
  private row = 1;

  constructor(readonly sheet: SheetWriter) {
    sheet.text(1, 1, DATA_MARKER);
    sheet.text(1, 2, FORMAT_VERSION);
  }

  /** Adds a record on the next row. */
  add(record: DataRecord): void {
    const json = JSON.stringify(record.value);
    this.sheet.textRow(++this.row, json.length <= CHUNK ? [record.kind, record.key, json] : [record.kind, record.key, ...chunks(json)]);
  }
}

/**
 * The data sheet of a canonical workbook's grid, or undefined when the grid is not one.
 *
 * @example
 * isCanonicalGrid(await readGrid('out/col-2016.xlsx')); // true
 */
export function findDataSheet(grid: Grid): GridSheet | undefined {
  return grid.sheets.find((sheet) => sheet.name === DATA_SHEET && sheet.rows[0]?.[0]?.text === DATA_MARKER && sheet.rows[0][1]?.text === FORMAT_VERSION);
}

/**
 * The records of a data sheet.
 *
 * @example
 * readDataSheet(sheet).find((r) => r.kind === 'plan');
 */
export function readDataSheet(sheet: GridSheet): DataRecord[] {
  return sheet.rows.slice(1).flatMap((row) => {
    const [kind, key, ...parts] = row;
    if (!kind || !key) return [];
    return [{ kind: kind.text, key: key.text, value: JSON.parse(parts.map((part) => part?.text ?? '').join('')) as unknown }];
  });
}

function chunks(json: string): string[] {
  if (json.length <= CHUNK) return [json];
  const out: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(start + CHUNK, json.length);
    // Never split a surrogate pair between two cells.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1]!)) end--;
    out.push(json.slice(start, end));
    start = end;
  }
  return out.length > 0 ? out : [''];
}
