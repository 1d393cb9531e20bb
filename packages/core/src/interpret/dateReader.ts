import type { DateParseOptions } from '../dates';
import type { GridCell } from '../grid/grid';
import { readDateList, readDateSpan } from './readDateCell';
import type { CellDate, DateSpan } from './readDateCell';

/** {@link readDateSpan} and {@link readDateList} with the parse options of one import fixed. */
export interface DateReader {
  span(cell: GridCell | null | undefined, text: string, column?: { monthly?: boolean }): DateSpan;
  /** A new array each time (callers take dates off it); the dates in it are shared and must not be changed. */
  list(text: string): CellDate[];
}

/**
 * A date reader for one import that reads each distinct date text once: date columns repeat a few
 * dozen texts (`Sep-17`, `31-Jul-2017`) down tens of thousands of rows, and a text that is not one
 * date is tried word run by word run. Results equal the uncached readers'. A real date or number
 * cell is read directly (its value, not its text, decides), which costs no parse.
 *
 * @example
 * const dates = createDateReader({ referenceDate: '2017-04-30' });
 * dates.span({ text: 'Sep-17' }, 'Sep-17').end; // '2017-09'
 * dates.list('27.9.12 31.10.12').map((date) => date.value); // ['2012-09-27', '2012-10-31']
 */
export function createDateReader(options: DateParseOptions): DateReader {
  const spans = new Map<string, DateSpan>();
  const lists = new Map<string, CellDate[]>();
  return {
    span(cell, text, column = {}) {
      if (cell?.date !== undefined || cell?.number !== undefined) return readDateSpan(cell, text, options, column);
      let span = spans.get(text);
      if (span === undefined) spans.set(text, (span = readDateSpan(cell, text, options, column)));
      return span;
    },
    list(text) {
      let dates = lists.get(text);
      if (dates === undefined) lists.set(text, (dates = readDateList(text, options)));
      return dates.slice();
    },
  };
}
