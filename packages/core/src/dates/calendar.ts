import type { IsoDay, PartialDate } from '../model/partialDate';
import type { DatePrecision } from './types';

// Calendar arithmetic on day numbers (days since 1970-01-01) with pure integer maths: no Date, so no
// time zone can move a day. Algorithm: Howard Hinnant, "chrono-compatible low-level date algorithms".

/** A partial date split into numbers; `month` is 1–12, `quarter` 1–4. */
interface DateFields {
  year: number;
  month: number | null;
  day: number | null;
  quarter: number | null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?$/;

/**
 * Whether a year has 29 February (proleptic Gregorian calendar).
 *
 * @example
 * isLeapYear(2012); // true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * How many days a month has; `month` is 1–12.
 *
 * @example
 * daysInMonth(2013, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a calendar day; `month` is 1–12.
 *
 * @example
 * dayNumber(1970, 1, 2); // 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The `YYYY-MM-DD` day of a day number (days since 1970-01-01).
 *
 * @example
 * dayFromNumber(0); // '1970-01-01'
 */
export function dayFromNumber(n: number): IsoDay {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return isoDay(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/**
 * Writes a day as `YYYY-MM-DD`; the caller vouches that it exists.
 *
 * @example
 * isoDay(2011, 5, 31); // '2011-05-31'
 */
export function isoDay(year: number, month: number, day: number): IsoDay {
  return `${isoMonth(year, month)}-${pad2(day)}`;
}

/**
 * Writes a month as `YYYY-MM`.
 *
 * @example
 * isoMonth(2017, 2); // '2017-02'
 */
export function isoMonth(year: number, month: number): PartialDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Splits a partial date into numbers. Throws a RangeError for text that is not a real partial date,
 * because callers pass dates that the model has already validated.
 *
 * @example
 * dateFields('2017-Q1'); // { year: 2017, month: null, day: null, quarter: 1 }
 */
export function dateFields(date: PartialDate): DateFields {
  const match = PARTIAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a partial date (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY): ${JSON.stringify(date)}`);
  const [, y, m, d, q] = match;
  const fields: DateFields = {
    year: Number(y),
    month: m === undefined ? null : Number(m),
    day: d === undefined ? null : Number(d),
    quarter: q === undefined ? null : Number(q),
  };
  const badMonth = fields.month !== null && (fields.month < 1 || fields.month > 12);
  if (badMonth || (fields.day !== null && (fields.day < 1 || fields.day > daysInMonth(fields.year, fields.month!)))) {
    throw new RangeError(`Not a real date: ${JSON.stringify(date)}`);
  }
  return fields;
}

/**
 * The precision a partial date is written at.
 *
 * @example
 * precisionOf('2017-Q1'); // 'quarter'
 */
export function precisionOf(date: PartialDate): DatePrecision {
  const { month, day, quarter } = dateFields(date);
  if (day !== null) return 'day';
  if (month !== null) return 'month';
  return quarter !== null ? 'quarter' : 'year';
}

/** The first and last month (1–12) a partial date covers. */
function monthSpan({ month, quarter }: DateFields): [number, number] {
  if (month !== null) return [month, month];
  if (quarter !== null) return [quarter * 3 - 2, quarter * 3];
  return [1, 12];
}

/**
 * The first day a partial date covers.
 *
 * @example
 * firstDay('2017-Q2'); // '2017-04-01'
 */
export function firstDay(date: PartialDate): IsoDay {
  const fields = dateFields(date);
  return isoDay(fields.year, monthSpan(fields)[0], fields.day ?? 1);
}

/**
 * The last day a partial date covers: a month-precision due date falls due on its last day.
 *
 * @example
 * lastDay('2017-02'); // '2017-02-28'
 */
export function lastDay(date: PartialDate): IsoDay {
  const fields = dateFields(date);
  const month = monthSpan(fields)[1];
  return isoDay(fields.year, month, fields.day ?? daysInMonth(fields.year, month));
}

/**
 * Days since 1970-01-01 of a whole day.
 *
 * @example
 * dayNumberOf('1970-01-31'); // 30
 */
export function dayNumberOf(day: IsoDay): number {
  const { year, month, day: d } = dateFields(day);
  if (month === null || d === null) throw new RangeError(`Not a whole day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return dayNumber(year, month, d);
}

/**
 * Days from `from` to `to`: positive when `to` is later. Both must be whole days (`YYYY-MM-DD`).
 *
 * @example
 * daysBetween('2011-05-31', '2011-07-22'); // 52
 */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * The day `days` after `day` (before it when negative).
 *
 * @example
 * addDays('2011-02-28', 1); // '2011-03-01'
 */
export function addDays(day: IsoDay, days: number): IsoDay {
  return dayFromNumber(dayNumberOf(day) + days);
}

/**
 * Moves a day or a month by whole months. A day past the end of the new month is held at its last
 * day (31 January + 1 month is 28 or 29 February), as councils count "within a month".
 *
 * @example
 * addMonths('2011-02-25', 3); // '2011-05-25'
 * addMonths('2012-01-31', 1); // '2012-02-29'
 * addMonths('2017-11', 3); // '2018-02'
 */
export function addMonths(date: PartialDate, months: number): PartialDate {
  const { year, month, day } = dateFields(date);
  if (month === null) throw new RangeError(`addMonths needs a day or a month, not ${JSON.stringify(date)}`);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (day === null) return isoMonth(newYear, newMonth);
  return isoDay(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}
