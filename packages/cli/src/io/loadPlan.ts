import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { PlanSchema, type ColumnMapping, type MappingProfile, MappingProfileSchema, type Plan, type PlanIssue } from '@actionplan/core';
import { importWorkbook, WorkbookError, type ImportResult } from '@actionplan/xlsx';
import { CliError } from './cliError';
import type { Progress } from './progress';

/** A plan read from a workbook or a plan.json, with what the import found. */
export interface LoadedPlan {
  plan: Plan;
  issues: PlanIssue[];
  fidelity: ImportResult['fidelity'] | null;
  /** How the workbook's columns were read (empty for a plan.json or a canonical workbook). */
  mapping: ColumnMapping[];
}

const workbookExtensions = new Set(['.xlsx', '.xlsm']);

/** Reads a workbook (through the importer) or a plan.json (checked against the schema). */
export async function loadPlan(
  path: string,
  options: { profile?: MappingProfile; asOf?: string; progress?: Progress; cwd?: string },
): Promise<LoadedPlan> {
  // Messages name the file as the user typed it, relative to where they are.
  const shown = options.cwd ? relative(options.cwd, path) || path : path;
  if (!existsSync(path)) throw new CliError(`"${shown}" does not exist.`);
  if (statSync(path).isDirectory()) throw new CliError(`"${shown}" is a folder, not a file.`);
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return { plan: readPlanJson(path, shown), issues: [], fidelity: null, mapping: [] };
  if (workbookExtensions.has(extension) || extension === '.xls' || extension === '.csv') {
    try {
      options.progress?.update(`Reading ${shown}`);
      const result = await importWorkbook(path, {
        ...(options.profile ? { profile: options.profile } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
      });
      return { plan: result.plan, issues: result.issues, fidelity: result.fidelity, mapping: result.mapping };
    } catch (error) {
      if (error instanceof WorkbookError) throw new CliError(error.message);
      throw error;
    } finally {
      options.progress?.done();
    }
  }
  throw new CliError(`"${shown}" is not a workbook (.xlsx) or a plan (.json).`);
}

/** Reads and checks a plan.json; a broken one is the user's input, so it is a CliError. */
export function readPlanJson(path: string, shown = path): Plan {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`"${shown}" is not valid JSON: ${(error as Error).message}`);
  }
  // `actionplan import -o plan.json` writes the plan inside a document beside the import's issues and fidelity.
  const result = PlanSchema.safeParse(isImportDocument(data) ? data.plan : data);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    throw new CliError(`"${shown}" is not an actionplan plan${where}: ${first?.message ?? 'invalid'}.`);
  }
  return result.data;
}

function isImportDocument(data: unknown): data is { plan: unknown } {
  return typeof data === 'object' && data !== null && !('schemaVersion' in data) && 'plan' in data;
}

/** The `--profile` option: the saved mapping it names, or undefined when not given. */
export function readProfileOption(value: string | boolean | undefined, cwd: string): MappingProfile | undefined {
  return typeof value === 'string' ? readProfile(resolve(cwd, value)) : undefined;
}

/** Reads a saved mapping profile (`--profile`). */
export function readProfile(path: string): MappingProfile {
  if (!existsSync(path)) throw new CliError(`The profile "${path}" does not exist.`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`The profile "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  const result = MappingProfileSchema.safeParse(data);
  if (!result.success) throw new CliError(`"${path}" is not a mapping profile: ${result.error.issues[0]?.message ?? 'invalid'}.`);
  return result.data;
}
