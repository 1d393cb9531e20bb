import type { Action, DeliveryStatus } from '../../model/index';
import { foldText } from '../../match/index';
import { deliveryEvidence } from '../../rag/index';
import { byId } from '../byId';
import { describeAction, describeRecommendations, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';

/**
 * The same action, word for word, under different recommendations, with statuses that disagree
 * (seed 004 repeats S7's actions under LAC4: S7 (5) has no status where LAC4 (5) says `Completed:`).
 * The work is one piece of work, so one of the two records is wrong.
 */
export const duplicateActionStatus = defineRule({
  code: 'duplicate-action-status',
  defaultSeverity: 'warning',
  description: 'The same action appears under different recommendations with different statuses.',
  check: ({ plan }) => {
    const firstByTitle = new Map<string, Action>();
    const recommendations = byId(plan.recommendations);
    const answers = (action: Action): string => describeRecommendations(recommendations, action.recommendationIds);
    return plan.actions.flatMap((action, index) => {
      const title = foldText(action.title);
      if (title === '') return [];
      const other = firstByTitle.get(title);
      if (other === undefined) {
        firstByTitle.set(title, action);
        return [];
      }
      const [status, otherStatus] = [action, other].map((each) => deliveryEvidence(each).status);
      if (sameRecommendations(other, action) || status === otherStatus) return [];
      const message =
        `${sentenceCase(describeAction(action))} under ${answers(action)} repeats ${describeAction(other)} under ${answers(other)}, ` +
        `but their statuses differ: ${statusName(status ?? null)} here, ${statusName(otherStatus ?? null)} there.`;
      return [actionFinding(action, index, 'status', message)];
    });
  },
});

function sameRecommendations(a: Action, b: Action): boolean {
  return [...a.recommendationIds].sort().join('|') === [...b.recommendationIds].sort().join('|');
}

function statusName(status: DeliveryStatus | null): string {
  return status === null ? 'no status' : status.replace('-', ' ');
}
