import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePackagesBuilt } from '../support/buildPackages';
import { isOneLineError, runCli } from './run';

const workbook = 'examples/legacy/col-ofsted-2016.xlsx';
let work: string;

interface ImportDocument {
  plan: {
    actions: Array<Record<string, unknown> & { ref: string | null; source: { sheet: string; row: number } }>;
    recommendations: Array<{ id: string; code: string | null; text: string; timescale: string | null; sectionId: string | null }>;
    sections: Array<{ id: string; title: string }>;
    people: Array<{ key: string; name: string }>;
  };
  issues: Array<{ code: string; severity: string; message: string; sheet: string | null; cell: string | null }>;
  fidelity: { nonEmptyCells: number; mapped: number; kept: number; ignored: Array<{ sheet: string; cell: string; reason: string }> };
}

beforeAll(() => {
  ensurePackagesBuilt();
  work = mkdtempSync(join(tmpdir(), 'actionplan-cli-xlsx-'));
}, 120_000);

describe('actionplan import --json on a legacy workbook (seed 003 layout)', () => {
  let document: ImportDocument;

  beforeAll(async () => {
    const run = await runCli(['import', workbook, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    document = JSON.parse(run.stdout) as ImportDocument;
  });

  it('keeps the fixed contract of every action', () => {
    const action = document.plan.actions.find((candidate) => candidate.ref === '1.1')!;
    expect(action).toMatchObject({
      kind: 'action',
      parentId: null,
      title: 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
      leads: ['RG'],
      start: '2017-01',
      startText: 'Jan-17',
      due: '2017-02',
      dueText: 'Feb-17',
      rag: 'amber',
      progress: [],
      extra: { 'DLT lead:': 'CP' },
      source: { sheet: 'Action plan', row: 5 },
    });
    for (const key of ['id', 'status', 'recommendationIds']) expect(action).toHaveProperty(key);
    const joint = document.plan.actions.find((candidate) => candidate.ref === '1.2')!;
    expect(joint['leads']).toEqual(['RG', 'JF']);
  });

  it('links actions to their recommendation', () => {
    const action = document.plan.actions.find((candidate) => candidate.ref === '1.1')!;
    const [recommendationId] = action['recommendationIds'] as string[];
    const recommendation = document.plan.recommendations.find((candidate) => candidate.id === recommendationId)!;
    expect(recommendation.code).toBe('Ofsted recommendation 1');
    expect(recommendation.text).toMatch(/^Further improve the quality and consistency of written plans for children/);
  });

  it('accounts for every non-empty cell', () => {
    const { fidelity } = document;
    expect(fidelity.nonEmptyCells).toBe(fidelity.mapped + fidelity.kept + fidelity.ignored.length);
    expect(fidelity.ignored).toContainEqual({ sheet: 'Action plan', cell: 'A4', reason: 'header row' });
    for (const issue of document.issues) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(['code', 'severity', 'message', 'sheet', 'cell']));
    }
  });
});

describe('actionplan export and re-import', () => {
  it('writes a canonical workbook that imports back to the same plan', async () => {
    const out = join(work, 'canonical.xlsx');
    const exported = await runCli(['export', workbook, '-o', out]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Wrote .*canonical\.xlsx: 55 actions, \d+ issues listed\.$/m);
    const first = JSON.parse((await runCli(['import', workbook, '--json'])).stdout) as ImportDocument;
    const again = JSON.parse((await runCli(['import', out, '--json'])).stdout) as ImportDocument;
    expect(again.plan.actions.map(({ source: _source, ...rest }) => rest)).toEqual(first.plan.actions.map(({ source: _source, ...rest }) => rest));
  });
});

describe('actionplan import -o, then every other command on the file it wrote', () => {
  it('reads the plan out of the import document (plan, issues, fidelity)', async () => {
    const imported = join(work, 'imported.json');
    expect((await runCli(['import', workbook, '-o', imported])).code).toBe(0);
    const exported = await runCli(['export', imported, '-o', join(work, 'from-json.xlsx')]);
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(/^Wrote .*from-json\.xlsx: 55 actions, \d+ issues listed\.$/m);
    const report = await runCli(['report', imported, '--as-of', '2017-04-30']);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Review and revise layout of Early Help plans');
  });
});

describe('actionplan on a broken workbook', () => {
  it.each([
    ['notazip.xlsx', 'Theme: Best practice\tAction\tMilestone\n', 'not'],
    ['empty.xlsx', '', 'empty'],
  ])('%s gives one line and exit 2', async (name, content, word) => {
    const path = join(work, name);
    writeFileSync(path, content);
    const run = await runCli(['import', path]);
    expect(run.code).toBe(2);
    expect(isOneLineError(run.stderr)).toBe(true);
    expect(run.stderr).toContain(name);
    expect(run.stderr.toLowerCase()).toContain(word);
  });

  it('does not touch the input when exporting over it', async () => {
    const before = readFileSync(workbook);
    const run = await runCli(['export', workbook, '-o', workbook, '--force']);
    expect(run.code).toBe(2);
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });
});
