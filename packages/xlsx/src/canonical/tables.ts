import { createAction, type Action, type Indicator, type Inspection, type Person, type Recommendation, type Section } from '@actionplan/core';
import type { ColumnCodec } from './columnCodec';
import {
  ACTION_ID_HEADER,
  detailColumns,
  indicatorColumns,
  inspectionColumns,
  nameColumns,
  personColumns,
  progressColumns,
  recommendationColumns,
  ROW_ID_HEADER,
  sectionColumns,
  type NameRow,
  type PlanDetails,
  type ProgressRow,
  type SheetContext,
} from './otherColumns';
import { ID_HEADER, type PlanContext } from './planColumns';
import { redactAction, redactDetails, redactIndicator, redactInspection, redactName, redactPerson, redactProgress, redactRecommendation, redactSection } from './redact';
import type { NameTable } from './sourceNames';
import type { RowCells, SyncedTable } from './syncedTable';

const idsOf = <T extends { id: string }>(records: T[]): string[] => records.map((r) => r.id);
const rowIds = (header: string) => (rows: RowCells[]): string[] => rows.map((cells) => cells[header]?.text.trim() ?? '');
const places = (items: unknown[]): string[] => items.map((_, i) => String(i + 1));

/**
 * The Plan sheet's table: actions keyed by the hidden Id column.
 *
 * @example
 * planTable(planColumnsFor(layout), names).kind; // 'action'
 */
export function planTable(columns: Array<ColumnCodec<Action, PlanContext>>, names: NameTable): SyncedTable<Action, PlanContext> {
  return {
    kind: 'action',
    columns,
    keysOf: idsOf,
    rowKeys: rowIds(ID_HEADER),
    redact: (action) => redactAction(action, names),
    blank: (key, index) => createAction({ id: key || `new-row-${index + 2}` }),
  };
}

/**
 * The Recommendations sheet's table.
 *
 * @example
 * recommendationTable(names).kind; // 'recommendation'
 */
export function recommendationTable(names: NameTable): SyncedTable<Recommendation, SheetContext> {
  return {
    kind: 'recommendation',
    columns: recommendationColumns,
    keysOf: idsOf,
    rowKeys: rowIds(ROW_ID_HEADER),
    redact: (r) => redactRecommendation(r, names),
    blank: (key, index) => ({
      id: key || `new-recommendation-${index + 2}`, code: null, inspectionId: null, sectionId: null, text: '', timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null,
    }),
  };
}

// The n-th entry of an action, counting in sheet order.
function entryKeys(actionIds: string[]): string[] {
  const seen = new Map<string, number>();
  return actionIds.map((id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return `${id}#${n}`;
  });
}

/** The Progress sheet's table: entries keyed by their action's id and their place among its entries. */
export const progressTable: SyncedTable<ProgressRow, SheetContext> = {
  kind: 'progress',
  columns: progressColumns,
  keysOf: (rows) => entryKeys(rows.map((row) => row.actionId)),
  rowKeys: (rows) => entryKeys(rows.map((cells) => cells[ACTION_ID_HEADER]?.text.trim() ?? '')),
  redact: redactProgress,
  blank: () => ({ actionId: '', entry: { date: null, status: null, statusText: null, text: '' } }),
};

/** The Sections sheet's table. */
export const sectionTable: SyncedTable<Section, SheetContext> = {
  kind: 'section',
  columns: sectionColumns,
  keysOf: idsOf,
  rowKeys: rowIds(ROW_ID_HEADER),
  redact: redactSection,
  blank: (key, index) => ({ id: key || `new-section-${index + 2}`, kind: 'section', title: '', parentId: null, aims: [] }),
};

/** The Inspections sheet's table. */
export const inspectionTable: SyncedTable<Inspection, SheetContext> = {
  kind: 'inspection',
  columns: inspectionColumns,
  keysOf: idsOf,
  rowKeys: rowIds(ROW_ID_HEADER),
  redact: redactInspection,
  blank: (key, index) => ({ id: key || `new-inspection-${index + 2}`, bodies: [], title: '', date: null, judgement: null }),
};

/** The Indicators sheet's table. */
export const indicatorTable: SyncedTable<Indicator, SheetContext> = {
  kind: 'indicator',
  columns: indicatorColumns,
  keysOf: idsOf,
  rowKeys: rowIds(ROW_ID_HEADER),
  redact: redactIndicator,
  blank: (key, index) => ({ id: key || `new-indicator-${index + 2}`, name: '', unit: null, baseline: null, target: null, actual: null, period: null, recommendationId: null }),
};

/** The role key on the Key sheet: people keyed by their place (the sheet has no id column for them). */
export const personTable: SyncedTable<Person, SheetContext> = {
  kind: 'person',
  columns: personColumns,
  keysOf: places,
  rowKeys: places,
  redact: redactPerson,
  blank: () => ({ key: '', name: '', aliases: [] }),
};

/** The Details sheet's one row: the plan's title, organisation, version, as-of date and scheme. */
export const detailsTable: SyncedTable<PlanDetails, SheetContext> = {
  kind: 'plan',
  columns: detailColumns,
  keysOf: idsOf,
  rowKeys: rowIds(ROW_ID_HEADER),
  redact: redactDetails,
  blank: (key) => ({ schemaVersion: 1, id: key || 'plan', title: '', organisation: null, version: null, asOf: null, ragScheme: 'rag' }),
};

/** The Sources sheet's table: the names source references and extra columns use. */
export const nameTableOnSheet: SyncedTable<NameRow, SheetContext> = {
  kind: 'name',
  columns: nameColumns,
  keysOf: idsOf,
  rowKeys: rowIds(ROW_ID_HEADER),
  redact: redactName,
  blank: (key) => ({ id: key, use: '', name: '' }),
};
