import ExcelJS from 'exceljs';
import { validatePlan, type Action, type Plan, type PlanIssue } from '@actionplan/core';
import type { ColumnCodec } from '../canonical/columnCodec';
import { DATA_SHEET, writeDataSheet, type DataRecord } from '../canonical/dataSheet';
import { recommendationColumns, type PlanDetails, type SheetContext } from '../canonical/otherColumns';
import { extraColumn, extraHeaders, planColumns, shownAsDay, STATUS_WORDS, writtenColumn, type PlanContext } from '../canonical/planColumns';
import { nameTable } from '../canonical/sourceNames';
import { syncedRecords, type SyncedTable } from '../canonical/syncedTable';
import { detailsTable, indicatorTable, inspectionTable, nameTableOnSheet, planTable, progressTable, recommendationTable, sectionTable } from '../canonical/tables';
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

/**
 * The layout record of the data sheet: the extra columns (each field's name as a reference into
 * the Sources sheet) and which dates have an as-written column.
 */
export interface CanonicalLayout {
  extras: string[];
  written: Array<'start' | 'due'>;
}

/**
 * The Plan sheet's columns for a plan: the fixed ones, the as-written date columns it needs, then
 * one per extra field (given by name, in the layout's order).
 *
 * @example
 * planColumnsFor({ extras: ['#2'], written: ['due'] }, ['Evidence']).map((c) => c.header).slice(-2); // ['Due as written', 'Evidence']
 */
export function planColumnsFor(layout: CanonicalLayout, extraFields: string[]): Array<ColumnCodec<Action, PlanContext>> {
  const written = layout.written.map((field) => writtenColumn(field === 'start' ? 'Start as written' : 'Due as written', field));
  return [...planColumns, ...written, ...extraHeaders(extraFields).map(([field, header], i) => extraColumn(field, header, i))];
}

/**
 * The canonical plan workbook officers keep working in: sheets Plan (an Excel table, one row per
 * action, milestone and sub-action), Progress, Recommendations, Sections, Inspections, Indicators,
 * Details, Sources, Summary, Key and Issues, plus the hidden Lists sheet and a very hidden data
 * sheet. Every word of the plan is in a visible cell, and only there: the data sheet keeps ids,
 * enums, ISO dates, list-item lengths and a sync hash per cell, so an unchanged cell decodes back
 * exactly and a changed one is read as the officer's edit (`readCanonical`). Text is always
 * written as text: `=SUM(A1)` never becomes a formula.
 *
 * @example
 * await writeWorkbookFile('out/plan.xlsx', await exportWorkbook(plan, { issues: validatePlan(plan) }));
 */
export async function exportWorkbook(plan: Plan, options: ExportOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'actionplan';
  const key = ragKeyFor(plan, options.scheme);
  const asOf = options.asOf ?? plan.asOf;
  const names = nameTable();
  const extraFields = [...new Set(plan.actions.flatMap((a) => Object.keys(a.extra)))];
  const layout: CanonicalLayout = {
    extras: extraFields.map((field) => names.ref(field, 'extra column')),
    written: (['start', 'due'] as const).filter((field) => plan.actions.some((a) => shownAsDay(a[field]) && a[`${field}Text`] !== null)),
  };
  const columns = planColumnsFor(layout, extraFields);
  const planCtx: PlanContext = { plan, key };
  const ctx: SheetContext = { plan, actions: new Map(plan.actions.map((a) => [a.id, a])) };
  const records: DataRecord[] = [];
  const sheet = <T>(name: string, rows: T[], table: SyncedTable<T, SheetContext>): void => {
    writeRecords(workbook.addWorksheet(name), rows, table.columns, ctx);
    records.push(...syncedRecords(rows, table, ctx));
  };

  writePlanSheet(workbook, columns, planCtx, Object.values(STATUS_WORDS));
  records.push(...syncedRecords(plan.actions, planTable(columns, names), planCtx));
  sheet('Progress', plan.actions.flatMap((action) => action.progress.map((entry) => ({ actionId: action.id, entry }))), progressTable);
  sheet('Recommendations', plan.recommendations, recommendationTable(names));
  sheet('Sections', plan.sections, sectionTable);
  sheet('Inspections', plan.inspections, inspectionTable);
  sheet('Indicators', plan.indicators, indicatorTable);
  const details: PlanDetails = { schemaVersion: plan.schemaVersion, id: plan.id, title: plan.title, organisation: plan.organisation, version: plan.version, asOf: plan.asOf, ragScheme: plan.ragScheme };
  sheet('Details', [details], detailsTable);
  // Last of the record sheets: redacting the others above registered every name it lists.
  sheet('Sources', names.rows(), nameTableOnSheet);
  writeSummarySheet(workbook, plan, asOf);
  records.push(...writeKeySheet(workbook, plan, key, ctx));
  const issues = options.issues ?? validatePlan(plan, asOf ? { asOf } : {});
  writeIssuesSheet(workbook, issues, [
    { sheet: 'Plan', collection: 'actions', columnOf: (field) => columns.findIndex((c) => c.key === field || c.key === String(field).replace(/Text$/, '')) },
    { sheet: 'Recommendations', collection: 'recommendations', columnOf: (field) => recommendationColumns.findIndex((c) => c.key === field) },
  ]);
  writeListsSheet(workbook, key.levels.map((level) => level.label), Object.values(STATUS_WORDS));
  writeDataSheet(workbook.addWorksheet(DATA_SHEET, { state: 'veryHidden' }), [{ kind: 'layout', key: 'plan', value: layout }, ...records]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
