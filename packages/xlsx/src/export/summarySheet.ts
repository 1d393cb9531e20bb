import type { Workbook } from 'exceljs';
import type { Action, Plan } from '@actionplan/core';
import { writeCell } from '../canonical/cellOut';
import { excelDateOfIsoDay } from '../dateCell';
import { ragLabel, type RagKey } from './ragKey';

const DAY_MS = 86_400_000;

/**
 * The last calendar day a partial date covers (`2017-02` → `2017-02-28`): a month falls due on its
 * last day. Until core's dates/ exports `lastDay`.
 *
 * @example
 * lastDayCovered('2017-Q1'); // '2017-03-31'
 */
export function lastDayCovered(date: string): string {
  const rest = date.slice(5);
  if (rest.length === 5) return date;
  const month = rest === '' ? 12 : rest.startsWith('Q') ? Number(rest.slice(1)) * 3 : Number(rest);
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(Number(date.slice(0, 4)), month, 0)).toISOString().slice(0, 10);
}

/**
 * Days from a due date (at its last day) to the as-of day; positive when overdue.
 *
 * @example
 * daysOverdue('2011-05-31', '2011-07-22'); // 52
 */
export function daysOverdue(due: string, asOf: string): number {
  return Math.round((excelDateOfIsoDay(asOf).getTime() - excelDateOfIsoDay(lastDayCovered(due)).getTime()) / DAY_MS);
}

/**
 * The Summary sheet: RAG counts per section and per recommendation, and the overdue actions (due
 * before the as-of day and not complete). Computed here until core's report/ exports its roll-ups.
 *
 * @example
 * writeSummarySheet(workbook, plan, key, '2017-04-30');
 */
export function writeSummarySheet(workbook: Workbook, plan: Plan, key: RagKey, asOf: string | null): void {
  const sheet = workbook.addWorksheet('Summary');
  sheet.getColumn(1).width = 50;
  let row = 1;
  const put = (c: number, text: string, bold = false): void => {
    writeCell(sheet.getCell(row, c), { text });
    if (bold) sheet.getCell(row, c).font = { bold: true };
  };
  put(1, plan.title, true);
  row++;
  put(1, asOf ? `As of ${asOf}` : 'No as-of date: overdue actions are not worked out.');
  row += 2;

  const countTable = (title: string, groups: Array<[string, Action[]]>): void => {
    put(1, title, true);
    [...key.levels.map((level) => level.label), 'No rating', 'Total'].forEach((label, c) => put(c + 2, label, true));
    row++;
    for (const [name, actions] of groups) {
      put(1, name);
      key.levels.forEach((level, c) => (sheet.getCell(row, c + 2).value = actions.filter((a) => a.rag === level.id).length));
      sheet.getCell(row, key.levels.length + 2).value = actions.filter((a) => a.rag === null).length;
      sheet.getCell(row, key.levels.length + 3).value = actions.length;
      row++;
    }
    row++;
  };
  const sections: Array<[string, Action[]]> = plan.sections.map((s) => [s.title, plan.actions.filter((a) => a.sectionId === s.id)]);
  const unsectioned = plan.actions.filter((a) => a.sectionId === null);
  if (unsectioned.length > 0) sections.push(['(no section)', unsectioned]);
  countTable('RAG by section', sections);
  countTable(
    'RAG by recommendation',
    plan.recommendations.map((r) => [r.code ?? r.text, plan.actions.filter((a) => a.recommendationIds.includes(r.id))]),
  );

  put(1, 'Overdue actions', true);
  row++;
  if (!asOf) return;
  const overdue = plan.actions.filter((a) => a.due !== null && a.status !== 'complete' && daysOverdue(a.due, asOf) > 0);
  ['Action', 'Ref', 'Due', 'Days overdue', 'Status', 'RAG'].forEach((label, c) => put(c + 1, label, true));
  row++;
  if (overdue.length === 0) put(1, 'None.');
  for (const action of overdue) {
    put(1, action.title);
    put(2, action.ref ?? '');
    put(3, action.dueText ?? action.due ?? '');
    sheet.getCell(row, 4).value = daysOverdue(action.due!, asOf);
    put(5, action.status ?? '');
    put(6, ragLabel(action.rag, key));
    row++;
  }
}
