import type { DeliveryStatus } from '../model/plan';
import { impliedCompletion } from './completionWords';
import { actionList, statusWords, type StatusWord } from './statusWords';
import { waitingForAppointment } from './vacancy';

/**
 * What the status words of a progress note or comment say.
 *
 * @example
 * const { status, statusText }: StatusReading = parseStatusText('(3) Ongoing'); // 'in-progress', 'Ongoing'
 */
export interface StatusReading {
  status: DeliveryStatus | null;
  /** The status words as written (`Achieved`, `On track`, `Awaiting sign-off`), or null when there are none. */
  statusText: string | null;
  /** `true` for `On track`/`on target`; `false` when the words say the work has slipped. */
  onTrack?: boolean;
  /** The 4-level key's "support required" dimension: `Not achieved` sets it. */
  supportRequired?: boolean;
  /** What the status alone does not say: `awaiting sign-off`, `not yet embedded`, `under consideration`. */
  qualifier?: string;
  /** Bare action numbers the note waits for: `Will follow completion of 1 & 2` → `['1', '2']`. */
  dependsOn?: string[];
  /** The action whose status this one shares: `See (1) above` → `'1'`. */
  sameAs?: string;
  /** A leading month the note is dated with: `May 2011` of `May 2011 - On track.`. */
  dateText?: string;
  /**
   * With no status word, the sentence that reports the work done all the same (`These are in use.`):
   * weaker evidence than `complete`, which `deliveryEvidence` weighs as `evidence: 'implied'`.
   */
  impliedComplete?: string;
  /** The sentence saying the work waits for a post to be filled (`… led by permanent IRO once appointed.`). */
  waitsForAppointment?: string;
}

const tag = /<[^>]*>/g;
const actionKey = /^\(\s*\d+[a-z]?(?:\s*-\s*\d+)?\s*\)\s*/i;
const monthPrefix =
  /^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\s*[-–—:]\s*/i;
const wordEnd = '(?=$|[\\s.:;,!?)\\-–—])';
const dependencyList = new RegExp(`follow(?:s|ing)?\\s+completion\\s+(?:&\\s*embedding\\s+)?of\\s+(${actionList})`, 'i');
const seeAbove = /see\s*\(\s*(\w+)\s*\)\s*above/i;

// One alternation per use, each row a capturing group, so a note is matched once rather than once per
// row; the first group that took part is the first row that matches, as when the rows were tried in turn.
const rowGroups = statusWords.map((row) => `(${row.words})`).join('|');
const opener = new RegExp(`^(?:${rowGroups})${wordEnd}`, 'i');
const wholeSentence = new RegExp(`^(?:${rowGroups})[.!]?$`, 'i');
const sentenceBreak = /(?<=[.!?])\s+/;

/**
 * Reads the status words of a progress note or comment, keeping the words as written. The words
 * count where a note opens with them (after an `(n)` key or a `May 2011 -` date) or where a whole
 * sentence is nothing else (`… across workers. In progress.`); words inside a narrative are not
 * read as a status.
 *
 * @example
 * parseStatusText('<b>May 2011 –Not achieved.</b> Team Manager and Senior Practitioner programme …');
 * // { status: 'in-progress', statusText: 'Not achieved', onTrack: false, supportRequired: true, dateText: 'May 2011' }
 * parseStatusText('(4) Held: Will follow completion of 1 & 2');
 * // { status: 'blocked', statusText: 'Held', dependsOn: ['1', '2'] }
 */
export function parseStatusText(text: string | null | undefined): StatusReading {
  const plain = plainText(text ?? '').replace(actionKey, '');
  const date = monthPrefix.exec(plain);
  const body = date ? plain.slice(date[0].length) : plain;
  // Each scan below runs only when a cheap substring test says it could match: notes are long and
  // plans hold tens of thousands of them, while most notes hold none of these phrases.
  const lower = body.toLowerCase();
  const found = openingWords(body) ?? (hasSentenceBreak(body) ? closingSentence(body) : undefined);
  const reading: StatusReading = found ? readingOf(found.row, found.words) : { status: null, statusText: null };
  if (date?.[1] !== undefined) reading.dateText = date[1];
  const dependsOn = lower.includes('completion') ? dependencyRefs(body) : [];
  if (dependsOn.length > 0) reading.dependsOn = dependsOn;
  const same = lower.includes('above') ? seeAbove.exec(body)?.[1] : undefined;
  if (found?.row.status === null && same !== undefined) reading.sameAs = same;
  const implied = found === undefined && mayImplyCompletion(lower) ? impliedCompletion(body) : undefined;
  if (implied !== undefined) reading.impliedComplete = implied;
  const vacancy = mayWaitForAppointment(lower) ? waitingForAppointment(body) : undefined;
  if (vacancy !== undefined) reading.waitsForAppointment = vacancy;
  return reading;
}

function hasSentenceBreak(body: string): boolean {
  return body.includes('. ') || body.includes('! ') || body.includes('? ');
}

function mayImplyCompletion(lower: string): boolean {
  return lower.includes(' in ') || lower.includes(' been ') || lower.includes('uploaded') || lower.includes('evidenced');
}

function mayWaitForAppointment(lower: string): boolean {
  return ['appoint', 'recruit', 'vacan', 'unfilled', ' in post'].some((word) => lower.includes(word));
}

interface Found {
  row: StatusWord;
  words: string;
}

function plainText(text: string): string {
  const untagged = text.includes('<') ? text.replace(tag, ' ') : text;
  return untagged.replace(/\s+/g, ' ').trim();
}

function rowOf(match: RegExpExecArray | null): Found | undefined {
  if (match === null) return undefined;
  const index = match.findIndex((group, i) => i > 0 && group !== undefined);
  const row = statusWords[index - 1];
  return row === undefined ? undefined : { row, words: match[index]! };
}

function openingWords(body: string): Found | undefined {
  return rowOf(opener.exec(body));
}

function closingSentence(body: string): Found | undefined {
  const sentences = body.split(sentenceBreak);
  for (let i = 1; i < sentences.length; i += 1) {
    const found = rowOf(wholeSentence.exec(sentences[i]!));
    if (found) return found;
  }
  return undefined;
}

function readingOf(row: StatusWord, words: string): StatusReading {
  const reading: StatusReading = { status: row.status, statusText: words.trim() };
  if (row.onTrack !== undefined) reading.onTrack = row.onTrack;
  if (row.supportRequired !== undefined) reading.supportRequired = row.supportRequired;
  if (row.qualifier !== undefined) reading.qualifier = row.qualifier;
  return reading;
}

function dependencyRefs(body: string): string[] {
  const list = dependencyList.exec(body)?.[1];
  return list === undefined ? [] : [...list.matchAll(/\d+[a-z]?/gi)].map((match) => match[0]);
}
