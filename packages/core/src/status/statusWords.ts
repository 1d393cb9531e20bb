import type { DeliveryStatus } from '../model/plan';

/**
 * One row of the status vocabulary: the words a progress note or comment opens with, and what
 * they mean. Rows are tried in order, so a longer phrase (`Not achieved`) sits above a phrase it
 * contains (`Achieved`).
 *
 * @example
 * const held: StatusWord = { words: 'held|on\\s+hold', status: 'blocked', example: 'Held: Will follow completion of 1 & 2' };
 */
export interface StatusWord {
  /** The words, as a regular-expression source matched case-insensitively at the start of a note. */
  words: string;
  status: DeliveryStatus | null;
  /** `true` for `On track`; `false` for words that say the work has slipped (`Not achieved`). */
  onTrack?: boolean;
  /** The 4-level key's "support required" dimension (seed 000). */
  supportRequired?: boolean;
  /** What the status does not say by itself: `awaiting sign-off`, `under consideration`. */
  qualifier?: string;
  /** The seed wording the row exists for, verbatim. */
  example: string;
}

/**
 * Action numbers a note waits for: `(1)`, `1 & 2`, `actions 1 & 2`.
 *
 * @example
 * new RegExp(`completion of ${actionList}`, 'i').test('completion of actions 1 & 2'); // true
 */
export const actionList = '(?:actions?\\s+)?\\(?\\d+[a-z]?\\)?(?:\\s*(?:,|&|and)\\s*\\(?\\d+[a-z]?\\)?)*';

/**
 * The progress vocabulary of the seeds, most specific first.
 *
 * `Not achieved` (000 23.1) is read as in progress, off track, with support required: it was past
 * due and unfinished, work had happened (`20 managers attended`) and external help was brought in
 * (`An external supervision specialist has been tasked …`), which is level 1 of 000's key
 * (`Not achieved / not on track support required to address issues`; seed-domain §3.3, §8.2.1).
 *
 * @example
 * statusWords.find((row) => row.example === 'Held: Will follow completion of 1 & 2')?.status; // 'blocked'
 */
export const statusWords: readonly StatusWord[] = [
  { words: 'not\\s+achieved', status: 'in-progress', onTrack: false, supportRequired: true, example: 'May 2011 –Not achieved.' },
  { words: 'achieved', status: 'complete', example: 'April 2011 - Achieved.' },
  { words: 'completed?', status: 'complete', example: 'Completed: Morning Lane have been commissioned' },
  { words: 'done', status: 'complete', example: 'done' },
  { words: 'in\\s+place', status: 'complete', example: 'In place.' },
  { words: 'on\\s+track', status: 'in-progress', onTrack: true, example: 'On track: data provided' },
  { words: 'on\\s+target', status: 'in-progress', onTrack: true, example: 'on target' },
  { words: 'in\\s+progress', status: 'in-progress', example: 'in progress.' },
  { words: 'on-?\\s?going', status: 'in-progress', example: 'Ongoing' },
  { words: '(?:drafting|review)\\s+under\\s?way', status: 'in-progress', example: 'Drafting underway.' },
  { words: 'under\\s?way', status: 'in-progress', example: 'Underway: TOR are being developed for October meeting' },
  { words: 'being\\s+(?:drafted|developed)', status: 'in-progress', example: 'Being drafted' },
  { words: '(?:process\\s+)?in\\s+development', status: 'in-progress', example: 'Process in development' },
  { words: 'awaiting\\s+sign[\\s-]*off', status: 'in-progress', qualifier: 'awaiting sign-off', example: 'Awaiting sign-off: Signed off by the LSCB Operational Group' },
  {
    words: 'not\\s+yet\\s+(?:consistently\\s+)?embedded',
    status: 'in-progress',
    onTrack: false,
    qualifier: 'not yet embedded',
    example: 'Not yet consistently embedded across all workers.',
  },
  { words: 'held|on\\s+hold', status: 'blocked', example: 'Held: Will follow completion of 1 & 2' },
  { words: `will\\s+follow\\s+completion\\s+of\\s+${actionList}`, status: 'blocked', example: 'Will follow completion of (1)' },
  {
    words: `will\\s+be\\s+completed\\s+following\\s+completion\\s+&\\s*embedding\\s+of\\s+${actionList}`,
    status: 'blocked',
    example: 'Will be completed following completion & embedding of actions 1 & 2.',
  },
  { words: 'being\\s+considered', status: 'not-started', qualifier: 'under consideration', example: 'Being considered' },
  {
    words: 'to\\s+be\\s+(?:done|added|explored|incorporated|agreed|arranged|scheduled|confirmed)',
    status: 'not-started',
    example: 'to be done.',
  },
  { words: 'not\\s+(?:yet\\s+)?started', status: 'not-started', example: 'Not started' },
  { words: 'see\\s*\\(\\s*\\w+\\s*\\)\\s*above', status: null, example: 'See (1) above' },
];
