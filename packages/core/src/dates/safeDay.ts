import type { IsoDay, PartialDate } from '../model/partialDate';
import { firstDay, lastDay } from './calendar';

/**
 * The first day a date covers, or undefined for no date or a date that only looks real
 * (`2012-09-31` passes the model's pattern). The validator reports such dates (`invalid-date`);
 * ratings and the other rules must skip them rather than throw.
 *
 * @example
 * safeFirstDay('2017-02'); // '2017-02-01'
 * safeFirstDay('2012-09-31'); // undefined
 */
export function safeFirstDay(date: PartialDate | null | undefined): IsoDay | undefined {
  return safely(firstDay, date);
}

/**
 * The last day a date covers (a month falls due on its last day: `Feb-17` is due 28 February
 * 2017), or undefined for no date or a date that only looks real, like {@link safeFirstDay}.
 *
 * @example
 * safeLastDay('2017-02'); // '2017-02-28'
 * safeLastDay('2011-02-30'); // undefined
 */
export function safeLastDay(date: PartialDate | null | undefined): IsoDay | undefined {
  return safely(lastDay, date);
}

function safely(read: (date: PartialDate) => IsoDay, date: PartialDate | null | undefined): IsoDay | undefined {
  if (date == null) return undefined;
  try {
    return read(date);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
