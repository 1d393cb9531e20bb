import { formatDate } from '../dates';
import type { DeliveryStatus } from '../model/plan';
import type { PartialDate } from '../model/partialDate';

/**
 * An action's ref as a report prints it; a blank ref (seed 003 has ten) is shown as `(no ref)`.
 *
 * @example
 * refWord(null); // '(no ref)'
 */
export function refWord(ref: string | null): string {
  return ref ?? '(no ref)';
}

/**
 * A date as a report prints it: `February 2017`, `31 May 2011`, or `no date`.
 *
 * @example
 * dateWord('2017-02'); // 'February 2017'
 */
export function dateWord(date: PartialDate | null): string {
  return date === null ? 'no date' : formatDate(date);
}

const STATUS_WORDS: Record<DeliveryStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  blocked: 'Blocked',
};

/**
 * A delivery status in words, or `No status`.
 *
 * @example
 * statusWord('in-progress'); // 'In progress'
 */
export function statusWord(status: DeliveryStatus | null): string {
  return status === null ? 'No status' : STATUS_WORDS[status];
}

/**
 * A count with its noun, singular or plural.
 *
 * @example
 * countWord(1, 'action'); // '1 action'
 */
export function countWord(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
