import { firstDay, lastDay } from '../dates/index';
import type { IsoDay, PartialDate } from '../model/index';
import { tryDate } from '../rag/tryDate';

/**
 * The first and last day a date covers, or undefined for a date that only looks real
 * (`2012-09-31` passes the model's pattern; `invalid-date` reports it, the other rules skip it
 * rather than throw).
 *
 * @example
 * daySpan('2017-02'); // { first: '2017-02-01', last: '2017-02-28' }
 * daySpan('2012-09-31'); // undefined
 */
export function daySpan(date: PartialDate | null): { first: IsoDay; last: IsoDay } | undefined {
  if (date === null) return undefined;
  return tryDate(() => ({ first: firstDay(date), last: lastDay(date) }));
}
