import type { Action } from '../../model/index';
import { collect } from '../collect';
import { describeAction, quoteShort, sentenceCase } from '../describe';
import { isMarkedComplete, notesOf, saysMoreThanStatus } from '../evidence';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';

/**
 * Complete with nothing to show for it. Seed 004's Improvement Board must "Maintain a robust
 * database of the evidence from completed actions"; a note that only says `done` (seed 003 1.8)
 * records the claim, not the evidence.
 */
export const completeWithoutEvidence = defineRule({
  code: 'complete-without-evidence',
  defaultSeverity: 'warning',
  description: 'An action is marked complete but no progress note or comment says what was done.',
  check: ({ plan, scheme, facts }) => {
    // Plans repeat their notes (`complete`, `done`): each distinct note is judged once.
    const judged = new Map<string, boolean>();
    const evidences = (note: string): boolean => {
      let says = judged.get(note);
      if (says === undefined) {
        says = saysMoreThanStatus(note, facts);
        judged.set(note, says);
      }
      return says;
    };
    return collect(plan.actions, (action, index) => {
      if (!isMarkedComplete(action, scheme, facts, index)) return undefined;
      const notes = notesOf(action);
      if (notes.some(evidences)) return undefined;
      const name = sentenceCase(describeAction(action));
      const message =
        notes.length === 0
          ? `${name} is marked complete but has no progress note or comment to evidence it.`
          : `${name} is marked complete, but its note only says ${quoteShort(notes.join(' '))}: record what was done and where the evidence is.`;
      return actionFinding(action, index, noteField(action), message);
    });
  },
});

/** Where the evidence is, or would go: the comment column in plans that keep one (003), else the progress notes. */
function noteField(action: Action): 'comments' | 'progress' {
  if ((action.comments ?? '').trim() !== '') return 'comments';
  if (action.progress.length > 0) return 'progress';
  return action.source?.cells?.comments === undefined ? 'progress' : 'comments';
}
