import { monthFromWord } from './monthNames';
import { dateParts, yearFromText, type Reading } from './reading';
import { recognisePoint } from './recognisePoint';
import type { Recurrence, RelativeOffset } from './types';

/**
 * One kind of date text: a name, seed examples, and a reader from canonical text (see
 * normaliseDateText) to a Reading, or null when the text is not of this kind.
 *
 * @example
 * const monthly: DateRecogniser = { name: 'recurring', examples: ['Monthly'], read: () => null };
 */
export interface DateRecogniser {
  name: string;
  examples: readonly string[];
  read: (text: string) => Reading | null;
}

const RECURRENCES: readonly [RegExp, Recurrence][] = [
  [/^(?:daily|every day)$/, 'daily'],
  [/^(?:weekly|every week)$/, 'weekly'],
  [/^(?:fortnightly|every (?:two|2) weeks)$/, 'fortnightly'],
  [/^(?:monthly|every month)$/, 'monthly'],
  [/^(?:quarterly|every (?:three|3) months)$/, 'quarterly'],
  [/^(?:bi-?annual(?:ly)?|half-?yearly|six-?monthly|twice (?:a|per) year|every (?:six|6) months)$/, 'half-yearly'],
  [/^(?:annual(?:ly)?|yearly|every year)$/, 'yearly'],
];

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24,
};

function countFromWord(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

function offsetOf(count: number, unit: string): RelativeOffset {
  if (unit === 'day') return { days: count };
  if (unit === 'week') return { weeks: count };
  return { months: unit === 'year' ? count * 12 : count };
}

// Meteorological seasons, as the Met Office counts them; winter runs into the next year.
const SEASONS: Readonly<Record<string, [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  fall: [9, 11],
  winter: [12, 2],
};

/** `2015/16`, `2016-17`, `2015/2016`: the years must follow on. */
function financialYear(text: string): Reading | null {
  const match = /^(\d{4})([-/])(\d{4}|\d{2})$/.exec(text);
  if (!match) return null;
  const [, first = '', separator, second = ''] = match;
  const from = Number(first);
  const followsOn = second.length === 4 ? Number(second) === from + 1 : Number(second) === (from + 1) % 100;
  // `2011-12` is December 2011 in ISO form; only a slash makes it the year 2011/12.
  if (!followsOn || (separator === '-' && second.length === 2 && Number(second) <= 12)) return null;
  return { kind: 'range', start: dateParts({ year: from, month: 4 }), end: dateParts({ year: from + 1, month: 3 }) };
}

function season(text: string): Reading | null {
  const match = /^(spring|summer|autumn|fall|winter)(?: of)?(?: (\d{4}|\d{2}))?$/.exec(text);
  const months = SEASONS[match?.[1] ?? ''];
  if (!match || !months) return null;
  const year = match[2] === undefined ? null : yearFromText(match[2]);
  const [from, to] = months;
  return {
    kind: 'range',
    start: dateParts({ year, month: from }),
    end: dateParts({ year: year === null ? null : from > to ? year + 1 : year, month: to }),
  };
}

/** Where a range may split: at every dash, or at `to`/`until`. */
function rangeSplits(text: string): [string, string][] {
  const splits: [string, string][] = [];
  for (const match of text.matchAll(/-| (?:to|until|till) /g)) {
    splits.push([text.slice(0, match.index), text.slice(match.index + match[0].length)]);
  }
  // `Feb Sep 2009`: the dash left out between two month names.
  const [first = '', ...rest] = text.split(' ');
  if (monthFromWord(first) !== null && monthFromWord(rest[0] ?? '') !== null) splits.push([first, rest.join(' ')]);
  return splits;
}

function range(text: string): Reading | null {
  for (const [left, right] of rangeSplits(text)) {
    const end = recognisePoint(right);
    // Both ends must read; the start is not tried when the end does not (most splits of a long text).
    if (end === null) continue;
    // `13 - 26 November 2008`: a bare day borrows the end's month and year.
    const bareDay = /^\d{1,2}#?$/.test(left) && end.day !== null && end.month !== null;
    const start = bareDay ? dateParts({ day: parseInt(left, 10) }) : recognisePoint(left);
    if (start && end) return { kind: 'range', start, end };
  }
  return null;
}

const ONGOING = '(?:on-?going|continuing|continuous)';
const ONGOING_ALONE = new RegExp(`^${ONGOING}$`);
const ONGOING_UNTIL = new RegExp(`^${ONGOING}(?: to| until| till|-) ?(.+)$`);
const ONGOING_FROM = new RegExp(`^(?:from )?(.+?)(?: and| &)?(?: ${ONGOING}| onwards?)$`);

function openEnded(text: string): Reading | null {
  if (ONGOING_ALONE.test(text)) return { kind: 'open-ended', start: null, end: null };
  const until = ONGOING_UNTIL.exec(text);
  const end = until ? recognisePoint(until[1] ?? '') : null;
  if (end) return { kind: 'open-ended', start: null, end };
  const from = ONGOING_FROM.exec(text) ?? /^from (.+)$/.exec(text);
  const start = from ? recognisePoint(from[1] ?? '') : null;
  return start ? { kind: 'open-ended', start, end: null } : null;
}

function point(text: string): Reading | null {
  const parts = recognisePoint(text);
  if (!parts) return null;
  const iso = /^(\d{4})-(\d{2})$/.exec(text);
  const ambiguous = iso && Number(iso[2]) === (Number(iso[1]) + 1) % 100;
  return ambiguous ? { kind: 'date', point: parts, ambiguity: `${iso[1]}/${iso[2]}` } : { kind: 'date', point: parts };
}

/**
 * The recognisers parseDate tries, in order; the first that reads the text wins. Single dates come
 * before ranges so that the dashes of `01-Mar-2011` are not taken for a range.
 *
 * @example
 * DATE_RECOGNISERS.map((recogniser) => recogniser.name)[0]; // 'relative'
 */
export const DATE_RECOGNISERS: readonly DateRecogniser[] = [
  {
    name: 'relative',
    examples: ['Within six months', 'Within 3 months', 'Immediate', 'Immediately'],
    read: (text) => {
      if (/^immediate(?:ly)?$/.test(text)) return { kind: 'relative', offset: { days: 0 } };
      const match = /^(?:within|in|no later than) (?:the next )?([a-z-]+|\d{1,3}) (day|week|month|year)s?$/.exec(text);
      const count = match ? countFromWord(match[1] ?? '') : null;
      return match && count !== null ? { kind: 'relative', offset: offsetOf(count, match[2] ?? '') } : null;
    },
  },
  {
    name: 'recurring',
    examples: ['Monthly', 'quarterly', 'bi-annual', 'twice a year'],
    read: (text) => {
      const found = RECURRENCES.find(([pattern]) => pattern.test(text));
      return found ? { kind: 'recurring', recurrence: found[1] } : null;
    },
  },
  {
    name: 'open-ended',
    examples: ['Ongoing to May 2013', 'December 2009 and on-going', '2011 onwards'],
    read: openEnded,
  },
  { name: 'financial year', examples: ['2015/16', '2016-17'], read: financialYear },
  { name: 'season', examples: ['Autumn 2011', 'spring 2013', 'summer of 2014'], read: season },
  {
    name: 'single date',
    examples: ['01-Mar-2011', '27.9.12.', '31/10/12', 'Jan-17', 'Jun-2017', 'End March 09', 'Q1 2017'],
    read: point,
  },
  { name: 'range', examples: ['Feb - May 2009', 'Sept - Feb 2010', 'April - Sep09', 'Sep 08 – Jul 09'], read: range },
];
