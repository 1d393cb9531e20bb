import { buildProgressReport, getScheme, interpretGrid, planFacts, ragScheme, validatePlan } from '@actionplan/core';
import type { Grid, Plan, PlanIssue, ProgressReport, RagScheme } from '@actionplan/core';
import { AUTO_SCHEME } from '../office/settings';
import type { AddinSettings } from '../office/settings';

/** Everything the pane shows for one reading of the sheet. */
export interface Analysis {
  plan: Plan;
  /** The reader's problems (unmapped columns, unreadable dates) then the validation rules' findings. */
  issues: PlanIssue[];
  report: ProgressReport;
  scheme: RagScheme;
  asOf: string;
}

/** The steps of one analysis, in order, so a long one can say how far it has got. */
export const ANALYSIS_STAGES = ['interpreting', 'validating', 'rating'] as const;

/** One of {@link ANALYSIS_STAGES}. */
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

/**
 * The scheme the settings name; with `auto`, the one the reader found in the sheet; else plain RAG.
 *
 * @example
 * schemeFor({ schemeId: 'brag', asOf: null, staleDays: 60 }, plan).id; // 'brag'
 */
export function schemeFor(settings: AddinSettings, plan: Plan | null): RagScheme {
  const chosen = settings.schemeId === AUTO_SCHEME ? undefined : getScheme(settings.schemeId);
  return chosen ?? (plan ? getScheme(plan.ragScheme) : undefined) ?? ragScheme;
}

/**
 * Runs the same pipeline as the importer on a sheet read from Excel: interpret the Grid into a
 * Plan, validate it, and rate every action (reported beside derived, with reasons) as of the
 * settings' date or today. `onStage` hears each step as it starts. Pure and synchronous: the pane
 * runs it in a Web Worker (`pipeline.worker.ts`) so a large sheet never freezes the pane.
 *
 * @example
 * const { issues, report } = analyseGrid(grid, { schemeId: 'auto', asOf: '2017-04-30', staleDays: 60 }, '2024-01-01');
 */
export function analyseGrid(grid: Grid, settings: AddinSettings, today: string, onStage?: (stage: AnalysisStage) => void): Analysis {
  const asOf = settings.asOf ?? today;
  const chosen = settings.schemeId === AUTO_SCHEME ? undefined : getScheme(settings.schemeId);
  onStage?.('interpreting');
  const interpreted = interpretGrid(grid, chosen ? { asOf, scheme: chosen } : { asOf });
  const scheme = schemeFor(settings, interpreted.plan);
  const plan = { ...interpreted.plan, ragScheme: scheme.id };
  onStage?.('validating');
  // One reading of each action's dates and words, shared by the checks and the ratings.
  const facts = planFacts(plan.actions);
  const issues = [...interpreted.issues, ...validatePlan(plan, { asOf, scheme, staleDays: settings.staleDays, facts })];
  onStage?.('rating');
  const report = buildProgressReport(plan, { asOf, scheme, facts });
  return { plan, issues, report, scheme, asOf };
}
