import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './io/cliError';

type Options = NonNullable<ParseArgsConfig['options']>;

/** One command's arguments as declared: its positionals, options and help text. */
export interface CommandSpec<O extends Options> {
  name: string;
  summary: string;
  usage: string;
  positionals: { min: number; max: number };
  options: O;
  help: string;
}

/** Parsed option values by name. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** A command's spec as the dispatcher sees it. */
export type CliCommandSpec = CommandSpec<Record<string, { type: 'string' | 'boolean'; short?: string }>>;

/** Options every command takes. */
export const commonOptions = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/**
 * Parses argv for one command; a mistake (unknown option, missing file name) is a CliError that
 * points the user at `--help`.
 */
export function parseCommandArgs<O extends Options>(spec: CommandSpec<O>, argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...commonOptions, ...spec.options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '.')} See "actionplan ${spec.name} --help".`);
  }
  const values = parsed.values as OptionValues;
  if (values['help']) return { help: true as const, values, positionals: parsed.positionals };
  const count = parsed.positionals.length;
  if (count < spec.positionals.min || count > spec.positionals.max) {
    throw new CliError(`Usage: ${spec.usage}. See "actionplan ${spec.name} --help".`);
  }
  return { help: false as const, values, positionals: parsed.positionals };
}

/** Checks an `--as-of` value: a real calendar day. */
export function parseAsOf(value: string | boolean | undefined): string | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value;
  }
  throw new CliError(`--as-of needs a date as YYYY-MM-DD, such as 2011-07-22 (got "${value}").`);
}

/** Today's calendar date where the user is: the edge decides "today", never the core. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
