/**
 * Sentences that report finished work without a status word, in the seeds' own usage: seed 003's
 * Green rows past their end date say `These are in use.`, `Pathway plans have been updated with
 * SMART plans.`, `All minutes are uploaded.`, `Audits evidenced this.`. Kept narrow on purpose:
 * `have been consulted` (003 1.2, more consultation to come) and `has been scheduled` are not
 * completion, so only these verbs count.
 */
const completion = new RegExp(
  [
    String.raw`\b(?:is|are)\s+(?:now\s+)?in\s+(?:use|place)\b`,
    String.raw`\b(?:has|have)\s+(?:now\s+)?been\s+(?:updated|implemented|introduced|completed|embedded|uploaded|evidenced|launched|rolled\s+out|put\s+in\s+place|signed\s+off)\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:all\s+)?(?:now\s+)?(?:uploaded|evidenced)\b`,
    String.raw`\b(?:audits?|evidence|records?)\s+(?:have\s+|has\s+)?evidenced\b`,
  ].join('|'),
  'i',
);

/**
 * Words that say part of the work is still to do (`Strategy to be updated.`, `once appointed`,
 * `are being reviewed`): with any of them in the note, a completion sentence is not read as done.
 */
const outstanding = /\b(?:to\s+be|not\s+yet|yet\s+to|once|until|awaiting|being|still|pending|planned|will\s+be\s+(?!reviewed\b)\w+ed)\b/i;

const sentenceBreak = /(?<=[.!?])\s+/;

/**
 * The sentence of a note that reports the work as done without a status word (`These are in use.`),
 * or undefined. A weaker signal than `complete`: the note must not also say work is outstanding.
 * Negative phrases are the caller's to weigh (they win over this).
 *
 * @example
 * impliedCompletion('All templates updated with SMART plans. Including CP/CIN/PEP. These are in use.'); // 'These are in use.'
 * impliedCompletion('QA audit framework updated. Strategy to be updated.'); // undefined
 */
export function impliedCompletion(plain: string): string | undefined {
  if (!completion.test(plain) || outstanding.test(plain)) return undefined;
  return plain.split(sentenceBreak).find((sentence) => completion.test(sentence));
}
