import type { Grid, GridSheet } from '@actionplan/core';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../export/exportWorkbook';
import { readGrid } from '../readGrid';
import { col2016Plan } from '../testing/col2016Plan';
import { readCanonical } from './readCanonical';

async function exported(): Promise<Grid> {
  return readGrid(await exportWorkbook(col2016Plan()));
}

function sheet(grid: Grid, name: string): GridSheet {
  return grid.sheets.find((s) => s.name === name)!;
}

function col(grid: Grid, name: string, header: string): number {
  return sheet(grid, name).rows[0]!.findIndex((cell) => cell?.text === header);
}

describe('readCanonical', () => {
  it('matches rows by the hidden Id after officers sort the sheet, and reads their edits', async () => {
    const grid = await exported();
    const plan = sheet(grid, 'Plan');
    const [header, ...rows] = plan.rows;
    plan.rows = [header!, ...rows.reverse()];
    // Row of 1.1 (now last): rated Red, due date typed as a real date, a second lead added.
    const row11 = plan.rows.at(-1)!;
    row11[col(grid, 'Plan', 'RAG')] = { text: 'Red' };
    row11[col(grid, 'Plan', 'Due')] = { text: '31 Mar 2017', date: '2017-03-31', number: 42825, numFmt: 'd mmm yyyy' };
    row11[col(grid, 'Plan', 'Lead officer(s)')] = { text: 'RG\nJF' };
    row11[col(grid, 'Plan', 'Status')] = { text: 'On track' };

    const expected = col2016Plan();
    const a1 = expected.actions[0]!;
    Object.assign(a1, { rag: 'red', due: '2017-03-31', dueText: '31 Mar 2017', leads: ['RG', 'JF'], status: 'in-progress' });
    expect(readCanonical(grid)).toEqual(expected);
  });

  it('adds a row typed without an id as a new action and drops a deleted row', async () => {
    const grid = await exported();
    const plan = sheet(grid, 'Plan');
    plan.rows.splice(2, 1); // 1.8 deleted
    const added = Array.from({ length: plan.rows[0]!.length }, () => null) as GridSheet['rows'][number];
    added[col(grid, 'Plan', 'Ref')] = { text: '2.6' };
    added[col(grid, 'Plan', 'Action')] = { text: 'Thematic audit on closed cases' };
    added[col(grid, 'Plan', 'Recommendation code')] = { text: 'Ofsted recommendation 1' };
    added[col(grid, 'Plan', 'RAG')] = { text: 'green' };
    added[col(grid, 'Plan', 'Due')] = { text: 'Sep-17' };
    plan.rows.push(added);

    const back = readCanonical(grid);
    expect(back.actions.map((a) => a.ref)).toEqual(['1.1', null, '2.5', '2.6']);
    expect(back.actions[3]).toMatchObject({
      id: 'new-row-5', ref: '2.6', title: 'Thematic audit on closed cases', recommendationIds: ['r1'], rag: 'green', due: '2017-09', dueText: 'Sep-17',
    });
  });

  it('reads a progress entry an officer added on the Progress sheet', async () => {
    const grid = await exported();
    const progress = sheet(grid, 'Progress');
    const entry = Array.from({ length: progress.rows[0]!.length }, () => null) as GridSheet['rows'][number];
    entry[col(grid, 'Progress', 'Action id')] = { text: 'a1' };
    entry[col(grid, 'Progress', 'Date')] = { text: '2017-05' };
    entry[col(grid, 'Progress', 'Status words')] = { text: 'Achieved' };
    entry[col(grid, 'Progress', 'Progress')] = { text: 'Early help plans revised and in use.' };
    progress.rows.push(entry);
    expect(readCanonical(grid).actions[0]?.progress.at(-1)).toEqual({ date: '2017-05', status: null, statusText: 'Achieved', text: 'Early help plans revised and in use.' });
  });

  it('reads edits to the role key on the Key sheet (seed 004 keys)', async () => {
    const withKey = col2016Plan();
    withKey.people = [
      { key: 'Des Nurse', name: 'Designated Nurse (NHS Harrow)', aliases: ['Des. Nurse'] },
      { key: 'DD CWD', name: 'Division Director Children With Disabilities', aliases: ['DD DWD'] },
    ];
    const grid = await readGrid(await exportWorkbook(withKey));
    expect(readCanonical(grid)).toEqual(withKey);
    const key = sheet(grid, 'Key');
    const header = key.rows.findIndex((row) => row[0]?.text === 'Key' && row[1]?.text === 'Who');
    expect(key.rows[header + 1]?.map((c) => c?.text)).toEqual(['Des Nurse', 'Designated Nurse (NHS Harrow)', 'Des. Nurse']);
    key.rows[header + 2]![1] = { text: 'Divisional Director Children With Disabilities' };
    key.rows.push([{ text: 'QA Mgr.' }, { text: 'Quality Assurance Manager' }, { text: 'QA MGR.' }]);
    expect(readCanonical(grid).people).toEqual([
      { key: 'Des Nurse', name: 'Designated Nurse (NHS Harrow)', aliases: ['Des. Nurse'] },
      { key: 'DD CWD', name: 'Divisional Director Children With Disabilities', aliases: ['DD DWD'] },
      { key: 'QA Mgr.', name: 'Quality Assurance Manager', aliases: ['QA MGR.'] },
    ]);
  });
});
