import { resolve } from 'node:path';
import { validatePlan, withoutRepeats } from '@actionplan/core';
import { type CliCommandSpec, type OptionValues, parseAsOf, today } from '../args';
import { CliError, ExitCode } from '../io/cliError';
import { loadPlan, readProfileOption } from '../io/loadPlan';
import { createProgress } from '../io/progress';
import { writeLine, type Terminal } from '../io/terminal';
import { countIssues, renderIssuesTable } from '../render/issuesTable';

export const validateSpec = {
  name: 'validate',
  summary: 'Check a plan and list its problems; exit 1 when there is an error',
  usage: 'actionplan validate <workbook.xlsx|plan.json> [--as-of YYYY-MM-DD] [--stale-days N] [--json]',
  positionals: { min: 1, max: 1 },
  options: {
    profile: { type: 'string' },
    'as-of': { type: 'string' },
    'stale-days': { type: 'string' },
    all: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  help: `Checks required fields, dates, references, leads against the lead officer key, recommendations
without actions, RAG values, ratings that contradict the evidence and stale progress notes.
Each problem shows the cell it concerns (Sheet!A1) when the plan came from a workbook.

Options:
  --as-of <date>      judge overdue and stale notes as of this date (default: the plan's date, else today)
  --stale-days <n>    a progress note older than this many days is stale
  --profile <p.json>  a saved column mapping for your council's template
  --all               also list the info notes (how the import read the workbook)
  --json              print the issues as JSON (all of them)

Exit code: 0 no errors (warnings allowed), 1 errors found, 2 bad input.`,
} satisfies CliCommandSpec;

export async function runValidate(values: OptionValues, [file]: string[], terminal: Terminal) {
  const input = resolve(terminal.cwd, file!);
  const profile = readProfileOption(values['profile'], terminal.cwd);
  const staleDays = parseStaleDays(values['stale-days']);
  const loaded = await loadPlan(input, { ...(profile ? { profile } : {}), progress: createProgress(terminal), cwd: terminal.cwd });
  const asOf = parseAsOf(values['as-of']) ?? loaded.plan.asOf ?? today();
  const issues = withoutRepeats([
    ...loaded.issues,
    ...validatePlan(loaded.plan, { asOf, ...(staleDays !== undefined ? { staleDays } : {}) }),
  ]);
  const hasError = issues.some((issue) => issue.severity === 'error');
  const shown = values['all'] ? issues : issues.filter((issue) => issue.severity !== 'info');
  const hidden = issues.length - shown.length;
  if (values['json']) {
    terminal.stdout.write(`${JSON.stringify({ asOf, issues }, null, 2)}\n`);
    return hasError ? ExitCode.invalidPlan : ExitCode.ok;
  }
  if (shown.length > 0) {
    writeLine(terminal.stdout, renderIssuesTable(shown));
    writeLine(terminal.stdout);
  }
  const summary = issues.length === 0 ? 'no problems found' : countIssues(issues);
  const note = hidden > 0 ? ` ${hidden} info notes not shown: add --all to see them.` : '';
  writeLine(terminal.stdout, `${file}: ${summary} (as of ${asOf}).${note}`);
  return hasError ? ExitCode.invalidPlan : ExitCode.ok;
}

function parseStaleDays(value: string | boolean | undefined): number | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1) throw new CliError(`--stale-days needs a whole number of days, such as 60 (got "${value}").`);
  return days;
}
