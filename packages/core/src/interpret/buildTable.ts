import { formatDate } from '../dates';
import type { DateParseOptions } from '../dates';
import { columnLetter } from '../detect/columnLetter';
import type { DetectedTable } from '../detect/detectTables';
import type { PlanField } from '../detect/fields';
import { parseLeadingRef } from '../detect/leadingRef';
import { isFilled, rowTexts } from '../detect/sheetText';
import { cellAddress } from '../grid/grid';
import { foldText, foldsEqual } from '../match/similarity';
import { createAction } from '../model/create';
import type { PlanIssue } from '../model/issue';
import type { Action, Person, Plan, ProgressEntry, RagLevelId, Recommendation, Section } from '../model/plan';
import { findLevel } from '../rag';
import type { RagScheme } from '../rag';
import { parseStatusText } from '../status';
import type { CellLedger } from './ledger';
import { columnShift } from './columnShift';
import { readAddress, readRecords } from './readRecords';
import type { ReadCell, ReadRecord } from './readRecords';
import { parseRecLinks } from './parseRecLinks';
import type { RecommendationCitation } from './parseRecLinks';
import { parseRecommendationCode } from './parseRecommendationCode';
import { isMonthFormat } from './readDateCell';
import type { CellDate } from './readDateCell';
import { createDateReader } from './dateReader';
import type { DateReader } from './dateReader';
import { createTextReaders } from './textReaders';
import type { TextReaders } from './textReaders';
import { readProgress } from './readProgress';
import { readRag } from './readRag';
import type { SheetView } from './sheetView';
import { slug } from './slugs';
import { resolveLead, splitLeadGroups } from './splitLeads';
import { splitNumberedItems } from './splitNumberedItems';
import type { Tier } from './splitNumberedItems';
import { splitProgressByKey } from './splitProgressByKey';
import { stripHtml } from './stripHtml';

/** What building a plan from tables shares across tables and sheets. */
export interface BuildContext {
  plan: Plan;
  issues: PlanIssue[];
  ledger: CellLedger;
  people: Person[];
  scheme: RagScheme;
  /** Fill colour → level, from the sheet's legend. */
  legend: Record<string, RagLevelId>;
  uniqueId: (base: string) => string;
  /** Recommendation citations in action text, resolved once every sheet is read. */
  citations: Array<{ action: Action; citation: RecommendationCitation; cell: string }>;
  dateOptions: DateParseOptions;
  /** Reads date cells with `dateOptions`, each distinct text once for the whole import; made on first use when absent. */
  dates?: DateReader;
  /** Reads repeating comment, measure, lead, progress and recommendation texts once for the whole import; made on first use when absent. */
  texts?: TextReaders;
  /** The open heading of each rank on the current sheet, for a section's parent (`Area for improvement 2` under `Theme 1`). */
  openSections: Array<Section | undefined>;
}

type Column = (field: PlanField) => number;

/** Text carried over from the row above starts in lower case or mid-sentence. */
export function looksCarriedOn(text: string): boolean {
  const first = text.trim()[0] ?? '';
  return first !== '' && /\p{Ll}/u.test(first);
}

function joinText(before: string, after: string): string {
  if (before === '') return after;
  return /[.!?:;]$/.test(before) ? `${before}\n${after}` : `${before} ${after}`;
}

function refNumber(action: Action): number {
  return Number(action.ref?.replace(/\D/g, '') ?? NaN);
}

/** A ref as an id fragment: `(3)` → `3`, `2.4.1.` → `2.4.1`, spaces as dashes. Most refs (`A5.1`) are that already. */
function refSlug(ref: string): string {
  if (!/[()\s]/.test(ref) && !ref.endsWith('.')) return ref;
  return ref.replace(/[().]+$/, '').replace(/[()]/g, '').replace(/\s+/g, '-');
}

/** How high a heading stands: a part holds themes, a theme holds areas and plain sections. */
function sectionRank(title: string): number {
  if (/^part\s+\d/i.test(title)) return 0;
  return /^(theme|key judgement area)\b/i.test(title) ? 1 : 2;
}

function sectionKind(title: string): Section['kind'] {
  if (/^theme\b/i.test(title)) return 'theme';
  if (/^key judgement area\b/i.test(title)) return 'key-judgement-area';
  if (/^area for improvement\b/i.test(title)) return 'area-for-improvement';
  return 'section';
}

/** The date fields of an action, in the order their cells are read. */
const DATE_FIELDS = ['start', 'due'] as const;

/** The fields whose text on a row makes it an action's, beside the action text itself. */
const ROW_FIELDS: readonly PlanField[] = ['ref', 'start', 'due', 'lead', 'status', 'progress', 'comments', 'measures', 'id'];

/** Where a record's cell was read: its first address, or '' for no cell. */
function firstAddress(cell: ReadCell | undefined): string {
  return readAddress(cell) ?? '';
}

/** The list without repeats, first mentions kept: the list itself when nothing repeats (most lead lists), so no Set and copy per action. */
function distinct(list: string[]): string[] {
  for (let at = 1; at < list.length; at++) if (list.indexOf(list[at] ?? '') < at) return [...new Set(list)];
  return list;
}

const sectionIndexes = new WeakMap<Plan, Map<string, Section>>();

/** The plan's sections by folded title, so a heading met again finds its section without a scan. */
function sectionsByTitle(plan: Plan): Map<string, Section> {
  let index = sectionIndexes.get(plan);
  if (!index || index.size !== plan.sections.length) {
    index = new Map(plan.sections.map((section) => [foldText(section.title), section]));
    sectionIndexes.set(plan, index);
  }
  return index;
}

/** How many lines of the text hold anything (most cells are one line, counted without a split). */
function filledLines(text: string): number {
  if (!text.includes('\n')) return isFilled(text) ? 1 : 0;
  return text.split('\n').filter(isFilled).length;
}

/** Date columns whose real dates mostly show no day (`mmm-yy`): a bare serial there is a month too. */
function monthColumns(table: DetectedTable, view: SheetView): Set<number> {
  const columns = table.columns.filter((column) => column.field === 'start' || column.field === 'due').map((column) => column.index);
  const monthly = new Set<number>();
  for (const column of columns) {
    let months = 0;
    let days = 0;
    // Indexed: this runs over every row of the table, twice.
    for (let at = 0; at < table.rows.length; at++) {
      const row = table.rows[at];
      const cell = row?.kind === 'data' ? view.sheet.rows[row.row]?.[column] : undefined;
      if (cell?.date === undefined) continue;
      if (isMonthFormat(cell.numFmt)) months++;
      else days++;
    }
    if (months > days) monthly.add(column);
  }
  return monthly;
}

/**
 * Builds sections, recommendations and actions from one detected table, recording in the
 * ledger what became of every non-empty cell.
 *
 * @example
 * buildTable(table, sheetView(sheet), context); // context.plan.actions now holds the table's actions
 */
export function buildTable(table: DetectedTable, view: SheetView, context: BuildContext): void {
  const { plan, ledger, issues } = context;
  const dates = (context.dates ??= createDateReader(context.dateOptions));
  const texts = (context.texts ??= createTextReaders());
  const sheet = table.sheet;
  const indexOf = new Map<PlanField, number>();
  table.columns.forEach((column) => {
    if (column.field !== 'extra') indexOf.set(column.field, column.index);
  });
  const col: Column = (field) => indexOf.get(field) ?? -1;
  // Worked out once per table, not per record: a record's cell by field, and the columns whose text makes a row an action's.
  const cellOf = (record: ReadRecord, field: PlanField): ReadCell | undefined => (col(field) >= 0 ? record.cells[col(field)] : undefined);
  const rowFieldColumns = ROW_FIELDS.map(col).filter((column) => column >= 0);
  const rowFieldColumnsButRef = ROW_FIELDS.filter((field) => field !== 'ref').map(col).filter((column) => column >= 0);
  // Each extra column's key in `extra` and in the source cells, worked out once per table.
  const extraColumns = table.columns
    .filter((column) => column.field === 'extra')
    .map((column) => {
      const header = column.header.trim() || `Column ${columnLetter(column.index)}`;
      return { index: column.index, header, cellKey: `extra:${header}` };
    });
  const anyFilled = (record: ReadRecord, columns: readonly number[]): boolean => columns.some((column) => isFilled(record.cells[column]?.text ?? ''));
  const hasMilestones = col('milestone') >= 0 && col('action') >= 0;
  const itemColumn = hasMilestones || col('action') < 0 ? col('milestone') : col('action');
  const listOnly = itemColumn < 0 && col('recommendation') >= 0;
  const sheetSlug = slug(sheet, 20);
  const issue = (code: string, severity: PlanIssue['severity'], message: string, cell: string, ref: string | null = null): void => {
    issues.push({ code, severity, message, path: [], ref, sheet, cell });
  };

  // Records are joined as the rows are read, one in hand at a time (row order, as the loop below).
  const nextRecord = readRecords(table, view);
  let ahead = nextRecord();
  const recordAt = (row: number): ReadRecord | undefined => {
    while (ahead && (ahead.rows[0] ?? 0) < row) ahead = nextRecord();
    if (!ahead || ahead.rows[0] !== row) return undefined;
    const found = ahead;
    ahead = nextRecord();
    return found;
  };
  const firstAction = plan.actions.length;
  let section: Section | null = null;
  let rec: Recommendation | null = null;
  let pendingTimescale: string | null = null;
  let pendingOutcome: string[] | null = null;
  let tier: Tier | null = null;
  let parent: Action | null = null;
  let lastAction: Action | null = null;
  let lastProgress: ProgressEntry | null = null;
  /** Progress keyed with a number no action on its row has (seed 004's rows out of step): placed once the table is read. */
  const unmatched: Array<{ progress: ProgressEntry; numbers: number[]; key: string; beside: Action[]; rec: Recommendation | null; address: string }> = [];

  const ignoreRow = (row: number, reason: string): void => {
    rowTexts(view.sheet, row).forEach((text, column) => {
      if (isFilled(text)) ledger.ignored(sheet, row, column, reason);
    });
  };

  const open = context.openSections;
  const sectionFor = (title: string): Section => {
    const rank = sectionRank(title);
    const byTitle = sectionsByTitle(plan);
    const found = byTitle.get(foldText(title));
    const parentId = open.slice(0, rank).findLast((each) => each !== undefined)?.id ?? null;
    const chosen = found ?? { id: context.uniqueId(`sec-${slug(title)}`), kind: sectionKind(title), title, parentId, aims: [] };
    if (!found) {
      plan.sections.push(chosen);
      byTitle.set(foldText(title), chosen);
    }
    open.length = rank;
    open[rank] = chosen;
    return chosen;
  };
  /** Aims belong to the theme above them (seed 001), else to the section they stand in. */
  const aimsOwner = (): Section | undefined => open[1] ?? section ?? undefined;

  const newAction = (fields: Partial<Action>, ref: string | null, row: number, scope: string | null): Action => {
    const base = ref === null ? `r${row + 1}` : `${scope === null ? '' : `${slug(scope)}-`}${refSlug(ref)}`;
    const action = createAction({
      id: context.uniqueId(`${sheetSlug}-${base}`),
      ref,
      sectionId: section?.id ?? null,
      recommendationIds: rec ? [rec.id] : [],
      tier,
      source: { sheet, row: row + 1, cells: {} },
      ...fields,
    });
    plan.actions.push(action);
    lastAction = action;
    return action;
  };

  /** The citations already noted for each action, so one is noted once (a lookup, not a scan of them all). */
  const cited = new WeakMap<Action, Set<string>>();
  const cite = (action: Action, text: string, cell: string): void => {
    const citations = parseRecLinks(text);
    for (let at = 0; at < citations.length; at++) {
      const citation = citations[at];
      if (!citation) continue;
      const seen = cited.get(action) ?? new Set<string>();
      cited.set(action, seen);
      if (seen.has(citation.raw)) continue;
      seen.add(citation.raw);
      context.citations.push({ action, citation, cell });
    }
  };

  const leadsOf = (raw: readonly string[], cell: string, ref: string | null): string[] =>
    raw.map((lead) => {
      if (context.people.length === 0) return lead;
      const resolved = resolveLead(lead, context.people);
      if (resolved.match === 'alias') issue('role-alias-used', 'info', `Lead "${lead}" read as "${resolved.key}" from the role key.`, cell, ref);
      if (resolved.match === 'unknown') issue('unknown-role', 'info', `Lead "${lead}" is not in the role key.`, cell, ref);
      return resolved.key ?? lead;
    });

  const applyDate = (action: Action, field: 'start' | 'due', date: CellDate, cell: string): void => {
    action[field] = date.value;
    action[field === 'start' ? 'startText' : 'dueText'] = date.text;
    if (date.text !== null && action.source?.cells) action.source.cells[field] = cell;
    for (const found of date.issues) issues.push({ ...found, ref: action.ref, sheet, cell });
  };

  /** Fields every item of a row shares, or that a single item takes whole. */
  const applyRowFields = (action: Action, record: ReadRecord): void => {
    const cells = action.source?.cells ?? {};
    const involved = cellOf(record, 'involved');
    if (involved && isFilled(involved.text)) {
      action.involved = texts.involved(involved.text);
      cells.involved = firstAddress(involved);
    }
    const outcome = cellOf(record, 'outcome');
    if (outcome && isFilled(outcome.text) && col('recommendation') < 0 && !hasMilestones) {
      action.measures.push(stripHtml(outcome.text));
      cells.outcome = firstAddress(outcome);
    }
    const measures = cellOf(record, 'measures');
    if (measures && isFilled(measures.text)) {
      action.measures.push(...texts.measures(measures.text));
      cells.measures = firstAddress(measures);
    }
    const comments = cellOf(record, 'comments');
    if (comments && isFilled(comments.text)) {
      const note = texts.statusNote(comments.text);
      action.comments = note.plain;
      cells.comments = firstAddress(comments);
      const { reading } = note;
      if (action.status === null && reading.status !== null) action.status = reading.status;
    }
    const status = cellOf(record, 'status');
    const statusCell = status?.cell ?? view.cell(record.rows[0] ?? 0, col('status'));
    if (col('status') >= 0) {
      const reading = readRag(status?.text ?? '', statusCell?.fill, context.scheme, context.legend);
      const address = firstAddress(status) || cellAddress(record.rows[0] ?? 0, col('status'));
      if (reading.rag !== null) {
        action.rag = reading.rag;
        cells.rag = address;
        // The 4-level key's second dimension (seed 000's red: "support required to address issues").
        const level = findLevel(context.scheme, reading.rag);
        if (level?.supportRequired !== undefined) action.supportRequired = level.supportRequired;
        if (reading.from !== 'text') {
          issue('rag-from-fill', 'info', `Rating "${reading.rag}" read from the fill colour ${statusCell?.fill ?? ''} of ${address}${reading.from === 'legend' ? ', as the sheet\u2019s key defines it' : ''}.`, address, action.ref);
        }
      } else if (status && isFilled(status.text)) {
        const words = texts.status(status.text);
        if (words.status !== null) action.status = words.status;
        else issue('unknown-rag', 'warning', `"${status.text.trim()}" is not a rating of the ${context.scheme.name} scheme.`, address, action.ref);
      }
    }
    const delivery = cellOf(record, 'delivery');
    if (delivery && isFilled(delivery.text)) {
      const reading = texts.status(delivery.text);
      if (reading.status !== null) action.status = reading.status;
      cells.status = firstAddress(delivery);
    }
    const kindCell = cellOf(record, 'kind');
    if (kindCell && isFilled(kindCell.text)) {
      const kind = foldText(kindCell.text).replace(/ /g, '-');
      if (kind === 'action' || kind === 'milestone' || kind === 'sub-action') action.kind = kind;
    }
    const id = cellOf(record, 'id');
    if (id && isFilled(id.text)) action.id = id.text.trim();
    const tierCell = cellOf(record, 'tier');
    if (tierCell && isFilled(tierCell.text)) {
      const folded = foldText(tierCell.text);
      action.tier = folded.includes('must') ? 'must-do' : folded.includes('embed') ? 'embedding' : action.tier;
    }
    for (let at = 0; at < extraColumns.length; at++) {
      const column = extraColumns[at];
      const cell = column && record.cells[column.index];
      if (!column || !cell || !isFilled(cell.text)) continue;
      const { header, cellKey } = column;
      // A header may be any text, `__proto__` included: that one key is defined rather than assigned.
      if (header === '__proto__') Object.defineProperty(action.extra, header, { value: cell.text, enumerable: true, writable: true, configurable: true });
      else action.extra[header] = cell.text;
      cells[cellKey] = firstAddress(cell);
    }
  };

  /** Leads and dates on rows of their own after a packed row's last action: the next action's, after a page break. */
  type Pending<T> = Array<{ value: T; address: string; row: number }>;
  const pending: { leads: Pending<string[]>; start: Pending<CellDate>; due: Pending<CellDate> } = { leads: [], start: [], due: [] };
  const monthlyColumns = monthColumns(table, view);
  /** Addresses of action cells already read (a merged cell covers several rows). */
  const actionAddresses = new Set<string>();
  /** The recommendation cell held only its number; its text and timescale were read from the cells after it. */
  let codeOnly = false;
  const recommendationFrom = (cell: ReadCell, record: ReadRecord): void => {
    codeOnly = false;
    const plain = stripHtml(cell.text);
    const address = readAddress(cell) ?? '';
    if (rec && looksCarriedOn(plain) && pendingTimescale === null) {
      rec.text = joinText(rec.text, plain);
      issue('continuation-joined', 'info', `"${plain.slice(0, 40)}" continues recommendation ${rec.code ?? rec.text.slice(0, 30)} after a page break.`, address, rec.code);
      return;
    }
    const label = texts.recommendationLabel(plain);
    const refCell = col('ref') >= 0 ? record.cells[col('ref')] : undefined;
    if (listOnly && label.code === null && refCell && isFilled(refCell.text)) {
      // The code in a column of its own (seed 002's `Ref`: `Recommendation 1`).
      const written = stripHtml(refCell.text);
      label.code = parseRecommendationCode(written).code ?? written;
    }
    if (label.text === '' && label.code === null) {
      pendingTimescale = label.timescale;
      pendingOutcome = [];
      return;
    }
    if (rec && label.code === rec.code && foldsEqual(label.text, rec.text)) return;
    let text = label.text;
    let timescale = label.timescale ?? pendingTimescale;
    // `9.` in its own cell: the text is in the next cell along, the timescale after it.
    if (text === '' && label.code !== null) {
      const row = record.rows[0] ?? 0;
      const texts = rowTexts(view.sheet, row);
      const rest = texts.flatMap((each, column) => (column > col('recommendation') && isFilled(each) ? [column] : []));
      text = stripHtml(texts[rest[0] ?? -1] ?? '');
      if (listOnly && rest[1] !== undefined) timescale = stripHtml(texts[rest[1]] ?? '');
      for (const column of rest.slice(0, 2)) ledger.mapped(sheet, row, column);
      codeOnly = true;
    }
    const created: Recommendation = {
      id: context.uniqueId(`rec-${label.code === null ? `${sheetSlug}-r${(record.rows[0] ?? 0) + 1}` : slug(label.code)}`),
      code: label.code,
      inspectionId: null,
      sectionId: section?.id ?? null,
      text,
      timescale,
      due: null,
      paragraphRefs: label.paragraphRefs,
      outcomes: pendingOutcome ?? [],
      source: { sheet, row: (record.rows[0] ?? 0) + 1, cells: { text: address } },
    };
    if (label.code === null && plan.recommendations.some((each) => each.code !== null)) {
      issue('missing-recommendation-label', 'info', `A recommendation has no code: "${text.slice(0, 60)}…".`, address);
    }
    plan.recommendations.push(created);
    rec = created;
    pending.leads.length = 0;
    pending.start.length = 0;
    pending.due.length = 0;
    pendingTimescale = null;
    pendingOutcome = null;
    parent = null;
  };

  const outcomeFrom = (cell: ReadCell): void => {
    const plain = stripHtml(cell.text);
    const target = pendingOutcome ?? rec?.outcomes ?? parent?.measures;
    if (!target) return;
    const last = target.length - 1;
    if (last >= 0 && looksCarriedOn(plain)) target[last] = joinText(target[last] ?? '', plain);
    else target.push(plain);
  };

  /** A progress note, dated from the row's `Last reviewed` cell when the note gives no date of its own. */
  const progressOf = (text: string, record: ReadRecord): ProgressEntry => {
    const entry = texts.progress(text);
    const reviewed = col('reviewed') >= 0 ? record.cells[col('reviewed')] : undefined;
    if (entry.date === null && reviewed && isFilled(reviewed.text)) entry.date = dates.span(reviewed.cell, stripHtml(reviewed.text)).end;
    return entry;
  };

  const buildRecord = (record: ReadRecord): boolean => {
    const row = record.rows[0] ?? 0;
    let produced = false;
    const recCell = cellOf(record, 'recommendation');
    if (recCell && isFilled(recCell.text)) {
      recommendationFrom(recCell, record);
      produced = true;
    }
    if (listOnly) {
      if (!recCell || !isFilled(recCell.text)) {
        // A note row under a recommendation: `(Not all case files have up-to-date chronologies – Ref 39 P. 39)`.
        const note = record.cells.filter((each) => isFilled(each.text)).map((each) => stripHtml(each.text)).join(' ');
        if (rec && note !== '') rec.paragraphRefs.push(note);
        return rec !== null;
      }
      const due = cellOf(record, 'due');
      if (rec && due && isFilled(due.text) && !codeOnly) rec.timescale = stripHtml(due.text);
      const progress = cellOf(record, 'progress');
      if (rec && progress && isFilled(progress.text)) {
        // A tracker of recommendations (seed 002): the progress reported on each is one action's.
        const action = newAction({ kind: 'action', title: rec.text, progress: [progressOf(progress.text, record)] }, rec.code, row, null);
        if (action.source?.cells) Object.assign(action.source.cells, { title: readAddress(recCell) ?? '', progress: readAddress(progress) ?? '' });
        applyRowFields(action, record);
      }
      return true;
    }
    // Outcomes belong to the recommendation where there is one, else to the action (000's `Outcome`).
    const outcome = cellOf(record, 'outcome');
    const outcomeFilled = outcome !== undefined && isFilled(outcome.text);
    if (outcome && outcomeFilled && col('recommendation') >= 0) {
      outcomeFrom(outcome);
      produced = true;
    }
    if (hasMilestones) {
      const actionCell = cellOf(record, 'action');
      const actionAddress = readAddress(actionCell) ?? '';
      // An action cell merged down over its milestones' rows is read once, on its first row.
      if (actionCell && isFilled(actionCell.text) && !actionAddresses.has(actionAddress)) {
        actionAddresses.add(actionAddress);
        const plain = stripHtml(actionCell.text);
        const address = actionAddress;
        if (parent && looksCarriedOn(plain)) {
          parent.title = joinText(parent.title, plain);
          issue('continuation-joined', 'info', `"${plain.slice(0, 40)}" continues action ${parent.ref ?? ''} after a page break.`, address, parent.ref);
        } else {
          const leading = parseLeadingRef(plain);
          const ref = leading?.ref ?? null;
          parent = newAction({ kind: 'action', title: leading?.rest ?? plain }, ref, row, null);
          if (parent.source?.cells) parent.source.cells.title = address;
        }
        cite(parent, parent.title, address);
        produced = true;
      }
      if (outcome && outcomeFilled && col('recommendation') < 0) {
        outcomeFrom(outcome);
        produced = true;
      }
    }
    const itemCell = record.cells[itemColumn];
    const itemText = stripHtml(itemCell?.text ?? '');
    const rowFieldFilled = anyFilled(record, rowFieldColumns);
    const hasRowData = isFilled(itemText) || rowFieldFilled || extraColumns.some((c) => isFilled(record.cells[c.index]?.text ?? ''));
    if (hasMilestones && !isFilled(itemText) && !rowFieldFilled) return produced;
    if (!hasRowData) return produced;

    const split = table.packed ? splitNumberedItems(itemText, tier) : null;
    if (split) tier = split.tierAfter;
    const kind: Action['kind'] = hasMilestones ? 'milestone' : 'action';
    const items: Action[] = [];
    const itemAddress = readAddress(itemCell) ?? cellAddress(row, itemColumn);
    // Text before the first number continues the action above; with no action above, the cell is
    // one action as written (so no word is dropped).
    if (split && split.items.length > 0 && (split.leading === '' || lastAction)) {
      if (split.leading !== '' && lastAction) {
        lastAction.title = joinText(lastAction.title, split.leading);
        issue('continuation-joined', 'info', `"${split.leading.slice(0, 40)}" continues action ${lastAction.ref ?? ''} after a page break.`, itemAddress, lastAction.ref);
      }
      for (const item of split.items) {
        const action = newAction({ kind, title: item.text, tier: item.tier }, item.marker, row, rec?.code ?? rec?.id ?? null);
        if (action.source?.cells) action.source.cells.title = itemAddress;
        items.push(action);
      }
      if (split.items.length > 1) {
        issue('packed-cell-split', 'info', `${split.items.length} numbered actions in one cell were split: ${split.items.map((item) => item.marker).join(' ')}.`, itemAddress, rec?.code ?? null);
      }
    } else if (split && split.leading !== '' && lastAction && !anyFilled(record, rowFieldColumnsButRef)) {
      lastAction.title = joinText(lastAction.title, split.leading);
      issue('continuation-joined', 'info', `"${split.leading.slice(0, 40)}" continues action ${lastAction.ref ?? ''} after a page break.`, itemAddress, lastAction.ref);
      return true;
    } else {
      const refCell = cellOf(record, 'ref');
      const leading = parseLeadingRef(itemText);
      const ref = refCell && isFilled(refCell.text) ? refCell.text.trim() : (leading?.ref ?? null);
      const title = refCell && isFilled(refCell.text) ? itemText : (leading?.rest ?? itemText);
      if (split && split.leading === '' && !rowFieldFilled) return produced;
      const action = newAction({ kind, title, parentId: hasMilestones ? (parent?.id ?? null) : null }, ref, row, null);
      if (hasMilestones && parent) action.recommendationIds = [...parent.recommendationIds];
      if (action.source?.cells) {
        if (isFilled(itemText)) action.source.cells.title = itemAddress;
        if (refCell && isFilled(refCell.text)) action.source.cells.ref = readAddress(refCell) ?? '';
      }
      if (split && tier !== null) action.tier = tier;
      items.push(action);
    }
    // Indexed loops from here on: this runs once per row, and the iterators of `for … of` were a tenth of its allocation.
    for (let at = 0; at < items.length; at++) {
      const action = items[at];
      if (action) cite(action, action.title, action.source?.cells?.title ?? itemAddress);
    }

    // Leads, dates and progress: whole for one item, split in step for packed items.
    const leadCell = cellOf(record, 'lead');
    if (leadCell && isFilled(leadCell.text)) {
      const address = readAddress(leadCell) ?? '';
      const plain = stripHtml(leadCell.text);
      const lines = filledLines(plain);
      const titles = table.packed && (items.length > 1 || lines > 1) ? null : texts.leadTitles(plain);
      const groups = titles ? [titles.leads] : splitLeadGroups(plain, context.people);
      const unsplit = titles?.unsplit ?? [];
      for (let at = 0; at < unsplit.length; at++) {
        const lead = unsplit[at] ?? '';
        issue('lead-unsplit', 'info', `Lead "${lead}" was kept whole: its "and" may join two roles or belong to one title.`, address, items[0]?.ref ?? null);
      }
      if (groups.length > items.length && lines > 1) {
        // Lead rows below the last action's row (004 LAC7 row 99): theirs is the next action, after the page break.
        pending.leads.push(...groups.splice(items.length).map((group) => ({ value: group, address, row: record.rows.at(-1) ?? row })));
      }
      if (items.length > 1 && groups.length < items.length && groups.length !== 1) {
        issue('packed-cell-count-mismatch', 'warning', `The lead cell holds ${groups.length} leads for ${items.length} actions; they were given out in order.`, address, rec?.code ?? null);
      }
      items.forEach((action, index) => {
        const group = groups.length === 1 ? groups[0] : groups[index];
        action.leads = distinct(leadsOf(group ?? [], address, action.ref));
        if (action.source?.cells && group) action.source.cells.leads = address;
      });
    } else if (table.packed) {
      for (const action of items) {
        const given = pending.leads.shift();
        if (!given) break;
        action.leads = distinct(leadsOf(given.value, given.address, action.ref));
        if (action.source?.cells) action.source.cells.leads = given.address;
        issue('lead-row-without-action', 'info', `The lead on row ${given.row + 1} has no action beside it; it was given to action ${action.ref ?? ''}, the next after the page break.`, given.address, action.ref);
      }
    }
    for (let which = 0; which < DATE_FIELDS.length; which++) {
      const field = DATE_FIELDS[which] ?? 'due';
      const dateCell = cellOf(record, field);
      if (!dateCell || !isFilled(dateCell.text)) {
        if (table.packed) {
          for (const action of items) {
            const given = pending[field].shift();
            if (given) applyDate(action, field, given.value, given.address);
          }
        }
        continue;
      }
      const address = readAddress(dateCell) ?? '';
      const text = stripHtml(dateCell.text);
      if (!table.packed) {
        const span = dates.span(dateCell.cell, text, { monthly: monthlyColumns.has(col(field)) });
        for (let at = 0; at < items.length; at++) {
          const action = items[at];
          if (!action) continue;
          applyDate(action, field, { value: field === 'start' ? span.start : span.end, text, issues: span.issues }, address);
          // A timescale names a period (`Feb – Sept 2009`): where no column gives the start, it does.
          if (field === 'due' && col('start') < 0 && span.start !== null && span.start !== span.end) {
            action.start = span.start;
            action.startText = text;
            if (action.source?.cells) action.source.cells.start = address;
          }
        }
        if (span.periods > 1 && span.start !== null && span.end !== null) {
          issue('several-periods-one-action', 'info', `The cell holds ${span.periods} periods for one action; it was read as running from ${formatDate(span.start)} to ${formatDate(span.end)}.`, address, items[0]?.ref ?? null);
        }
        continue;
      }
      const listed = dates.list(text);
      if (listed.length > items.length && text.includes('\n')) {
        pending[field].push(...listed.splice(items.length).map((date) => ({ value: date, address, row: record.rows.at(-1) ?? row })));
      }
      if (listed.length < items.length && listed.length !== 1) {
        issue('packed-cell-count-mismatch', 'warning', `The ${field === 'due' ? 'by-when' : 'start'} cell holds ${listed.length} dates for ${items.length} actions; they were given out in order.`, address, rec?.code ?? null);
      }
      items.forEach((action, index) => {
        const date = listed.length === 1 ? listed[0] : listed[index];
        if (date) applyDate(action, field, date, address);
      });
    }
    const progressCell = cellOf(record, 'progress');
    if (progressCell && isFilled(progressCell.text)) {
      const address = readAddress(progressCell) ?? '';
      const plain = stripHtml(progressCell.text);
      if (!table.packed) {
        for (let at = 0; at < items.length; at++) items[at]?.progress.push(progressOf(progressCell.text, record));
      } else {
        const keyed = splitProgressByKey(plain);
        if (keyed.unkeyed !== '') {
          // Text before any key ends the note cut off at the page break above, if that note was left unfinished.
          if (lastProgress && (looksCarriedOn(keyed.unkeyed) || !/[.!?)]$/.test(lastProgress.text.trim()))) {
            lastProgress.text = joinText(lastProgress.text, keyed.unkeyed);
          } else if (items[0]) {
            lastProgress = readProgress(keyed.unkeyed);
            items[0].progress.push(lastProgress);
          }
        }
        for (const entry of keyed.entries) {
          const progress = readProgress(`${entry.key} ${entry.text}`);
          lastProgress = progress;
          const matching = items.filter((action) => entry.numbers.includes(refNumber(action)));
          if (matching.length > 0) for (const action of matching) action.progress.push(progress);
          else unmatched.push({ progress, numbers: entry.numbers, key: entry.key, beside: items, rec, address });
        }
      }
      for (let at = 0; at < items.length; at++) {
        const cells = items[at]?.source?.cells;
        if (cells) cells.progress = address;
      }
    }
    for (let at = 0; at < items.length; at++) {
      const action = items[at];
      if (!action) continue;
      const latest = action.progress.at(-1);
      if (latest?.status) action.status = latest.status;
      applyRowFields(action, record);
    }
    return true;
  };

  /** What became of a grid cell read into a record of the table. */
  const account = (row: number, column: number, recordColumn: number, produced: boolean): void => {
    if (!produced) ledger.ignored(sheet, row, column, 'a row with nothing to read into the plan');
    else if (table.columns[recordColumn]?.field === 'extra') ledger.kept(sheet, row, column);
    else ledger.mapped(sheet, row, column);
  };

  for (const classified of table.rows) {
    const { row, kind } = classified;
    if (kind === 'section') {
      const column = rowTexts(view.sheet, row).findIndex(isFilled);
      const title = stripHtml(rowTexts(view.sheet, row)[column] ?? '');
      section = sectionFor(title);
      ledger.mapped(sheet, row, column);
      rec = null;
      parent = null;
      tier = null;
      continue;
    }
    if (kind === 'aims') {
      const owner = aimsOwner();
      rowTexts(view.sheet, row).forEach((text, column) => {
        if (!isFilled(text)) return;
        const plain = stripHtml(text);
        if (/^aims?$/i.test(plain) || !owner) ledger.ignored(sheet, row, column, owner ? 'the Aims heading' : 'aims with no theme to belong to');
        else {
          owner.aims.push(...plain.split('\n').map((line) => line.replace(/^[•\s]+/, '').trim()).filter(Boolean));
          ledger.mapped(sheet, row, column);
        }
      });
      continue;
    }
    if (kind === 'tier-marker') {
      const texts = rowTexts(view.sheet, row);
      texts.forEach((text, column) => {
        if (!isFilled(text)) return;
        if (/^(must do|embedding)$/.test(foldText(stripHtml(text)))) {
          tier = foldText(text).startsWith('must') ? 'must-do' : 'embedding';
          ledger.mapped(sheet, row, column);
        } else ledger.ignored(sheet, row, column, 'beside a tier marker, with no action on the row');
      });
      continue;
    }
    if (kind === 'data') {
      const record = recordAt(row);
      if (!record) continue;
      const produced = buildRecord(record);
      for (let column = 0; column < record.cells.length; column++) {
        const cell = record.cells[column];
        if (cell?.own) account(cell.row, cell.column, column, produced);
        if (cell?.more) for (const [r, c] of cell.more.positions) account(r, c, column, produced);
      }
      for (const shifted of record.rows) {
        const from = columnShift(view, shifted, table.columns.length);
        if (from !== Infinity) {
          issue('column-shift', 'info', `Row ${shifted + 1}'s cells after column ${columnLetter(from)} sit one column right of their headers; each was read under the header to its left.`, cellAddress(shifted, from + 1));
        }
      }
      for (let at = 1; at < record.rows.length; at++) {
        const continued = record.rows[at] ?? 0;
        issue('continuation-joined', 'info', `Row ${continued + 1} continues row ${row + 1} (page break): its cells were joined to it.`, cellAddress(continued, 0));
      }
      continue;
    }
    if (kind === 'continuation') continue;
    if (table.title && row === table.title.row && table.title.text === plan.title) {
      ledger.mapped(sheet, row, table.title.column);
      ignoreRow(row, 'beside the plan title');
      continue;
    }
    ignoreRow(row, classified.reason ?? kind);
  }
  for (const { progress, numbers, key, beside, rec: under, address } of unmatched) {
    const owner = plan.actions.find(
      (action) => numbers.includes(refNumber(action)) && !beside.includes(action) && (under === null ? action.recommendationIds.length === 0 : action.recommendationIds[0] === under.id),
    );
    const target = owner ?? beside[0];
    if (!target) continue;
    target.progress.push(progress);
    const latest = target.progress.at(-1);
    if (latest?.status) target.status = latest.status;
    issue(
      owner ? 'progress-key-offset' : 'progress-key-mismatch',
      owner ? 'info' : 'warning',
      owner
        ? `Progress ${key} sits beside action ${beside.map((action) => action.ref ?? '(no number)').join(' ')}; it was given to action ${owner.ref ?? ''}.`
        : `Progress ${key} sits beside action ${beside.map((action) => action.ref ?? '(no number)').join(' ')} and no action ${key} exists; it was kept there.`,
      address,
      under?.code ?? null,
    );
  }
  linkHeldActions(plan.actions.slice(firstAction));
}

/**
 * Gives each blocked action the siblings its note says it waits for (`(4) Held: Will follow
 * completion of 1 & 2` → actions (1) and (2) of the same recommendation) as dependencies.
 */
function linkHeldActions(actions: readonly Action[]): void {
  for (const action of actions) {
    const latest = action.progress.at(-1);
    if (action.status !== 'blocked' || !latest) continue;
    const numbers = parseStatusText(`${latest.statusText ?? ''}: ${latest.text}`).dependsOn ?? [];
    for (const number of numbers) {
      const sibling = actions.find(
        (other) => other !== action && other.parentId === action.parentId && other.recommendationIds[0] === action.recommendationIds[0] && refNumber(other) === Number(number),
      );
      if (sibling && !action.dependencies.includes(sibling.id)) action.dependencies.push(sibling.id);
    }
  }
}
