import type { PartialDate } from '../model/partialDate';
import { parseDate } from './parseDate';

/**
 * The due date of a recommendation's timescale, counted from the inspection date: `Within three
 * months` of 25 February 2011 is 25 May 2011; `Immediate` is the inspection date itself. A timescale
 * that is a date already (`31.12.12`) gives that date (the end of a range). Null when the text has no
 * date to give (`Monthly`, unreadable text).
 *
 * @example
 * resolveTimescale('Within three months', '2011-02-25'); // '2011-05-25'
 * resolveTimescale('Immediately', '2012-05-18'); // '2012-05-18'
 */
export function resolveTimescale(text: string, anchor: PartialDate): PartialDate | null {
  const result = parseDate(text, { anchor });
  return result.ok ? result.date.value : null;
}
