import type { ChildResult } from './runChild';
import type { Group, Step } from './schedule';
import { ratio, summarise, type Summary } from './stats';

/** Everything measured for one step of a group. */
export interface StepResult {
  step: Step;
  /** Runs that completed (missing and failed runs are not here). */
  runs: Array<Extract<ChildResult, { ms: number }>>;
  missing?: string;
  error?: string;
}

/** A group's results: its baseline first, then its cases. */
export interface GroupResult {
  group: Group;
  steps: StepResult[];
}

/** A step's summary beside its baseline's: the numbers of one table row. */
export interface Row {
  label: string;
  summary: Summary | null;
  timeRatio: number | null;
  rssRatio: number | null;
  /** The last run's details (counts are the same every round; timings inside vary). */
  details: Record<string, number | string>;
  note?: string;
}

/**
 * The table rows of a group: each step's min, median, peak RSS and ratios to the baseline (medians).
 *
 * @example
 * groupRows(result).map((row) => row.timeRatio); // [1, 1.42, 1.61]
 */
export function groupRows(result: GroupResult): Row[] {
  const baseline = result.steps[0];
  const base = baseline && baseline.runs.length > 0 ? summarise(baseline.runs) : null;
  return result.steps.map((stepResult) => {
    const summary = stepResult.runs.length > 0 ? summarise(stepResult.runs) : null;
    const note = stepResult.missing ? `pending: ${stepResult.missing}` : stepResult.error ? `failed: ${stepResult.error.split('\n')[0] ?? ''}` : undefined;
    return {
      label: stepResult.step.label,
      summary,
      timeRatio: summary && base ? ratio(summary.medianMs, base.medianMs) : null,
      rssRatio: summary && base ? ratio(summary.rssMb, base.rssMb) : null,
      details: stepResult.runs.at(-1)?.details ?? {},
      ...(note ? { note } : {}),
    };
  });
}

/**
 * The summary of the step with this request case in a group, if it ran.
 *
 * @example
 * stepSummary(result, 'import')?.medianMs;
 */
export function stepSummary(result: GroupResult, caseName: string): { summary: Summary; details: Record<string, number | string> } | null {
  const found = result.steps.find((s) => s.step.request.case === caseName && s.runs.length > 0);
  return found ? { summary: summarise(found.runs), details: found.runs.at(-1)?.details ?? {} } : null;
}
