import type { Workbook } from 'exceljs';
import { cellAddress, type PlanIssue } from '@actionplan/core';
import { writeCell } from '../canonical/cellOut';
import { layOutForReading, writeHeader } from './sheetStyle';

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
 * writeIssuesSheet(workbook, issues, [{ sheet: 'Plan', collection: 'actions', columnOf }]);
 */
export function writeIssuesSheet(workbook: Workbook, issues: PlanIssue[], locators: IssueLocator[]): void {
  const sheet = workbook.addWorksheet('Issues');
  writeHeader(sheet, [
    { header: 'Severity', width: 10 },
    { header: 'Problem', width: 70 },
    { header: 'Cell here', width: 12 },
    { header: 'Source cell', width: 20 },
    { header: 'Ref', width: 8 },
    { header: 'Code', width: 24 },
  ]);
  if (issues.length === 0) writeCell(sheet.getCell(2, 2), { text: 'No issues found.' });
  issues.forEach((issue, i) => {
    const values = [
      issue.severity,
      issue.message,
      cellHere(issue, locators),
      issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : (issue.cell ?? ''),
      issue.ref ?? '',
      issue.code,
    ];
    values.forEach((text, c) => writeCell(sheet.getCell(i + 2, c + 1), { text }));
    sheet.getCell(i + 2, 2).alignment = { wrapText: true, vertical: 'top' };
  });
  layOutForReading(sheet);
}

function cellHere(issue: PlanIssue, locators: IssueLocator[]): string {
  const [collection, index, field] = issue.path;
  const locator = locators.find((l) => l.collection === collection);
  if (!locator || typeof index !== 'number') return '';
  const column = Math.max(0, locator.columnOf(field));
  return `${locator.sheet}!${cellAddress(index + 1, column)}`;
}
