import { resolve } from 'node:path';
import { diffPlans, renderDiff } from '@actionplan/core';
import { type CliCommandSpec, type OptionValues, parseAsOf } from '../args';
import { loadPlan } from '../io/loadPlan';
import { createProgress } from '../io/progress';
import type { Terminal } from '../io/terminal';
import { parseFormat } from './report';

export const diffSpec = {
  name: 'diff',
  summary: 'What changed since the last report',
  usage: 'actionplan diff <old> <new> [--format md|text|json]',
  positionals: { min: 2, max: 2 },
  options: {
    format: { type: 'string' },
    'as-of': { type: 'string' },
  },
  help: `Compares two snapshots of a plan (workbooks or plan.json files): RAG and status changes (better
or worse), due dates that slipped, actions added and removed, new progress notes, changed leads.
Rows are matched by their stable id, else by reference and title.

Options:
  --format md|text|json  Markdown for committee papers, text for the terminal (default), or JSON`,
} satisfies CliCommandSpec;

export async function runDiff(values: OptionValues, [before, after]: string[], terminal: Terminal) {
  const format = parseFormat(values['format'], 'text');
  const asOf = parseAsOf(values['as-of']);
  const progress = createProgress(terminal);
  const old = await loadPlan(resolve(terminal.cwd, before!), { progress, cwd: terminal.cwd });
  const current = await loadPlan(resolve(terminal.cwd, after!), { progress, cwd: terminal.cwd });
  const diff = diffPlans(old.plan, current.plan, asOf ? { asOf } : {});
  terminal.stdout.write(
    format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : `${renderDiff(diff, format === 'md' ? 'markdown' : 'text')}\n`,
  );
  return 0;
}
