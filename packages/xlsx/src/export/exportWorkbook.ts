import ExcelJS from 'exceljs';
import { validatePlan, type Action, type Plan, type PlanIssue } from '@actionplan/core';
import type { ColumnCodec } from '../canonical/columnCodec';
import { DATA_SHEET, writeDataSheet, type DataRecord } from '../canonical/dataSheet';
import { progressColumns, recommendationColumns, type ProgressRow } from '../canonical/otherColumns';
import { extraColumn, extraHeaders, planColumns, STATUS_WORDS, type PlanContext } from '../canonical/planColumns';
import { writeIssuesSheet } from './issuesSheet';
import { writeKeySheet } from './keySheet';
import { writeListsSheet, writePlanSheet } from './planSheet';
import { ragKeyFor, type RagKey } from './ragKey';
import { writeRecords } from './sheetStyle';
import { writeSummarySheet } from './summarySheet';

/** Options of {@link exportWorkbook}. */
export interface ExportOptions {
  /** Validation findings for the Issues sheet; when absent the exporter runs core's `validatePlan` itself. */
  issues?: PlanIssue[];
  /** The day the Summary counts overdue actions from; defaults to the plan's own `asOf`. */
  asOf?: string;
  /** The RAG scheme to show; defaults to the plan's scheme (core's `RagScheme` fits). */
  scheme?: RagKey;
}

/** The layout record of the data sheet: which extra field each extra column holds. */
export interface CanonicalLayout {
  extras: Array<[string, string]>;
}

/**
 * The Plan sheet's columns for a plan: the fixed ones, then one per extra field.
 *
 * @example
 * planColumnsFor({ extras: [['Evidence', 'Evidence']] }).at(-1)?.header; // 'Evidence'
 */
export function planColumnsFor(layout: CanonicalLayout): Array<ColumnCodec<Action, PlanContext>> {
  return [...planColumns, ...layout.extras.map(([field, header]) => extraColumn(field, header))];
}

/**
 * The canonical plan workbook officers keep working in: sheets Plan (an Excel table, one row per
 * action, milestone and sub-action), Progress, Recommendations, Summary, Key and Issues, plus the
 * hidden Lists sheet and a very hidden data sheet that marks the workbook as canonical and keeps what
 * the visible cells cannot show, so `readCanonical(await readGrid(bytes))` gives the plan back exactly.
 * Text is always written as text: `=SUM(A1)` never becomes a formula.
 *
 * @example
 * await writeWorkbookFile('out/plan.xlsx', await exportWorkbook(plan, { issues: validatePlan(plan) }));
 */
export async function exportWorkbook(plan: Plan, options: ExportOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'actionplan';
  const key = ragKeyFor(plan, options.scheme);
  const asOf = options.asOf ?? plan.asOf;
  const ctx: PlanContext = { plan, key };
  const layout: CanonicalLayout = { extras: extraHeaders([...new Set(plan.actions.flatMap((a) => Object.keys(a.extra)))]) };
  const columns = planColumnsFor(layout);

  writePlanSheet(workbook, columns, ctx, Object.values(STATUS_WORDS));
  const progress: ProgressRow[] = plan.actions.flatMap((action) => action.progress.map((entry) => ({ action, entry })));
  writeRecords(workbook.addWorksheet('Progress'), progress, progressColumns, plan);
  writeRecords(workbook.addWorksheet('Recommendations'), plan.recommendations, recommendationColumns, plan);
  writeSummarySheet(workbook, plan, key, asOf);
  writeKeySheet(workbook, plan, key);
  const issues = options.issues ?? validatePlan(plan, asOf ? { asOf } : {});
  writeIssuesSheet(workbook, issues, [
    { sheet: 'Plan', collection: 'actions', columnOf: (field) => columns.findIndex((c) => c.key === field || c.key === String(field).replace(/Text$/, '')) },
    { sheet: 'Recommendations', collection: 'recommendations', columnOf: (field) => recommendationColumns.findIndex((c) => c.key === field) },
  ]);
  writeListsSheet(workbook, key.levels.map((level) => level.label), Object.values(STATUS_WORDS));
  const { actions, ...rest } = plan;
  const records: DataRecord[] = [
    { kind: 'plan', key: plan.id, value: rest },
    { kind: 'layout', key: 'plan', value: layout },
    ...actions.map((action) => ({ kind: 'action', key: action.id, value: action })),
  ];
  writeDataSheet(workbook.addWorksheet(DATA_SHEET, { state: 'veryHidden' }), records);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
