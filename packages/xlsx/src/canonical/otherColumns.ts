import { foldText, type Action, type Plan, type ProgressEntry, type Recommendation } from '@actionplan/core';
import { cellLines, cellText } from './cellOut';
import type { ColumnCodec } from './columnCodec';
import { readPartialDate, renderPartialDate } from './partialDateCell';
import { readStatusWords, STATUS_WORDS } from './planColumns';

/** A row of the Progress sheet: one dated entry of one action. */
export interface ProgressRow {
  action: Action;
  entry: ProgressEntry;
}

type ProgressColumn = ColumnCodec<ProgressRow, Plan>;
const setEntry = (row: ProgressRow, entry: Partial<ProgressEntry>): ProgressRow => ({ ...row, entry: { ...row.entry, ...entry } });

/** The column of the Progress sheet that names the action an entry belongs to. */
export const ACTION_ID_HEADER = 'Action id';

/**
 * The Progress sheet's columns: one row per dated progress entry, keyed by the action's id.
 *
 * @example
 * progressColumns.map((c) => c.header); // ['Action id', 'Ref', 'Action', 'Date', 'Status', 'Status words', 'Progress']
 */
export const progressColumns: ProgressColumn[] = [
  { key: 'actionId', header: ACTION_ID_HEADER, width: 10, hidden: true, render: ({ action }) => ({ text: action.id }) },
  { key: 'ref', header: 'Ref', width: 8, render: ({ action }) => ({ text: action.ref ?? '' }) },
  { key: 'title', header: 'Action', width: 40, render: ({ action }) => ({ text: action.title }) },
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
    read: (cell, row) => setEntry(row, { statusText: cellText(cell) }),
  },
  {
    key: 'text',
    header: 'Progress',
    width: 70,
    render: ({ entry }) => ({ text: entry.text }),
    read: (cell, row) => setEntry(row, { text: cell?.text ?? '' }),
  },
];

type RecommendationColumn = ColumnCodec<Recommendation, Plan>;

/**
 * The Recommendations sheet's columns, keyed by the recommendation's hidden id.
 *
 * @example
 * recommendationColumns[1]?.header; // 'Code'
 */
export const recommendationColumns: RecommendationColumn[] = [
  { key: 'id', header: 'Id', width: 10, hidden: true, render: (r) => ({ text: r.id }) },
  { key: 'code', header: 'Code', width: 12, render: (r) => ({ text: r.code ?? '' }), read: (cell, r) => ({ ...r, code: cellText(cell) }) },
  {
    key: 'sectionId',
    header: 'Section',
    width: 28,
    render: (r, plan) => ({ text: plan.sections.find((s) => s.id === r.sectionId)?.title ?? '' }),
    read: (cell, r, plan) => {
      const title = cellText(cell);
      if (title === null) return { ...r, sectionId: null };
      return { ...r, sectionId: plan.sections.find((s) => foldText(s.title) === foldText(title))?.id ?? r.sectionId };
    },
  },
  { key: 'text', header: 'Recommendation', width: 60, render: (r) => ({ text: r.text }), read: (cell, r) => ({ ...r, text: cell?.text ?? '' }) },
  { key: 'timescale', header: 'Timescale', width: 18, render: (r) => ({ text: r.timescale ?? '' }), read: (cell, r) => ({ ...r, timescale: cellText(cell) }) },
  { key: 'due', header: 'Due', width: 12, render: (r) => renderPartialDate(r.due, null), read: (cell, r) => ({ ...r, due: readPartialDate(cell).date }) },
  {
    key: 'paragraphRefs',
    header: 'Report paragraphs',
    width: 20,
    render: (r) => ({ text: r.paragraphRefs.join('\n') }),
    read: (cell, r) => ({ ...r, paragraphRefs: cellLines(cell) }),
  },
  {
    key: 'outcomes',
    header: 'Outcomes',
    width: 40,
    render: (r) => ({ text: r.outcomes.join('\n') }),
    read: (cell, r) => ({ ...r, outcomes: cellLines(cell) }),
  },
];
