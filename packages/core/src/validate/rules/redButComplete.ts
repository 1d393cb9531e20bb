import { levelFor } from '../../rag/index';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/**
 * Rated at the scheme's worst level (Red; seed 000's "not achieved, support required") while its
 * own status or status words say complete. A sentence that only implies completion is too weak to
 * contradict a Red.
 */
export const redButComplete = defineRule({
  code: 'red-but-complete',
  defaultSeverity: 'warning',
  description: "An action is rated at the scheme's worst level (Red) but is marked complete.",
  check: (context) => {
    const { plan, scheme, facts } = context;
    const worst = scheme === undefined ? undefined : levelFor(scheme, 'off-track');
    if (scheme === undefined || worst === undefined) return [];
    return collectFlagged(plan.actions, runIndex(context).flags, ActionFlag.ragWorst, (action, index) => {
      const { evidence } = facts.of(action, index);
      if (evidence.status !== 'complete' || evidence.evidence !== 'stated') return undefined;
      const words = action.status === null ? evidence.reading.statusText : null;
      const said = words === null ? '' : ` ("${words}")`;
      return actionFinding(action, index, 'rag', `${sentenceCase(describeAction(action))} is rated ${worst.label}, but it is marked complete${said}.`);
    });
  },
});
