import { levelFor } from '../../rag/index';
import { ActionFlag, collectFlagged } from '../actionFlags';
import { describeAction, quoteShort, sentenceCase } from '../describe';
import { actionFinding } from '../locate';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';

/**
 * Rated on track while its own words say otherwise (seed 003 6.1 is Green with `Note: this is not
 * working consistently every week due to workload of administrator.`). Only the comment and the
 * latest progress note count: an older note may describe a problem since put right.
 */
export const greenWithNegativeComment = defineRule({
  code: 'green-with-negative-comment',
  defaultSeverity: 'warning',
  description: 'An action is rated on track (Green) but its comment or latest progress note reports a problem.',
  check: (context) => {
    const { plan, scheme, facts } = context;
    const onTrack = scheme === undefined ? undefined : levelFor(scheme, 'on-track');
    if (scheme === undefined || onTrack === undefined) return [];
    return collectFlagged(plan.actions, runIndex(context).flags, ActionFlag.ragOnTrack, (action, index) => {
      const { latest } = facts.of(action, index);
      if (facts.negatives(action.comments).length === 0 && facts.negatives(latest?.text).length === 0) return undefined;
      const notes = [
        { text: action.comments, field: 'comments', subPath: [], label: 'comment' },
        { text: latest?.text ?? null, field: 'progress', subPath: [action.progress.indexOf(latest!), 'text'], label: 'latest progress note' },
      ] as const;
      return notes.flatMap(({ text, field, subPath, label }) => {
        const marker = facts.negatives(text)[0];
        if (text === null || marker === undefined) return [];
        const quote = quoteShort(sentenceWith(text, marker).replace(/[.!?]$/, ''), 100);
        const message = `${sentenceCase(describeAction(action))} is rated ${onTrack.label}, but its ${label} says ${quote}. Check the rating.`;
        return [actionFinding(action, index, field, message, [...subPath])];
      });
    });
  },
});

function sentenceWith(text: string, words: string): string {
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.split(/(?<=[.!?])\s+/).find((sentence) => sentence.includes(words)) ?? plain;
}
