import { formatDate } from '../../dates/index';
import { describeAction, sentenceCase } from '../describe';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/**
 * A start later than the due date. Dates keep their precision, so a start in `Jun-17` and a due
 * date of `Jun-2017` (seed 003 3.4) is the same month, not a clash: the start counts from its first
 * day and the due date to its last.
 */
export const startAfterDue = defineRule({
  code: 'start-after-due',
  defaultSeverity: 'error',
  description: 'An action or milestone starts after it is due.',
  check: (context) =>
    collectFlagged(context.plan.actions, runIndex(context).flags, ActionFlag.startAfterDue, (action, index) => {
      const message = `${sentenceCase(describeAction(action))} has a start date (${formatDate(action.start!)}) after its due date (${formatDate(action.due!)}).`;
      return actionFinding(action, index, 'start', message);
    }),
});
