import type { PlanIssue } from '../model/issue';
import type { PartialDate } from '../model/partialDate';

/**
 * How finely a date is known: the precision the source wrote it at.
 *
 * @example
 * const precision: DatePrecision = 'month'; // `Jan-17`
 */
export type DatePrecision = 'day' | 'month' | 'quarter' | 'year';

/**
 * What a piece of date text says: one date, a range (`Feb - May 2009`), a cycle (`Monthly`), an
 * open end (`Ongoing to May 2013`) or a time counted from an anchor (`Within six months`).
 *
 * @example
 * const kind: DateKind = 'range'; // `Sept - Feb 2010`
 */
export type DateKind = 'date' | 'range' | 'recurring' | 'open-ended' | 'relative';

/**
 * How often a recurring timescale comes round (`Monthly`, `bi-annual`, `twice a year`).
 *
 * @example
 * const recurrence: Recurrence = 'half-yearly'; // `twice a year`
 */
export type Recurrence = 'daily' | 'weekly' | 'fortnightly' | 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';

/**
 * A span counted from an anchor date: `Within six months` is `{ months: 6 }`, `Immediate` is `{ days: 0 }`.
 *
 * @example
 * const offset: RelativeOffset = { months: 3 }; // `Within three months`
 */
export interface RelativeOffset {
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
}

/**
 * A date read from text, at the precision the text gave.
 *
 * - `value` is the date itself, or the END of a range (a range falls due when it ends), or null when the
 *   text names no end (`Monthly`, `December 2009 and on-going`, an unanchored `Within six months`).
 * - `start` is the start of a range or of an open-ended period, else null.
 * - `precision` is the precision of `value` (of `start` when `value` is null; `day` when both are null).
 * - `yearInferred` is true when a year the text left out was supplied (`Sept - Feb 2010`, `11 th September`).
 *
 * @example
 * const parsed: ParsedDate = {
 *   raw: 'Feb - May 2009', kind: 'range', precision: 'month',
 *   value: '2009-05', start: '2009-02', yearInferred: false,
 * };
 */
export interface ParsedDate {
  raw: string;
  kind: DateKind;
  precision: DatePrecision;
  value: PartialDate | null;
  start: PartialDate | null;
  yearInferred: boolean;
  recurrence?: Recurrence;
  relative?: RelativeOffset;
}

/**
 * The outcome of reading date text: the date and any notes about it, or the problems that stopped it.
 *
 * @example
 * const result: DateParseResult = parseDate('31.9.12');
 * if (!result.ok) result.issues[0]?.code; // 'impossible-date'
 */
export type DateParseResult =
  | { ok: true; date: ParsedDate; issues: PlanIssue[] }
  | { ok: false; raw: string; issues: PlanIssue[] };

/**
 * Context for reading date text.
 *
 * - `anchor`: the date relative timescales count from, usually the inspection date
 *   (`Within three months` of `2011-02-25` is `2011-05-25`).
 * - `referenceDate`: when the text was written (the plan's or the report's date). A date with no year
 *   takes the year that puts it nearest to this date; defaults to `anchor`.
 *
 * Both are the caller's own values, so they must be real partial dates: anything else is a RangeError.
 *
 * @example
 * const options: DateParseOptions = { anchor: '2011-02-25', referenceDate: '2011-05' };
 */
export interface DateParseOptions {
  anchor?: PartialDate | undefined;
  referenceDate?: PartialDate | undefined;
}
