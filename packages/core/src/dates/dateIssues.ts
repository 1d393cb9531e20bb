import type { PlanIssue, Severity } from '../model/issue';

/**
 * The problems and notes the date parser reports, by code.
 *
 * @example
 * const code: DateIssueCode = 'impossible-date';
 */
export type DateIssueCode =
  | 'impossible-date'
  | 'unrecognised-date'
  | 'year-missing'
  | 'year-inferred'
  | 'reversed-range'
  | 'ambiguous-date';

const SEVERITIES: Readonly<Record<DateIssueCode, Severity>> = {
  'impossible-date': 'error',
  'unrecognised-date': 'warning',
  'year-missing': 'warning',
  'reversed-range': 'warning',
  'year-inferred': 'info',
  'ambiguous-date': 'info',
};

/**
 * A date issue with the severity its code carries. `path` is empty: the caller knows where the text
 * came from and puts it there.
 *
 * @example
 * dateIssue('unrecognised-date', '"soon" is not a date that can be read.').severity; // 'warning'
 */
export function dateIssue(code: DateIssueCode, message: string): PlanIssue {
  return { code, severity: SEVERITIES[code], message, path: [] };
}
