import { describeAction, sentenceCase } from '../describe';
import { statusOf, statusWordsOf } from '../evidence';
import { actionFinding } from '../locate';
import { isWorstLevel, reportedLevel } from '../ragReading';
import { defineRule } from '../rule';

/** Rated at the scheme's worst level while its own words say it is complete. */
export const redButComplete = defineRule({
  code: 'red-but-complete',
  defaultSeverity: 'warning',
  description: "An action is rated at the scheme's worst level (Red) but is marked complete.",
  check: ({ plan, scheme }) =>
    plan.actions.flatMap((action, index) => {
      const level = reportedLevel(action, scheme);
      if (level === undefined || scheme === undefined || !isWorstLevel(level, scheme) || statusOf(action) !== 'complete') return [];
      const words = statusWordsOf(action);
      const said = words === null ? '' : ` ("${words}")`;
      return [actionFinding(action, index, 'rag', `${sentenceCase(describeAction(action))} is rated ${level.label}, but it is marked complete${said}.`)];
    }),
});
