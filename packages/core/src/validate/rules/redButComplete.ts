import { deliveryEvidence, findLevel, levelFor } from '../../rag/index';
import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';

/** Rated at the scheme's worst level (Red; seed 000's "not achieved, support required") while its own words say complete. */
export const redButComplete = defineRule({
  code: 'red-but-complete',
  defaultSeverity: 'warning',
  description: "An action is rated at the scheme's worst level (Red) but is marked complete.",
  check: ({ plan, scheme }) => {
    const worst = scheme === undefined ? undefined : levelFor(scheme, 'off-track');
    if (scheme === undefined || worst === undefined) return [];
    return plan.actions.flatMap((action, index) => {
      if (findLevel(scheme, action.rag) !== worst) return [];
      const evidence = deliveryEvidence(action);
      if (evidence.status !== 'complete') return [];
      const words = action.status === null ? evidence.reading.statusText : null;
      const said = words === null ? '' : ` ("${words}")`;
      return [actionFinding(action, index, 'rag', `${sentenceCase(describeAction(action))} is rated ${worst.label}, but it is marked complete${said}.`)];
    });
  },
});
