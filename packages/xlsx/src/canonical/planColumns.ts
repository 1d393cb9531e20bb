import { foldText, parseStatusText, type Action, type DeliveryStatus, type Plan } from '@actionplan/core';
import { ragLabel, ragLevelNamed, type RagKey } from '../export/ragKey';
import { cellLines, cellText } from './cellOut';
import type { ColumnCodec } from './columnCodec';
import { readPartialDate, renderPartialDate } from './partialDateCell';

/** What the Plan sheet's columns need besides the action. */
export interface PlanContext {
  plan: Plan;
  key: RagKey;
}

type PlanColumn = ColumnCodec<Action, PlanContext>;

const KIND_WORDS: Record<Action['kind'], string> = { action: 'Action', milestone: 'Milestone', 'sub-action': 'Sub-action' };
const TIER_WORDS: Record<NonNullable<Action['tier']>, string> = { 'must-do': 'Must do', embedding: 'Embedding' };
/** The words the Status column shows for each delivery status. */
export const STATUS_WORDS: Record<DeliveryStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  blocked: 'Blocked',
};

function wordFor<K extends string>(words: Record<K, string>, text: string): K | undefined {
  const folded = foldText(text);
  return (Object.keys(words) as K[]).find((key) => foldText(words[key]) === folded || foldText(key) === folded);
}

/**
 * A status from a Status cell: the canonical words, else whatever core's status reader makes of it.
 *
 * @example
 * readStatusWords('On track'); // 'in-progress'
 */
export function readStatusWords(text: string | null): DeliveryStatus | null {
  if (text === null) return null;
  return wordFor(STATUS_WORDS, text) ?? parseStatusText(text).status;
}

function recommendationLabel(plan: Plan, id: string): string {
  const recommendation = plan.recommendations.find((r) => r.id === id);
  return recommendation ? (recommendation.code ?? recommendation.text) : id;
}

const text = (header: string, key: string, width: number, get: (a: Action) => string | null, set: (a: Action, v: string | null) => Action): PlanColumn => ({
  key,
  header,
  width,
  render: (action) => ({ text: get(action) ?? '' }),
  read: (cell, action) => set(action, cellText(cell)),
});

const lines = (header: string, key: 'leads' | 'involved' | 'measures', width: number): PlanColumn => ({
  key,
  header,
  width,
  render: (action) => ({ text: action[key].join('\n') }),
  read: (cell, action) => ({ ...action, [key]: cellLines(cell) }),
});

/** The Id column: hidden, the key that matches a row to its action after officers sort the sheet. */
export const ID_HEADER = 'Id';

/**
 * The fixed columns of the Plan sheet, in order (extra columns follow, by their header).
 *
 * @example
 * planColumns.map((c) => c.header); // ['Id', 'Section', 'Recommendation code', 'Ref', …]
 */
export const planColumns: PlanColumn[] = [
  { key: 'id', header: ID_HEADER, width: 10, hidden: true, render: (action) => ({ text: action.id }) },
  {
    key: 'sectionId',
    header: 'Section',
    width: 28,
    render: (action, { plan }) => ({ text: plan.sections.find((s) => s.id === action.sectionId)?.title ?? '' }),
    read: (cell, action, { plan }) => {
      const title = cellText(cell);
      if (title === null) return { ...action, sectionId: null };
      const section = plan.sections.find((s) => foldText(s.title) === foldText(title));
      return section ? { ...action, sectionId: section.id } : action;
    },
  },
  {
    key: 'recommendationIds',
    header: 'Recommendation code',
    width: 16,
    render: (action, { plan }) => ({ text: action.recommendationIds.map((id) => recommendationLabel(plan, id)).join('\n') }),
    read: (cell, action, { plan }) => {
      const ids = cellLines(cell).flatMap((label) => {
        const found = plan.recommendations.find((r) => foldText(r.code ?? r.text) === foldText(label));
        return found ? [found.id] : [];
      });
      return { ...action, recommendationIds: ids };
    },
  },
  text('Ref', 'ref', 8, (a) => a.ref, (a, ref) => ({ ...a, ref })),
  {
    key: 'kind',
    header: 'Kind',
    width: 11,
    render: (action) => ({ text: KIND_WORDS[action.kind] }),
    read: (cell, action) => ({ ...action, kind: wordFor(KIND_WORDS, cell?.text ?? '') ?? action.kind }),
  },
  text('Action', 'title', 50, (a) => a.title, (a, title) => ({ ...a, title: title ?? '' })),
  {
    key: 'tier',
    header: 'Tier',
    width: 11,
    render: (action) => ({ text: action.tier ? TIER_WORDS[action.tier] : '' }),
    read: (cell, action) => ({ ...action, tier: wordFor(TIER_WORDS, cell?.text ?? '') ?? null }),
  },
  lines('Lead officer(s)', 'leads', 16),
  lines('Involved', 'involved', 16),
  {
    key: 'start',
    header: 'Start',
    width: 12,
    render: (action) => renderPartialDate(action.start, action.startText),
    read: (cell, action) => {
      const { date, text } = readPartialDate(cell);
      return { ...action, start: date, startText: text };
    },
  },
  {
    key: 'due',
    header: 'Due',
    width: 12,
    render: (action) => renderPartialDate(action.due, action.dueText),
    read: (cell, action) => {
      const { date, text } = readPartialDate(cell);
      return { ...action, due: date, dueText: text };
    },
  },
  {
    key: 'status',
    header: 'Status',
    width: 12,
    render: (action) => ({ text: action.status ? STATUS_WORDS[action.status] : '' }),
    read: (cell, action) => ({ ...action, status: readStatusWords(cellText(cell)) }),
  },
  {
    key: 'rag',
    header: 'RAG',
    width: 10,
    render: (action, { key }) => ({ text: ragLabel(action.rag, key) }),
    read: (cell, action, { key }) => ({ ...action, rag: ragLevelNamed(cell?.text ?? '', key) }),
  },
  lines('Measures', 'measures', 40),
  {
    key: 'progress',
    header: 'Latest progress',
    width: 40,
    render: (action) => {
      const latest = action.progress.at(-1);
      return { text: latest ? [latest.date, latest.text].filter(Boolean).join(' – ') : '' };
    },
  },
  text('Comments', 'comments', 40, (a) => a.comments, (a, comments) => ({ ...a, comments })),
];

/**
 * The column of an extra field (`Evidence`, `DLT lead:`), under the header it is shown with.
 *
 * @example
 * extraColumn('Evidence', 'Evidence').render(action, ctx); // { text: action.extra.Evidence ?? '' }
 */
export function extraColumn(field: string, header: string): PlanColumn {
  return {
    key: `extra:${field}`,
    header,
    width: 24,
    // Own keys only: `action.extra['__proto__']` of an action without that field is Object.prototype.
    render: (action) => ({ text: Object.hasOwn(action.extra, field) ? action.extra[field]! : '' }),
    read: (cell, action) => {
      const value = cell?.text ?? '';
      // Rebuilt from entries, never assigned by key: a field named `__proto__` stays an ordinary key.
      const others = Object.entries(action.extra).filter(([key]) => key !== field);
      return { ...action, extra: Object.fromEntries(value === '' ? others : [...others, [field, value]]) };
    },
  };
}

/**
 * Headers for the plan's extra fields that are unique and non-empty, as an Excel table needs:
 * a field named like a fixed column or another field gets a suffix.
 *
 * @example
 * extraHeaders(['Evidence', 'Comments']); // [['Evidence', 'Evidence'], ['Comments', 'Comments (extra)']]
 */
export function extraHeaders(fields: string[]): Array<[string, string]> {
  const taken = new Set(planColumns.map((column) => column.header.toLowerCase()));
  return fields.map((field) => {
    const plain = field.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    const base = plain === '' ? 'Extra' : plain;
    let header = taken.has(base.toLowerCase()) ? `${base} (extra)` : base;
    for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${base} (extra ${n})`;
    taken.add(header.toLowerCase());
    return [field, header];
  });
}
