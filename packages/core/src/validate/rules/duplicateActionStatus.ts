import type { Action, DeliveryStatus } from '../../model/index';
import type { PlanFacts } from '../../rag/index';
import { byId } from '../byId';
import { collect } from '../collect';
import { describeAction, describeRecommendations, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { titleBucket, titleKey } from '../titleKey';

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
    // The first action of each folded title, bucketed by the ends of the title so that only titles
    // sharing a bucket (repeats, and titles that differ only in the middle) are folded and compared.
    const firstByTitle = new Map<number, Array<{ action: Action; key: string | undefined }>>();
    const recommendations = byId(plan.recommendations);
    const answers = (action: Action): string => describeRecommendations(recommendations, action.recommendationIds);
    return collect(plan.actions, (action, index) => {
      const bucketKey = titleBucket(action.title);
      if (bucketKey === 0) return undefined;
      const bucket = firstByTitle.get(bucketKey);
      if (bucket === undefined) {
        firstByTitle.set(bucketKey, [{ action, key: undefined }]);
        return undefined;
      }
      // The same title as written needs no folding (generated and copied plans repeat titles verbatim).
      let key: string | undefined;
      const other = bucket.find(
        (first) => first.action.title === action.title || (first.key ??= titleKey(first.action.title)) === (key ??= titleKey(action.title)),
      )?.action;
      if (other === undefined) {
        bucket.push({ action, key: key ?? titleKey(action.title) });
        return undefined;
      }
      const status = statedStatus(action, facts);
      const otherStatus = statedStatus(other, facts);
      if (status === otherStatus || sameRecommendations(other, action)) return undefined;
      const message =
        `${sentenceCase(describeAction(action))} under ${answers(action)} repeats ${describeAction(other)} under ${answers(other)}, ` +
        `but their statuses differ: ${statusName(status ?? null)} here, ${statusName(otherStatus ?? null)} there.`;
      return actionFinding(action, index, 'status', message);
    });
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
