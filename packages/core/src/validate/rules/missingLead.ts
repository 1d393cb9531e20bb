import { describeAction, sentenceCase } from '../describe';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/** A leaf action with nobody leading it (seed 003 3.3 leaves both lead and DLT lead blank). */
export const missingLead = defineRule({
  code: 'missing-lead',
  defaultSeverity: 'warning',
  description: 'An action or milestone has no lead officer (actions with milestones take theirs from the milestones).',
  check: (context) => {
    const { parents, flags } = runIndex(context);
    return collectFlagged(context.plan.actions, flags, ActionFlag.blankLeads, (action, index) =>
      !parents.has(action.id)
        ? actionFinding(action, index, 'leads', `${sentenceCase(describeAction(action))} has no lead officer.`)
        : undefined,
    );
  },
});
