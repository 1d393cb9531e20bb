import { foldText, type Action, type Indicator, type Inspection, type Person, type Plan, type ProgressEntry, type Recommendation, type Section } from '@actionplan/core';
import { cellText } from './cellOut';
import type { ColumnCodec } from './columnCodec';
import { readPartialDate, renderPartialDate } from './partialDateCell';
import { byFoldedLabel, byFoldedTitle, byId, findIn } from './planLookup';
import { readStatusWords, STATUS_WORDS, wordFor } from './planColumns';
import { listColumn, textColumn, trimmedText, wholeText } from './textColumns';

/** A row of the Progress sheet: one dated entry of one action. */
export interface ProgressRow {
  actionId: string;
  entry: ProgressEntry;
}

/** What the other sheets' columns need: the plan, and its actions by id. */
export interface SheetContext {
  plan: Plan;
  actions: Map<string, Action>;
}

type ProgressColumn = ColumnCodec<ProgressRow, SheetContext>;
const setEntry = (row: ProgressRow, entry: Partial<ProgressEntry>): ProgressRow => ({ ...row, entry: { ...row.entry, ...entry } });

/** The column of the Progress sheet that names the action an entry belongs to. */
export const ACTION_ID_HEADER = 'Action id';

/** The header of the hidden column that keys a row of the other sheets to its record. */
export const ROW_ID_HEADER = 'Id';

/**
 * The Progress sheet's columns: one row per dated progress entry, keyed by the action's id.
 *
 * @example
 * progressColumns.map((c) => c.header); // ['Action id', 'Ref', 'Action', 'Date', 'Status', 'Status words', 'Progress']
 */
export const progressColumns: ProgressColumn[] = [
  {
    key: 'actionId',
    header: ACTION_ID_HEADER,
    width: 10,
    hidden: true,
    render: ({ actionId }) => ({ text: actionId }),
    read: (cell, row) => ({ ...row, actionId: cellText(cell) ?? '' }),
  },
  { key: 'ref', header: 'Ref', width: 8, render: ({ actionId }, { actions }) => ({ text: actions.get(actionId)?.ref ?? '' }) },
  { key: 'title', header: 'Action', width: 40, render: ({ actionId }, { actions }) => ({ text: actions.get(actionId)?.title ?? '' }) },
  {
    key: 'date',
    header: 'Date',
    width: 12,
    render: ({ entry }) => renderPartialDate(entry.date, null),
    read: (cell, row) => setEntry(row, { date: readPartialDate(cell).date }),
  },
  {
    key: 'status',
    header: 'Status',
    width: 12,
    render: ({ entry }) => ({ text: entry.status ? STATUS_WORDS[entry.status] : '' }),
    read: (cell, row) => setEntry(row, { status: readStatusWords(cellText(cell)) }),
  },
  {
    key: 'statusText',
    header: 'Status words',
    width: 16,
    render: ({ entry }) => ({ text: entry.statusText ?? '' }),
    decode: (text, row) => setEntry(row, { statusText: row.entry.statusText === null ? null : text }),
    read: (cell, row) => setEntry(row, { statusText: cellText(cell) }),
  },
  {
    key: 'text',
    header: 'Progress',
    width: 70,
    render: ({ entry }) => ({ text: entry.text }),
    decode: (text, row) => setEntry(row, { text }),
    read: (cell, row) => setEntry(row, { text: wholeText(cell) }),
  },
];

/** A column naming a section by its title; the data sheet keeps the id, an edit matches the title. */
function sectionColumn<T>(header: string, field: 'sectionId' | 'parentId' = 'sectionId'): ColumnCodec<T, SheetContext> {
  const get = (record: T): string | null => (record as unknown as Record<string, string | null>)[field] ?? null;
  return {
    key: field,
    header,
    width: 28,
    render: (record, ctx) => ({ text: findIn(ctx, ctx.plan.sections, byId, get(record))?.title ?? '' }),
    read: (cell, record, ctx) => {
      const title = cellText(cell);
      if (title === null) return { ...record, [field]: null };
      const section = findIn(ctx, ctx.plan.sections, byFoldedTitle, foldText(title));
      return section ? { ...record, [field]: section.id } : record;
    },
  };
}

const idColumn = <T extends { id: string }>(): ColumnCodec<T, SheetContext> => ({ key: 'id', header: ROW_ID_HEADER, width: 10, hidden: true, render: (r) => ({ text: r.id }) });

/**
 * The Recommendations sheet's columns, keyed by the recommendation's hidden id.
 *
 * @example
 * recommendationColumns[1]?.header; // 'Code'
 */
export const recommendationColumns: Array<ColumnCodec<Recommendation, SheetContext>> = [
  idColumn(),
  textColumn('Code', 'code', 12),
  sectionColumn('Section'),
  textColumn('Recommendation', 'text', 60, wholeText),
  textColumn('Timescale', 'timescale', 18),
  { key: 'due', header: 'Due', width: 12, render: (r) => renderPartialDate(r.due, null), read: (cell, r) => ({ ...r, due: readPartialDate(cell).date }) },
  listColumn('Report paragraphs', 'paragraphRefs', 20),
  listColumn('Outcomes', 'outcomes', 40),
];

const SECTION_KINDS: Record<Section['kind'], string> = {
  theme: 'Theme',
  'key-judgement-area': 'Key judgement area',
  'area-for-improvement': 'Area for improvement',
  section: 'Section',
};

/**
 * The Sections sheet's columns: themes, key judgement areas and areas for improvement.
 *
 * @example
 * sectionColumns.map((c) => c.header); // ['Id', 'Kind', 'Title', 'Within', 'Aims']
 */
export const sectionColumns: Array<ColumnCodec<Section, SheetContext>> = [
  idColumn(),
  {
    key: 'kind',
    header: 'Kind',
    width: 20,
    render: (s) => ({ text: SECTION_KINDS[s.kind] }),
    read: (cell, s) => ({ ...s, kind: wordFor(SECTION_KINDS, cell?.text ?? '') ?? s.kind }),
  },
  textColumn('Title', 'title', 60, wholeText),
  sectionColumn('Within', 'parentId'),
  listColumn('Aims', 'aims', 60),
];

/**
 * The Inspections sheet's columns.
 *
 * @example
 * inspectionColumns.map((c) => c.header); // ['Id', 'Inspected by', 'Title', 'Date', 'Judgement']
 */
export const inspectionColumns: Array<ColumnCodec<Inspection, SheetContext>> = [
  idColumn(),
  listColumn('Inspected by', 'bodies', 20),
  textColumn('Title', 'title', 40, wholeText),
  { key: 'date', header: 'Date', width: 12, render: (i) => renderPartialDate(i.date, null), read: (cell, i) => ({ ...i, date: readPartialDate(cell).date }) },
  textColumn('Judgement', 'judgement', 30),
];

/**
 * The Indicators sheet's columns: each performance measure with its baseline, target and actual.
 *
 * @example
 * indicatorColumns.map((c) => c.header); // ['Id', 'Indicator', 'Unit', 'Baseline', 'Target', 'Actual', 'Period', 'Recommendation']
 */
export const indicatorColumns: Array<ColumnCodec<Indicator, SheetContext>> = [
  idColumn(),
  textColumn('Indicator', 'name', 40, wholeText),
  textColumn('Unit', 'unit', 8),
  textColumn('Baseline', 'baseline', 12),
  textColumn('Target', 'target', 12),
  textColumn('Actual', 'actual', 12),
  textColumn('Period', 'period', 16),
  {
    key: 'recommendationId',
    header: 'Recommendation',
    width: 20,
    render: (i, ctx) => {
      const found = findIn(ctx, ctx.plan.recommendations, byId, i.recommendationId);
      return { text: found ? (found.code ?? found.text) : '' };
    },
    read: (cell, i, ctx) => {
      const label = cellText(cell);
      return { ...i, recommendationId: label === null ? null : (findIn(ctx, ctx.plan.recommendations, byFoldedLabel, foldText(label))?.id ?? i.recommendationId) };
    },
  },
];

/**
 * The role key's columns on the Key sheet: each abbreviation, who it stands for, other spellings.
 *
 * @example
 * personColumns.map((c) => c.header); // ['Key', 'Who', 'Also written']
 */
export const personColumns: Array<ColumnCodec<Person, SheetContext>> = [
  textColumn('Key', 'key', 22, trimmedText),
  textColumn('Who', 'name', 70, trimmedText),
  listColumn('Also written', 'aliases', 30, ', '),
];

/** The plan's own details, as the one row of the Details sheet shows them. */
export type PlanDetails = Pick<Plan, 'schemaVersion' | 'id' | 'title' | 'organisation' | 'version' | 'asOf' | 'ragScheme'>;

/**
 * The Details sheet's columns.
 *
 * @example
 * detailColumns.map((c) => c.header); // ['Id', 'Plan', 'Organisation', 'Version', 'As of', 'RAG scheme']
 */
export const detailColumns: Array<ColumnCodec<PlanDetails, SheetContext>> = [
  idColumn(),
  textColumn('Plan', 'title', 60, wholeText),
  textColumn('Organisation', 'organisation', 30),
  textColumn('Version', 'version', 12),
  {
    key: 'asOf',
    header: 'As of',
    width: 12,
    render: (d) => renderPartialDate(d.asOf, null),
    read: (cell, d) => {
      const { date } = readPartialDate(cell);
      return { ...d, asOf: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null };
    },
  },
  { key: 'ragScheme', header: 'RAG scheme', width: 14, render: (d) => ({ text: d.ragScheme }) },
];

/** A name the plan's records refer to (a source sheet, an extra column's field as imported). */
export interface NameRow {
  id: string;
  use: string;
  name: string;
}

/**
 * The Sources sheet's columns: the names that source references and extra columns use, so the
 * data sheet can point at them by number instead of keeping a copy.
 *
 * @example
 * nameColumns.map((c) => c.header); // ['Id', 'Used for', 'Name']
 */
export const nameColumns: Array<ColumnCodec<NameRow, SheetContext>> = [
  idColumn(),
  { key: 'use', header: 'Used for', width: 20, render: (n) => ({ text: n.use }) },
  textColumn('Name', 'name', 60, wholeText),
];
