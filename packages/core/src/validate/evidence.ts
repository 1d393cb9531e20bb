import type { Action } from '../model/index';
import type { RagScheme } from '../rag/index';
import { deliveryEvidence, findLevel } from '../rag/index';
import { parseStatusText } from '../status/index';

/**
 * Whether an action's words or its rating say it is complete (BRAG's Blue, seed 000's "Action
 * completed and desired outcome achieved").
 *
 * @example
 * isMarkedComplete(createAction({ id: 'a', comments: 'done' }), getScheme('rag')); // true
 */
export function isMarkedComplete(action: Action, scheme: RagScheme | undefined): boolean {
  return deliveryEvidence(action).status === 'complete' || (scheme !== undefined && findLevel(scheme, action.rag)?.complete === true);
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
 * Whether a note says more than its date and status words: `complete. Next review … is in June.`
 * does, `done` and `April 2011 - Achieved.` do not. Seed 004's board keeps "a robust database of
 * the evidence from completed actions", so a bare status word is not evidence.
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
