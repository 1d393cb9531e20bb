import type { PartialDate } from '../model/partialDate';
import { addDays, addMonths, precisionOf } from './calendar';
import type { RelativeOffset } from './types';

/**
 * The date an offset lands on from an anchor. A day anchor gives a day; a month anchor gives a month
 * when the offset is whole months. Null when the anchor is too coarse for the offset (a quarter, a
 * year, or a month plus days) or when it lands after the year 9999.
 *
 * @example
 * applyOffset('2011-02-25', { months: 3 }); // '2011-05-25'
 * applyOffset('2012-05', { months: 6 }); // '2012-11'
 */
export function applyOffset(anchor: PartialDate, offset: RelativeOffset): PartialDate | null {
  const months = offset.months ?? 0;
  const days = (offset.days ?? 0) + 7 * (offset.weeks ?? 0);
  const precision = precisionOf(anchor);
  if (precision !== 'day') {
    if (months === 0 && days === 0) return anchor;
    return precision === 'month' && days === 0 ? writable(addMonths(anchor, months)) : null;
  }
  const month = writable(addMonths(anchor, months));
  return month === null ? null : writable(addDays(month, days));
}

/** The date, or null past 9999, where there is no four-digit year to write. */
function writable(date: PartialDate): PartialDate | null {
  return /^\d{4}(?:-|$)/.test(date) ? date : null;
}
