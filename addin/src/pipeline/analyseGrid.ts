import * as core from '@actionplan/core';
import { buildProgressReport, getScheme, ragScheme, validatePlan } from '@actionplan/core';
import type { Grid, Plan, PlanIssue, ProgressReport, RagScheme } from '@actionplan/core';
import type { AddinSettings } from '../office/settings';

/** What the core's `interpretGrid` returns that the pane uses. */
export interface Interpretation {
  plan: Plan;
  issues: PlanIssue[];
}

type InterpretGrid = (grid: Grid, options?: { asOf?: string }) => Interpretation;

/** Everything the pane shows for one reading of the sheet. */
export interface Analysis {
  plan: Plan;
  /** The reader's problems (unmapped columns, unreadable dates) then the validation rules' findings. */
  issues: PlanIssue[];
  report: ProgressReport;
  scheme: RagScheme;
  asOf: string;
}

/** Why the pipeline could not run, in words for the officer. */
export interface AnalysisUnavailable {
  unavailable: string;
}

/**
 * The core's `interpretGrid` when this build has it. Looked up on the module namespace so the pane
 * builds and runs (saying what is missing) while the reader is still being written.
 */
function findInterpreter(): InterpretGrid | null {
  const candidate: unknown = (core as Record<string, unknown>)['interpretGrid'];
  return typeof candidate === 'function' ? (candidate as InterpretGrid) : null;
}

/**
 * The scheme the settings name, else the plan's, else plain RAG.
 *
 * @example
 * schemeFor({ schemeId: 'brag', asOf: null, staleDays: 60 }, plan).id; // 'brag'
 */
export function schemeFor(settings: AddinSettings, plan: Plan | null): RagScheme {
  return getScheme(settings.schemeId) ?? (plan ? getScheme(plan.ragScheme) : undefined) ?? ragScheme;
}

/**
 * Runs the same pipeline as the importer on a sheet read from Excel: interpret the Grid into a
 * Plan, validate it, and rate every action (reported beside derived, with reasons) as of the
 * settings' date or today.
 *
 * @example
 * const result = analyseGrid(grid, { schemeId: 'rag', asOf: '2017-04-30', staleDays: 60 }, '2024-01-01');
 * if ('unavailable' in result) show(result.unavailable); else show(result.issues);
 */
export function analyseGrid(grid: Grid, settings: AddinSettings, today: string): Analysis | AnalysisUnavailable {
  const interpret = findInterpreter();
  if (interpret === null) return { unavailable: 'This build cannot read plans yet: the plan reader (interpretGrid) is missing.' };
  const asOf = settings.asOf ?? today;
  const interpreted = interpret(grid, { asOf });
  const scheme = schemeFor(settings, interpreted.plan);
  const plan = { ...interpreted.plan, ragScheme: scheme.id };
  const issues = [...interpreted.issues, ...validatePlan(plan, { asOf, scheme, staleDays: settings.staleDays })];
  const report = buildProgressReport(plan, { asOf, scheme });
  return { plan, issues, report, scheme, asOf };
}
