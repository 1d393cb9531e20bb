import type { PartialDate } from '../model/partialDate';
import { dateFields } from './calendar';
import { monthName } from './monthNames';

/**
 * A partial date in words, at its own precision, for messages and reports.
 *
 * @example
 * formatDate('2011-05-31'); // '31 May 2011'
 * formatDate('2011-05'); // 'May 2011'
 * formatDate('2017-Q1'); // 'Q1 2017'
 * formatDate('2017'); // '2017'
 */
export function formatDate(date: PartialDate): string {
  const { year, month, day, quarter } = dateFields(date);
  if (quarter !== null) return `Q${quarter} ${year}`;
  if (month === null) return String(year);
  return day === null ? `${monthName(month)} ${year}` : `${day} ${monthName(month)} ${year}`;
}
