import { fromExcelSerial, parseDate, parseDates } from '../dates';
import type { DateParseOptions, DateParseResult } from '../dates';
import type { GridCell } from '../grid/grid';
import type { PlanIssue } from '../model/issue';
import type { PartialDate } from '../model/partialDate';

/** A date read from a cell: the date at its source precision, the text as written, and notes. */
export interface CellDate {
  value: PartialDate | null;
  text: string | null;
  issues: PlanIssue[];
}

// `mmm-yy`, `mmmm yyyy`, `mm/yyyy`: a format that shows no day means the month is the precision.
const MONTH_FORMAT = /^(?!.*d)[^;]*m{2,4}[^;]*y{2,4}[^;]*$/i;

function fromResult(result: DateParseResult, text: string): CellDate {
  if (!result.ok) return { value: null, text, issues: result.issues };
  return { value: result.date.value, text, issues: result.issues };
}

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
export function readDateCell(cell: GridCell | null | undefined, text: string = cell?.text ?? '', options: DateParseOptions = {}): CellDate {
  const written = text.trim();
  if (cell?.date !== undefined && written === cell.text.trim()) {
    const monthly = cell.numFmt !== undefined && MONTH_FORMAT.test(cell.numFmt);
    return { value: monthly ? cell.date.slice(0, 7) : cell.date, text: written || cell.date, issues: [] };
  }
  if (cell?.number !== undefined && /^\d+(\.\d+)?$/.test(written)) {
    const day = fromExcelSerial(cell.number);
    if (day !== null && cell.number > 3000) {
      return {
        value: day,
        text: written,
        issues: [{ code: 'serial-date', severity: 'info', message: `The number ${written} in a date column was read as the Excel date ${day}.`, path: [] }],
      };
    }
  }
  if (written === '') return { value: null, text: null, issues: [] };
  return fromResult(parseDate(written, options), written);
}

/**
 * Reads a cell holding one date per packed action (`27.9.12 31.10.12 31.12.12`, or one per line).
 *
 * @example
 * readDateList('27.9.12 31.10.12 31.12.12').map((date) => date.value); // ['2012-09-27', '2012-10-31', '2012-12-31']
 */
export function readDateList(text: string, options: DateParseOptions = {}): CellDate[] {
  return parseDates(text.trim(), options).map((result) => fromResult(result, result.ok ? result.date.raw : result.raw));
}
