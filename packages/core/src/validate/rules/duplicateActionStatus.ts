import type { Action, DeliveryStatus } from '../../model/index';
import type { PlanFacts } from '../../rag/index';
import { byId } from '../byId';
import { describeAction, describeRecommendations, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import type { RuleFinding } from '../rule';
import { defineRule } from '../rule';
import { titleKey } from '../titleKey';
import { sameBuckets } from '../titleBuckets';

/**
 * The same action, word for word, under different recommendations, with statuses that disagree
 * (seed 004 repeats S7's actions under LAC4: S7 (5) has no status where LAC4 (5) says `Completed:`).
 * The work is one piece of work, so one of the two records is wrong. Only stated statuses count:
 * a sentence that merely implies completion is not a record to contradict.
 */
export const duplicateActionStatus = defineRule({
  code: 'duplicate-action-status',
  defaultSeverity: 'warning',
  description: 'The same action appears under different recommendations with different statuses.',
  check: ({ plan, facts }) => {
    const recommendations = byId(plan.recommendations);
    const answers = (action: Action): string => describeRecommendations(recommendations, action.recommendationIds);
    const found: Array<{ index: number; finding: RuleFinding }> = [];
    for (const members of sameBuckets(plan.actions)) {
      // The first action of each folded title in this bucket; titles as written are compared before
      // folding (generated and copied plans repeat titles verbatim).
      const firsts: Array<{ action: Action; key: string | undefined }> = [];
      for (const index of members) {
        const action = plan.actions[index]!;
        let key: string | undefined;
        const other = firsts.find(
          (first) => first.action.title === action.title || (first.key ??= titleKey(first.action.title)) === (key ??= titleKey(action.title)),
        )?.action;
        if (other === undefined) {
          firsts.push({ action, key });
          continue;
        }
        const status = statedStatus(action, facts);
        const otherStatus = statedStatus(other, facts);
        if (status === otherStatus || sameRecommendations(other, action)) continue;
        const message =
          `${sentenceCase(describeAction(action))} under ${answers(action)} repeats ${describeAction(other)} under ${answers(other)}, ` +
          `but their statuses differ: ${statusName(status ?? null)} here, ${statusName(otherStatus ?? null)} there.`;
        found.push({ index, finding: actionFinding(action, index, 'status', message) });
      }
    }
    // Buckets come in bucket order: findings go out in plan order, one at most per action.
    return found.sort((a, b) => a.index - b.index).map(({ finding }) => finding);
  },
});

function statedStatus(action: Action, facts: PlanFacts): DeliveryStatus | null {
  const { evidence } = facts.of(action);
  return evidence.evidence === 'stated' ? evidence.status : null;
}

function sameRecommendations(a: Action, b: Action): boolean {
  return [...a.recommendationIds].sort().join('|') === [...b.recommendationIds].sort().join('|');
}

function statusName(status: DeliveryStatus | null): string {
  return status === null ? 'no status' : status.replace('-', ' ');
}
