import { describe, expect, it } from 'vitest';
import { SEED_000_PLAN, SEED_003_PLAN, SEED_004_PLAN } from '../interpret/fixtures/seedRows';
import { sheetFromRows } from '../interpret/fixtures/sheetFromRows';
import { classifyRow } from './classifyRow';
import type { RowContext } from './classifyRow';
import { detectTables } from './detectTables';
import { sameFields, sameLayout } from './findHeaderRows';
import { parseLeadingRef } from './leadingRef';
import { mapColumns } from './mapColumns';
import { isSectionHeading } from './rowKinds';

/** Excel row numbers (1-based) of the rows of a kind. */
function rowsOf(table: ReturnType<typeof detectTables>[number], kind: string): number[] {
  return table.rows.filter((row) => row.kind === kind).map((row) => row.row + 1);
}

describe('detectTables on seed 000', () => {
  const sheet = sheetFromRows('Milestones', SEED_000_PLAN, { A22: { fill: 'FF0000' }, A25: { fill: '0070C0' } });
  const [table, ...others] = detectTables(sheet);

  it('finds one table whose header sits below the title and the Action Status key', () => {
    expect(others).toHaveLength(0);
    expect(table?.headerRow).toBe(27);
    expect(table?.title?.text).toBe(
      'Safeguarding and Looked After Children Action Plan Milestone Report May 2011 – Actions resulting from Ofsted/CQC recommendations February 2011',
    );
  });

  it('reads the key with its swatches', () => {
    expect(table?.legend.map((entry) => [entry.label, entry.fill])).toEqual([
      ['Not achieved / not on track support required to address issues', 'FF0000'],
      ['Not on track but no support required to address issues', null],
      ['Action in progress and on track to be completed', null],
      ['Action completed and desired outcome achieved', '0070C0'],
    ]);
    expect(rowsOf(table!, 'legend')).toEqual([21, 22, 23, 24, 25]);
  });

  it('classifies themes, repeated headers and page-break continuations', () => {
    expect(rowsOf(table!, 'section')).toEqual([27, 56, 62, 78]);
    expect(rowsOf(table!, 'repeated-header')).toEqual([58, 64, 71, 75, 80]);
    // 1.6's text, 2.'s text, 5.2's `2011)`, 20.1's second half and 20.2's last paragraph.
    expect(rowsOf(table!, 'continuation')).toEqual([37, 46, 53, 72, 76]);
    expect(table!.rows.find((row) => row.row + 1 === 58)?.reason).toBe('the header row repeated (page break)');
  });
});

describe('detectTables on seeds 003 and 004', () => {
  it('treats 003\u2019s End date / End: headers as one table with theme rows', () => {
    const [table, ...others] = detectTables(sheetFromRows('Plan', SEED_003_PLAN));
    expect(others).toHaveLength(0);
    expect(table?.columns.find((column) => column.field === 'due')?.header).toBe('End date');
    expect(rowsOf(table!, 'section')).toEqual([5, 17, 44, 53, 58, 67, 74, 81]);
    expect(rowsOf(table!, 'continuation')).toEqual([]);
    expect(rowsOf(table!, 'data')).toHaveLength(55);
  });

  it('finds 004\u2019s banners, section rows, tier markers and packed cells', () => {
    const [table] = detectTables(sheetFromRows('Plan', SEED_004_PLAN));
    expect(table?.packed).toBe(true);
    expect(table?.headerRow).toBe(3);
    expect(rowsOf(table!, 'banner')).toContain(7);
    expect(table!.rows.find((row) => row.row + 1 === 7)?.reason).toBe('banner "AREAS FOR IMPROVEMENT IDENTIFIED IN OFSTED REPORT" above the header');
    // `Part 1 – Inspection Recommendations` (row 1) heads the sections.
    expect(rowsOf(table!, 'section')).toEqual([1, 5, 73]);
    expect(rowsOf(table!, 'tier-marker')).toEqual([20, 116]);
    // S4's leads and dates on rows of their own.
    expect(rowsOf(table!, 'continuation')).toContain(33);
    expect(rowsOf(table!, 'continuation')).toContain(34);
  });
});

describe('classifyRow', () => {
  const context: RowContext = {
    columns: mapColumns(['Action', 'Milestone', 'Start Date', 'Due Date', 'Status', 'Progress Note', 'Milestone Lead', 'Outcome']),
    packed: false,
    hasPrevious: true,
    nextIsHeader: false,
    bannerTexts: new Set(),
  };
  const row = (...cells: string[]) => [...cells, ...Array<string>(8 - cells.length).fill('')];

  it('tells page markers, tier markers and sections apart', () => {
    expect(classifyRow(row('Appendix 1'), context)).toEqual({ kind: 'page-marker', reason: 'page furniture "Appendix 1"' });
    expect(classifyRow(row('V 2.01'), context).kind).toBe('page-marker');
    expect(classifyRow(row('This page is intentionally left blank'), context).kind).toBe('page-marker');
    expect(classifyRow(row('', '', '', 'MUST DO'), context).kind).toBe('tier-marker');
    expect(classifyRow(row('SAFEGUARDING'), context).kind).toBe('section');
    expect(classifyRow(row('   '), context).kind).toBe('blank');
  });

  it('reads a row with a ref or dates as data, and one carrying text on as a continuation', () => {
    expect(classifyRow(row('', '1.3 Best Practice standards', '01-Mar-2011', '31-May-2011'), context).kind).toBe('data');
    expect(classifyRow(row('', '2011)'), context).kind).toBe('continuation');
    expect(classifyRow(row('', '', '', '', '', 'IROs/Nursing team audit cycles will be established'), context).kind).toBe('continuation');
  });
});

describe('fixes from the example workbooks', () => {
  const jar = mapColumns(['Action', 'Lead', 'Involved groups', 'Timescale', 'Targets and outcomes']);
  const context: RowContext = { columns: jar, packed: false, hasPrevious: true, nextIsHeader: false, bannerTexts: new Set(), refsUsed: true };

  it('reads theme, area and part headings as sections, and the Aims heading and its lines as aims (001, 004)', () => {
    expect(isSectionHeading('Area for improvement 1: Creating a leadership team for safeguarding')).toBe(true);
    expect(isSectionHeading('Part 1 – Inspection Recommendations')).toBe(true);
    expect(isSectionHeading('Haringey Council')).toBe(false);
    expect(classifyRow(['Aims', '<ul style="list-style-type: none"> To provide stable, pro-active', '', '', ''], context).kind).toBe('aims');
    expect(classifyRow(['1. All practice will demonstrate the principle', '', '', '', ''], { ...context, inAims: true }).kind).toBe('aims');
  });

  it('reads a row carried over a page break as a continuation: no item, mid-sentence, or unnumbered after a break (001)', () => {
    expect(classifyRow(['', 'Manager', '', '', ''], context)).toEqual({ kind: 'continuation', reason: 'cells carried over from the row above (page break), with no item of their own' });
    expect(classifyRow(['improvement on cross cutting issues.', 'Assessment Group', '', '', 'Practice Panel.'], context).kind).toBe('continuation');
    expect(classifyRow(['<i>Working Together</i> section 3.18-3.21.', '', '', '', ''], { ...context, afterBreak: true }).kind).toBe('continuation');
    expect(classifyRow(['2.1.10 All agencies that hold case files', 'LSCB QA Sub Group Chair', 'All partners', '', 'Jan – May 09'], context).kind).toBe('data');
    expect(parseLeadingRef('2.1.10 All agencies that hold case files')?.ref).toBe('2.1.10');
    expect(parseLeadingRef('31.8.12')).toBeUndefined();
  });

  it('starts a new table where a repeated header maps a column to another field (001 `Progress and outcomes`)', () => {
    const variant = mapColumns(['Action', 'Lead', 'Involved groups', 'Timescale', 'Progress and outcomes']);
    expect(sameLayout(jar, variant)).toBe(true);
    expect(sameFields(jar, variant)).toBe(false);
    expect(sameFields(mapColumns(['Ref:', 'Action:', 'End date']), mapColumns(['Ref:', 'Action:', 'End:']))).toBe(true);
    const rows = ['Action\tLead\tInvolved groups\tTimescale\tTargets and outcomes', '7.1.1 Develop\tDD C&F\tAll\tMar 09\tSampling agreed', 'Action\tLead\tInvolved groups\tTimescale\tProgress and outcomes', '4.1.1 Review\tHead\tAll\tMay 09\tUnderway'];
    const tables = detectTables(sheetFromRows('JAR', rows));
    expect(tables.map((table) => [table.headerRow + 1, table.columns[4]?.field])).toEqual([[1, 'measures'], [3, 'progress']]);
  });
});
