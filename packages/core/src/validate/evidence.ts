import type { Action } from '../model/index';
import type { PlanFacts, RagScheme } from '../rag/index';
import { findLevel } from '../rag/index';

/**
 * Whether an action's status, its words or its rating say it is complete (BRAG's Blue, seed 000's
 * "Action completed and desired outcome achieved"). A sentence that only implies it (`These are in
 * use.`) does not mark it: see {@link isDone}.
 *
 * @example
 * isMarkedComplete(createAction({ id: 'a', comments: 'done' }), getScheme('rag'), facts); // true
 */
export function isMarkedComplete(action: Action, scheme: RagScheme | undefined, facts: PlanFacts, position?: number): boolean {
  const { evidence } = facts.of(action, position);
  return (evidence.status === 'complete' && evidence.evidence === 'stated') || completeLevel(action, scheme);
}

/**
 * Whether the work is done on any evidence, stated or implied (`All minutes are uploaded.`).
 *
 * @example
 * isDone(createAction({ id: 'a', comments: 'All minutes are uploaded.' }), getScheme('rag'), facts); // true
 */
export function isDone(action: Action, scheme: RagScheme | undefined, facts: PlanFacts, position?: number): boolean {
  return facts.of(action, position).evidence.status === 'complete' || completeLevel(action, scheme);
}

function completeLevel(action: Action, scheme: RagScheme | undefined): boolean {
  return scheme !== undefined && action.rag !== null && findLevel(scheme, action.rag)?.complete === true;
}

/**
 * The comment and progress notes of an action as written, blank ones left out.
 *
 * @example
 * notesOf(createAction({ id: 'a', comments: 'done', progress: [] })); // ['done']
 */
export function notesOf(action: Action): string[] {
  const notes: string[] = [];
  if (action.comments !== null && action.comments.trim() !== '') notes.push(action.comments);
  for (const entry of action.progress) if (entry.text.trim() !== '') notes.push(entry.text);
  return notes;
}

/**
 * Whether a note says more than its date and status words: `complete. Next review … is in June.`
 * does, `done` and `April 2011 - Achieved.` do not. Seed 004's board keeps "a robust database of
 * the evidence from completed actions", so a bare status word is not evidence.
 *
 * @example
 * saysMoreThanStatus('done', facts); // false
 * saysMoreThanStatus('Completed: Morning Lane have been commissioned', facts); // true
 */
export function saysMoreThanStatus(note: string, facts: PlanFacts): boolean {
  const { statusText, dateText } = facts.reading(note);
  let rest = note.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
  for (const said of [statusText, dateText]) if (said) rest = rest.replace(said, ' ');
  return /\p{L}{2,}/u.test(rest);
}
