import type { GridCell } from '@actionplan/core';
import { excelSerialOfDate, formatDayAs, isoDayOfExcelDate } from '../dateCell';
import type { CellStyle } from './styles';
import type { TextRun } from './sharedStrings';

/**
 * A cell's value as exceljs would hold it after loading: a string, number, boolean, Date, rich
 * text, an error, `{}` (an empty shared string), or nothing.
 */
export type LoadedValue = string | number | boolean | Date | { richText: TextRun[] } | { error: string } | Record<string, never> | null | undefined;

/**
 * The Date exceljs makes of a date cell's serial (UTC midnight for a whole day). Any value goes
 * through the same arithmetic, as in exceljs: a text or an error result gives an invalid Date.
 *
 * @example
 * excelSerialToDate(40694, false).toISOString(); // '2011-05-31T00:00:00.000Z'
 */
export function excelSerialToDate(value: unknown, date1904: boolean): Date {
  return new Date(Math.round(((value as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/**
 * Writes a loaded value into `out` as readGrid has always shown it: text, number, a date cell's
 * calendar day and its text in the cell's format, rich text flattened, an error.
 *
 * @example
 * const out: GridCell = { text: '' };
 * describeValue(42736, out, undefined, false); // out: { text: '42736', number: 42736 }
 */
export function describeValue(value: LoadedValue, out: GridCell, numFmt: string | undefined, date1904: boolean): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    out.text = value;
  } else if (typeof value === 'number') {
    out.text = String(value);
    out.number = value;
  } else if (typeof value === 'boolean') {
    out.text = value ? 'TRUE' : 'FALSE';
  } else if (value instanceof Date) {
    const shown = dateShown(value, numFmt, date1904);
    out.date = shown.day;
    out.number = shown.number;
    out.text = shown.text;
  } else if ('richText' in value) {
    out.text = value.richText.map((run) => run.text).join('');
    out.rich = true;
  } else if ('error' in value) {
    out.text = value.error;
    out.error = value.error;
  }
}

interface DateShown {
  day: string;
  number: number;
  text: string;
}

// A plan repeats a few hundred dates in a few formats: each (format, date) is worked out once.
const shownDates = new Map<string, Map<number, DateShown>>();

function dateShown(date: Date, numFmt: string | undefined, date1904: boolean): DateShown {
  const key = `${date1904 ? '1904' : '1900'}|${numFmt ?? ''}`;
  let byTime = shownDates.get(key);
  if (!byTime) {
    if (shownDates.size > 100) shownDates.clear();
    shownDates.set(key, (byTime = new Map()));
  }
  const time = date.getTime();
  let shown = byTime.get(time);
  if (!shown) {
    if (byTime.size > 50_000) byTime.clear();
    const day = isoDayOfExcelDate(date);
    shown = { day, number: excelSerialOfDate(date, date1904), text: formatDayAs(day, numFmt) };
    byTime.set(time, shown);
  }
  return shown;
}

/**
 * A formula's cached result as readGrid shows it. exceljs hands out only the truthy parts of a
 * formula cell, so a cached 0, FALSE or empty text shows as an empty cell (kept as it was).
 *
 * @example
 * const out: GridCell = { text: '' };
 * describeResult({ error: '#REF!' }, out, undefined, false); // out: { text: '#REF!', error: '#REF!' }
 */
export function describeResult(result: LoadedValue, out: GridCell, numFmt: string | undefined, date1904: boolean): void {
  if (!result) return;
  if (typeof result === 'object' && 'error' in result) {
    out.text = String(result.error);
    out.error = out.text;
  } else {
    describeValue(result, out, numFmt, date1904);
  }
}

/**
 * The style part of a cell, then whether it is worth keeping: a cell with no text, fill or formula
 * is null. Black is what "automatic" looks like, so it is not kept as a colour.
 *
 * @example
 * finishCell({ text: '42736', number: 42736 }, style, undefined); // { text: 'Jan-17', …, numFmt: 'mmm-yy' }
 */
export function finishCell(out: GridCell, style: CellStyle | null, formula: string | undefined): GridCell | null {
  if (formula) out.formula = formula;
  if (style) {
    const numFmt = style.numFmt;
    if (numFmt && numFmt !== 'General' && out.number !== undefined) out.numFmt = numFmt;
    if (style.fill) out.fill = style.fill;
    if (style.bold) out.bold = true;
    if (style.color && style.color !== '000000') out.color = style.color;
  }
  if (out.text === '' && out.fill === undefined && out.formula === undefined) return null;
  return out;
}

/**
 * A cell without a value of its own (a gap in a row, or one only formatted) as exceljs makes it:
 * the row's fill and font if the row has them, else the column's. Null unless that gives a solid fill.
 *
 * @example
 * emptyCell(rowStyle, columnStyle); // { text: '', fill: 'FFC000' }
 */
export function emptyCell(rowStyle: CellStyle | null, columnStyle: CellStyle | null): GridCell | null {
  const fillFrom = rowStyle?.hasFill ? rowStyle : columnStyle?.hasFill ? columnStyle : null;
  if (!fillFrom?.fill) return null;
  const out: GridCell = { text: '', fill: fillFrom.fill };
  const fontFrom = rowStyle?.hasFont ? rowStyle : columnStyle?.hasFont ? columnStyle : null;
  if (fontFrom?.bold) out.bold = true;
  if (fontFrom?.color && fontFrom.color !== '000000') out.color = fontFrom.color;
  return out;
}
