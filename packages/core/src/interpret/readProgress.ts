import { parseDate } from '../dates';
import type { ProgressEntry } from '../model/plan';
import { parseStatusText } from '../status';
import { stripHtml } from './stripHtml';

const ACTION_KEY = /^\(\s*\d+[a-z]?(?:\s*[-–]\s*\d+)?\s*\)\s*/i;

/**
 * Reads a progress note into an entry: the month it is dated with, the status its opening words
 * give (through `parseStatusText`), and the narrative after them. HTML remnants become plain text.
 *
 * @example
 * readProgress('<b>May 2011 - Achieved.</b> The procedure for case record auditing has been reviewed');
 * // { date: '2011-05', status: 'complete', statusText: 'Achieved', text: 'The procedure for case record auditing has been reviewed' }
 * readProgress('(3) On track: Named midwife/ specialist safeguarding midwife to alert staff');
 * // { date: null, status: 'in-progress', statusText: 'On track', text: 'Named midwife/ specialist safeguarding midwife to alert staff' }
 */
export function readProgress(note: string): ProgressEntry {
  const plain = stripHtml(note);
  const reading = parseStatusText(plain);
  let date: ProgressEntry['date'] = null;
  let rest = plain.replace(ACTION_KEY, '');
  if (reading.dateText !== undefined) {
    const parsed = parseDate(reading.dateText);
    if (parsed.ok) date = parsed.date.value;
    const at = rest.indexOf(reading.dateText);
    if (at >= 0 && at < 3) rest = rest.slice(at + reading.dateText.length).replace(/^\s*[-–—:]\s*/, '');
  }
  if (reading.statusText !== null && rest.toLowerCase().startsWith(reading.statusText.toLowerCase())) {
    rest = rest.slice(reading.statusText.length).replace(/^\s*[.:;,!\-–—]?\s*/, '');
  }
  return { date, status: reading.status, statusText: reading.statusText, text: rest.trim() };
}
