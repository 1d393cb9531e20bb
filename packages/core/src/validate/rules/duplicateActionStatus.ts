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
    // Read in plan order once, where the run's facts find each action at once, rather than bucket by bucket.
    let stated: Array<DeliveryStatus | null> | undefined;
    for (const members of sameBuckets(plan.actions)) {
      stated ??= plan.actions.map((action, index) => statedStatus(action, index, facts));
      // The first action of each folded title in this bucket, in plan order; titles as written are
      // compared before folding (generated and copied plans repeat titles verbatim), and each title
      // is folded at most once. Most buckets hold one title: their members are matched to the first
      // member without a list.
      const head = members[0]!;
      const headTitle = plan.actions[head]!.title;
      let firsts: FirstOfTitle[] | undefined;
      for (let k = 1; k < members.length; k += 1) {
        const index = members[k]!;
        const action = plan.actions[index]!;
        let first = head;
        if (action.title !== headTitle) {
          firsts ??= [{ index: head, title: headTitle, key: undefined }];
          const earlier = firstOfTitle(firsts, index, action.title);
          if (earlier === undefined) continue;
          first = earlier;
        }
        const status = stated[index] ?? null;
        const otherStatus = stated[first] ?? null;
        const other = plan.actions[first]!;
        if (status === otherStatus || sameRecommendations(other, action)) continue;
        const message =
          `${sentenceCase(describeAction(action))} under ${answers(action)} repeats ${describeAction(other)} under ${answers(other)}, ` +
          `but their statuses differ: ${statusName(status)} here, ${statusName(otherStatus)} there.`;
        found.push({ index, finding: actionFinding(action, index, 'status', message) });
      }
    }
    // Buckets come in bucket order: findings go out in plan order, one at most per action.
    return found.sort((a, b) => a.index - b.index).map(({ finding }) => finding);
  },
});

/** The first action of a folded title within a bucket, with the title folded once it is asked for. */
interface FirstOfTitle {
  index: number;
  title: string;
  key: string | undefined;
}

/**
 * The position of the first action whose title folds as this title (at `index`) does, or undefined
 * after adding it as the first of its own (the list is in plan order, as the bucket's members come).
 */
function firstOfTitle(firsts: FirstOfTitle[], index: number, title: string): number | undefined {
  let key: string | undefined;
  for (const other of firsts) {
    if (other.title === title || (other.key ??= titleKey(other.title)) === (key ??= titleKey(title))) return other.index;
  }
  firsts.push({ index, title, key });
  return undefined;
}

function statedStatus(action: Action, index: number, facts: PlanFacts): DeliveryStatus | null {
  const { evidence } = facts.of(action, index);
  return evidence.evidence === 'stated' ? evidence.status : null;
}

function sameRecommendations(a: Action, b: Action): boolean {
  const x = a.recommendationIds;
  const y = b.recommendationIds;
  if (x.length === 1 && y.length === 1) return x[0] === y[0];
  return [...a.recommendationIds].sort().join('|') === [...b.recommendationIds].sort().join('|');
}

function statusName(status: DeliveryStatus | null): string {
  return status === null ? 'no status' : status.replace('-', ' ');
}
