import { surelyLongerWhenNormalised } from './canonicalLength';
import { dateIssue } from './dateIssues';
import { normaliseDateText } from './normaliseDateText';
import { DATE_RECOGNISERS } from './recognisers';
import { quoted, settleReading } from './settleReading';
import type { DateParseOptions, DateParseResult } from './types';

// Longer canonical text is prose, not a date: refusing it early keeps every parse short.
const MAX_DATE_LENGTH = 80;

/**
 * Reads one date, range, cycle or timescale from the text of a cell, in any format the seed plans use
 * (see seed-domain.md §4). Never throws on text: what cannot be read comes back as `{ ok: false }`
 * with issues. Blank text gives `{ ok: false, issues: [] }`: nothing written, nothing wrong.
 *
 * Decisions, each tested:
 * - Numeric dates are day first (UK): `9/8/12` is 9 August 2012. Two-digit years 00–69 are 2000s,
 *   70–99 1900s.
 * - An impossible day (`31.9.12`) is an `impossible-date` error, never rolled into the next month.
 * - A range's `value` is its end, `start` its start. A start without a year takes the end's year, or
 *   the year before when its month comes later (`Sept - Feb 2010` is September 2009 to February 2010,
 *   `yearInferred`). That reading is flagged `reversed-range` only when it starts before the
 *   `referenceDate` (the date the text was written): `Sep - Apr 09` in a plan of February 2009.
 * - A date without any year (`11 th September`) takes the year that puts it nearest `referenceDate`
 *   (or `anchor`), with a `year-inferred` note; with neither it is a `year-missing` warning.
 * - `2015/16`, `2016-17`: the financial year, 1 April to 31 March, as a month-precision range
 *   (`2015-04` to `2016-03`) so that firstDay/lastDay give its exact days. `2011-12` stays December 2011.
 * - Seasons are meteorological ranges: `Autumn 2011` is September to November 2011.
 * - `End March 09` is the last day of March, `Mid Feb 09` the 15th; `Q1 2017` is January to March.
 * - `Within three months` is relative (`{ months: 3 }`), resolved against `anchor` when given.
 *
 * @example
 * parseDate('31- July- 2011'); // { ok: true, date: { raw: '31- July- 2011', kind: 'date', precision: 'day', value: '2011-07-31', start: null, yearInferred: false }, issues: [] }
 * parseDate('Within three months', { anchor: '2011-02-25' }).date.value; // '2011-05-25'
 * parseDate('31.9.12').issues[0].message; // '"31.9.12" is not a real date: September has 30 days.'
 */
export function parseDate(text: string, options: DateParseOptions = {}): DateParseResult {
  if (typeof text !== 'string') throw new TypeError(`parseDate expects text, not ${typeof text}`);
  // A run of many dates (a cell joined over page breaks, tried word run by word run) is refused unnormalised.
  const canonical = surelyLongerWhenNormalised(text, MAX_DATE_LENGTH) ? null : normaliseDateText(text);
  if (canonical === '') return { ok: false, raw: text, issues: [] };
  const reading = canonical === null || canonical.length > MAX_DATE_LENGTH ? null : readDateText(canonical);
  if (!reading) {
    const message = `${quoted(text)} is not a date that can be read. Write it like 31/05/2011 or May 2011.`;
    return { ok: false, raw: text, issues: [dateIssue('unrecognised-date', message)] };
  }
  const anchor = options.anchor ?? null;
  return settleReading(reading, { raw: text, anchor, reference: options.referenceDate ?? anchor });
}

function readDateText(canonical: string) {
  for (const recogniser of DATE_RECOGNISERS) {
    const reading = recogniser.read(canonical);
    if (reading) return reading;
  }
  return null;
}
