import { daysBetween, formatDate, lastDay } from '../../dates/index';
import { describeAction, sentenceCase } from '../describe';
import { statusOf } from '../evidence';
import { actionFinding } from '../locate';
import { isOnTrackLevel, reportedLevel } from '../ragReading';
import { defineRule } from '../rule';

/**
 * Rated on track, yet past due and not complete (seed 003 1.1 was Amber for exactly that; a month
 * falls due on its last day, so `Feb-17` is overdue from 1 March 2017).
 */
export const greenButOverdue = defineRule({
  code: 'green-but-overdue',
  defaultSeverity: 'warning',
  description: 'An action is rated on track (Green) but is past its due date and not complete.',
  check: ({ plan, scheme, asOf }) => {
    if (scheme === undefined || asOf === null) return [];
    return plan.actions.flatMap((action, index) => {
      const level = reportedLevel(action, scheme);
      if (level === undefined || !isOnTrackLevel(level, scheme) || action.due === null) return [];
      const dueDay = lastDay(action.due);
      if (dueDay >= asOf || statusOf(action) === 'complete') return [];
      const days = daysBetween(dueDay, asOf);
      const message =
        `${sentenceCase(describeAction(action))} is rated ${level.label}, but it was due ${formatDate(dueDay)} ` +
        `(${days} ${days === 1 ? 'day' : 'days'} before ${formatDate(asOf)}) and is not complete.`;
      return [actionFinding(action, index, 'rag', message)];
    });
  },
});
