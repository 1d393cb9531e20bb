import { describe, expect, it, vi } from 'vitest';
import { generatedSheet } from '../interpret/fixtures/generatedSheet';
import { detectTables } from './detectTables';
import { mapColumns, scoreHeader, surelyNamedFields } from './mapColumns';
import { PLAN_FIELDS } from './fields';
import type * as MapColumnsModule from './mapColumns';
import type * as SimilarityModule from '../match/similarity';

const counts = vi.hoisted(() => ({ similarity: 0, mapColumns: 0 }));

vi.mock('../match/similarity', async (original) => {
  const actual = await original<typeof SimilarityModule>();
  return {
    ...actual,
    similarity: (a: string, b: string): number => {
      counts.similarity++;
      return actual.similarity(a, b);
    },
  };
});

vi.mock('./mapColumns', async (original) => {
  const actual = await original<typeof MapColumnsModule>();
  return {
    ...actual,
    mapColumns: (headers: readonly string[]) => {
      counts.mapColumns++;
      return actual.mapColumns(headers);
    },
  };
});

describe('header scoring does no work it can rule out', () => {
  it('never edit-compares a date, a lead or a rating word with the synonyms whose letters it lacks', () => {
    counts.similarity = 0;
    for (const text of ['Jan-17', '31- July- 2011', 'DD CWD', 'Green', '1.3']) {
      for (const field of PLAN_FIELDS) scoreHeader(text, field);
    }
    expect(counts.similarity).toBe(0);
  });

  it('still matches a misspelt header by edit distance', () => {
    counts.similarity = 0;
    expect(scoreHeader('Milestome', 'milestone')).toEqual({ field: 'milestone', confidence: 0.8, evidence: 'header "Milestome" is like "milestone"' });
    expect(counts.similarity).toBeGreaterThan(0);
  });

  it('names the fields a cell surely heads', () => {
    expect(surelyNamedFields('Due Date')).toEqual(['due']);
    expect(surelyNamedFields('Milestone Lead')).toEqual(['lead', 'milestone']);
    expect(surelyNamedFields('31- July- 2011')).toEqual([]);
    expect(mapColumns(['Action', 'Milestone', 'Start Date', 'Due Date']).map((column) => column.field)).toEqual(['action', 'milestone', 'start', 'due']);
  });

  it('maps columns for header rows only, not for every data row of a 1,000-row sheet', () => {
    counts.mapColumns = 0;
    const [table] = detectTables(generatedSheet(1_000));
    const headers = table?.rows.filter((row) => row.kind === 'header' || row.kind === 'repeated-header') ?? [];
    expect(headers.length).toBe(26);
    expect(table?.rows.filter((row) => row.kind === 'data').length).toBe(1_000);
    // Once in the header search and once in the repeated-header test for each repeat.
    expect(counts.mapColumns).toBeLessThanOrEqual(2 * headers.length);
  });
});
