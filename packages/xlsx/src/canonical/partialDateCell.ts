import { parseDate, PartialDateSchema, type GridCell, type PartialDate } from '@actionplan/core';
import type { CellOut } from './cellOut';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How a date with its raw text shows in the canonical workbook. A day is a real date cell, so Excel
 * can sort and filter it and the date validation applies. Anything less precise (`2017-02`,
 * `2017-Q1`) shows as the source's own words (`Feb-17`), or the ISO form when there are none: a
 * month made into a date cell would read as the 1st of the month, which it is not. The raw text of
 * a day (`31.12.12`) lives in the hidden data sheet, so it survives a round trip.
 *
 * @example
 * renderPartialDate('2011-05-31', '31.5.11'); // { day: '2011-05-31' }
 * renderPartialDate('2017-02', 'Feb-17'); // { text: 'Feb-17' }
 */
export function renderPartialDate(date: PartialDate | null, text: string | null): CellOut {
  if (date !== null && DAY.test(date)) return { day: date };
  if (text !== null) return { text };
  return { text: date ?? '' };
}

/**
 * A date an officer typed into a canonical date column: a date cell gives its day, ISO text its
 * precision, other text whatever core's `parseDate` makes of it (`Sep-17` → `2017-09`, `31.3.17`
 * → `2017-03-31`); words that are not one date (`Ongoing`, a range) keep the raw text with no date.
 *
 * @example
 * readPartialDate({ text: '2017-02' }); // { date: '2017-02', text: '2017-02' }
 * readPartialDate({ text: 'Sep-17' }); // { date: '2017-09', text: 'Sep-17' }
 */
export function readPartialDate(cell: GridCell | null): { date: PartialDate | null; text: string | null } {
  const text = cell?.text.trim() ?? '';
  if (cell?.date !== undefined) return { date: cell.date, text: text === '' ? null : text };
  if (text === '') return { date: null, text: null };
  if (PartialDateSchema.safeParse(text).success) return { date: text, text };
  const parsed = parseDate(text);
  return { date: parsed.ok && parsed.date.kind === 'date' ? parsed.date.value : null, text };
}
