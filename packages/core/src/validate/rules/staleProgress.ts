import { daysBetween, formatDate } from '../../dates/index';
import { latestEntry } from '../../rag/index';
import { describeAction, sentenceCase } from '../describe';
import { isMarkedComplete } from '../evidence';
import { actionFinding } from '../locate';
import { daySpan } from '../realDate';
import type { RuleFinding } from '../rule';
import { defineRule } from '../rule';
import { parentIds } from '../siblings';

/**
 * No dated progress note within `staleDays` of the as-of date, for open work that has started.
 * Only plans that date their notes are checked (000 does: `May 2011 - On track.`; 003's comments
 * carry no date, so nothing there can be stale). A month counts from its last day, the kindest
 * reading of `May 2011`.
 */
export const staleProgress = defineRule({
  code: 'stale-progress',
  defaultSeverity: 'warning',
  description: 'Open work has no dated progress note within the stale period (60 days unless set) before the as-of date.',
  check: ({ plan, asOf, scheme, staleDays }) => {
    if (asOf === null || !plan.actions.some((action) => action.progress.some((entry) => entry.date !== null))) return [];
    const parents = parentIds(plan);
    return plan.actions.flatMap((action, index): RuleFinding[] => {
      if (parents.has(action.id) || (daySpan(action.start)?.first ?? asOf) > asOf) return [];
      const latest = latestEntry(action.progress);
      const writtenBy = daySpan(latest?.date ?? null)?.last;
      const days = writtenBy === undefined ? undefined : daysBetween(writtenBy, asOf);
      // Reading the status words costs most, so it comes last.
      if ((days !== undefined && days <= staleDays) || isMarkedComplete(action, scheme)) return [];
      const name = describeAction(action);
      if (latest?.date == null || days === undefined) {
        return [actionFinding(action, index, 'progress', `${sentenceCase(name)} has no dated progress note.`)];
      }
      const message =
        `The latest progress note of ${name} dates from ${formatDate(latest.date)}, ${days} days before ${formatDate(asOf)}: ` +
        `more than ${staleDays} days without an update.`;
      return [actionFinding(action, index, 'progress', message, [action.progress.indexOf(latest)])];
    });
  },
});
