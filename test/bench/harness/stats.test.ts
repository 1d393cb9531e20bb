import { describe, expect, it } from 'vitest';
import { median, ratio, roundOrder, summarise } from './stats';

describe('bench statistics', () => {
  it('takes the middle run, or the mean of the middle two', () => {
    expect(median([2_700, 1_500, 4_100])).toBe(2_700);
    expect(median([270, 1_500, 2_700, 4_100])).toBe(2_100);
    expect(() => median([])).toThrow('median of nothing');
  });

  it('summarises runs as min, median and median peak memory', () => {
    expect(summarise([{ ms: 2_900, rssMb: 270 }, { ms: 2_200, rssMb: 436 }, { ms: 2_700, rssMb: 198 }])).toEqual({ runs: 3, minMs: 2_200, medianMs: 2_700, rssMb: 270 });
  });

  it('gives ratios to two decimals, the number a 1.3× target is checked against', () => {
    // engineering.md §4: exceljs streaming reader 2.7 s against the 0.27 s floor.
    expect(ratio(2_700, 270)).toBe(10);
    expect(ratio(4_100, 2_700)).toBe(1.52);
    expect(ratio(1, 0)).toBeNaN();
  });

  it('rotates the order of each round so the baseline is not always first', () => {
    const cases = ['exceljs-read', 'read-grid', 'import'];
    expect([0, 1, 2, 3].map((round) => roundOrder(cases, round)[0])).toEqual(['exceljs-read', 'read-grid', 'import', 'exceljs-read']);
  });
});
