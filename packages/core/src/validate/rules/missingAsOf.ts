import { defineRule } from '../rule';

/** Without an as-of date nothing can be overdue or stale: say so rather than pass in silence. */
export const missingAsOf = defineRule({
  code: 'missing-as-of',
  defaultSeverity: 'info',
  description: 'The plan has no as-of date, so the overdue and stale-note checks cannot run.',
  check: ({ asOf }) =>
    asOf === null
      ? [{ message: 'The plan has no as-of date, so overdue actions and stale progress notes were not checked. Give the date its statuses describe.', path: ['asOf'] }]
      : [],
});
