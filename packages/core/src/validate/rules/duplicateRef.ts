import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import type { RefReading } from '../refNumber';
import type { RuleFinding } from '../rule';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/** The same ref twice in one series (seed 000: milestone 20.1 appears twice under action 20). */
export const duplicateRef = defineRule({
  code: 'duplicate-ref',
  defaultSeverity: 'warning',
  description: 'Two actions or milestones in the same series share a reference number.',
  check: (context) => {
    const { refs, groups } = runIndex(context);
    const found: RuleFinding[] = [];
    for (const { where, indexes } of groups().perRecommendation) {
      const keys = indexes.length > smallGroup ? new Map<string, number>() : undefined;
      for (let i = 0; i < indexes.length; i += 1) {
        const index = indexes[i]!;
        const reading = refs[index];
        if (reading == null) continue;
        const count = keys === undefined ? 1 + countEarlier(reading.repeatKey, refs, indexes, i) : countIn(keys, reading.repeatKey);
        if (count === 1) continue;
        const action = context.plan.actions[index]!;
        const times = count === 2 ? 'twice' : `${count} times`;
        found.push(actionFinding(action, index, 'ref', `${sentenceCase(describeAction(action))} appears ${times} ${where}.`));
      }
    }
    return found;
  },
});

// Most series hold a handful of refs: comparing with the earlier ones costs less than a map per series.
const smallGroup = 12;

function countEarlier(key: string, refs: ReadonlyArray<RefReading | null>, indexes: readonly number[], before: number): number {
  let count = 0;
  for (let j = 0; j < before; j += 1) if (refs[indexes[j]!]?.repeatKey === key) count += 1;
  return count;
}

function countIn(keys: Map<string, number>, key: string): number {
  const count = (keys.get(key) ?? 0) + 1;
  keys.set(key, count);
  return count;
}
