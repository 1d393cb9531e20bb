import type { Grid, GridSheet } from '@actionplan/core';
import type { Worksheet } from 'exceljs';
import { writeCell } from './cellOut';

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
 * Writes records to the data sheet, one a row, their JSON split over as many cells as it needs.
 *
 * @example
 * writeDataSheet(workbook.addWorksheet(DATA_SHEET, { state: 'veryHidden' }), [{ kind: 'plan', key: 'col-2016', value: meta }]);
 */
export function writeDataSheet(sheet: Worksheet, records: DataRecord[]): void {
  writeCell(sheet.getCell(1, 1), { text: DATA_MARKER });
  writeCell(sheet.getCell(1, 2), { text: FORMAT_VERSION });
  records.forEach((record, i) => {
    const row = sheet.getRow(i + 2);
    writeCell(row.getCell(1), { text: record.kind });
    writeCell(row.getCell(2), { text: record.key });
    chunks(JSON.stringify(record.value)).forEach((chunk, c) => writeCell(row.getCell(c + 3), { text: chunk }));
  });
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
