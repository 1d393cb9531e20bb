import { cellAddress, type PlanIssue } from '@actionplan/core';
import { headedSheet } from './sheetStyle';
import type { SheetHost, SheetWriter } from './write/sheetWriter';

/** Where a field of the plan sits in this workbook: sheet name and the column of each field. */
export interface IssueLocator {
  sheet: string;
  collection: string;
  columnOf: (field: string | number | undefined) => number;
}

/**
 * The Issues sheet: each validation finding with the cell of this workbook it concerns (`Plan!K5`)
 * and the cell of the source workbook it came from, when known.
 *
 * @example
 * await writeIssuesSheet(book, issues, [{ sheet: 'Plan', collection: 'actions', columnOf }]);
 */
export async function writeIssuesSheet(book: SheetHost, issues: PlanIssue[], locators: IssueLocator[]): Promise<SheetWriter> {
  const sheet = headedSheet('Issues', book, [
    { header: 'Severity', width: 10 },
    { header: 'Problem', width: 70 },
    { header: 'Cell here', width: 12 },
    { header: 'Source cell', width: 20 },
    { header: 'Ref', width: 8 },
    { header: 'Code', width: 24 },
  ]);
  if (issues.length === 0) sheet.text(2, 2, 'No issues found.');
  const byCollection = new Map(locators.map((locator) => [locator.collection, locator]));
  for (const [i, issue] of issues.entries()) {
    const source = issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : (issue.cell ?? '');
    sheet.textRow(i + 2, [issue.severity, issue.message, cellHere(issue, byCollection), source, issue.ref ?? '', issue.code], PROBLEM_WRAPS);
    if (sheet.backlog.full) await sheet.backlog.drain();
  }
  return sheet;
}

// Only the problem wraps: the other columns hold short words and cell names.
const PROBLEM_WRAPS = [false, true, false, false, false, false];

function cellHere(issue: PlanIssue, locators: Map<unknown, IssueLocator>): string {
  const [collection, index, field] = issue.path;
  const locator = locators.get(collection);
  if (!locator || typeof index !== 'number') return '';
  const column = Math.max(0, locator.columnOf(field));
  return `${locator.sheet}!${cellAddress(index + 1, column)}`;
}
