import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * A problem found in a plan, shaped like a zod issue: data that is returned, never thrown.
 * `message` is written for the officer who owns the plan; `path` locates the value in the Plan
 * (`['actions', 3, 'due']`); `sheet` and `cell` locate it in the source workbook when there is one.
 *
 * @example
 * const issue: PlanIssue = {
 *   code: 'impossible-date', severity: 'error', path: ['actions', 12, 'due'], ref: '(1)',
 *   message: '"31.9.12" is not a real date: September has 30 days.', sheet: 'Plan', cell: 'E41',
 * };
 */
export const PlanIssueSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  ref: z.string().nullable().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
});
export type PlanIssue = z.infer<typeof PlanIssueSchema>;

/**
 * Drops findings reported twice: when two issues point at the same cell and one's message contains
 * the other's (the importer's `"31.9.12" is not a real date…` and the validator's
 * `Due date of action (1): "31.9.12" is not a real date…`), the fuller one stays.
 *
 * @example
 * withoutRepeats([importIssue, validationIssue]); // [validationIssue]
 */
export function withoutRepeats(issues: readonly PlanIssue[]): PlanIssue[] {
  const byCell = new Map<string, PlanIssue[]>();
  for (const issue of issues) {
    if (issue.sheet === undefined || issue.cell === undefined) continue;
    const key = `${issue.sheet}\u0000${issue.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), issue]);
  }
  return issues.filter((issue) => {
    if (issue.sheet === undefined || issue.cell === undefined) return true;
    const neighbours = byCell.get(`${issue.sheet}\u0000${issue.cell}`) ?? [];
    return !neighbours.some(
      (other) => other !== issue && other.message.length > issue.message.length && other.message.includes(issue.message),
    );
  });
}
