import { buildProgressReport, type GroupSummary, type LevelCount, type Plan, type PlanFacts } from '@actionplan/core';
import { STATUS_WORDS } from '../canonical/planColumns';
import { SheetWriter, type SheetHost } from './write/sheetWriter';
import { STYLE } from './write/stylesXml';

/**
 * The Summary sheet, from core's progress report (`buildProgressReport`), so it says what the
 * report and the add-in say: RAG counts per section and per recommendation with each group's
 * reported and derived roll-up, and the overdue actions as of the as-of day. `facts` is the plan's
 * `planFacts` run when the caller shares one with `validatePlan`.
 *
 * @example
 * writeSummarySheet(book, plan, '2017-04-30', planFacts(plan.actions));
 */
export function writeSummarySheet(book: SheetHost, plan: Plan, asOf: string | null, facts?: PlanFacts): SheetWriter {
  const report = buildProgressReport(plan, { ...(asOf ? { asOf } : {}), ...(facts ? { facts } : {}) });
  const sheet = new SheetWriter('Summary', book, { columns: [{ width: 50 }] });
  let row = 1;
  const put = (c: number, text: string, bold = false): void => sheet.text(row, c, text, bold ? STYLE.bold : STYLE.plain);
  const count = (c: number, n: number): void => sheet.number(row, c, n);
  put(1, plan.title, true);
  row++;
  put(1, report.asOf ? `As of ${report.asOf}` : 'No as-of date: overdue actions are not worked out.');
  row += 2;

  const labels = report.counts.map((level) => level.label);
  const countRow = (name: string, counts: LevelCount[], total: number, group?: GroupSummary): void => {
    put(1, name);
    labels.forEach((label, c) => count(c + 2, counts.find((level) => level.label === label)?.reported ?? 0));
    count(labels.length + 2, total);
    if (group) {
      put(labels.length + 3, group.reported.label);
      put(labels.length + 4, group.derived.label);
    }
    row++;
  };
  const countTable = (title: string, groups: GroupSummary[]): void => {
    put(1, title, true);
    [...labels, 'Total', 'Reported overall', 'Derived overall'].forEach((label, c) => put(c + 2, label, true));
    row++;
    for (const group of groups) countRow(group.code ?? group.title, group.counts, group.actionCount, group);
    row++;
  };
  countTable('RAG by section', report.sections);
  countTable('RAG by recommendation', report.recommendations);
  put(1, 'All actions', true);
  row++;
  countRow('Reported', report.counts, report.actionCount);
  row++;

  put(1, 'Overdue actions', true);
  row++;
  if (!report.asOf) return sheet;
  // No leads or comments here: a name an officer deletes on the Plan sheet should not linger on this one.
  ['Action', 'Ref', 'Due', 'Days overdue', 'Status', 'RAG'].forEach((label, c) => put(c + 1, label, true));
  row++;
  if (report.overdue.length === 0) put(1, 'None.');
  const byId = new Map(plan.actions.map((action) => [action.id, action]));
  const ratings = new Map(report.ratings.map((rated) => [rated.action.id, rated]));
  for (const item of report.overdue) {
    const action = byId.get(item.action.id);
    put(1, item.action.title);
    put(2, item.action.ref ?? '');
    put(3, item.dueText ?? item.due);
    count(4, item.days);
    put(5, action?.status ? STATUS_WORDS[action.status] : '');
    put(6, ratings.get(item.action.id)?.reported.label ?? '');
    row++;
  }
  return sheet;
}
