import type { GridMerge } from '@actionplan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredByMerge, cutMergeCells, disjointMerges, parseMergeRef } from './mergeCells';

const overlaps = (a: GridMerge, b: GridMerge): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

// Every pair checked, merges taken from the top down, as the reference the sweeps must agree with.
function disjointPairwise(merges: GridMerge[]): GridMerge[] {
  const kept = new Set<GridMerge>();
  const topDown = merges.map((merge, i) => ({ merge, i })).sort((a, b) => a.merge.top - b.merge.top || a.i - b.i);
  for (const { merge } of topDown) if (![...kept].some((other) => overlaps(other, merge))) kept.add(merge);
  return merges.filter((merge) => kept.has(merge));
}

const arbitraryMerge = fc
  .record({ top: fc.nat(30), left: fc.nat(8), height: fc.nat(6), width: fc.nat(3) })
  .map(({ top, left, height, width }): GridMerge => ({ top, left, bottom: top + height, right: left + width }));

describe('cutMergeCells', () => {
  it('cuts the block out of the sheet XML and reads each ref, in file order', () => {
    // Seed 003's layout: a recommendation merged down over its actions' rows, a theme row merged across.
    const xml = '<worksheet><sheetData><row r="1"/></sheetData><mergeCells count="2"><mergeCell ref="A5:A13"/><mergeCell ref="A1:G1"/></mergeCells><pageMargins/></worksheet>';
    expect(cutMergeCells(xml)).toEqual({
      xml: '<worksheet><sheetData><row r="1"/></sheetData><pageMargins/></worksheet>',
      merges: [
        { top: 4, left: 0, bottom: 12, right: 0 },
        { top: 0, left: 0, bottom: 0, right: 6 },
      ],
    });
  });

  it('cuts an empty block and leaves XML without one as it is', () => {
    expect(cutMergeCells('<sheetData/><mergeCells count="0"/>')).toEqual({ xml: '<sheetData/>', merges: [] });
    expect(cutMergeCells('<sheetData/>')).toEqual({ xml: '<sheetData/>', merges: [] });
  });

  it('skips refs that are not cell ranges', () => {
    const xml = '<mergeCells><mergeCell ref="A0:B2"/><mergeCell ref="Sheet1!A1"/><mergeCell ref="B3:E3"/></mergeCells>';
    expect(cutMergeCells(xml).merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 4 }]);
  });
});

describe('parseMergeRef', () => {
  it('reads ranges, lone cells and corners given the wrong way round', () => {
    expect(parseMergeRef('A5:A13')).toEqual({ top: 4, left: 0, bottom: 12, right: 0 });
    expect(parseMergeRef('AA2')).toEqual({ top: 1, left: 26, bottom: 1, right: 26 });
    expect(parseMergeRef('G4:E2')).toEqual({ top: 1, left: 4, bottom: 3, right: 6 });
    expect(parseMergeRef('A1:XFD1048576')).toEqual({ top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
  });

  it('is null for what is not a ref', () => {
    for (const ref of ['', 'A0', '1A', 'A1:B2:C3', '$A$1', 'ABCD1']) expect(parseMergeRef(ref), ref).toBeNull();
  });
});

describe('disjointMerges', () => {
  it('drops a merge that overlaps one starting higher up, keeping file order', () => {
    const a5a13 = { top: 4, left: 0, bottom: 12, right: 0 };
    const b3e3 = { top: 2, left: 1, bottom: 2, right: 4 };
    const a10b10 = { top: 9, left: 0, bottom: 9, right: 1 };
    const b4c5 = { top: 3, left: 1, bottom: 4, right: 2 };
    const b4b4 = { top: 3, left: 1, bottom: 3, right: 1 };
    expect(disjointMerges([a5a13, b3e3, a10b10, b4c5, b4b4])).toEqual([a5a13, b3e3, b4c5]);
    expect(disjointMerges([a5a13, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }])).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
  });

  it('agrees with checking every pair', () => {
    fc.assert(fc.property(fc.array(arbitraryMerge, { maxLength: 40 }), (merges) => {
      expect(disjointMerges(merges)).toEqual(disjointPairwise(merges));
    }));
  });
});

describe('coveredByMerge', () => {
  it('covers every cell of a merge but its top-left', () => {
    const covered = coveredByMerge([{ top: 2, left: 0, bottom: 3, right: 0 }, { top: 0, left: 0, bottom: 0, right: 6 }]);
    expect([covered(0, 0), covered(0, 6), covered(0, 7), covered(2, 0), covered(2, 1), covered(3, 0), covered(4, 0)]).toEqual([false, true, false, false, false, true, false]);
    // Asked about an earlier row again, it starts over rather than answering wrongly.
    expect(covered(0, 3)).toBe(true);
  });

  it('agrees with checking every merge, asked row by row downwards', () => {
    fc.assert(fc.property(fc.array(arbitraryMerge, { maxLength: 40 }), (merges) => {
      const disjoint = disjointPairwise(merges);
      const covered = coveredByMerge(disjoint);
      for (let row = 0; row < 40; row++) {
        for (let column = 0; column < 12; column++) {
          const expected = disjoint.some((m) => overlaps(m, { top: row, left: column, bottom: row, right: column }) && (m.top !== row || m.left !== column));
          expect(covered(row, column), `${row},${column}`).toBe(expected);
        }
      }
    }));
  });
});
