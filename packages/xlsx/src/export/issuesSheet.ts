import { cellAddress, type PlanIssue } from '@actionplan/core';
import { headedSheet } from './sheetStyle';
import type { SharedStrings } from './write/sharedStrings';
import type { SheetWriter } from './write/sheetWriter';
import { STYLE } from './write/stylesXml';

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
 * writeIssuesSheet(strings, issues, [{ sheet: 'Plan', collection: 'actions', columnOf }]);
 */
export function writeIssuesSheet(strings: SharedStrings, issues: PlanIssue[], locators: IssueLocator[]): SheetWriter {
  const sheet = headedSheet('Issues', strings, [
    { header: 'Severity', width: 10 },
    { header: 'Problem', width: 70 },
    { header: 'Cell here', width: 12 },
    { header: 'Source cell', width: 20 },
    { header: 'Ref', width: 8 },
    { header: 'Code', width: 24 },
  ]);
  if (issues.length === 0) sheet.text(2, 2, 'No issues found.');
  const byCollection = new Map(locators.map((locator) => [locator.collection, locator]));
  issues.forEach((issue, i) => {
    const row = i + 2;
    sheet.text(row, 1, issue.severity);
    sheet.text(row, 2, issue.message, STYLE.wrapTop);
    sheet.text(row, 3, cellHere(issue, byCollection));
    sheet.text(row, 4, issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : (issue.cell ?? ''));
    sheet.text(row, 5, issue.ref ?? '');
    sheet.text(row, 6, issue.code);
  });
  return sheet;
}

function cellHere(issue: PlanIssue, locators: Map<unknown, IssueLocator>): string {
  const [collection, index, field] = issue.path;
  const locator = locators.get(collection);
  if (!locator || typeof index !== 'number') return '';
  const column = Math.max(0, locator.columnOf(field));
  return `${locator.sheet}!${cellAddress(index + 1, column)}`;
}
