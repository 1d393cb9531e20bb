import { describeRecommendation, sentenceCase } from '../describe';
import { recommendationFinding } from '../locate';
import { defineRule } from '../rule';

/** A recommendation no action answers (seed 004 lost S1's actions (1)–(8) to a page break). */
export const recommendationWithoutAction = defineRule({
  code: 'recommendation-without-action',
  defaultSeverity: 'warning',
  description: 'A recommendation has no action or milestone answering it.',
  check: ({ plan }) => {
    const answered = new Set<string>();
    for (const action of plan.actions) for (const id of action.recommendationIds) answered.add(id);
    return plan.recommendations.flatMap((recommendation, index) =>
      answered.has(recommendation.id)
        ? []
        : [recommendationFinding(recommendation, index, 'text', `${sentenceCase(describeRecommendation(recommendation))} has no action.`)],
    );
  },
});
