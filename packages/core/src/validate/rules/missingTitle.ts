import { describeAction, sentenceCase } from '../describe';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/** An action or milestone whose text is blank (seed 003 A6.2 and A6.3 have dates, leads and a RAG, but no action). */
export const missingTitle = defineRule({
  code: 'missing-title',
  defaultSeverity: 'warning',
  description: 'An action or milestone has no text saying what is to be done.',
  check: (context) =>
    collectFlagged(context.plan.actions, runIndex(context).flags, ActionFlag.blankTitle, (action, index) =>
      actionFinding(action, index, 'title', `${sentenceCase(describeAction(action))} has no text saying what is to be done.`),
    ),
});
