import { daysBetween, formatDate } from '../../dates/index';
import { deliveryEvidence, findLevel, levelFor } from '../../rag/index';
import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { daySpan } from '../realDate';
import { defineRule } from '../rule';

/**
 * Rated on track, yet past due and not complete (seed 003 rated 1.1 Amber for exactly that). A
 * month falls due on its last day, so `Feb-17` is overdue from 1 March 2017.
 */
export const greenButOverdue = defineRule({
  code: 'green-but-overdue',
  defaultSeverity: 'warning',
  description: 'An action is rated on track (Green) but is past its due date and not complete.',
  check: ({ plan, scheme, asOf }) => {
    const onTrack = scheme === undefined ? undefined : levelFor(scheme, 'on-track');
    if (scheme === undefined || onTrack === undefined || asOf === null) return [];
    return plan.actions.flatMap((action, index) => {
      const dueDay = daySpan(action.due)?.last;
      if (findLevel(scheme, action.rag) !== onTrack || dueDay === undefined || dueDay >= asOf) return [];
      if (deliveryEvidence(action).status === 'complete') return [];
      const days = daysBetween(dueDay, asOf);
      const message =
        `${sentenceCase(describeAction(action))} is rated ${onTrack.label}, but it was due ${formatDate(dueDay)} ` +
        `(${days} ${days === 1 ? 'day' : 'days'} before ${formatDate(asOf)}) and is not complete.`;
      return [actionFinding(action, index, 'rag', message)];
    });
  },
});
