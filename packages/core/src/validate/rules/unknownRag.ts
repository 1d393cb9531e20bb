import { describeAction, sentenceCase } from '../describe';
import { collect } from '../collect';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';

/** A reported rating the plan's scheme has no level for, or a scheme nobody knows. */
export const unknownRag = defineRule({
  code: 'unknown-rag',
  defaultSeverity: 'error',
  description: "A reported RAG rating is not a level of the plan's RAG scheme.",
  check: ({ plan, scheme }) => {
    if (scheme === undefined) {
      const message = `The plan's RAG scheme "${plan.ragScheme}" is not one this tool knows, so its ratings could not be checked.`;
      return [{ message, path: ['ragScheme'] }];
    }
    const ids = new Set(scheme.levels.map((level) => level.id));
    const labels = scheme.levels.map((level) => level.label).join(', ');
    // Short labels help (Red, Amber, Green); seed 000's sentence-long ones would bury the message.
    const listed = labels.length <= 60 ? ` (${labels})` : '';
    return collect(plan.actions, (action, index) =>
      action.rag === null || ids.has(action.rag)
        ? undefined
        : actionFinding(
            action,
            index,
            'rag',
            `${sentenceCase(describeAction(action))} is rated "${action.rag}", which is not a level of the ${scheme.name} scheme${listed}.`,
          ),
    );
  },
});
