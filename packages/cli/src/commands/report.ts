import { resolve } from 'node:path';
import { buildProgressReport, renderProgressReport } from '@actionplan/core';
import { type CliCommandSpec, type OptionValues, parseAsOf, today } from '../args';
import { CliError } from '../io/cliError';
import { loadPlan } from '../io/loadPlan';
import { createProgress } from '../io/progress';
import type { Terminal } from '../io/terminal';
import { writeLine } from '../io/terminal';
import { writeOutput } from '../io/writeOutput';

export const reportSpec = {
  name: 'report',
  summary: 'The progress report a board or scrutiny committee reads',
  usage: 'actionplan report <workbook.xlsx|plan.json> [--as-of YYYY-MM-DD] [--format md|text|json] [-o file]',
  positionals: { min: 1, max: 1 },
  options: {
    'as-of': { type: 'string' },
    format: { type: 'string' },
    'due-soon-days': { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  help: `As of a date: RAG counts per section and recommendation (reported and derived), overdue and
due-soon actions, every red and amber with its reason, and where the reported rating disagrees
with the evidence.

Options:
  --as-of <date>         report as of this date (default: the plan's date, else today)
  --format md|text|json  Markdown for committee papers, text for the terminal (default), or JSON
  --due-soon-days <n>    "due soon" means within this many days (default 30)
  -o, --output <file>    write the report to a file (atomically)
  --force                replace an existing output file`,
} satisfies CliCommandSpec;

export const formats = ['md', 'text', 'json'] as const;
export type Format = (typeof formats)[number];

export function parseFormat(value: string | boolean | undefined, fallback: Format): Format {
  if (value === undefined || typeof value === 'boolean') return fallback;
  if ((formats as readonly string[]).includes(value)) return value as Format;
  throw new CliError(`--format must be one of ${formats.join(', ')} (got "${value}").`);
}

export async function runReport(values: OptionValues, [file]: string[], terminal: Terminal) {
  const format = parseFormat(values['format'], 'text');
  const dueSoon = values['due-soon-days'];
  const dueSoonDays = typeof dueSoon === 'string' ? Number(dueSoon) : undefined;
  if (dueSoonDays !== undefined && (!Number.isInteger(dueSoonDays) || dueSoonDays < 0)) {
    throw new CliError(`--due-soon-days needs a whole number of days (got "${String(dueSoon)}").`);
  }
  const input = resolve(terminal.cwd, file!);
  const loaded = await loadPlan(input, { progress: createProgress(terminal), cwd: terminal.cwd });
  const asOf = parseAsOf(values['as-of']) ?? loaded.plan.asOf ?? today();
  const report = buildProgressReport(loaded.plan, { asOf, ...(dueSoonDays !== undefined ? { dueSoonDays } : {}) });
  const text =
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${renderProgressReport(report, format === 'md' ? 'markdown' : 'text')}\n`;
  const output = values['output'];
  if (typeof output === 'string') {
    writeOutput(output, text, { force: values['force'] === true, inputs: [input], cwd: terminal.cwd });
    writeLine(terminal.stdout, `Wrote ${output}`);
  } else {
    terminal.stdout.write(text);
  }
  return 0;
}
