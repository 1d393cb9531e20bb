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

const fieldIndexCache = new WeakMap<readonly ColumnMapping[], Map<PlanField | 'extra', number>>();

/** The first column of each field, found once per header mapping rather than once per row and field. */
function fieldIndexes(columns: readonly ColumnMapping[]): Map<PlanField | 'extra', number> {
  let indexes = fieldIndexCache.get(columns);
  if (!indexes) {
    indexes = new Map();
    for (const [index, column] of columns.entries()) if (!indexes.has(column.field)) indexes.set(column.field, index);
    fieldIndexCache.set(columns, indexes);
  }
  return indexes;
}

function fieldAt(columns: readonly ColumnMapping[], index: number): PlanField | 'extra' {
  return columns[index]?.field ?? 'extra';
}

/** The header row of the same table again, perhaps worded a little differently (`End date` / `End:`). */
function isRepeatedHeader(texts: readonly string[], filled: readonly number[], columns: readonly ColumnMapping[]): boolean {
  // Header cells are short labels: a row holding a paragraph is never mapped again.
  // Plain indexed loops: every row of two or more cells comes here.
  for (let at = 0; at < filled.length; at++) if ((texts[filled[at] ?? 0]?.length ?? 0) > LONGEST_HEADER) return false;
  // Fewer than two cells surely naming a field cannot make two matches: the words alone decide.
  let sure = 0;
  for (let at = 0; at < filled.length; at++) if (sureNaming(texts[filled[at] ?? 0] ?? '') > 0) sure++;
  const matches =
    sure >= 2 ? mapColumns(texts).filter((column) => column.field !== 'extra' && column.confidence >= SURE_CONFIDENCE && columns[column.index]?.field === column.field).length : 0;
  let sameText = 0;
  for (let at = 0; at < filled.length; at++) {
    const index = filled[at] ?? 0;
    if (foldsAlike(texts[index] ?? '', columns[index]?.header ?? '')) sameText++;
  }
  return Math.max(matches, sameText) >= 2 && Math.max(matches, sameText) >= filled.length * 0.6;
}

const HEADING_FIELDS: ReadonlySet<PlanField | 'extra'> = new Set(['recommendation', 'section', 'outcome']);

/** The fields an item's own number may open. */
const ITEM_FIELDS: readonly PlanField[] = ['action', 'milestone'];
/** Fields whose text starts an item even without a number. */
const ITEM_START_FIELDS: readonly PlanField[] = ['start', 'due', 'status', 'id', 'lead'];
/** The class of most rows, one frozen object rather than one per row. */
const DATA_ROW: RowClass = Object.freeze({ kind: 'data', reason: null });

function hasRef(textOf: (field: PlanField) => string): boolean {
  return isFilled(textOf('ref')) || ITEM_FIELDS.some((field) => parseLeadingRef(bare(textOf(field))) !== undefined);
}

/**
 * Why a row of an unpacked table carries on the item above, if it does: it has no item text of its
 * own (001's leads and timescales spilling onto the next page), its item text starts mid-sentence
 * (`improvement on cross cutting issues.`), or it is the first row after a page break in a table
 * whose items are numbered and it has no number (`<i>Working Together</i> section 3.18-3.21.`).
 */
function carriedOn(texts: readonly string[], context: RowContext, textOf: (field: PlanField) => string): string | null {
  const itemField = context.columns.some((column) => column.field === 'milestone') ? 'milestone' : 'action';
  if (context.packed || !context.hasPrevious || !context.columns.some((column) => column.field === itemField) || hasRef(textOf)) return null;
  const item = textOf(itemField);
  // Cells beside the item, not a heading in the first or the recommendation column (003's theme rows).
  const first = context.columns.findIndex((column) => column.field !== 'extra');
  const besideItem = texts.some((text, index) => index > first && isFilled(text) && !HEADING_FIELDS.has(fieldAt(context.columns, index)));
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
  const filled: number[] = [];
  let allPageMarkers = true;
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index] ?? '';
    if (!isFilled(text)) continue;
    filled.push(index);
    allPageMarkers &&= isPageMarker(text);
  }
  if (filled.length === 0) return { kind: 'blank', reason: 'blank row' };
  const firstText = texts[filled[0] ?? 0] ?? '';
  if (allPageMarkers) return { kind: 'page-marker', reason: `page furniture "${firstText.trim()}"` };
  if (filled.length >= 2 && isRepeatedHeader(texts, filled, columns)) {
    return { kind: 'repeated-header', reason: 'the header row repeated (page break)' };
  }
  const fieldIndex = fieldIndexes(columns);
  const textOf = (field: PlanField): string => {
    const index = fieldIndex.get(field) ?? -1;
    return index < 0 ? '' : (texts[index] ?? '');
  };
  if (isSectionHeading(firstText) && filled.length === 1) return { kind: 'section', reason: null };
  if (isAimsHeading(bare(firstText)) || (context.inAims && !isFilled(textOf('ref')))) return { kind: 'aims', reason: null };
  if (filled.length === 1 && isTierMarker(firstText)) return { kind: 'tier-marker', reason: null };
  const carried = carriedOn(texts, context, textOf);
  if (carried) return { kind: 'continuation', reason: carried };
  if (filled.length === 1) {
    const only = filled[0] ?? 0;
    if (isTierMarker(firstText)) return { kind: 'tier-marker', reason: null };
    if (isUpperCase(firstText) && (context.nextIsHeader || context.bannerTexts.has(foldText(firstText)))) {
      return { kind: 'banner', reason: `banner "${firstText.trim()}" above the header` };
    }
    const field = fieldAt(columns, only);
    const firstColumn = columns.findIndex((column) => column.header.trim() !== '' || column.field !== 'extra');
    if (only <= Math.max(0, firstColumn) && !looksCarriedOn(firstText) && !parseLeadingRef(bare(firstText))) {
      if (!(field === 'recommendation' && looksLikeRecommendation(firstText))) return { kind: 'section', reason: null };
    }
  }
  const action = textOf('action');
  if (!isFilled(textOf('due')) && !isFilled(textOf('recommendation')) && isTierMarker(action)) {
    return { kind: 'tier-marker', reason: null };
  }
  if (context.packed && context.hasPrevious && !isFilled(action) && !isFilled(textOf('recommendation')) && !isFilled(textOf('outcome'))) {
    return { kind: 'continuation', reason: 'leads and dates for the numbered actions of the row above' };
  }
  const startsItem = hasRef(textOf) || ITEM_START_FIELDS.some((field) => isFilled(textOf(field)));
  if (startsItem || !context.hasPrevious) return DATA_ROW;
  if (looksCarriedOn(firstText)) return { kind: 'continuation', reason: 'text carried over from the row above (page break)' };
  if (filled.every((index) => LONG_TEXT_FIELDS.has(fieldAt(columns, index) as PlanField))) {
    return { kind: 'continuation', reason: 'text carried over from the row above (page break)' };
  }
  return DATA_ROW;
}
