import { formatDate } from '../../dates/index';
import { describeAction, sentenceCase } from '../describe';
import { collect } from '../collect';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';

/**
 * A start later than the due date. Dates keep their precision, so a start in `Jun-17` and a due
 * date of `Jun-2017` (seed 003 3.4) is the same month, not a clash: the start counts from its first
 * day and the due date to its last.
 */
export const startAfterDue = defineRule({
  code: 'start-after-due',
  defaultSeverity: 'error',
  description: 'An action or milestone starts after it is due.',
  check: ({ plan, facts }) =>
    collect(plan.actions, (action, index) => {
      const start = facts.days(action.start);
      const due = facts.days(action.due);
      if (start === undefined || due === undefined || start.first <= due.last) return undefined;
      const message = `${sentenceCase(describeAction(action))} has a start date (${formatDate(action.start!)}) after its due date (${formatDate(action.due!)}).`;
      return actionFinding(action, index, 'start', message);
    }),
});
