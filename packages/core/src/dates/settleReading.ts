import type { PlanIssue } from '../model/issue';
import type { PartialDate } from '../model/partialDate';
import { applyOffset } from './applyOffset';
import { dateFields, dayNumber, dayNumberOf, daysInMonth, firstDay, isoDay, isoMonth, lastDay, precisionOf } from './calendar';
import { dateIssue } from './dateIssues';
import { formatDate } from './formatDate';
import { monthName } from './monthNames';
import type { DateParts, Reading } from './reading';
import type { DateParseResult, ParsedDate } from './types';

/**
 * What settling needs besides the reading: the text as written and, when known, the date it was
 * written (for missing years) and the anchor (for relative timescales).
 *
 * @example
 * const context: SettleContext = { raw: '11 th September', reference: '2012-09-20', anchor: null };
 */
export interface SettleContext {
  raw: string;
  reference: PartialDate | null;
  anchor: PartialDate | null;
}

type Settled = { ok: true; parts: DateParts & { year: number }; value: PartialDate; inferred: boolean } | { ok: false; issue: PlanIssue };

/**
 * The raw text in quotes for a message, cut short when long.
 *
 * @example
 * quoted(' 31.9.12 '); // '"31.9.12"'
 */
export function quoted(raw: string): string {
  const text = raw.trim();
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

/** First month (1–12) the parts cover, for ordering. */
function startMonth(parts: DateParts): number {
  return parts.month ?? (parts.quarter === null ? 1 : parts.quarter * 3 - 2);
}

/** The year that puts the parts nearest the reference date; on a tie, the later. */
function nearestYear(parts: DateParts, reference: PartialDate): number {
  const { year } = dateFields(reference);
  const target = dayNumberOf(firstDay(reference));
  let best = year;
  let bestDistance = Infinity;
  for (const candidate of [year - 1, year, year + 1]) {
    const month = startMonth(parts);
    const distance = Math.abs(dayNumber(candidate, month, Math.min(parts.day ?? 1, daysInMonth(candidate, month))) - target);
    if (distance <= bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function impossibility(parts: DateParts & { year: number }): string | null {
  const { year, month, day } = parts;
  if (year < 0 || year > 9999) return `the year ${year} is out of range`;
  if (month !== null && (month < 1 || month > 12)) return `there is no month ${month}`;
  if (day === null || month === null) return null;
  if (day < 1) return `there is no day ${day}`;
  const days = daysInMonth(year, month);
  if (day <= days) return null;
  return `${monthName(month)}${month === 2 ? ` ${year}` : ''} has ${days} days`;
}

function partialDateOf({ year, month, day, quarter, edge }: DateParts & { year: number }): PartialDate {
  if (month !== null && day !== null) return isoDay(year, month, day);
  const yyyy = String(year).padStart(4, '0');
  const whole = month !== null ? isoMonth(year, month) : quarter !== null ? `${yyyy}-Q${quarter}` : yyyy;
  if (edge === 'end') return lastDay(whole);
  if (edge === 'start') return firstDay(whole);
  // The middle of a month is taken as its 15th; `mid 2014` stays a year rather than invent a day.
  return edge === 'mid' && month !== null ? isoDay(year, month, 15) : whole;
}

function settlePoint(parts: DateParts, context: SettleContext): Settled {
  let year = parts.year;
  if (year === null) {
    if (context.reference === null) {
      const message = `${quoted(context.raw)} has no year, and there is no date to take one from.`;
      return { ok: false, issue: dateIssue('year-missing', message) };
    }
    year = nearestYear(parts, context.reference);
  }
  const withYear = { ...parts, year };
  const problem = impossibility(withYear);
  if (problem) return { ok: false, issue: dateIssue('impossible-date', `${quoted(context.raw)} is not a real date: ${problem}.`) };
  return { ok: true, parts: withYear, value: partialDateOf(withYear), inferred: parts.year === null };
}

function failure(context: SettleContext, issue: PlanIssue): DateParseResult {
  return { ok: false, raw: context.raw, issues: [issue] };
}

function parsed(context: SettleContext, fields: Omit<ParsedDate, 'raw' | 'precision' | 'yearInferred'> & { yearInferred?: boolean }): ParsedDate {
  const known = fields.value ?? fields.start;
  return { raw: context.raw, precision: known === null ? 'day' : precisionOf(known), yearInferred: false, ...fields };
}

function nearestNote(context: SettleContext): string {
  return context.reference === null ? '' : `, the nearest to ${formatDate(context.reference)}`;
}

/** Whether `start`, given the end's year, would fall after `end` and so belongs to the year before. */
function crossesYear(start: DateParts, end: DateParts): boolean {
  const from = startMonth(start);
  const to = startMonth(end);
  // `Feb – Feb 10` is a year's span, not one month written twice.
  return from > to || (from === to && start.day === null && end.day === null);
}

function settleRange(start: DateParts, end: DateParts, context: SettleContext): DateParseResult {
  const last = settlePoint(end, context);
  if (!last.ok) return failure(context, last.issue);
  let filled = start;
  let crossed = false;
  if (start.month === null && start.quarter === null && start.day !== null) {
    // `13 - 26 November 2008`: the start borrows the end's month and year.
    filled = { ...start, month: last.parts.month, year: last.parts.year };
  } else if (start.year === null) {
    crossed = crossesYear(start, last.parts);
    filled = { ...start, year: last.parts.year - (crossed ? 1 : 0) };
  }
  const first = settlePoint(filled, context);
  if (!first.ok) return failure(context, first.issue);
  const span = `${formatDate(first.value)} to ${formatDate(last.value)}`;
  const issues: PlanIssue[] = [];
  if (firstDay(first.value) > lastDay(last.value)) {
    issues.push(dateIssue('reversed-range', `${quoted(context.raw)} ends before it starts: ${span}.`));
  } else if (crossed && context.reference !== null && lastDay(first.value) < firstDay(context.reference)) {
    // A writer leaves the start's year off when it is the coming one; a start already past when the text
    // was written suggests the months are the wrong way round or the end's year is wrong.
    const message =
      `${quoted(context.raw)} reads as ${span}, which starts before ${formatDate(context.reference)}, when it was written: ` +
      `the months may be the wrong way round, or it may be meant to end a year later.`;
    issues.push(dateIssue('reversed-range', message));
  } else if (crossed || last.inferred) {
    const which = last.inferred ? 'has no year' : 'gives no year for its start';
    issues.push(dateIssue('year-inferred', `${quoted(context.raw)} ${which}: read as ${span}${last.inferred ? nearestNote(context) : ''}.`));
  }
  const date = parsed(context, { kind: 'range', value: last.value, start: first.value, yearInferred: crossed || last.inferred });
  return { ok: true, date, issues };
}

function settleOpenEnded(start: DateParts | null, end: DateParts | null, context: SettleContext): DateParseResult {
  const [from, to] = [start && settlePoint(start, context), end && settlePoint(end, context)];
  for (const side of [from, to]) if (side && !side.ok) return failure(context, side.issue);
  const known = [from, to].find((side) => side?.ok);
  const [startValue, endValue] = [from?.ok ? from.value : null, to?.ok ? to.value : null];
  const yearInferred = Boolean(known?.ok && known.inferred);
  const issues = yearInferred && known?.ok ? [yearInferredIssue(known.value, context)] : [];
  return { ok: true, date: parsed(context, { kind: 'open-ended', value: endValue, start: startValue, yearInferred }), issues };
}

function yearInferredIssue(value: PartialDate, context: SettleContext): PlanIssue {
  return dateIssue('year-inferred', `${quoted(context.raw)} has no year: read as ${formatDate(value)}${nearestNote(context)}.`);
}

function settleSingle(reading: Extract<Reading, { kind: 'date' }>, context: SettleContext): DateParseResult {
  const settled = settlePoint(reading.point, context);
  if (!settled.ok) return failure(context, settled.issue);
  const issues: PlanIssue[] = [];
  if (settled.inferred) issues.push(yearInferredIssue(settled.value, context));
  if (reading.ambiguity) {
    const message = `${quoted(context.raw)} is read as ${formatDate(settled.value)}; for the financial year write ${reading.ambiguity}.`;
    issues.push(dateIssue('ambiguous-date', message));
  }
  const date = parsed(context, { kind: 'date', value: settled.value, start: null, yearInferred: settled.inferred });
  return { ok: true, date, issues };
}

/**
 * Turns a recogniser's reading into a checked result: fills in missing years, refuses impossible
 * days, orders ranges, resolves relative timescales against the anchor.
 *
 * @example
 * settleReading({ kind: 'recurring', recurrence: 'monthly' }, { raw: 'Monthly', reference: null, anchor: null });
 * // { ok: true, date: { raw: 'Monthly', kind: 'recurring', value: null, … }, issues: [] }
 */
export function settleReading(reading: Reading, context: SettleContext): DateParseResult {
  switch (reading.kind) {
    case 'date':
      return settleSingle(reading, context);
    case 'range':
      return settleRange(reading.start, reading.end, context);
    case 'open-ended':
      return settleOpenEnded(reading.start, reading.end, context);
    case 'recurring':
      return { ok: true, date: parsed(context, { kind: 'recurring', value: null, start: null, recurrence: reading.recurrence }), issues: [] };
    case 'relative': {
      const value = context.anchor === null ? null : applyOffset(context.anchor, reading.offset);
      return { ok: true, date: parsed(context, { kind: 'relative', value, start: null, relative: reading.offset }), issues: [] };
    }
  }
}
