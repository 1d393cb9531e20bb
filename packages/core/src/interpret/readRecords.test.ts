import { describe, expect, it } from 'vitest';
import { detectTables } from '../detect/detectTables';
import { SEED_000_PLAN } from './fixtures/seedRows';
import { sheetFromRows } from './fixtures/sheetFromRows';
import { joinContinuations } from './joinContinuations';
import { readAddress, readRecords } from './readRecords';
import { sheetView } from './sheetView';

const sheet = sheetFromRows('Milestones', SEED_000_PLAN);
const [table] = detectTables(sheet);
const view = sheetView(sheet);

describe('readRecords', () => {
  it('reads the records joinContinuations gives, each cell naming its first address only when asked', () => {
    if (!table) throw new Error('no table');
    const next = readRecords(table, view);
    const compact = [];
    for (let record = next(); record; record = next()) compact.push(record);
    const records = joinContinuations(table, view);
    expect(compact.map((record) => record.rows)).toEqual(records.map((record) => record.rows));
    expect(compact.map((record) => record.cells.map((cell) => [cell.text, readAddress(cell)]))).toEqual(records.map((record) => record.cells.map((cell) => [cell.text, cell.addresses[0]])));
  });

  it('keeps milestone 1.6 text carried over the page break, one address per row it came from', () => {
    if (!table) throw new Error('no table');
    const next = readRecords(table, view);
    let record = next();
    while (record && !record.cells[1]?.text.startsWith('1.6 ')) record = next();
    const cell = record?.cells[1];
    expect(cell?.text).toBe(
      '1.6 System developed to give children and young people who go missing from care the opportunity to have an independent interview as part of strategy arrangements (Ofsted Feb 2011 - Rec 7)',
    );
    expect(cell?.own).toBe(true);
    expect(cell?.more?.addresses).toHaveLength(1);
    expect(readAddress(cell)).toBe(`B${(record?.rows[0] ?? 0) + 1}`);
  });
});
