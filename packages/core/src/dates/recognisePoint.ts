import { monthFromWord } from './monthNames';
import { dateParts, yearFromText, type DateParts } from './reading';

/** One way of writing a single date: a pattern over canonical text and how to read its groups. */
interface PointFormat {
  pattern: RegExp;
  read: (groups: readonly (string | undefined)[]) => DateParts | null;
}

const YEAR = '(\\d{4}|\\d{2})';

function num(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}

function year(text: string | undefined): number | null {
  return text === undefined ? null : yearFromText(text);
}

function namedMonth(day: string | undefined, word: string | undefined, y: string | undefined): DateParts | null {
  const month = monthFromWord(word ?? '');
  return month === null ? null : dateParts({ year: year(y), month, day: num(day) });
}

// Tried in order against the whole canonical text (see normaliseDateText); each pattern is anchored and
// has no nested repetition, so none can backtrack badly.
const POINT_FORMATS: readonly PointFormat[] = [
  // 2011-05-31, 2017-02
  {
    pattern: /^(\d{4})-(0[1-9]|1[0-2])(?:-(\d{1,2}))?$/,
    read: ([, y, m, d]) => dateParts({ year: num(y), month: num(m), day: num(d) }),
  },
  // 27.9.12, 31/10/12, 9/8/12 (day first, as in the UK)
  {
    pattern: new RegExp(`^(\\d{1,2})([./-])(\\d{1,2})\\2${YEAR}$`),
    read: ([, d, , m, y]) => dateParts({ year: year(y), month: num(m), day: num(d) }),
  },
  // 01-Mar-2011, 2 nd March 2009, 11 th September
  {
    pattern: new RegExp(`^(\\d{1,2})#?[- ]([a-z]+)(?:[- ]${YEAR})?$`),
    read: ([, d, word, y]) => namedMonth(d, word, y),
  },
  // Jan-17, Jun-2017, May 09, Feb09, April
  {
    pattern: new RegExp(`^([a-z]+)(?:[- ]${YEAR})?$`),
    read: ([, word, y]) => namedMonth(undefined, word, y),
  },
  // Q1 2017, Q1-17
  {
    pattern: new RegExp(`^q ?([1-4])[- ]?${YEAR}$`),
    read: ([, q, y]) => dateParts({ year: year(y), quarter: num(q) }),
  },
  // 2017-Q1, 2017 Q1
  {
    pattern: /^(\d{4})[- ]?q ?([1-4])$/,
    read: ([, y, q]) => dateParts({ year: num(y), quarter: num(q) }),
  },
  // 2017
  { pattern: /^(\d{4})$/, read: ([, y]) => dateParts({ year: num(y) }) },
];

/** The most spaces any of {@link POINT_FORMATS} can match (`2# march 2009`, `q 1 2017`). */
const MAX_POINT_SPACES = 2;

function spacesExceed(text: string, most: number): boolean {
  let count = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++count > most) return true;
  return false;
}

const EDGES: Readonly<Record<string, DateParts['edge']>> = {
  end: 'end',
  mid: 'mid',
  middle: 'mid',
  start: 'start',
  beginning: 'start',
};
const EDGE = /^(end|mid|middle|start|beginning)(?: of)?(?: the)? (.+)$/;

/**
 * Reads one date from canonical text, with an optional `end`/`mid`/`start` qualifier in front
 * (`end march 09`, `mid feb 09`, `end of 2014`). Nothing is checked yet: `31.9.12` reads as day 31 of
 * month 9. Null when no format fits.
 *
 * @example
 * recognisePoint('feb 09'); // { year: 2009, month: 2, day: null, quarter: null, edge: null }
 */
export function recognisePoint(text: string): DateParts | null {
  const edged = EDGE.exec(text);
  if (edged) {
    const inner = recognisePoint(edged[2] ?? '');
    return inner && inner.edge === null ? { ...inner, edge: EDGES[edged[1] ?? ''] ?? null } : null;
  }
  // No format spells a date with more than two spaces: the many-word texts a cell of several dates offers fail here at once.
  if (spacesExceed(text, MAX_POINT_SPACES)) return null;
  for (const format of POINT_FORMATS) {
    const match = format.pattern.exec(text);
    const parts = match ? format.read(match) : null;
    if (parts) return parts;
  }
  return null;
}
