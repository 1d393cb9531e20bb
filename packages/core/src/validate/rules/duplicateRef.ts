import { describeAction, displayRef, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { formatRefNumber, refReader } from '../refNumber';
import { defineRule } from '../rule';
import { numberingGroups } from '../siblings';

/** The same ref twice in one series (seed 000: milestone 20.1 appears twice under action 20). */
export const duplicateRef = defineRule({
  code: 'duplicate-ref',
  defaultSeverity: 'warning',
  description: 'Two actions or milestones in the same series share a reference number.',
  check: ({ plan, facts }) => {
    const readRef = refReader();
    return numberingGroups(plan, { perRecommendation: true }, facts.actionsById).flatMap(({ where, members }) => {
      const seen = new Map<string, number>();
      return members.flatMap(({ action, index }) => {
        if (action.ref === null || action.ref.trim() === '') return [];
        const parsed = readRef(action.ref);
        const key = parsed === null ? displayRef(action.ref).toLowerCase() : formatRefNumber({ ...parsed, bracketed: false });
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count === 1) return [];
        const times = count === 2 ? 'twice' : `${count} times`;
        return [actionFinding(action, index, 'ref', `${sentenceCase(describeAction(action))} appears ${times} ${where}.`)];
      });
    });
  },
});
