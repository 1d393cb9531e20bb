import type { GridMerge } from '@actionplan/core';

const MERGE_CELLS = /<mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells>)/;
const MERGE_REF = /<mergeCell\b[^>]*?\sref="([^"]*)"/g;
const CELL_REF = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

/**
 * Sheet XML without its `<mergeCells>` block, and the merges that block held (0-based, inclusive),
 * in file order. exceljs checks each merge it loads against every other one, which made a
 * 50,000-row plan's ~14,000 merges cost most of its read; reading the refs here is linear.
 * Refs that are not `A1` or `A1:B2` are skipped.
 *
 * @example
 * cutMergeCells('<sheetData/><mergeCells count="1"><mergeCell ref="A5:A13"/></mergeCells>');
 * // { xml: '<sheetData/>', merges: [{ top: 4, left: 0, bottom: 12, right: 0 }] }
 */
export function cutMergeCells(xml: string): { xml: string; merges: GridMerge[] } {
  const block = MERGE_CELLS.exec(xml);
  if (!block) return { xml, merges: [] };
  const merges: GridMerge[] = [];
  for (const [, ref] of block[0].matchAll(MERGE_REF)) {
    const merge = parseMergeRef(ref!);
    if (merge) merges.push(merge);
  }
  return { xml: xml.slice(0, block.index) + xml.slice(block.index + block[0].length), merges };
}

/**
 * A merge ref (`A5:A13`, or a lone `A5`) as a 0-based inclusive {@link GridMerge}, corners in
 * either order; null when it is not a ref.
 *
 * @example
 * parseMergeRef('A5:A13'); // { top: 4, left: 0, bottom: 12, right: 0 }
 */
export function parseMergeRef(ref: string): GridMerge | null {
  const [from, to = from, ...rest] = ref.trim().toUpperCase().split(':');
  if (rest.length > 0) return null;
  const a = CELL_REF.exec(from!);
  const b = CELL_REF.exec(to!);
  if (!a || !b) return null;
  const [rowA, rowB] = [Number(a[2]) - 1, Number(b[2]) - 1];
  const [columnA, columnB] = [columnIndex(a[1]!), columnIndex(b[1]!)];
  return { top: Math.min(rowA, rowB), left: Math.min(columnA, columnB), bottom: Math.max(rowA, rowB), right: Math.max(columnA, columnB) };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + letter.charCodeAt(0) - 64;
  return n - 1;
}

/**
 * The merges, in file order, without each one that overlaps a merge starting higher up (or on the
 * same row and earlier in the file). Only a broken or hostile file has overlaps: exceljs refused
 * such a workbook, and Excel repairs it by dropping merges. Sweeps down the rows keeping the merges
 * that span the current row sorted by column, so it costs about n log n where exceljs's check of
 * each merge against all others cost n².
 *
 * @example
 * disjointMerges([{ top: 1, left: 1, bottom: 2, right: 2 }, { top: 0, left: 0, bottom: 1, right: 1 }]);
 * // [{ top: 0, left: 0, bottom: 1, right: 1 }]
 */
export function disjointMerges(merges: readonly GridMerge[]): GridMerge[] {
  const order = merges.map((_, i) => i).sort((i, j) => merges[i]!.top - merges[j]!.top || i - j);
  const rows = new MergeRows();
  const kept = new Set<number>();
  for (const i of order) {
    const merge = merges[i]!;
    rows.moveTo(merge.top);
    if (rows.overlapping(merge.left, merge.right)) continue;
    rows.add(merge);
    kept.add(i);
  }
  return merges.filter((_, i) => kept.has(i));
}

/**
 * A test for the cells that disjoint merges cover, other than each merge's top-left cell. Asked
 * row by row downwards (as a sheet is read), each question costs a binary search.
 *
 * @example
 * const covered = coveredByMerge([{ top: 2, left: 0, bottom: 3, right: 0 }]);
 * [covered(2, 0), covered(3, 0)]; // [false, true]
 */
export function coveredByMerge(merges: readonly GridMerge[]): (row: number, column: number) => boolean {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let rows = new MergeRows();
  let next = 0;
  let current = -1;
  return (row, column) => {
    if (row < current) [rows, next] = [new MergeRows(), 0];
    current = row;
    rows.moveTo(row);
    while (next < byTop.length && byTop[next]!.top <= row) rows.add(byTop[next++]!);
    const merge = rows.at(column);
    return merge !== undefined && (merge.top !== row || merge.left !== column);
  };
}

/** The merges spanning one row, sorted by left column; they never overlap, so their right columns are sorted too. */
class MergeRows {
  private spanning: GridMerge[] = [];
  private row = -1;
  private firstBottom = Infinity;

  /** Moves down to `row`, dropping the merges that end above it. */
  moveTo(row: number): void {
    this.row = row;
    if (row <= this.firstBottom) return;
    this.spanning = this.spanning.filter((merge) => merge.bottom >= row);
    this.firstBottom = this.spanning.reduce((first, merge) => Math.min(first, merge.bottom), Infinity);
  }

  /** Adds a merge that starts at or above the current row and overlaps none held. */
  add(merge: GridMerge): void {
    if (merge.bottom < this.row) return;
    this.spanning.splice(this.lastStartingBy(merge.right) + 1, 0, merge);
    this.firstBottom = Math.min(this.firstBottom, merge.bottom);
  }

  /** The merge spanning the current row at `column`. */
  at(column: number): GridMerge | undefined {
    const merge = this.spanning[this.lastStartingBy(column)];
    return merge && merge.right >= column ? merge : undefined;
  }

  /** Whether a merge held covers any of the columns `left`..`right`. */
  overlapping(left: number, right: number): boolean {
    const merge = this.spanning[this.lastStartingBy(right)];
    return merge !== undefined && merge.right >= left;
  }

  /** The index of the last merge whose left column is at most `column`, or -1. */
  private lastStartingBy(column: number): number {
    let [low, high] = [0, this.spanning.length - 1];
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.spanning[middle]!.left <= column) low = middle + 1;
      else high = middle - 1;
    }
    return high;
  }
}
