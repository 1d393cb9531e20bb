import { basename, extname, resolve } from 'node:path';
import { profileFromColumns } from '@actionplan/core';
import type { CliCommandSpec, OptionValues } from '../args';
import { parseAsOf } from '../args';
import { CliError } from '../io/cliError';
import { loadPlan, readProfileOption, type LoadedPlan } from '../io/loadPlan';
import { createProgress } from '../io/progress';
import { writeLine, type Terminal } from '../io/terminal';
import { writeOutput } from '../io/writeOutput';
import { countIssues } from '../render/issuesTable';

export const importSpec = {
  name: 'import',
  summary: 'Read a legacy plan workbook into a plan (JSON)',
  usage: 'actionplan import <workbook.xlsx> [--profile p.json] [--save-profile p.json] [--as-of YYYY-MM-DD] [--json] [-o plan.json]',
  positionals: { min: 1, max: 1 },
  options: {
    profile: { type: 'string' },
    'save-profile': { type: 'string' },
    'as-of': { type: 'string' },
    json: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  help: `Reads any improvement-plan workbook: finds the plan table and its header wherever they are,
maps the columns, rebuilds sections, recommendations, actions and milestones, and accounts for
every non-empty cell (mapped, kept in "extra", or ignored with a reason).

Options:
  --profile <p.json>   a saved column mapping for your council's template; when the template's
                       columns have moved or gone, the issues say which
  --save-profile <p.json>  save how this workbook's columns were read, to reuse with --profile
  --as-of <date>       the date the plan's statuses describe (YYYY-MM-DD)
  --json               print { plan, issues, fidelity } as JSON on stdout
  -o, --output <file>  write the JSON there instead (atomically; never over the input)
  --force              replace an existing output file`,
} satisfies CliCommandSpec;

/** The `import --json` contract: `{ plan, issues, fidelity }`, issues always with sheet and cell keys. */
export function importDocument(loaded: LoadedPlan) {
  return {
    plan: loaded.plan,
    issues: loaded.issues.map((issue) => ({ ...issue, sheet: issue.sheet ?? null, cell: issue.cell ?? null })),
    fidelity: loaded.fidelity,
  };
}

export async function runImport(values: OptionValues, [file]: string[], terminal: Terminal) {
  const input = resolve(terminal.cwd, file!);
  const profile = readProfileOption(values['profile'], terminal.cwd);
  const asOf = parseAsOf(values['as-of']);
  const loaded = await loadPlan(input, {
    ...(profile ? { profile } : {}),
    ...(asOf ? { asOf } : {}),
    progress: createProgress(terminal),
    cwd: terminal.cwd,
  });
  const json = `${JSON.stringify(importDocument(loaded), null, 2)}\n`;
  const saveProfile = values['save-profile'];
  if (typeof saveProfile === 'string') {
    if (loaded.mapping.length === 0) throw new CliError(`"${file}" has no column mapping to save (it is a plan or a canonical workbook).`);
    const profile = profileFromColumns(basename(file!, extname(file!)), null, loaded.mapping);
    writeOutput(saveProfile, `${JSON.stringify(profile, null, 2)}\n`, { force: values['force'] === true, inputs: [input], cwd: terminal.cwd });
  }
  const output = values['output'];
  if (typeof output === 'string') {
    writeOutput(output, json, { force: values['force'] === true, inputs: [input], cwd: terminal.cwd });
  }
  if (values['json'] && typeof output !== 'string') {
    terminal.stdout.write(json);
    return 0;
  }
  const { plan, fidelity, issues } = loaded;
  writeLine(terminal.stdout, `Imported ${file}`);
  writeLine(terminal.stdout, `  Plan:     ${plan.title}`);
  writeLine(
    terminal.stdout,
    `  Contents: ${plan.actions.length} actions, ${plan.recommendations.length} recommendations, ${plan.sections.length} sections, ${plan.people.length} people in the lead key`,
  );
  if (fidelity) {
    writeLine(
      terminal.stdout,
      `  Cells:    ${fidelity.nonEmptyCells} non-empty: ${fidelity.mapped} mapped, ${fidelity.kept} kept as extra columns, ${fidelity.ignored.length} ignored with a reason`,
    );
  }
  writeLine(terminal.stdout, `  Issues:   ${countIssues(issues)}${issues.length > 0 ? ` (see "actionplan validate ${file}")` : ''}`);
  if (typeof output === 'string') writeLine(terminal.stdout, `Wrote ${output}`);
  if (typeof saveProfile === 'string') writeLine(terminal.stdout, `Saved the column mapping to ${saveProfile}`);
  return 0;
}
