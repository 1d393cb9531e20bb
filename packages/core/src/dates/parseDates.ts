import { dateIssue } from './dateIssues';
import { parseDate } from './parseDate';
import { quoted } from './settleReading';
import type { DateParseOptions, DateParseResult } from './types';

// The longest date seen in a cell is nine words (`2 nd March 2009 - 5 th April 2009`).
const MAX_WORDS_PER_DATE = 10;

// A split ordinal (`16 th`) is one word, so that no date ends between the day and its suffix.
const WORD = /\S+(?:\s+(?:st|nd|rd|th)(?!\p{L}))?/giu;

interface Word {
  start: number;
  end: number;
}

/** A run of words from `text`, as written. */
function slice(text: string, words: readonly Word[], from: number, to: number): string {
  return text.slice(words[from]!.start, words[to]!.end);
}

/** The longest run of words from `from` on that reads as a date (or as an impossible one), if any. */
function dateAt(text: string, words: readonly Word[], from: number, options: DateParseOptions) {
  const longest = Math.min(from + MAX_WORDS_PER_DATE, words.length) - 1;
  for (let to = longest; to >= from; to--) {
    const result = parseDate(slice(text, words, from, to), options);
    const recognised = result.ok || result.issues.some((issue) => issue.code !== 'unrecognised-date');
    if (recognised) return { result, next: to + 1 };
  }
  return null;
}

/**
 * Reads every date in a cell that holds several, in order, each with its own raw text:
 * `27.9.12 31.10.12 31.12.12`, `Feb - May 2009 July 09 March – Sep 09`. Words between dates that are
 * not a date come back as one `{ ok: false }` part with an `unrecognised-date` warning, so nothing in
 * the cell is lost. Meant for date cells: in prose, words such as "may" would read as months.
 *
 * @example
 * parseDates('31.12.12\n31.12.12').map((part) => part.ok && part.date.value); // ['2012-12-31', '2012-12-31']
 */
export function parseDates(text: string, options: DateParseOptions = {}): DateParseResult[] {
  const words: Word[] = [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const parts: DateParseResult[] = [];
  let unread: [number, number] | null = null;
  const flushUnread = () => {
    if (!unread) return;
    const raw = slice(text, words, ...unread);
    parts.push({ ok: false, raw, issues: [dateIssue('unrecognised-date', `${quoted(raw)} is not a date that can be read.`)] });
    unread = null;
  };
  for (let index = 0; index < words.length; ) {
    const found = dateAt(text, words, index, options);
    if (found) {
      flushUnread();
      parts.push(found.result);
      index = found.next;
      continue;
    }
    // A word that is only markup (`<p>`) is neither a date nor unreadable text.
    if (parseDate(slice(text, words, index, index)).issues.length > 0) unread = [unread?.[0] ?? index, index];
    index++;
  }
  flushUnread();
  return parts;
}
