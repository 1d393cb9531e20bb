import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePackagesBuilt } from '../support/buildPackages';
import { isOneLineError, repoRoot, runCli } from './run';

const example = 'examples/plans/col-2016.plan.json';
let work: string;

beforeAll(() => {
  ensurePackagesBuilt();
  work = mkdtempSync(join(tmpdir(), 'actionplan-cli-'));
}, 120_000);

describe('actionplan on a plan.json (seed 003, City of London, as of 30 April 2017)', () => {
  it('lists its commands with --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['import', 'validate', 'export', 'report', 'diff']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    const sub = await runCli(['report', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--as-of <date>');
  });

  it('prints the progress report with reported and derived ratings and their reasons', async () => {
    const run = await runCli(['report', example]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('as of 30 April 2017');
    expect(run.stdout).toContain('Reported: Amber 3, Green 52.');
    expect(run.stdout).toMatch(/^1\.1 +Review and revise layout of Early Help plans/m);
    expect(run.stdout).toMatch(/Red: due 28 February 2017.*, 61 days ago, not complete/);
  });

  it('reports as JSON and as Markdown to a file', async () => {
    const json = await runCli(['report', example, '--format', 'json', '--as-of', '2017-02-15']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { asOf: string; overdue: Array<{ action: { ref: string | null } }> };
    expect(report.asOf).toBe('2017-02-15');
    expect(report.overdue.map((row) => row.action.ref)).toContain('2.1');
    expect(report.overdue.map((row) => row.action.ref)).not.toContain('1.1');

    const out = join(work, 'report.md');
    const md = await runCli(['report', example, '--format', 'md', '-o', out]);
    expect(md.code).toBe(0);
    expect(md.stdout).toBe(`Wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Progress report: Improvements following from the OFSTED Report - July 2016/);
  });

  it('validates: warnings with refs and messages, exit 0 when there is no error', async () => {
    const run = await runCli(['validate', example]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^warning +\S+ +A6\.2 +missing-title +Action A6\.2 has no text saying what is to be done\.$/m);
    expect(run.stdout).toMatch(/^warning +\S+ +3\.3 +missing-lead +Action 3\.3 has no lead officer\.$/m);
    expect(run.stdout).toMatch(/: 0 errors, \d+ warnings, \d+ info \(as of 2017-04-30\)\.$/m);
  });

  it('exits 1 when the plan has an error', async () => {
    const plan = JSON.parse(readFileSync(join(repoRoot, example), 'utf8'));
    plan.actions[0].rag = 'purple';
    const broken = join(work, 'purple.plan.json');
    writeFileSync(broken, JSON.stringify(plan));
    const run = await runCli(['validate', broken, '--json']);
    expect(run.code).toBe(1);
    const { issues } = JSON.parse(run.stdout) as { issues: Array<{ code: string; severity: string; ref: string }> };
    expect(issues).toContainEqual(expect.objectContaining({ code: 'unknown-rag', severity: 'error', ref: '1.1' }));
  });

  it('shows what changed since the last report', async () => {
    const plan = JSON.parse(readFileSync(join(repoRoot, example), 'utf8'));
    for (const action of plan.actions) {
      if (action.ref === '1.1') action.rag = 'green';
      if (action.ref === '9.3') Object.assign(action, { due: '2017-04', dueText: 'Apr-17' });
    }
    const next = join(work, 'next.plan.json');
    writeFileSync(next, JSON.stringify(plan));
    const run = await runCli(['diff', example, next]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1\.1 +Review and revise layout of Early Help plans in p… +Amber +Green +improved$/m);
    expect(run.stdout).toMatch(/^9\.3 +Update the QA strategy to reflect this +Due +Mar-17 +Apr-17 +30 days later$/m);
    expect(run.stdout).toContain('53 actions unchanged.');
  });
});

describe('actionplan on bad input: one line, exit 2, nothing overwritten', () => {
  it.each([
    [['frobnicate'], '"frobnicate" is not a command'],
    [['report'], 'Usage: actionplan report'],
    [['report', 'nope.json'], '"nope.json" does not exist.'],
    [['report', example, '--bogus'], "Unknown option '--bogus'"],
    [['report', example, '--as-of', '2012-09-31'], '--as-of needs a date as YYYY-MM-DD'],
    [['report', example, '--format', 'pdf'], '--format must be one of md, text, json'],
    [['export', example], 'export needs an output file'],
    [['validate', 'examples'], 'is a folder, not a file'],
    [['validate', 'pnpm-workspace.yaml'], 'is not a workbook (.xlsx) or a plan (.json)'],
  ])('actionplan %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(isOneLineError(run.stderr)).toBe(true);
    expect(run.stderr).toContain(message);
  });

  it('rejects a file that is not JSON, or JSON that is not a plan', async () => {
    const notJson = join(work, 'notes.json');
    writeFileSync(notJson, 'Theme: Best practice\t\t');
    const bad = await runCli(['report', notJson]);
    expect(bad.code).toBe(2);
    expect(isOneLineError(bad.stderr)).toBe(true);
    expect(bad.stderr).toContain('is not valid JSON');

    const notPlan = join(work, 'other.json');
    writeFileSync(notPlan, JSON.stringify({ schemaVersion: 1, title: 'x' }));
    const wrong = await runCli(['report', notPlan]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/is not an actionplan plan at \w+/);
  });

  it('never writes over its input, and replaces an output only with --force', async () => {
    const input = join(work, 'input.plan.json');
    copyFileSync(join(repoRoot, example), input);
    const before = readFileSync(input, 'utf8');
    const self = await runCli(['report', input, '-o', input, '--force']);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('Refusing to write over the input file');
    expect(readFileSync(input, 'utf8')).toBe(before);

    const out = join(work, 'existing.md');
    writeFileSync(out, 'keep me');
    const refused = await runCli(['report', input, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists. Use --force to replace it.');
    expect(readFileSync(out, 'utf8')).toBe('keep me');

    const forced = await runCli(['report', input, '-o', out, '--force', '--format', 'md']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Progress report');
  });
});
