import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import type { RuleFinding } from '../rule';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';
import { numberingGroups } from '../siblings';

/** The same ref twice in one series (seed 000: milestone 20.1 appears twice under action 20). */
export const duplicateRef = defineRule({
  code: 'duplicate-ref',
  defaultSeverity: 'warning',
  description: 'Two actions or milestones in the same series share a reference number.',
  check: (context) => {
    const { readRef } = runIndex(context);
    const found: RuleFinding[] = [];
    for (const { where, actions, indexes } of numberingGroups(context.plan, { perRecommendation: true }, context.facts.actionsById)) {
      const seen = new Map<string, number>();
      for (let i = 0; i < actions.length; i += 1) {
        const action = actions[i]!;
        if (action.ref === null || action.ref.trim() === '') continue;
        const key = readRef(action.ref).repeatKey;
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count === 1) continue;
        const times = count === 2 ? 'twice' : `${count} times`;
        found.push(actionFinding(action, indexes[i]!, 'ref', `${sentenceCase(describeAction(action))} appears ${times} ${where}.`));
      }
    }
    return found;
  },
});
