import { createAction, type Action, type Grid, type GridCell, type GridSheet, type Plan, type ProgressEntry, type Recommendation } from '@actionplan/core';
import { planColumnsFor, type CanonicalLayout } from '../export/exportWorkbook';
import { ragKeyFor } from '../export/ragKey';
import { overlayRow } from './columnCodec';
import { findDataSheet, readDataSheet } from './dataSheet';
import { ACTION_ID_HEADER, progressColumns, recommendationColumns } from './otherColumns';
import { ID_HEADER } from './planColumns';

type RowCells = Record<string, GridCell | null>;

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
 * The plan a canonical workbook holds, exactly as exported, with the officers' edits since: each
 * row is matched to its action by the hidden Id column (so sorting the sheet changes nothing), a
 * changed cell updates its field, a row without an id is a new action, a deleted row removes its
 * action. Throws when the grid is not a canonical workbook (check {@link isCanonicalGrid} first).
 *
 * @example
 * const plan = readCanonical(await readGrid('out/col-2016.xlsx'));
 */
export function readCanonical(grid: Grid): Plan {
  const data = findDataSheet(grid);
  if (!data) throw new Error('readCanonical: the grid is not a canonical actionplan workbook (see isCanonicalGrid).');
  const records = readDataSheet(data);
  const meta = records.find((r) => r.kind === 'plan')?.value as Omit<Plan, 'actions'>;
  const layout = (records.find((r) => r.kind === 'layout')?.value as CanonicalLayout | undefined) ?? { extras: [] };
  const baseline = records.filter((r) => r.kind === 'action').map((r) => r.value as Action);

  const recommendations = overlayRecommendations(meta, baseline, sheetRows(grid, 'Recommendations'));
  const withRecommendations: Plan = { ...meta, recommendations, actions: baseline };
  const actions = overlayActions(withRecommendations, layout, sheetRows(grid, 'Plan'));
  return { ...withRecommendations, actions: overlayProgress(withRecommendations, actions, sheetRows(grid, 'Progress')) };
}

/** A sheet's rows below its header as cells by header text, or undefined when the sheet is gone. */
function sheetRows(grid: Grid, name: string): RowCells[] | undefined {
  const sheet: GridSheet | undefined = grid.sheets.find((s) => s.name === name);
  if (!sheet) return undefined;
  const headers = (sheet.rows[0] ?? []).map((cell) => cell?.text ?? '');
  return sheet.rows.slice(1).flatMap((row) => {
    if (!row.some((cell) => cell && cell.text !== '')) return [];
    // Null prototype: a header `__proto__` or `constructor` is just a header.
    const cells: RowCells = Object.create(null) as RowCells;
    headers.forEach((header, c) => {
      if (header !== '' && !Object.hasOwn(cells, header)) cells[header] = row[c] ?? null;
    });
    return [cells];
  });
}

function overlayRecommendations(meta: Omit<Plan, 'actions'>, actions: Action[], rows: RowCells[] | undefined): Recommendation[] {
  if (!rows) return meta.recommendations;
  const plan: Plan = { ...meta, actions };
  const byId = new Map(rows.map((cells) => [cells.Id?.text ?? '', cells]));
  return meta.recommendations.flatMap((r) => {
    const cells = byId.get(r.id);
    return cells ? [overlayRow(r, cells, recommendationColumns, plan)] : [];
  });
}

function overlayActions(plan: Plan, layout: CanonicalLayout, rows: RowCells[] | undefined): Action[] {
  if (!rows) return plan.actions;
  const columns = planColumnsFor(layout);
  const ctx = { plan, key: ragKeyFor(plan) };
  const byId = new Map<string, RowCells>();
  const added: Action[] = [];
  rows.forEach((cells, i) => {
    const id = cells[ID_HEADER]?.text.trim() ?? '';
    if (id !== '' && plan.actions.some((a) => a.id === id)) byId.set(id, cells);
    else added.push(overlayRow(createAction({ id: id || `new-row-${i + 2}` }), cells, columns, ctx));
  });
  const kept = plan.actions.flatMap((action) => {
    const cells = byId.get(action.id);
    return cells ? [overlayRow(action, cells, columns, ctx)] : [];
  });
  return [...kept, ...added];
}

function overlayProgress(plan: Plan, actions: Action[], rows: RowCells[] | undefined): Action[] {
  if (!rows) return actions;
  const byAction = new Map<string, RowCells[]>();
  for (const cells of rows) {
    const id = cells[ACTION_ID_HEADER]?.text ?? '';
    byAction.set(id, [...(byAction.get(id) ?? []), cells]);
  }
  return actions.map((action) => {
    const entries = (byAction.get(action.id) ?? []).map((cells, i) => {
      const entry: ProgressEntry = action.progress[i] ?? { date: null, status: null, statusText: null, text: '' };
      return overlayRow({ action, entry }, cells, progressColumns, plan).entry;
    });
    return { ...action, progress: entries };
  });
}
