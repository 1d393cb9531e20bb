import type { PlanIssue } from '@actionplan/core';

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** Where an issue points, as a user types it in Excel: `'Plan sheet'!E41`, or the plan path. */
export function issueLocation(issue: PlanIssue): string {
  if (issue.sheet && issue.cell) {
    const sheet = /^[A-Za-z0-9_]+$/.test(issue.sheet) ? issue.sheet : `'${issue.sheet.replace(/'/g, "''")}'`;
    return `${sheet}!${issue.cell}`;
  }
  if (issue.sheet) return issue.sheet;
  return issue.path.join('.');
}

/**
 * Issues as an aligned table for a terminal, worst first, one line each (messages folded to one line).
 *
 * @example
 * renderIssuesTable([{ code: 'impossible-date', severity: 'error', message: '…', path: [], sheet: 'Plan', cell: 'E41' }]);
 */
export function renderIssuesTable(issues: PlanIssue[]): string {
  const sorted = [...issues].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  const rows = sorted.map((issue) => [issue.severity, issueLocation(issue), issue.ref ?? '', issue.code, oneLine(issue.message)]);
  const header = ['Severity', 'Where', 'Ref', 'Code', 'Message'];
  const widths = header.map((title, column) =>
    column === header.length - 1 ? 0 : Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const format = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [format(header), ...rows.map(format)].join('\n');
}

/** A count such as `2 errors, 1 warning, 0 info`. */
export function countIssues(issues: PlanIssue[]): string {
  const count = (severity: PlanIssue['severity']) => issues.filter((issue) => issue.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
