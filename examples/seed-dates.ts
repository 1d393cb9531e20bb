/**
 * Just enough date reading to turn the seeds' own text dates into real Excel dates for the
 * example workbooks. (The importer's date parsing lives in @actionplan/core; this is not it.)
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  if (index < 0) throw new RangeError(`Not a month name: ${name}`);
  return index + 1;
}

function twoOrFourDigitYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/**
 * The ISO day of a seed date written `dd-Mon-yyyy` (000's table dates).
 *
 * @example
 * isoFromDayMonthYear('31-May-2011'); // '2011-05-31'
 */
export function isoFromDayMonthYear(text: string): string {
  const match = /^(\d{1,2})-([A-Za-z]+)-(\d{4})$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a dd-Mon-yyyy date: ${text}`);
  const [, day, month, year] = match;
  return `${year}-${pad(monthNumber(month ?? ''))}-${pad(Number(day))}`;
}

/**
 * The first day of a seed month written `Mon-yy` or `Mon-yyyy` (003's Start and End), the way
 * Excel stores a month typed into a `mmm-yy` cell.
 *
 * @example
 * isoFromMonthYear('Feb-17'); // '2017-02-01'
 * isoFromMonthYear('Jun-2017'); // '2017-06-01'
 */
export function isoFromMonthYear(text: string): string {
  const match = /^([A-Za-z]{3})-(\d{2}|\d{4})$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a Mon-yy date: ${text}`);
  const [, month, year] = match;
  return `${twoOrFourDigitYear(year ?? '')}-${pad(monthNumber(month ?? ''))}-01`;
}

/**
 * The Excel (1900 system) serial number of an ISO day: what a date cell holds underneath.
 *
 * @example
 * excelSerial('2017-03-01'); // 42795
 */
export function excelSerial(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number);
  const utc = Date.UTC(year ?? 1900, (month ?? 1) - 1, day ?? 1);
  return Math.round(utc / 86_400_000) + 25_569;
}
