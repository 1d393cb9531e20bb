import type { DeliveryStatus } from '../model/plan';
import { actionList, statusWords, type StatusWord } from './statusWords';

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
}

const tag = /<[^>]*>/g;
const actionKey = /^\(\s*\d+[a-z]?(?:\s*-\s*\d+)?\s*\)\s*/i;
const monthPrefix =
  /^((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\s*[-–—:]\s*/i;
const wordEnd = '(?=$|[\\s.:;,!?)\\-–—])';
const dependencyList = new RegExp(`follow(?:s|ing)?\\s+completion\\s+(?:&\\s*embedding\\s+)?of\\s+(${actionList})`, 'i');
const seeAbove = /see\s*\(\s*(\w+)\s*\)\s*above/i;

const openers = statusWords.map((row) => ({ row, pattern: new RegExp(`^(?:${row.words})${wordEnd}`, 'i') }));
const wholeSentences = statusWords.map((row) => ({ row, pattern: new RegExp(`^(?:${row.words})[.!]?$`, 'i') }));

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
  const plain = (text ?? '').replace(tag, ' ').replace(/\s+/g, ' ').trim().replace(actionKey, '');
  const date = monthPrefix.exec(plain);
  const body = date ? plain.slice(date[0].length) : plain;
  const found = openingWords(body) ?? closingSentence(body);
  const reading: StatusReading = found ? readingOf(found.row, found.words) : { status: null, statusText: null };
  if (date?.[1] !== undefined) reading.dateText = date[1];
  const dependsOn = dependencyRefs(body);
  if (dependsOn.length > 0) reading.dependsOn = dependsOn;
  const same = seeAbove.exec(body)?.[1];
  if (found?.row.status === null && same !== undefined) reading.sameAs = same;
  return reading;
}

interface Found {
  row: StatusWord;
  words: string;
}

function openingWords(body: string): Found | undefined {
  for (const { row, pattern } of openers) {
    const match = pattern.exec(body);
    if (match) return { row, words: match[0] };
  }
  return undefined;
}

function closingSentence(body: string): Found | undefined {
  const sentences = body.split(/(?<=[.!?])\s+/).slice(1);
  for (const sentence of sentences) {
    for (const { row, pattern } of wholeSentences) {
      if (pattern.test(sentence)) return { row, words: sentence.replace(/[.!]$/, '') };
    }
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
