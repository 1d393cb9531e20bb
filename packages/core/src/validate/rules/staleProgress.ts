import { formatDate } from '../../dates/index';
import type { PartialDate } from '../../model/index';
import { collect } from '../collect';
import { describeAction, sentenceCase } from '../describe';
import { isDone } from '../evidence';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

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
  check: (context) => {
    const { plan, asOf, scheme, staleDays, facts } = context;
    if (asOf === null || !plan.actions.some((action) => action.progress.some((entry) => entry.date !== null))) return [];
    const { parents } = runIndex(context);
    const asOfWords = formatDate(asOf);
    // Plans date their notes by month (`May 2011`): the words after the action's name are built once per date.
    const tails = new Map<PartialDate, string>();
    const tailFor = (date: PartialDate, days: number): string => {
      let tail = tails.get(date);
      if (tail === undefined) {
        tail = `, ${days} days before ${asOfWords}: more than ${staleDays} days without an update.`;
        tails.set(date, tail);
      }
      return tail;
    };
    return collect(plan.actions, (action, index) => {
      const { startDay, latest } = facts.of(action, index);
      if ((startDay ?? asOf) > asOf) return undefined;
      const writtenBy = facts.days(latest?.date)?.last;
      const days = writtenBy === undefined ? undefined : facts.dayNumber(asOf) - facts.dayNumber(writtenBy);
      // Whether the action has children is asked last: a lookup by id, where the rest reads facts at hand.
      if ((days !== undefined && days <= staleDays) || isDone(action, scheme, facts, index) || parents.has(action.id)) return undefined;
      const name = describeAction(action);
      if (latest?.date == null || days === undefined) {
        return actionFinding(action, index, 'progress', `${sentenceCase(name)} has no dated progress note.`);
      }
      const message = `The latest progress note of ${name} dates from ${facts.words(latest.date) ?? formatDate(latest.date)}${tailFor(latest.date, days)}`;
      return actionFinding(action, index, 'progress', message, [action.progress.indexOf(latest)]);
    });
  },
});
