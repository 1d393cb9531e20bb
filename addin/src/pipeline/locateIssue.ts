import type { Plan, PlanIssue } from '@actionplan/core';

/** A cell in the workbook. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/**
 * The action an issue is about, from its path (`['actions', 3, 'due']`), or null for plan-level issues.
 *
 * @example
 * issueAction(plan, { code: 'missing-lead', severity: 'warning', message: '…', path: ['actions', 0, 'leads'] })?.ref; // '1.1'
 */
export function issueAction(plan: Plan, issue: PlanIssue): Plan['actions'][number] | null {
  const [collection, index] = issue.path;
  return collection === 'actions' && typeof index === 'number' ? (plan.actions[index] ?? null) : null;
}

/**
 * Where an issue points in the workbook: its own sheet and cell when it has them, else the cell of
 * the field its path names, else the first cell the action was read from. Null when nothing locates it.
 *
 * @example
 * issueCell(plan, issue); // { sheet: 'Action plan', cell: 'E5' }
 */
export function issueCell(plan: Plan, issue: PlanIssue): CellRef | null {
  const action = issueAction(plan, issue);
  const source = action?.source ?? null;
  const sheet = issue.sheet ?? source?.sheet;
  if (sheet === undefined) return null;
  if (issue.cell !== undefined) return { sheet, cell: issue.cell };
  if (source === null) return null;
  const field = typeof issue.path[2] === 'string' ? issue.path[2] : '';
  const cells = source.cells ?? {};
  const cell = cells[field] ?? cells['title'] ?? Object.values(cells)[0] ?? `A${source.row}`;
  return { sheet, cell };
}
