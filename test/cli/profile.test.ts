import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePackagesBuilt } from '../support/buildPackages';
import { runCli } from './run';

let work: string;

beforeAll(() => {
  ensurePackagesBuilt();
  work = mkdtempSync(join(tmpdir(), 'actionplan-profile-'));
}, 120_000);

/** Seed 003's layout, with the template's columns as a council might rearrange them next quarter. */
async function writeTemplate(path: string, headers: string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Action plan');
  sheet.addRow(headers);
  const row: Record<string, string> = {
    'Ref:': '1.1',
    'Action:': 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
    'Start:': 'Jan-17',
    'End date': 'Feb-17',
    'Lead officer:': 'RG',
    'RAG status:': 'Amber',
  };
  sheet.addRow(headers.map((header) => row[header] ?? ''));
  await workbook.xlsx.writeFile(path);
}

describe('mapping profiles', () => {
  it('saves how a workbook was read, and says which columns moved when the template changes', async () => {
    const profilePath = join(work, 'col.profile.json');
    const saved = await runCli(['import', 'examples/legacy/col-ofsted-2016.xlsx', '--save-profile', profilePath]);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toContain(`Saved the column mapping to ${profilePath}`);
    const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as { columns: Array<{ column: string; header: string; field: string }> };
    expect(profile.columns).toContainEqual({ column: 'E', header: 'End date', field: 'due' });
    expect(profile.columns).toContainEqual({ column: 'J', header: 'RAG status:', field: 'status' });

    const moved = join(work, 'next-quarter.xlsx');
    await writeTemplate(moved, ['Ref:', 'Action:', 'Start:', 'Lead officer:', 'End date', 'RAG status:']);
    const run = await runCli(['import', moved, '--profile', profilePath, '--json']);
    expect(run.code).toBe(0);
    const { plan, issues } = JSON.parse(run.stdout) as {
      plan: { actions: Array<{ ref: string; due: string; leads: string[] }> };
      issues: Array<{ message: string }>;
    };
    expect(plan.actions[0]).toMatchObject({ ref: '1.1', due: '2017-02', leads: ['RG'] });
    const messages = issues.map((issue) => issue.message);
    expect(messages).toContain('"Lead officer:" moved from column G to D.');
    expect(messages).toContain('"Comments:" (column I in profile "col-ofsted-2016") is no longer in the header row.');
  });
});
