import type { GridSheet } from '../grid/grid';
import { foldText } from '../match/similarity';
import type { PlanIssue } from '../model/issue';
import { classifyRow } from './classifyRow';
import type { RowContext } from './classifyRow';
import { headerMapping, sameFields, sameLayout } from './findHeaderRows';
import { headerlessBlocks } from './headerlessBlocks';
import { parseLeadingRef } from './leadingRef';
import { withoutTags } from './withoutTags';
import { readLegend } from './legend';
import type { LegendEntry } from './legend';
import type { ColumnMapping } from './mapColumns';
import { applyProfile, profileHeaderHits } from './profile';
import type { MappingProfile } from './profile';
import { isAimsHeading, isLegendHeading, isPageMarker, isSectionHeading, isUpperCase } from './rowKinds';
import type { ClassifiedRow } from './rowKinds';
import { filledCount, isFilled, rowTexts } from './sheetText';

/** A plan table found on a sheet: its header, column mapping and every row of its region, classified. */
export interface DetectedTable {
  sheet: string;
  /** 0-based row of the (first) header. */
  headerRow: number;
  columns: ColumnMapping[];
  /** Every row from the table's first preamble row to the row before the next table, classified. */
  rows: ClassifiedRow[];
  /** A colour key above the table (seed 000's `Action Status`), if there is one. */
  legend: LegendEntry[];
  /** The title banner above the table, if there is one: the plan's title. */
  title: { text: string; row: number; column: number } | null;
  /** Several numbered actions are packed into one cell (`(1) … (2) …`, seed 004). */
  packed: boolean;
  /** Profile mismatches: columns moved, vanished or new. */
  issues: PlanIssue[];
}

/** Options for {@link detectTables}. */
export interface DetectOptions {
  /** A saved template mapping; its headers find the header row and map the columns. */
  profile?: MappingProfile;
}

interface HeaderHit {
  row: number;
  columns: ColumnMapping[];
  issues: PlanIssue[];
}

function findHeaders(sheet: GridSheet, options: DetectOptions, sheetTexts: readonly string[][]): HeaderHit[] {
  const hits: HeaderHit[] = [];
  const { profile } = options;
  for (let row = 0; row < sheet.rows.length; row++) {
    const texts = sheetTexts[row] ?? [];
    if (profile && (profile.sheet === null || profile.sheet === sheet.name)) {
      const needed = Math.max(2, Math.ceil(profile.columns.length / 2));
      if (profileHeaderHits(profile, texts) >= needed) {
        const applied = applyProfile(profile, texts, sheet.name, row);
        hits.push({ row, columns: applied.columns, issues: applied.issues });
        continue;
      }
    }
    const columns = headerMapping(texts);
    if (columns) hits.push({ row, columns, issues: [] });
  }
  return hits;
}

/** Where a table's region starts: just after the previous region, or, for a later table, at the headings right above it. */
function regionStart(sheet: GridSheet, headerRow: number, floor: number): number {
  let start = headerRow;
  while (start - 1 >= floor && filledCount(sheet, start - 1) <= 1) start--;
  return start;
}

function classifyPreamble(sheet: GridSheet, rows: readonly number[], headerRow: number, firstOnSheet: boolean): {
  rows: ClassifiedRow[];
  legend: LegendEntry[];
  title: DetectedTable['title'];
} {
  const legend = readLegend(sheet, rows);
  const legendRows = new Set(legend.rows);
  // Headings touching the header (no blank row between) title its first section: 003's theme rows.
  const touching = new Set<number>();
  for (let row = headerRow - 1; rows.includes(row) && filledCount(sheet, row) === 1 && !legendRows.has(row); row--) {
    const text = rowTexts(sheet, row).find(isFilled) ?? '';
    if (isUpperCase(text) || isPageMarker(text) || isLegendHeading(text)) break;
    touching.add(row);
  }
  // The last heading above the header, standing alone, names the table's section
  // (`Safeguarding Services` under the appendix title); a later table has no title of its own.
  const headings = rows.filter((row) => filledCount(sheet, row) === 1 && !legendRows.has(row));
  const last = headings.at(-1);
  const standsAlone = last !== undefined && (!firstOnSheet || (last > (rows[0] ?? 0) && filledCount(sheet, last - 1) === 0));
  let title: DetectedTable['title'] = null;
  const classified = rows.map((row): ClassifiedRow => {
    const texts = rowTexts(sheet, row);
    const column = texts.findIndex(isFilled);
    if (legendRows.has(row)) return { row, kind: 'legend', reason: 'colour key above the table' };
    if (column < 0) return { row, kind: 'blank', reason: 'blank row' };
    const text = texts[column] ?? '';
    if (isPageMarker(text)) return { row, kind: 'page-marker', reason: `page furniture "${text.trim()}"` };
    if (isAimsHeading(text)) return { row, kind: 'aims', reason: null };
    if (touching.has(row) || isSectionHeading(text)) return { row, kind: 'section', reason: null };
    if (firstOnSheet && title === null && !isUpperCase(text)) {
      title = { text: text.trim(), row, column };
      return { row, kind: 'banner', reason: 'plan title above the table' };
    }
    if (row === last && standsAlone && !isUpperCase(text)) return { row, kind: 'section', reason: null };
    return { row, kind: 'banner', reason: `banner "${text.trim()}" above the table` };
  });
  return { rows: classified, legend: legend.entries, title };
}

/** Whether an action cell packs numbered actions: `(1) … (2) …` (seed 004). */
function holdsTwoNumberedItems(text: string): boolean {
  // Most cells hold no bracket at all: the pattern runs only on those that do.
  const open = text.indexOf('(');
  return open >= 0 && text.indexOf('(', open + 1) >= 0 && (text.match(/\(\d{1,2}\)/g)?.length ?? 0) >= 2;
}

/** Whether most rows below a header that name an item open with a ref (`1.1.1 …`, `2.4.1.`). */
function itemsAreNumbered(sheet: GridSheet, columns: readonly ColumnMapping[], from: number, end: number): boolean {
  const item = columns.find((column) => column.field === 'milestone') ?? columns.find((column) => column.field === 'action');
  const ref = columns.find((column) => column.field === 'ref');
  if (!item) return false;
  let named = 0;
  let numbered = 0;
  for (let row = from; row < end; row++) {
    const text = withoutTags(sheet.rows[row]?.[item.index]?.text ?? '').trim();
    if (text === '') continue;
    named++;
    if (parseLeadingRef(text) !== undefined || isFilled(ref ? (sheet.rows[row]?.[ref.index]?.text ?? '') : '')) numbered++;
  }
  return named > 0 && numbered * 2 >= named;
}

/**
 * Finds the plan tables on a sheet, wherever their header rows are (after title banners and
 * colour keys), maps their columns and classifies every row: header, repeated header, banner,
 * legend, section, data, continuation, blank, page marker, tier marker.
 *
 * @example
 * const [table] = detectTables(sheet);
 * table?.columns.find((column) => column.field === 'due')?.header; // 'Due Date'
 * table?.rows.filter((row) => row.kind === 'repeated-header').map((row) => row.row + 1); // [31, 34]
 */
export function detectTables(sheet: GridSheet, options: DetectOptions = {}): DetectedTable[] {
  // Every row's texts built once, shared by the header search and the row classification.
  const sheetTexts = sheet.rows.map((_, row) => rowTexts(sheet, row));
  const hits = findHeaders(sheet, options, sheetTexts);
  const starts: HeaderHit[] = [];
  for (const hit of hits) {
    const current = starts.at(-1);
    // sameFields first: it builds nothing, and a header repeated at each page break passes it.
    if (!current || !sameFields(current.columns, hit.columns) || !sameLayout(current.columns, hit.columns)) starts.push(hit);
  }
  const repeated = new Set(hits.filter((hit) => !starts.includes(hit)).map((hit) => hit.row));
  const tables: DetectedTable[] = [];
  let floor = 0;
  starts.forEach((start, position) => {
    const next = starts[position + 1];
    const first = position === 0 ? 0 : regionStart(sheet, start.row, floor);
    const end = next ? regionStart(sheet, next.row, start.row + 1) : sheet.rows.length;
    floor = end;
    const preamble = classifyPreamble(sheet, Array.from({ length: start.row - first }, (_, i) => first + i), start.row, position === 0);
    const width = start.columns.length;
    const actionColumn = start.columns.findIndex((column) => column.field === 'action');
    let packed = false;
    for (let row = start.row + 1; row < end && actionColumn >= 0 && !packed; row++) packed = holdsTwoNumberedItems(sheet.rows[row]?.[actionColumn]?.text ?? '');
    const bannerTexts = new Set(preamble.rows.filter((row) => row.kind === 'banner').map((row) => foldText(rowTexts(sheet, row.row).find(isFilled) ?? '')));
    const rows: ClassifiedRow[] = [...preamble.rows, { row: start.row, kind: 'header', reason: 'header row' }];
    const refsUsed = itemsAreNumbered(sheet, start.columns, start.row + 1, end);
    let hasPrevious = false;
    let inAims = preamble.rows.at(-1)?.kind === 'aims';
    let afterBreak = false;
    let nextFilled = start.row;
    const context: RowContext = { columns: start.columns, packed, hasPrevious, nextIsHeader: false, bannerTexts, inAims, afterBreak, refsUsed };
    for (let row = start.row + 1; row < end; row++) {
      const texts = sheetTexts[row] ?? [];
      while (texts.length < width) texts.push('');
      if (repeated.has(row)) {
        rows.push({ row, kind: 'repeated-header', reason: 'the header row repeated (page break)' });
        afterBreak = true;
        continue;
      }
      // The next filled row, found once per run of blank rows (padded sheets stay linear).
      if (nextFilled <= row) {
        nextFilled = row + 1;
        while (nextFilled < end && filledCount(sheet, nextFilled) === 0) nextFilled++;
      }
      // One context for the table, brought up to date for each row: classifyRow keeps none of it.
      context.hasPrevious = hasPrevious;
      context.nextIsHeader = repeated.has(nextFilled);
      context.inAims = inAims;
      context.afterBreak = afterBreak;
      const classified = classifyRow(texts, context);
      if (classified.kind === 'banner') bannerTexts.add(foldText(texts.find(isFilled) ?? ''));
      if (classified.kind === 'data') hasPrevious = true;
      if (classified.kind === 'section') hasPrevious = false;
      if (classified.kind === 'aims' || classified.kind === 'section') inAims = classified.kind === 'aims';
      if (classified.kind === 'page-marker') afterBreak = true;
      else if (classified.kind !== 'blank') afterBreak = false;
      rows.push({ row, kind: classified.kind, reason: classified.reason });
    }
    tables.push({
      sheet: sheet.name,
      headerRow: start.row,
      columns: start.columns,
      rows,
      legend: preamble.legend,
      title: preamble.title,
      packed,
      issues: [...start.issues, ...headerlessBlocks(sheet, start.row, start.columns, rows)],
    });
  });
  return tables;
}
