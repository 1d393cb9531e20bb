import { resolve } from 'node:path';
import { validatePlan, withoutRepeats } from '@actionplan/core';
import { exportWorkbook } from '@actionplan/xlsx';
import { type CliCommandSpec, type OptionValues, parseAsOf, today } from '../args';
import { CliError } from '../io/cliError';
import { loadPlan } from '../io/loadPlan';
import { createProgress } from '../io/progress';
import { writeLine, type Terminal } from '../io/terminal';
import { writeOutput } from '../io/writeOutput';

export const exportSpec = {
  name: 'export',
  summary: 'Write the canonical plan workbook officers keep working in',
  usage: 'actionplan export <plan.json|workbook.xlsx> -o out.xlsx [--as-of YYYY-MM-DD] [--force]',
  positionals: { min: 1, max: 1 },
  options: {
    output: { type: 'string', short: 'o' },
    'as-of': { type: 'string' },
    force: { type: 'boolean' },
  },
  help: `Writes the canonical workbook: a Plan table with a RAG drop-down and colour key that also shows
the word, Recommendations, Progress, Key, Summary and Issues sheets, and hidden stable ids so a
re-import matches rows after officers sort them.

Options:
  -o, --output <file>  the workbook to write (required; written atomically, never over the input)
  --as-of <date>       the date for the Summary and Issues sheets (default: the plan's date, else today)
  --force              replace an existing output file`,
} satisfies CliCommandSpec;

export async function runExport(values: OptionValues, [file]: string[], terminal: Terminal) {
  const output = values['output'];
  if (typeof output !== 'string') throw new CliError('export needs an output file: -o out.xlsx. See "actionplan export --help".');
  if (!/\.xlsx$/i.test(output)) throw new CliError(`The output "${output}" must end in .xlsx.`);
  const input = resolve(terminal.cwd, file!);
  const progress = createProgress(terminal);
  const loaded = await loadPlan(input, { progress, cwd: terminal.cwd });
  const asOf = parseAsOf(values['as-of']) ?? loaded.plan.asOf ?? today();
  const issues = withoutRepeats([...loaded.issues, ...validatePlan(loaded.plan, { asOf })]);
  progress.update(`Writing ${output}`);
  const bytes = await exportWorkbook(loaded.plan, { issues, asOf });
  progress.done();
  writeOutput(output, bytes, { force: values['force'] === true, inputs: [input], cwd: terminal.cwd });
  writeLine(terminal.stdout, `Wrote ${output}: ${loaded.plan.actions.length} actions, ${issues.length} issues listed.`);
  return 0;
}
