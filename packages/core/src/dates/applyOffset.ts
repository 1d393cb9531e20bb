import type { PartialDate } from '../model/partialDate';
import { addDays, addMonths, precisionOf } from './calendar';
import type { RelativeOffset } from './types';

/**
 * The date an offset lands on from an anchor. A day anchor gives a day; a month anchor gives a month
 * when the offset is whole months. Null when the anchor is too coarse for the offset (a quarter, a
 * year, or a month plus days).
 *
 * @example
 * applyOffset('2011-02-25', { months: 3 }); // '2011-05-25'
 * applyOffset('2012-05', { months: 6 }); // '2012-11'
 */
export function applyOffset(anchor: PartialDate, offset: RelativeOffset): PartialDate | null {
  const months = offset.months ?? 0;
  const days = (offset.days ?? 0) + 7 * (offset.weeks ?? 0);
  const precision = precisionOf(anchor);
  if (precision === 'day') return addDays(addMonths(anchor, months), days);
  if (months === 0 && days === 0) return anchor;
  return precision === 'month' && days === 0 ? addMonths(anchor, months) : null;
}
