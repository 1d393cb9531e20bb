import { describe, expect, it } from 'vitest';
import { detectTables } from '../detect/detectTables';
import { SEED_000_PLAN } from './fixtures/seedRows';
import { sheetFromRows } from './fixtures/sheetFromRows';
import { joinContinuations, recordReader } from './joinContinuations';
import { sheetView } from './sheetView';

const sheet = sheetFromRows('Milestones', SEED_000_PLAN);
const [table] = detectTables(sheet);
const view = sheetView(sheet);

describe('joinContinuations and recordReader', () => {
  it('joins the text of milestone 1.6 carried over the page break into its row', () => {
    if (!table) throw new Error('no table');
    const records = joinContinuations(table, view);
    const record = records.find((each) => each.cells[1]?.text.startsWith('1.6 '));
    expect(record?.cells[1]?.text).toBe(
      '1.6 System developed to give children and young people who go missing from care the opportunity to have an independent interview as part of strategy arrangements (Ofsted Feb 2011 - Rec 7)',
    );
    expect(record?.rows.length).toBeGreaterThan(1);
    expect(record?.cells[1]?.addresses).toHaveLength(2);
    expect(record?.cells[1]?.positions.map(([row, column]) => [row + 1, column])).toEqual(record?.rows.map((row) => [row + 1, 1]));
  });

  it('gives the same records one at a time, in row order, then nothing', () => {
    if (!table) throw new Error('no table');
    const next = recordReader(table, view);
    const one: unknown[] = [];
    for (let record = next(); record; record = next()) one.push(record);
    expect(one).toEqual(joinContinuations(table, view));
    expect(next()).toBeUndefined();
    expect(one.length).toBe(table.rows.filter((row) => row.kind === 'data').length);
  });

  it('leaves empty cells empty and apart: text joined into one changes no other', () => {
    if (!table) throw new Error('no table');
    const records = joinContinuations(table, view);
    const empties = records.flatMap((record) => record.cells.filter((cell) => cell.text === ''));
    expect(empties.length).toBeGreaterThan(0);
    expect(empties.every((cell) => cell.addresses.length === 0 && cell.positions.length === 0 && cell.cell === null)).toBe(true);
  });
});
