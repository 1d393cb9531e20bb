import { parseDate } from '../dates';
import type { DateParseOptions } from '../dates';
import type { PartialDate } from '../model/partialDate';

/** A date a note mentions as already passed, as written. */
export interface DateMention {
  text: string;
  date: PartialDate;
  yearInferred: boolean;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// Capitalised month names only: in prose, "may" is a verb.
const MENTION = new RegExp(`\\b(?:\\d{1,2}\\s*(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:\\s+\\d{4})?|${MONTH}\\s+\\d{4})\\b`, 'g');
// An event that has happened: `took place 11 th September`, `circulated on 31st August`, `Completed: on 11 th Sept`.
const PAST = /\b(took place|completed?|held|met|circulated|presented|delivered|agreed|signed off|launched|sent|considered|published|attended|approved|established|started|began|happened|was|were|has been|have been)\b/i;
// A plan or deadline: `arranged for 25 th September`, `to be signed off on 20 th Sept`, `will recommence on 12 th Sept`.
const FUTURE = /\b(will|to be|planned|scheduled|arranged|due|by the|by|expected|next|until|from|to [a-z]+)\b/;
/** How far before a date its verb may stand (`Des. Nurse met key social care leads on 9 th August`). */
const WINDOW_WORDS = 7;

/** The words before a mention, within its sentence and after the mention before it. */
function leadIn(text: string, from: number, at: number): string {
  return (text.slice(from, at).split(/[.;!?](?:\s|$)|\(\d+[a-z]?\)/).at(-1) ?? '').trim();
}

/**
 * The dates a progress note or comment reports as passed: a date with a past-tense verb just
 * before it and no word of intent between (`MASH Executive Board took place 11 th September`), or
 * a date in brackets closing the note (`… across the partnership (April 2017)`). Deadlines and plans
 * (`arranged for 25 th September`, `to be completed by June 2017`) are left out. A date without a
 * year takes the year nearest `referenceDate`.
 *
 * @example
 * pastDateMentions('(1) Completed: MASH Executive Board took place 11 th September. Further meeting planned for Oct', { referenceDate: '2012-08-31' });
 * // [{ text: '11 th September', date: '2012-09-11', yearInferred: true }]
 */
export function pastDateMentions(text: string, options: DateParseOptions = {}): DateMention[] {
  const mentions: DateMention[] = [];
  let after = 0;
  for (const match of text.matchAll(MENTION)) {
    const written = match[0];
    const before = leadIn(text, after, match.index);
    after = match.index + written.length;
    const closing = text[match.index - 1] === '(' && /^\)\W*$/.test(text.slice(after));
    const verb = before.split(/\s+/).slice(-WINDOW_WORDS).join(' ');
    if (!closing && (!PAST.test(verb) || FUTURE.test(before.replace(PAST, '')))) continue;
    const parsed = parseDate(written.replace(/\.$/, ''), options);
    if (parsed.ok && parsed.date.value !== null) mentions.push({ text: written, date: parsed.date.value, yearInferred: parsed.date.yearInferred });
  }
  return mentions;
}
