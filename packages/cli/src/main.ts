import { readFileSync } from 'node:fs';
import { parseCommandArgs, type CliCommandSpec, type OptionValues } from './args';
import { diffSpec, runDiff } from './commands/diff';
import { exportSpec, runExport } from './commands/export';
import { importSpec, runImport } from './commands/import';
import { reportSpec, runReport } from './commands/report';
import { runValidate, validateSpec } from './commands/validate';
import { CliError, ExitCode } from './io/cliError';
import { writeLine, type Terminal } from './io/terminal';

const commands: Array<{ spec: CliCommandSpec; run: (values: OptionValues, positionals: string[], terminal: Terminal) => Promise<number> }> = [
  { spec: importSpec, run: runImport },
  { spec: validateSpec, run: runValidate },
  { spec: exportSpec, run: runExport },
  { spec: reportSpec, run: runReport },
  { spec: diffSpec, run: runDiff },
];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...commands.map(({ spec }) => spec.name.length));
  return [
    'actionplan: improvement plans after an inspection, from the spreadsheets councils keep.',
    '',
    'Usage: actionplan <command> [options]',
    '',
    'Commands:',
    ...commands.map(({ spec }) => `  ${spec.name.padEnd(width)}  ${spec.summary}`),
    '',
    'Run "actionplan <command> --help" for a command\'s options.',
    'Exit codes: 0 ok, 1 the plan has errors, 2 bad input or usage.',
  ].join('\n');
}

/**
 * Runs the CLI with `argv` (without the node and script names) and returns the exit code.
 * User mistakes print one line on stderr; they never throw.
 *
 * @example
 * process.exitCode = await main(['report', 'plan.json', '--as-of', '2017-04-30'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function main(argv: string[], terminal: Terminal): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    writeLine(terminal.stdout, mainHelp());
    return name === undefined ? ExitCode.badInput : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    writeLine(terminal.stdout, version());
    return ExitCode.ok;
  }
  const command = commands.find(({ spec }) => spec.name === name);
  try {
    if (!command) throw new CliError(`"${name}" is not a command. Run "actionplan --help" to see the commands.`);
    const args = parseCommandArgs(command.spec, rest);
    if (args.help) {
      writeLine(terminal.stdout, `Usage: ${command.spec.usage}\n\n${command.spec.summary}.\n\n${command.spec.help}`);
      return ExitCode.ok;
    }
    return await command.run(args.values, args.positionals, terminal);
  } catch (error) {
    if (error instanceof CliError) {
      writeLine(terminal.stderr, `actionplan: ${error.message}`);
      return error.exitCode;
    }
    // A bug of ours, not the user's: say so plainly, with the detail needed to report it.
    writeLine(terminal.stderr, `actionplan: internal error: ${(error as Error).message ?? String(error)}`);
    writeLine(terminal.stderr, 'This is a bug in actionplan. Please report it with the command you ran (not your plan: it may hold personal data).');
    if (process.env['ACTIONPLAN_DEBUG']) writeLine(terminal.stderr, (error as Error).stack ?? '');
    return ExitCode.internal;
  }
}
