import { parseDate } from '../../dates/index';
import type { IsoDay, PartialDate } from '../../model/index';
import type { PlanFacts } from '../../rag/index';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

const fields = {
  start: { text: 'startText', name: 'start date' },
  due: { text: 'dueText', name: 'due date' },
} as const;

/**
 * A start or due date that cannot be used: text the importer could not read into a date (seed 004
 * LAC11 `31.9.12`: September has 30 days, and it must never roll into October), or an ISO value
 * with a day its month does not have. The words come from the date parser, which knows why.
 */
export const invalidDate = defineRule({
  code: 'invalid-date',
  defaultSeverity: 'error',
  description: 'A start or due date cannot be read or is not a real date.',
  check: (context) => {
    const { plan, asOf, facts } = context;
    return collectFlagged(plan.actions, runIndex(context).flags, ActionFlag.dateToCheck, (action, index) =>
      (['start', 'due'] as const).flatMap((field) => {
        const problem = dateProblem(action[field], action[fields[field].text], asOf, facts);
        if (problem === null) return [];
        return [actionFinding(action, index, field, `${sentenceCase(fields[field].name)} of ${describeAction(action)}: ${problem}`)];
      }),
    );
  },
});

function dateProblem(value: PartialDate | null, text: string | null, asOf: IsoDay | null, facts: PlanFacts): string | null {
  if (value !== null) return facts.days(value) === undefined ? `${value} is not a real date.` : null;
  if (text === null || text.trim() === '') return null;
  const parsed = parseDate(text, asOf === null ? {} : { referenceDate: asOf });
  const problem = parsed.issues.find((issue) => issue.severity !== 'info');
  if (problem !== undefined) return problem.message;
  return parsed.ok ? null : `"${text.trim()}" cannot be read as a date.`;
}
