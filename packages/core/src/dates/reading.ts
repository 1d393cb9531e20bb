import type { Recurrence, RelativeOffset } from './types';

/**
 * The pieces of one date as the text gave them, before any year is inferred or any check is made.
 * `edge` is a qualifier in front: `End March 09` is the last day of March, `Mid Feb 09` the 15th.
 *
 * @example
 * const endOfMarch: DateParts = { year: 2009, month: 3, day: null, quarter: null, edge: 'end' };
 */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
  quarter: number | null;
  edge: 'start' | 'mid' | 'end' | null;
}

/**
 * What a recogniser read from canonical date text: a shape with its parts, not yet checked.
 *
 * @example
 * const reading: Reading = { kind: 'recurring', recurrence: 'monthly' }; // `Monthly`
 */
export type Reading =
  | { kind: 'date'; point: DateParts; ambiguity?: string }
  | { kind: 'range'; start: DateParts; end: DateParts }
  | { kind: 'open-ended'; start: DateParts | null; end: DateParts | null }
  | { kind: 'recurring'; recurrence: Recurrence }
  | { kind: 'relative'; offset: RelativeOffset };

/**
 * Date parts with the blanks filled in as null.
 *
 * @example
 * dateParts({ year: 2017, quarter: 1 }); // { year: 2017, month: null, day: null, quarter: 1, edge: null }
 */
export function dateParts(given: Partial<DateParts>): DateParts {
  return { year: null, month: null, day: null, quarter: null, edge: null, ...given };
}

/**
 * A year as written, four digits or two. Two-digit years 00–69 are 2000–2069 and 70–99 are 1970–1999
 * (the plans date from 2008 on, and the window keeps dates into the 2060s readable).
 *
 * @example
 * yearFromText('09'); // 2009
 * yearFromText('75'); // 1975
 */
export function yearFromText(text: string): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}
