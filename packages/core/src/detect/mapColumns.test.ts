import { describe, expect, it } from 'vitest';
import { mapColumns } from './mapColumns';

const fields = (headers: string[]) => mapColumns(headers).map((column) => column.field);

describe('mapColumns', () => {
  it('maps seed 000 milestone headers', () => {
    expect(fields(['Action', 'Milestone', 'Start Date', 'Due Date', 'Status', 'Progress Note', 'Milestone Lead', 'Outcome'])).toEqual([
      'action', 'milestone', 'start', 'due', 'status', 'progress', 'lead', 'outcome',
    ]);
  });

  it('maps seed 003 headers and keeps DLT lead verbatim beside Lead officer', () => {
    const columns = mapColumns(['Recommendations:', 'Ref:', 'Action:', 'Start:', 'End:', 'Measure/outcome:', 'Lead officer:', 'DLT lead:', 'Comments:', 'RAG status:']);
    expect(columns.map((column) => column.field)).toEqual([
      'recommendation', 'ref', 'action', 'start', 'due', 'measures', 'lead', 'extra', 'comments', 'status',
    ]);
    expect(columns[7]?.evidence).toContain('lead');
  });

  it('maps seed 004 headers, including the long Actions header', () => {
    const columns = mapColumns(['Recommendations', 'Outcomes required', 'Lead Officer/ Executive Head', 'Actions (what needs to happen to achieve the outcomes required)', 'By When', 'Progress Update']);
    expect(columns.map((column) => column.field)).toEqual(['recommendation', 'outcome', 'lead', 'action', 'due', 'progress']);
    expect(columns[3]?.confidence).toBe(0.85);
    expect(columns[2]?.confidence).toBe(1);
  });

  it('maps synonyms of due, lead, status and progress, and keeps unknown columns', () => {
    expect(fields(['Target date', 'Owner', 'RAG', 'Progress and outcomes', 'Evidence', 'Id'])).toEqual(['due', 'lead', 'status', 'progress', 'extra', 'id']);
    expect(fields(['Timescale', 'Involved groups', 'Targets and outcomes', 'Action Status'])).toEqual(['due', 'involved', 'measures', 'status']);
  });

  it('maps a misspelt header by similarity, with lower confidence', () => {
    const [column] = mapColumns(['Milestome Lead']);
    expect(column?.field).toBe('lead');
    expect(column?.confidence).toBeLessThan(1);
    expect(column?.confidence).toBeGreaterThan(0.6);
  });

  it('maps every column of the canonical Plan sheet with confidence, RAG as the rating and Status as delivery', () => {
    // The headers packages/xlsx writes (canonical/planColumns.ts), so a re-import through the generic detector loses nothing.
    const headers = ['Id', 'Section', 'Recommendation code', 'Ref', 'Kind', 'Action', 'Tier', 'Lead officer(s)', 'Involved', 'Start', 'Due', 'Status', 'RAG', 'Measures', 'Latest progress', 'Comments'];
    const columns = mapColumns(headers);
    expect(columns.map((column) => column.field)).toEqual([
      'id', 'section', 'recommendation', 'ref', 'kind', 'action', 'tier', 'lead', 'involved', 'start', 'due', 'delivery', 'status', 'measures', 'progress', 'comments',
    ]);
    expect(columns.filter((column) => column.confidence < 0.95)).toEqual([]);
    // Alone, `Status` is still the rating (seed 000's fill-only column).
    expect(fields(['Action', 'Status'])).toEqual(['action', 'status']);
  });
});
