import { describeAction, sentenceCase } from '../describe';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/** A reported rating the plan's scheme has no level for, or a scheme nobody knows. */
export const unknownRag = defineRule({
  code: 'unknown-rag',
  defaultSeverity: 'error',
  description: "A reported RAG rating is not a level of the plan's RAG scheme.",
  check: (context) => {
    const { plan, scheme } = context;
    if (scheme === undefined) {
      const message = `The plan's RAG scheme "${plan.ragScheme}" is not one this tool knows, so its ratings could not be checked.`;
      return [{ message, path: ['ragScheme'] }];
    }
    const labels = scheme.levels.map((level) => level.label).join(', ');
    // Short labels help (Red, Amber, Green); seed 000's sentence-long ones would bury the message.
    const listed = labels.length <= 60 ? ` (${labels})` : '';
    return collectFlagged(plan.actions, runIndex(context).flags, ActionFlag.ragOutsideScheme, (action, index) =>
      actionFinding(action, index, 'rag', `${sentenceCase(describeAction(action))} is rated "${action.rag}", which is not a level of the ${scheme.name} scheme${listed}.`),
    );
  },
});
