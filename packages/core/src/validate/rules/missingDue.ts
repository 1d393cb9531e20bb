import { describeAction, sentenceCase } from '../describe';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/**
 * A leaf action with no due date at all (seed 001 7.1.6 leaves its timescale blank). A due date
 * written but not understood is `invalid-date`'s business, not this rule's.
 */
export const missingDue = defineRule({
  code: 'missing-due-date',
  defaultSeverity: 'warning',
  description: 'An action or milestone has no due date (actions with milestones take theirs from the milestones).',
  check: (context) => {
    const { parents, flags } = runIndex(context);
    return collectFlagged(context.plan.actions, flags, ActionFlag.noDue, (action, index) =>
      !parents.has(action.id)
        ? actionFinding(action, index, 'due', `${sentenceCase(describeAction(action))} has no due date.`)
        : undefined,
    );
  },
});
