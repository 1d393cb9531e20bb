const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A calendar month counted from January of year 0, so adding months is adding integers. */
export type MonthIndex = number;

/**
 * The month index of a year and 0-based month.
 *
 * @example
 * monthIndex(2016, 8); // September 2016
 */
export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + month;
}

const yearOf = (m: MonthIndex): number => Math.floor(m / 12);
const monthOf = (m: MonthIndex): number => m % 12;
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The ISO month (`2017-01`), a plan's `PartialDate` at month precision.
 *
 * @example
 * isoMonth(monthIndex(2017, 0)); // '2017-01'
 */
export function isoMonth(m: MonthIndex): string {
  return `${yearOf(m)}-${pad(monthOf(m) + 1)}`;
}

/**
 * The last day of a month as `YYYY-MM-DD` (a milestone due in May is due on 31 May).
 *
 * @example
 * lastDayOf(monthIndex(2017, 1)); // '2017-02-28'
 */
export function lastDayOf(m: MonthIndex): string {
  const day = new Date(Date.UTC(yearOf(m), monthOf(m) + 1, 0)).getUTCDate();
  return `${isoMonth(m)}-${pad(day)}`;
}

/**
 * How seed 003 writes a month: `Jan-17`, or `Jun-2017` with `long`.
 *
 * @example
 * shortMonthText(monthIndex(2017, 5), true); // 'Jun-2017'
 */
export function shortMonthText(m: MonthIndex, long = false): string {
  const year = String(yearOf(m));
  return `${MONTHS[monthOf(m)]}-${long ? year : year.slice(2)}`;
}

/**
 * How seed 000 writes a day: `31-May-2017` (the 1st with `first`).
 *
 * @example
 * dayText(monthIndex(2011, 4), false); // '31-May-2011'
 */
export function dayText(m: MonthIndex, first: boolean): string {
  const day = first ? 1 : Number(lastDayOf(m).slice(8));
  return `${pad(day)}-${MONTHS[monthOf(m)]}-${yearOf(m)}`;
}

/**
 * How a progress note dates itself: `May 2011`.
 *
 * @example
 * monthWords(monthIndex(2011, 4)); // 'May 2011'
 */
export function monthWords(m: MonthIndex): string {
  return `${LONG_MONTHS[monthOf(m)]} ${yearOf(m)}`;
}

/**
 * The Excel serial of an ISO day (1900 system), computed in UTC so the machine's zone never shifts it.
 *
 * @example
 * excelSerial('2017-01-01'); // 42736
 */
export function excelSerial(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return Math.round((Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EXCEL_EPOCH) / DAY_MS);
}
