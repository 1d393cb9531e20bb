import { lastDay } from '../dates/index';
import type { Action, DeliveryStatus, ProgressEntry } from '../model/index';
import type { RagScheme } from '../rag/index';
import { parseStatusText } from '../status/index';
import { reportedLevel } from './ragReading';

/**
 * The progress entry that speaks last: the latest dated one (a month counts from its last day),
 * else the last one written. Undefined when the action has none.
 *
 * @example
 * latestProgress(action)?.statusText; // 'Achieved' for seed 000's `May 2011 - Achieved.`
 */
export function latestProgress(action: Action): ProgressEntry | undefined {
  const dated = action.progress.filter((entry) => entry.date !== null);
  if (dated.length === 0) return action.progress[action.progress.length - 1];
  return dated.reduce((latest, entry) => (lastDay(entry.date!) >= lastDay(latest.date!) ? entry : latest));
}

/**
 * What an action's words say of its delivery: the status field, else the latest progress entry's
 * status, else the status words its comment opens with (seed 003 writes `complete`, `done`).
 *
 * @example
 * statusOf(createAction({ id: 'a', comments: 'complete. Next review of practice standards is in June.' })); // 'complete'
 */
export function statusOf(action: Action): DeliveryStatus | null {
  return action.status ?? latestProgress(action)?.status ?? parseStatusText(action.comments).status;
}

/**
 * Whether an action's words or its rating say it is complete (BRAG's Blue, seed 000's "Action
 * completed and desired outcome achieved").
 *
 * @example
 * isMarkedComplete(createAction({ id: 'a', comments: 'done' }), getScheme('rag')); // true
 */
export function isMarkedComplete(action: Action, scheme: RagScheme | undefined): boolean {
  return statusOf(action) === 'complete' || reportedLevel(action, scheme)?.complete === true;
}

/**
 * The words that gave {@link statusOf} its answer (`Completed`, `Held`), or null when the status
 * came from the status field or nothing says one.
 *
 * @example
 * statusWordsOf(createAction({ id: 'a', comments: 'done' })); // 'done'
 */
export function statusWordsOf(action: Action): string | null {
  if (action.status !== null) return null;
  const latest = latestProgress(action);
  return latest?.status ? latest.statusText : parseStatusText(action.comments).statusText;
}

/**
 * The comment and progress notes of an action, trimmed, blank ones left out.
 *
 * @example
 * notesOf(createAction({ id: 'a', comments: ' done ' })); // ['done']
 */
export function notesOf(action: Action): string[] {
  return [action.comments ?? '', ...action.progress.map((entry) => entry.text)].map((text) => text.trim()).filter((text) => text !== '');
}

/**
 * Whether a note says more than its status words: `complete. Next review … is in June.` does,
 * `done` does not. Seed 004's board keeps "a robust database of the evidence from completed
 * actions", so a bare status word is not evidence.
 *
 * @example
 * saysMoreThanStatus('done'); // false
 * saysMoreThanStatus('Completed: Morning Lane have been commissioned'); // true
 */
export function saysMoreThanStatus(note: string): boolean {
  const { statusText, dateText } = parseStatusText(note);
  let rest = note.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  for (const said of [statusText, dateText]) if (said) rest = rest.replace(said, ' ');
  return /\p{L}{2,}/u.test(rest);
}
