import type { Action } from '../../model/index';
import { describeAction, sentenceCase } from '../describe';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/** An action citing a recommendation the plan does not hold (seed 000's CQC recommendations have no list). */
export const unknownRecommendation = defineRule({
  code: 'unknown-recommendation',
  defaultSeverity: 'error',
  description: 'An action cites a recommendation that is not in the plan.',
  check: (context) => {
    const { plan } = context;
    const ids = new Set(plan.recommendations.map((recommendation) => recommendation.id));
    const cites = (action: Action, index: number) =>
      action.recommendationIds.flatMap((id, idIndex) =>
        ids.has(id)
          ? []
          : [actionFinding(action, index, 'recommendationIds', `${sentenceCase(describeAction(action))} cites recommendation "${id}", which is not in the plan.`, [idIndex])],
      );
    // Almost every action cites only recommendations the plan holds: only the others are looked at.
    return collectFlagged(plan.actions, runIndex(context).flags, ActionFlag.citesUnknown, cites);
  },
});
