import { planFacts, validatePlan, type Action, type Plan, type PlanIssue } from '@actionplan/core';
import type { ColumnCodec } from '../canonical/columnCodec';
import { DATA_SHEET, DataSheetWriter } from '../canonical/dataSheet';
import { recommendationColumns, type PlanDetails, type SheetContext } from '../canonical/otherColumns';
import { extraColumn, extraHeaders, planColumns, shownAsDay, STATUS_WORDS, writtenColumn, type PlanContext } from '../canonical/planColumns';
import { nameTable } from '../canonical/sourceNames';
import type { SyncedTable } from '../canonical/syncedTable';
import { detailsTable, indicatorTable, inspectionTable, nameTableOnSheet, planTable, progressTable, recommendationTable, sectionTable } from '../canonical/tables';
import { writeIssuesSheet } from './issuesSheet';
import { writeKeySheet } from './keySheet';
import { ragConditionalFills, writeListsSheet, writePlanSheet } from './planSheet';
import { ragKeyFor, type RagKey } from './ragKey';
import { recordSheet } from './sheetStyle';
import { writeSummarySheet } from './summarySheet';
import { SheetWriter } from './write/sheetWriter';
import { stylesXml } from './write/stylesXml';
import { WorkbookWriter } from './write/workbookWriter';

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
  // Written part by part (each sheet compressed on zlib's thread pool as soon as it is done) rather
  // than through exceljs's in-memory workbook, which took 10× the time and 14× the memory of
  // writing the same cells, and a cell object and style object per cell.
  const book = new WorkbookWriter();
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
  // The data sheet is the last tab but filled as the sheets before it are written.
  const data = new DataSheetWriter(new SheetWriter(DATA_SHEET, book, { state: 'veryHidden', inlineStrings: true }));
  data.add({ kind: 'layout', key: 'plan', value: layout });
  const sheet = async <T>(name: string, rows: T[], table: SyncedTable<T, SheetContext>): Promise<void> => book.addSheet(await recordSheet(name, book, rows, table, ctx, data));

  book.addSheet(await writePlanSheet(book, planTable(columns, names), planCtx, Object.values(STATUS_WORDS), data));
  await sheet('Progress', plan.actions.flatMap((action) => action.progress.map((entry) => ({ actionId: action.id, entry }))), progressTable);
  await sheet('Recommendations', plan.recommendations, recommendationTable(names));
  await sheet('Sections', plan.sections, sectionTable);
  await sheet('Inspections', plan.inspections, inspectionTable);
  await sheet('Indicators', plan.indicators, indicatorTable);
  const details: PlanDetails = { schemaVersion: plan.schemaVersion, id: plan.id, title: plan.title, organisation: plan.organisation, version: plan.version, asOf: plan.asOf, ragScheme: plan.ragScheme };
  await sheet('Details', [details], detailsTable);
  // Last of the record sheets: redacting the others above registered every name it lists.
  await sheet('Sources', names.rows(), nameTableOnSheet);
  // One reading of each action's dates and notes for the Summary's ratings and the validation.
  const facts = planFacts(plan.actions);
  book.addSheet(writeSummarySheet(book, plan, asOf, facts));
  book.addSheet(writeKeySheet(book, plan, key, ctx, data));
  const issues = options.issues ?? validatePlan(plan, { ...(asOf ? { asOf } : {}), facts });
  book.addSheet(
    await writeIssuesSheet(book, issues, [
      { sheet: 'Plan', collection: 'actions', columnOf: columnFinder(columns, (c, field) => c.key === field || c.key === String(field).replace(/Text$/, '')) },
      { sheet: 'Recommendations', collection: 'recommendations', columnOf: columnFinder(recommendationColumns, (c, field) => c.key === field) },
    ]),
  );
  book.addSheet(writeListsSheet(book, key.levels.map((level) => level.label), Object.values(STATUS_WORDS)));
  book.addSheet(data.sheet);
  return book.finish(stylesXml(key.levels.map((level) => level.colour), ragConditionalFills(key)));
}

// A plan's findings name a few fields thousands of times: each field's column is looked up once.
function columnFinder<T>(columns: readonly T[], names: (column: T, field: string | number | undefined) => boolean): (field: string | number | undefined) => number {
  const found = new Map<string | number | undefined, number>();
  return (field) => {
    let column = found.get(field);
    if (column === undefined) {
      column = columns.findIndex((c) => names(c, field));
      found.set(field, column);
    }
    return column;
  };
}
