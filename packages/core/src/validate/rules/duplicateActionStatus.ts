import type { Action, DeliveryStatus, Plan } from '../../model/index';
import { foldText } from '../../match/index';
import { deliveryEvidence } from '../../rag/index';
import { describeAction, describeRecommendation, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import type { IndexedAction } from '../siblings';

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
    const firstByTitle = new Map<string, IndexedAction>();
    return plan.actions.flatMap((action, index) => {
      const title = foldText(action.title);
      if (title === '') return [];
      const first = firstByTitle.get(title);
      if (first === undefined) {
        firstByTitle.set(title, { action, index });
        return [];
      }
      const other = first.action;
      const [status, otherStatus] = [action, other].map((each) => deliveryEvidence(each).status);
      if (sameRecommendations(other, action) || status === otherStatus) return [];
      const message =
        `${sentenceCase(describeAction(action))} under ${answers(plan, action)} repeats ${describeAction(other)} under ${answers(plan, other)}, ` +
        `but their statuses differ: ${statusName(status ?? null)} here, ${statusName(otherStatus ?? null)} there.`;
      return [actionFinding(action, index, 'status', message)];
    });
  },
});

function sameRecommendations(a: Action, b: Action): boolean {
  return [...a.recommendationIds].sort().join('|') === [...b.recommendationIds].sort().join('|');
}

function answers(plan: Plan, action: Action): string {
  const names = action.recommendationIds.map((id) => {
    const recommendation = plan.recommendations.find((candidate) => candidate.id === id);
    return recommendation === undefined ? `"${id}"` : describeRecommendation(recommendation);
  });
  return names.length === 0 ? 'no recommendation' : names.join(' and ');
}

function statusName(status: DeliveryStatus | null): string {
  return status === null ? 'no status' : status.replace('-', ' ');
}
