import type { Grid, GridSheet, Plan } from '@actionplan/core';
import { planColumnsFor, type CanonicalLayout } from '../export/exportWorkbook';
import { roleKeyRows } from '../export/keySheet';
import { ragKeyFor } from '../export/ragKey';
import { findDataSheet, readDataSheet } from './dataSheet';
import type { SheetContext } from './otherColumns';
import { restoreSource, nameTable } from './sourceNames';
import { readSyncedTable, sheetRows } from './syncedTable';
import { detailsTable, indicatorTable, inspectionTable, nameTableOnSheet, personTable, planTable, progressTable, recommendationTable, sectionTable } from './tables';

/**
 * Whether a grid is a canonical workbook written by {@link exportWorkbook} (it has the marked,
 * very hidden data sheet).
 *
 * @example
 * isCanonicalGrid(await readGrid(await exportWorkbook(plan))); // true
 */
export function isCanonicalGrid(grid: Grid): boolean {
  return findDataSheet(grid) !== undefined;
}

/**
 * The plan a canonical workbook holds, read from its visible sheets: a cell an officer has not
 * changed decodes back exactly (the data sheet's sync hash says so), a changed cell is read as the
 * edit, a row typed without an id is a new record, a deleted row or cell removes what it held. Rows
 * are matched by their hidden Id column, so sorting a sheet changes nothing. Throws when the grid is
 * not a canonical workbook (check {@link isCanonicalGrid} first).
 *
 * @example
 * const plan = readCanonical(await readGrid('out/col-2016.xlsx'));
 */
export function readCanonical(grid: Grid): Plan {
  const data = findDataSheet(grid);
  if (!data) throw new Error('readCanonical: the grid is not a canonical actionplan workbook (see isCanonicalGrid).');
  const records = readDataSheet(data);
  const sheet = (name: string): GridSheet | undefined => grid.sheets.find((s) => s.name === name);
  // Names and sections first: the other sheets' cells name them.
  const bare: Plan = { schemaVersion: 1, id: '', title: '', organisation: null, version: null, asOf: null, ragScheme: 'rag', inspections: [], sections: [], recommendations: [], actions: [], people: [], indicators: [] };
  const ctx = (plan: Plan): SheetContext => ({ plan, actions: new Map(plan.actions.map((a) => [a.id, a])) });
  const names = new Map(readSyncedTable(sheetRows(sheet('Sources')), records, nameTableOnSheet, ctx(bare)).map((n) => [n.id, n.name]));
  const [details] = readSyncedTable(sheetRows(sheet('Details')), records, detailsTable, ctx(bare));
  const withSections: Plan = { ...bare, ...(details ?? detailsTable.blank('', 0)) };
  withSections.sections = readSyncedTable(sheetRows(sheet('Sections')), records, sectionTable, ctx(withSections));
  withSections.inspections = readSyncedTable(sheetRows(sheet('Inspections')), records, inspectionTable, ctx(withSections));
  // Reading never redacts, so the tables get a name table of their own that stays empty.
  const recommendations = readSyncedTable(sheetRows(sheet('Recommendations')), records, recommendationTable(nameTable()), ctx(withSections));
  const plan: Plan = { ...withSections, recommendations: recommendations.map((r) => ({ ...r, source: restoreSource(r.source, names) })) };
  plan.indicators = readSyncedTable(sheetRows(sheet('Indicators')), records, indicatorTable, ctx(plan));
  plan.people = readSyncedTable(roleKeyRows(sheet('Key')), records, personTable, ctx(plan));

  const layout = records.find((r) => r.kind === 'layout')?.value as CanonicalLayout;
  const extraFields = layout.extras.map((ref) => names.get(ref)).filter((field): field is string => field !== undefined);
  const columns = planColumnsFor(layout, extraFields);
  const actions = readSyncedTable(sheetRows(sheet('Plan')), records, planTable(columns, nameTable()), { plan, key: ragKeyFor(plan) });
  const progress = readSyncedTable(sheetRows(sheet('Progress')), records, progressTable, ctx({ ...plan, actions }));
  const entries = new Map<string, Plan['actions'][number]['progress']>();
  for (const { actionId, entry } of progress) {
    const list = entries.get(actionId);
    if (list) list.push(entry);
    else entries.set(actionId, [entry]);
  }
  plan.actions = actions.map((action) => ({ ...action, source: restoreSource(action.source, names), progress: entries.get(action.id) ?? [] }));
  return plan;
}
