import { foldText, parseStatusText, type Action, type DeliveryStatus, type Plan } from '@actionplan/core';
import { ragLabel, ragLevelNamed, type RagKey } from '../export/ragKey';
import { cellLines, cellText } from './cellOut';
import type { ColumnCodec } from './columnCodec';
import { readPartialDate, renderPartialDate } from './partialDateCell';
import { byFoldedLabel, byFoldedTitle, byId, findIn } from './planLookup';
import { listColumn, textColumn, trimmedText } from './textColumns';

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

/**
 * The enum value whose word (or id) a cell names, case and punctuation ignored.
 *
 * @example
 * wordFor(KIND_WORDS, 'sub action'); // 'sub-action'
 */
export function wordFor<K extends string>(words: Record<K, string>, text: string): K | undefined {
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

function recommendationLabel(ctx: PlanContext, id: string): string {
  const recommendation = findIn(ctx, ctx.plan.recommendations, byId, id);
  return recommendation ? (recommendation.code ?? recommendation.text) : id;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a date shows as a date cell, so its raw text needs a column of its own.
 *
 * @example
 * shownAsDay('2011-05-31'); // true
 * shownAsDay('2017-02'); // false
 */
export const shownAsDay = (date: string | null): boolean => date !== null && DAY.test(date);

/**
 * The Start or Due column. A day is a date cell; anything less precise shows as the source's words
 * (`Feb-17`), else its ISO form. Unchanged, the cell gives back the raw text when it shows it (the
 * ISO date is in the data sheet); edited, the cell is read as a date.
 */
function dateColumn(header: string, field: 'start' | 'due'): PlanColumn {
  const textField = field === 'start' ? 'startText' : 'dueText';
  return {
    key: field,
    header,
    width: 12,
    render: (action) => renderPartialDate(action[field], action[textField]),
    decode: (text, action) => (shownAsDay(action[field]) ? action : { ...action, [textField]: action[textField] === null ? null : text }),
    read: (cell, action) => {
      const { date, text } = readPartialDate(cell);
      return { ...action, [field]: date, [textField]: text };
    },
  };
}

/**
 * The raw text of a day-precise Start or Due (`31.12.12`), which its date cell cannot show. Read
 * before the date column, so an edit of the date itself wins.
 *
 * @example
 * writtenColumn('Due as written', 'due').render(action, ctx); // { text: '31.3.17' }
 */
export function writtenColumn(header: string, field: 'start' | 'due'): PlanColumn {
  const textField = field === 'start' ? 'startText' : 'dueText';
  return {
    ...textColumn<Action, PlanContext>(header, textField, 12),
    key: `${textField}:written`,
    first: true,
    render: (action) => ({ text: shownAsDay(action[field]) ? (action[textField] ?? '') : '' }),
    decode: (text, action) => (shownAsDay(action[field]) && action[textField] !== null ? { ...action, [textField]: text } : action),
  };
}

/** The Id column: hidden, the key that matches a row to its action after officers sort the sheet. */
export const ID_HEADER = 'Id';

/**
 * The fixed columns of the Plan sheet, in order (the as-written date columns and extra columns
 * follow when the plan needs them).
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
    render: (action, ctx) => ({ text: findIn(ctx, ctx.plan.sections, byId, action.sectionId)?.title ?? '' }),
    read: (cell, action, ctx) => {
      const title = cellText(cell);
      if (title === null) return { ...action, sectionId: null };
      const section = findIn(ctx, ctx.plan.sections, byFoldedTitle, foldText(title));
      return section ? { ...action, sectionId: section.id } : action;
    },
  },
  {
    key: 'recommendationIds',
    header: 'Recommendation code',
    width: 16,
    render: (action, ctx) => ({ text: action.recommendationIds.map((id) => recommendationLabel(ctx, id)).join('\n') }),
    read: (cell, action, ctx) => {
      const ids = cellLines(cell).flatMap((label) => {
        const found = findIn(ctx, ctx.plan.recommendations, byFoldedLabel, foldText(label));
        return found ? [found.id] : [];
      });
      return { ...action, recommendationIds: ids };
    },
  },
  textColumn('Ref', 'ref', 8),
  {
    key: 'kind',
    header: 'Kind',
    width: 11,
    render: (action) => ({ text: KIND_WORDS[action.kind] }),
    read: (cell, action) => ({ ...action, kind: wordFor(KIND_WORDS, cell?.text ?? '') ?? action.kind }),
  },
  textColumn('Action', 'title', 50, trimmedText),
  {
    key: 'tier',
    header: 'Tier',
    width: 11,
    render: (action) => ({ text: action.tier ? TIER_WORDS[action.tier] : '' }),
    read: (cell, action) => ({ ...action, tier: wordFor(TIER_WORDS, cell?.text ?? '') ?? null }),
  },
  listColumn('Lead officer(s)', 'leads', 16),
  listColumn('Involved', 'involved', 16),
  dateColumn('Start', 'start'),
  dateColumn('Due', 'due'),
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
  listColumn('Measures', 'measures', 40),
  {
    key: 'progress',
    header: 'Latest progress',
    width: 40,
    render: (action) => {
      const latest = action.progress.at(-1);
      return { text: latest ? [latest.date, latest.text].filter(Boolean).join(' – ') : '' };
    },
  },
  textColumn('Comments', 'comments', 40),
];

/**
 * The column of an extra field (`Evidence`, `DLT lead:`), under the header it is shown with. The
 * data sheet keeps only whether the action has the field (it may hold `''`).
 *
 * @example
 * extraColumn('Evidence', 'Evidence', 0).render(action, ctx); // { text: action.extra.Evidence ?? '' }
 */
export function extraColumn(field: string, header: string, index: number): PlanColumn {
  const has = (action: Action): boolean => Object.hasOwn(action.extra, field);
  // Rebuilt from entries, never assigned by key: a field named `__proto__` stays an ordinary key.
  const withValue = (action: Action, value: string | null): Action => {
    const others = Object.entries(action.extra).filter(([key]) => key !== field);
    return { ...action, extra: Object.fromEntries(value === null ? others : [...others, [field, value]]) };
  };
  return {
    key: `extra:${index}`,
    header,
    width: 24,
    // Own keys only: `action.extra['__proto__']` of an action without that field is Object.prototype.
    render: (action) => ({ text: has(action) ? action.extra[field]! : '' }),
    facts: (action) => (has(action) ? [1] : []),
    decode: (text, action, facts) => (facts.length > 0 ? withValue(action, text) : action),
    read: (cell, action) => withValue(action, (cell?.text ?? '') === '' ? null : cell!.text),
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
  const taken = new Set([...planColumns.map((column) => column.header), 'Start as written', 'Due as written'].map((header) => header.toLowerCase()));
  return fields.map((field) => {
    const plain = field.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    const base = plain === '' ? 'Extra' : plain;
    let header = taken.has(base.toLowerCase()) ? `${base} (extra)` : base;
    for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${base} (extra ${n})`;
    taken.add(header.toLowerCase());
    return [field, header];
  });
}
