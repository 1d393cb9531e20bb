import type { ChildResult } from './runChild';
import type { Group, Step } from './schedule';
import { median, ratio, summarise, type Summary } from './stats';

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
  /** The fastest run against the baseline's fastest: the least disturbed runs on a busy machine. */
  minRatio: number | null;
  rssRatio: number | null;
  /** The runs' details: counts as the last run gave them (the same every round), timings (`…Ms`) as their median. */
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
      minRatio: summary && base ? ratio(summary.minMs, base.minMs) : null,
      rssRatio: summary && base ? ratio(summary.rssMb, base.rssMb) : null,
      details: runDetails(stepResult.runs),
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
  return found ? { summary: summarise(found.runs), details: runDetails(found.runs) } : null;
}

/**
 * The details of a step's runs: the last run's, with each timing (a numeric key ending in `Ms`)
 * replaced by its median over the runs, so a sub-timing sits beside the median it is part of.
 *
 * @example
 * runDetails([{ details: { rows: 10, cpuMs: 90 } }, { details: { rows: 10, cpuMs: 70 } }, { details: { rows: 10, cpuMs: 80 } }]); // { rows: 10, cpuMs: 80 }
 */
export function runDetails(runs: ReadonlyArray<{ details: Record<string, number | string> }>): Record<string, number | string> {
  const details = { ...(runs.at(-1)?.details ?? {}) };
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'number' && key.endsWith('Ms')) details[key] = Math.round(median(runs.map((run) => Number(run.details[key]))));
  }
  return details;
}
