import { firstDay, lastDay, parseDate } from '../../dates/index';
import type { Action, PartialDate } from '../../model/index';
import { describeAction } from '../describe';
import { actionFinding } from '../locate';
import type { RuleFinding } from '../rule';
import { defineRule } from '../rule';

const fieldNames = { start: 'start date', due: 'due date' } as const;

/**
 * A start or due date that is not a real date: text the importer could not read (seed 004 LAC11
 * `31.9.12`: September has 30 days; it must never roll into October), a range that runs backwards,
 * or an ISO value with a day its month does not have.
 */
export const invalidDate = defineRule({
  code: 'invalid-date',
  defaultSeverity: 'error',
  description: 'A start or due date cannot be read, is not a real date, or runs backwards.',
  check: ({ plan }) =>
    plan.actions.flatMap((action, index) =>
      (['start', 'due'] as const).flatMap((field) => {
        const problem = dateProblem(action[field], action[`${field}Text`]);
        if (problem === null) return [];
        const message = `The ${fieldNames[field]} of ${describeAction(action)} ${problem}`;
        return [actionFinding(action, index, field, message)] satisfies RuleFinding[];
      }),
    ),
});

function dateProblem(value: PartialDate | null, text: string | null): string | null {
  if (value !== null) return isRealDay(value) ? null : `(${value}) is not a real date.`;
  if (text === null || text.trim() === '') return null;
  const parsed = parseDate(text);
  const quoted = `"${text.trim()}"`;
  if (!parsed.ok) {
    const reason = parsed.issues[0]?.message;
    return reason === undefined ? `${quoted} cannot be read as a date.` : `${quoted} cannot be read as a date: ${reason}`;
  }
  const { start, value: end } = parsed.date;
  if (start !== null && end !== null && firstDay(start) > lastDay(end)) return `${quoted} runs backwards: it ends before it starts.`;
  return null;
}

function isRealDay(value: PartialDate): boolean {
  return value.length !== 10 || lastDay(value.slice(0, 7)) >= value;
}
