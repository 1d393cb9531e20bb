import { firstDay, formatDate, fromExcelSerial, lastDay, parseDate, parseDates } from '../dates';
import type { DateParseOptions, DateParseResult } from '../dates';
import type { GridCell } from '../grid/grid';
import type { PlanIssue } from '../model/issue';
import type { PartialDate } from '../model/partialDate';

/** A date read from a cell: the date at its source precision, the text as written, and notes. */
export interface CellDate {
  value: PartialDate | null;
  /** Where the period the cell names begins: a range's start, else the date itself. */
  start?: PartialDate | null;
  text: string | null;
  issues: PlanIssue[];
}

// `mmm-yy`, `mmmm yyyy`, `mm/yyyy`: a format that shows no day means the month is the precision.
const MONTH_FORMAT = /^(?!.*d)[^;]*m{2,4}[^;]*y{2,4}[^;]*$/i;

function fromResult(result: DateParseResult, text: string): CellDate {
  if (!result.ok) return { value: null, text, issues: result.issues };
  return { value: result.date.value, start: result.date.start ?? result.date.value, text, issues: result.issues };
}

/**
 * Whether a number format shows a month and year but no day (`mmm-yy`, `mmm-yyyy`, `mmmm yyyy`).
 *
 * @example
 * isMonthFormat('mmm-yy'); // true
 * isMonthFormat('dd-mmm-yyyy'); // false
 */
export function isMonthFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined) return false;
  // A column's date cells share one or two formats: the last answer is asked for again and again.
  if (numFmt !== lastFormat) {
    lastFormat = numFmt;
    lastIsMonth = MONTH_FORMAT.test(numFmt);
  }
  return lastIsMonth;
}

let lastFormat = '';
let lastIsMonth = false;

/**
 * Reads a date column cell: a real date cell (`GridCell.date`, at month precision when its
 * number format shows no day, as `mmm-yy` does), a bare Excel serial number, or text in any seed
 * format through `parseDate`. `text` overrides the cell's text (a cell joined over a page break).
 *
 * @example
 * readDateCell({ text: 'Feb-17', date: '2017-02-01', numFmt: 'mmm-yy' }).value; // '2017-02'
 * readDateCell({ text: '42795', number: 42795 }).value; // '2017-03-01'
 * readDateCell({ text: '31- July- 2011' }).value; // '2011-07-31'
 */
export function readDateCell(
  cell: GridCell | null | undefined,
  text: string = cell?.text ?? '',
  options: DateParseOptions = {},
  column: { monthly?: boolean } = {},
): CellDate {
  const written = text.trim();
  if (cell?.date !== undefined && written === cell.text.trim()) {
    const value = isMonthFormat(cell.numFmt) ? cell.date.slice(0, 7) : cell.date;
    return { value, start: value, text: written || cell.date, issues: [] };
  }
  if (cell?.number !== undefined && /^\d+(\.\d+)?$/.test(written)) {
    const day = fromExcelSerial(cell.number);
    if (day !== null && cell.number > 3000) {
      // In a column of months (`Feb-17`, `Mar-17`), a bare serial on the 1st is that month too (seed 003's E12).
      const value = column.monthly === true && day.endsWith('-01') ? day.slice(0, 7) : day;
      const shown = value === day ? day : `${day}, a month like the rest of the column (${formatDate(value)})`;
      return {
        value,
        start: value,
        text: written,
        issues: [{ code: 'serial-date', severity: 'info', message: `The number ${written} in a date column was read as the Excel date ${shown}.`, path: [] }],
      };
    }
  }
  if (written === '') return { value: null, text: null, issues: [] };
  return fromResult(parseDate(written, options), written);
}

// `Ongoing to May 2013` is one date (open-ended, due May 2013), not three words.
const ONGOING_TO = /\b(?:on-?going|continuing)\s+(?:to|until)\s+[A-Za-z]+\.?\s+\d{2,4}\b/gi;

function plainList(text: string, options: DateParseOptions): CellDate[] {
  return text.trim() === '' ? [] : parseDates(text.trim(), options).map((result) => fromResult(result, result.ok ? result.date.raw : result.raw));
}

/**
 * Reads a cell holding one date per packed action (`27.9.12 31.10.12 31.12.12`, or one per line),
 * keeping `Ongoing to May 2013` whole.
 *
 * @example
 * readDateList('27.9.12 31.10.12 31.12.12').map((date) => date.value); // ['2012-09-27', '2012-10-31', '2012-12-31']
 * readDateList('30/11/12 01/01/13 Ongoing to May 2013').map((date) => date.value); // ['2012-11-30', '2013-01-01', '2013-05']
 */
export function readDateList(text: string, options: DateParseOptions = {}): CellDate[] {
  const dates: CellDate[] = [];
  let cursor = 0;
  for (const match of text.matchAll(ONGOING_TO)) {
    dates.push(...plainList(text.slice(cursor, match.index), options));
    dates.push(fromResult(parseDate(match[0], options), match[0]));
    cursor = match.index + match[0].length;
  }
  dates.push(...plainList(text.slice(cursor), options));
  return dates;
}

/** The period a date cell covers for one action, from the start of its earliest period to the end of its latest. */
export interface DateSpan {
  start: PartialDate | null;
  end: PartialDate | null;
  /** How many periods the cell names (`Feb - May 2009 July 09 March – Sep 09` names 3). */
  periods: number;
  issues: PlanIssue[];
}

/**
 * Reads a date cell of one action as a span: one date or range as {@link readDateCell} reads it,
 * or several periods (seed 001's timescales, one per outcome) from the start of the earliest to
 * the end of the latest, which is the first's start and the last's end when they are in order.
 *
 * @example
 * readDateSpan({ text: 'Feb - May 2009 July 09 March – Sep 09' }, 'Feb - May 2009 July 09 March – Sep 09');
 * // { start: '2009-02', end: '2009-09', periods: 3, issues: [] }
 */
export function readDateSpan(cell: GridCell | null | undefined, text: string, options: DateParseOptions = {}, column: { monthly?: boolean } = {}): DateSpan {
  const one = readDateCell(cell, text, options, column);
  if (one.value !== null || (one.start ?? null) !== null) return { start: one.start ?? one.value, end: one.value, periods: 1, issues: one.issues };
  const dated = readDateList(text, options).filter((date) => date.value !== null || (date.start ?? null) !== null);
  if (dated.length === 0) return { start: null, end: null, periods: 0, issues: one.issues };
  const starts = dated.flatMap((date) => (date.start ?? date.value) ?? []);
  const ends = dated.flatMap((date) => date.value ?? []);
  const earliest = starts.reduce((a, b) => (firstDay(b) < firstDay(a) ? b : a));
  const latest = ends.length === 0 ? null : ends.reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a));
  return { start: earliest, end: latest, periods: dated.length, issues: dated.flatMap((date) => date.issues) };
}
