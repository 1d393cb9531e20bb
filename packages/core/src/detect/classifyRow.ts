import { foldText } from '../match/similarity';
import { LONG_TEXT_FIELDS } from './fields';
import { LONGEST_HEADER } from './findHeaderRows';
import type { PlanField } from './fields';
import { parseLeadingRef } from './leadingRef';
import { SURE_CONFIDENCE, foldsAlike, mapColumns, sureNaming } from './mapColumns';
import type { ColumnMapping } from './mapColumns';
import { isAimsHeading, isPageMarker, isSectionHeading, isTierMarker, isUpperCase } from './rowKinds';
import type { RowKind } from './rowKinds';
import { isFilled } from './sheetText';
import { withoutTags } from './withoutTags';

/** What {@link classifyRow} needs to know about the table around a row. */
export interface RowContext {
  columns: readonly ColumnMapping[];
  /** The table packs several numbered actions in one cell (`(1) … (2) …`, seed 004). */
  packed: boolean;
  /** A data row comes before this one in the table, so a row can continue it. */
  hasPrevious: boolean;
  /** The next row that is not blank is a header. */
  nextIsHeader: boolean;
  /** Folded texts already seen as banners on this sheet. */
  bannerTexts: ReadonlySet<string>;
  /** The rows since an `Aims` heading are a theme's aims (seed 001), until the next section. */
  inAims?: boolean;
  /** A page marker or a repeated header comes between this row and the data row above. */
  afterBreak?: boolean;
  /** Most items of the table open with a ref (`1.1.1 …`), so a row without one after a break carries text on. */
  refsUsed?: boolean;
}

/** A row's kind and, when the plan takes no data from it, why. */
export interface RowClass {
  kind: RowKind;
  reason: string | null;
}

/** Text with markup remnants removed, for deciding what a cell looks like (never for output). */
function bare(text: string): string {
  return withoutTags(text).trim();
}

/** A recommendation label or code opens the text: `(S2)`, `Ofsted recommendation 1:`, `Within 3 months`. */
function looksLikeRecommendation(text: string): boolean {
  return /^(\(\s*[A-Z]{1,4}\s*\d+\s*\)|(ofsted |cqc )?recommendation\s+\d+|immediate(ly)?\b|within\s+\w+\s+months?)/i.test(bare(text));
}

/** Starts the way text carried over from the row above does: lower case or mid-sentence punctuation. */
function looksCarriedOn(text: string): boolean {
  const start = bare(text);
  if (start === '' || parseLeadingRef(start)) return false;
  const first = start[0] ?? '';
  if (/\p{Ll}/u.test(first)) return true;
  return !/[\p{Lu}(“"'‘•\-–]/u.test(first);
}

/** Where a table's fields stand, worked out once per header mapping rather than once per row and field. */
interface TableShape {
  /** The first column of each field the rows are read by, or -1. */
  ref: number;
  action: number;
  milestone: number;
  due: number;
  recommendation: number;
  outcome: number;
  /** The item a row names: its milestone where the table has milestones, else its action. */
  item: number;
  /** The columns of {@link ITEM_START_FIELDS} the table has. */
  itemStarts: number[];
  /** The first mapped column, or -1. */
  firstMapped: number;
  /** The first column with a header or a field, or -1. */
  firstHeaded: number;
  /** Per column: it holds a heading (recommendation, section, outcome); it holds long text. */
  heading: boolean[];
  longText: boolean[];
}

const shapes = new WeakMap<readonly ColumnMapping[], TableShape>();

function tableShape(columns: readonly ColumnMapping[]): TableShape {
  let shape = shapes.get(columns);
  if (!shape) {
    const first = (field: PlanField): number => columns.findIndex((column) => column.field === field);
    const milestone = first('milestone');
    shape = {
      ref: first('ref'),
      action: first('action'),
      milestone,
      due: first('due'),
      recommendation: first('recommendation'),
      outcome: first('outcome'),
      item: milestone >= 0 ? milestone : first('action'),
      itemStarts: ITEM_START_FIELDS.map(first).filter((index) => index >= 0),
      firstMapped: columns.findIndex((column) => column.field !== 'extra'),
      firstHeaded: columns.findIndex((column) => column.header.trim() !== '' || column.field !== 'extra'),
      heading: columns.map((column) => HEADING_FIELDS.has(column.field)),
      longText: columns.map((column) => LONG_TEXT_FIELDS.has(column.field as PlanField)),
    };
    shapes.set(columns, shape);
  }
  return shape;
}

/** The text of a row at a column, `''` for none. */
function textAt(texts: readonly string[], index: number): string {
  return index < 0 ? '' : (texts[index] ?? '');
}

function fieldAt(columns: readonly ColumnMapping[], index: number): PlanField | 'extra' {
  return columns[index]?.field ?? 'extra';
}

/** The header row of the same table again, perhaps worded a little differently (`End date` / `End:`). */
function isRepeatedHeader(texts: readonly string[], filled: Int32Array, count: number, columns: readonly ColumnMapping[]): boolean {
  // Header cells are short labels: a row holding a paragraph is never mapped again.
  // Plain indexed loops: every row of two or more cells comes here.
  for (let at = 0; at < count; at++) if ((texts[filled[at] ?? 0]?.length ?? 0) > LONGEST_HEADER) return false;
  // Fewer than two cells surely naming a field cannot make two matches: the words alone decide.
  let sure = 0;
  for (let at = 0; at < count; at++) if (sureNaming(texts[filled[at] ?? 0] ?? '') > 0) sure++;
  const matches =
    sure >= 2 ? mapColumns(texts).filter((column) => column.field !== 'extra' && column.confidence >= SURE_CONFIDENCE && columns[column.index]?.field === column.field).length : 0;
  let sameText = 0;
  for (let at = 0; at < count; at++) {
    const index = filled[at] ?? 0;
    if (foldsAlike(texts[index] ?? '', columns[index]?.header ?? '')) sameText++;
  }
  return Math.max(matches, sameText) >= 2 && Math.max(matches, sameText) >= count * 0.6;
}

const HEADING_FIELDS: ReadonlySet<PlanField | 'extra'> = new Set(['recommendation', 'section', 'outcome']);

/** Fields whose text starts an item even without a number. */
const ITEM_START_FIELDS: readonly PlanField[] = ['start', 'due', 'status', 'id', 'lead'];
/** The class of most rows, one frozen object rather than one per row. */
const DATA_ROW: RowClass = Object.freeze({ kind: 'data', reason: null });

/** Whether the row numbers its item: a ref cell, or an action or milestone text opening with a ref. */
function hasRef(texts: readonly string[], shape: TableShape): boolean {
  return (
    isFilled(textAt(texts, shape.ref)) ||
    parseLeadingRef(bare(textAt(texts, shape.action))) !== undefined ||
    parseLeadingRef(bare(textAt(texts, shape.milestone))) !== undefined
  );
}

/**
 * Why a row of an unpacked table carries on the item above, if it does: it has no item text of its
 * own (001's leads and timescales spilling onto the next page), its item text starts mid-sentence
 * (`improvement on cross cutting issues.`), or it is the first row after a page break in a table
 * whose items are numbered and it has no number (`<i>Working Together</i> section 3.18-3.21.`).
 */
function carriedOn(texts: readonly string[], filled: Int32Array, count: number, context: RowContext, shape: TableShape): string | null {
  if (context.packed || !context.hasPrevious || shape.item < 0 || hasRef(texts, shape)) return null;
  const item = textAt(texts, shape.item);
  // Cells beside the item, not a heading in the first or the recommendation column (003's theme rows).
  let besideItem = false;
  for (let at = 0; at < count && !besideItem; at++) {
    const index = filled[at] ?? 0;
    besideItem = index > shape.firstMapped && shape.heading[index] !== true;
  }
  if (!isFilled(item) && besideItem) return 'cells carried over from the row above (page break), with no item of their own';
  if (looksCarriedOn(item)) return 'text carried over from the row above (page break)';
  if (context.afterBreak && context.refsUsed) return 'the first row after a page break, unnumbered: text carried over from the row above';
  return null;
}

/**
 * Classifies one row of a table: `repeated-header`, `banner`, `section`, `tier-marker`,
 * `page-marker`, `blank`, `continuation` (text carried over a page break) or `data`.
 * Header rows themselves are found by `detectTables`.
 *
 * @example
 * classifyRow(['Theme: Best practice', '', '', ''], context).kind; // 'section'
 * classifyRow(['', 'independent interview as part of strategy arrangements (Ofsted Feb 2011 - Rec 7)', '', ''], context).kind; // 'continuation'
 */
export function classifyRow(texts: readonly string[], context: RowContext): RowClass {
  const { columns } = context;
  // One list of filled columns, refilled for each row (every row of every table comes here): an
  // Excel sheet has at most 16,384 columns.
  const filled = texts.length <= FILLED.length ? FILLED : new Int32Array(texts.length);
  let count = 0;
  let allPageMarkers = true;
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] ?? '';
    if (!isFilled(text)) continue;
    filled[count++] = index;
    allPageMarkers &&= isPageMarker(text);
  }
  if (count === 0) return { kind: 'blank', reason: 'blank row' };
  const firstText = texts[filled[0] ?? 0] ?? '';
  if (allPageMarkers) return { kind: 'page-marker', reason: `page furniture "${firstText.trim()}"` };
  if (count >= 2 && isRepeatedHeader(texts, filled, count, columns)) {
    return { kind: 'repeated-header', reason: 'the header row repeated (page break)' };
  }
  const shape = tableShape(columns);
  if (isSectionHeading(firstText) && count === 1) return { kind: 'section', reason: null };
  if (isAimsHeading(bare(firstText)) || (context.inAims && !isFilled(textAt(texts, shape.ref)))) return { kind: 'aims', reason: null };
  if (count === 1 && isTierMarker(firstText)) return { kind: 'tier-marker', reason: null };
  const carried = carriedOn(texts, filled, count, context, shape);
  if (carried) return { kind: 'continuation', reason: carried };
  if (count === 1) {
    const only = filled[0] ?? 0;
    if (isTierMarker(firstText)) return { kind: 'tier-marker', reason: null };
    if (isUpperCase(firstText) && (context.nextIsHeader || context.bannerTexts.has(foldText(firstText)))) {
      return { kind: 'banner', reason: `banner "${firstText.trim()}" above the header` };
    }
    const field = fieldAt(columns, only);
    if (only <= Math.max(0, shape.firstHeaded) && !looksCarriedOn(firstText) && !parseLeadingRef(bare(firstText))) {
      if (!(field === 'recommendation' && looksLikeRecommendation(firstText))) return { kind: 'section', reason: null };
    }
  }
  const action = textAt(texts, shape.action);
  if (!isFilled(textAt(texts, shape.due)) && !isFilled(textAt(texts, shape.recommendation)) && isTierMarker(action)) {
    return { kind: 'tier-marker', reason: null };
  }
  if (context.packed && context.hasPrevious && !isFilled(action) && !isFilled(textAt(texts, shape.recommendation)) && !isFilled(textAt(texts, shape.outcome))) {
    return { kind: 'continuation', reason: 'leads and dates for the numbered actions of the row above' };
  }
  if (startsItem(texts, shape) || !context.hasPrevious) return DATA_ROW;
  if (looksCarriedOn(firstText)) return { kind: 'continuation', reason: 'text carried over from the row above (page break)' };
  let allLongText = true;
  for (let at = 0; at < count && allLongText; at++) allLongText = shape.longText[filled[at] ?? 0] === true;
  if (allLongText) return { kind: 'continuation', reason: 'text carried over from the row above (page break)' };
  return DATA_ROW;
}

/** Whether the row starts an item of its own: a ref, or a date, status, id or lead. */
function startsItem(texts: readonly string[], shape: TableShape): boolean {
  if (hasRef(texts, shape)) return true;
  for (let at = 0; at < shape.itemStarts.length; at++) if (isFilled(textAt(texts, shape.itemStarts[at] ?? -1))) return true;
  return false;
}

const FILLED = new Int32Array(16_384);
