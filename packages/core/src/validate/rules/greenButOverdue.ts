import { daysBetween, formatDate } from '../../dates/index';
import { levelFor } from '../../rag/index';
import { collect } from '../collect';
import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';

/**
 * Rated on track, yet past due and not complete (seed 003 rated 1.1 Amber for exactly that). A
 * month falls due on its last day, so `Feb-17` is overdue from 1 March 2017. Where Green also
 * means done, a comment that reports the work done counts (seed 003 1.6: `Pathway plans have been
 * updated with SMART plans.`), unless it also reports a problem.
 */
export const greenButOverdue = defineRule({
  code: 'green-but-overdue',
  defaultSeverity: 'warning',
  description: 'An action is rated on track (Green) but is past its due date and not complete.',
  check: ({ plan, scheme, asOf, facts }) => {
    const onTrack = scheme === undefined ? undefined : levelFor(scheme, 'on-track');
    if (scheme === undefined || onTrack === undefined || asOf === null) return [];
    const asOfWords = formatDate(asOf);
    return collect(plan.actions, (action, index) => {
      if (action.rag !== onTrack.id) return undefined;
      const { dueDay, evidence } = facts.of(action);
      if (dueDay === undefined || dueDay >= asOf || evidence.status === 'complete') return undefined;
      const days = daysBetween(dueDay, asOf);
      const message =
        `${sentenceCase(describeAction(action))} is rated ${onTrack.label}, but it was due ${facts.words(dueDay) ?? formatDate(dueDay)} ` +
        `(${days} ${days === 1 ? 'day' : 'days'} before ${asOfWords}) and is not complete.`;
      return actionFinding(action, index, 'rag', message);
    });
  },
});
