import { formatDate } from '../../dates/index';
import type { IsoDay } from '../../model/index';
import { levelFor } from '../../rag/index';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { describeAction, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/**
 * Rated on track, yet past due and not complete (seed 003 rated 1.1 Amber for exactly that). A
 * month falls due on its last day, so `Feb-17` is overdue from 1 March 2017. Where Green also
 * means done, a comment that reports the work done counts (seed 003 1.6: `Pathway plans have been
 * updated with SMART plans.`), unless it also reports a problem.
 */
export const greenButOverdue = defineRule({
  code: 'green-but-overdue',
  defaultSeverity: 'warning',
  description: 'An action is rated on track (Green) but is past its due date and not complete.',
  check: (context) => {
    const { plan, scheme, asOf, facts } = context;
    const onTrack = scheme === undefined ? undefined : levelFor(scheme, 'on-track');
    if (scheme === undefined || onTrack === undefined || asOf === null) return [];
    const asOfWords = formatDate(asOf);
    // Many actions share a due date: the words after the action's name are built once per day.
    const tails = new Map<IsoDay, string>();
    const tailFor = (dueDay: IsoDay): string => {
      let tail = tails.get(dueDay);
      if (tail === undefined) {
        const days = facts.dayNumber(asOf) - facts.dayNumber(dueDay);
        tail = ` is rated ${onTrack.label}, but it was due ${facts.words(dueDay) ?? formatDate(dueDay)} (${days} ${days === 1 ? 'day' : 'days'} before ${asOfWords}) and is not complete.`;
        tails.set(dueDay, tail);
      }
      return tail;
    };
    return collectFlagged(plan.actions, runIndex(context).flags, ActionFlag.ragOnTrack, (action, index) => {
      const { dueDay, evidence } = facts.of(action, index);
      if (dueDay === undefined || dueDay >= asOf || evidence.status === 'complete') return undefined;
      return actionFinding(action, index, 'rag', sentenceCase(describeAction(action)) + tailFor(dueDay));
    });
  },
});
