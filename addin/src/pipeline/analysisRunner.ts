import type { Grid } from '@actionplan/core';
import type { AddinSettings } from '../office/settings';
import { analyseGrid } from './analyseGrid';
import type { Analysis, AnalysisStage } from './analyseGrid';

/** What one analysis needs: the Grid read from Excel, the settings, and the day "today" is. */
export interface AnalysisJob {
  grid: Grid;
  settings: AddinSettings;
  today: string;
}

/** How a caller follows and stops one analysis. */
export interface AnalysisOptions {
  onStage?: (stage: AnalysisStage) => void;
  /** Aborting rejects the analysis with the signal's reason; its result is never delivered. */
  signal?: AbortSignal;
}

/**
 * Runs the core pipeline for the pane. The worker runner (`workerRunner`) keeps the pane's thread
 * free, and abandons an analysis when a newer one starts (its promise rejects with an AbortError),
 * so only the latest result can arrive; the inline runner is for tests and hosts without Web Workers.
 */
export interface AnalysisRunner {
  analyse(job: AnalysisJob, options?: AnalysisOptions): Promise<Analysis>;
}

/**
 * The reason an analysis stopped early: cancelled by the officer, or superseded by a newer one.
 *
 * @example
 * abortReason('Superseded by a newer check.').name; // 'AbortError'
 */
export function abortReason(message: string): Error {
  const error = new Error(message);
  error.name = 'AbortError';
  return error;
}

/**
 * A runner that analyses on the calling thread (after one macrotask, so the pane can paint the
 * progress first). For tests and hosts without Web Workers: a large sheet blocks while it runs.
 *
 * @example
 * const analysis = await inlineRunner().analyse({ grid, settings, today: '2017-04-30' });
 */
export function inlineRunner(): AnalysisRunner {
  return {
    async analyse(job, options = {}) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      options.signal?.throwIfAborted();
      const analysis = analyseGrid(job.grid, job.settings, job.today, options.onStage);
      options.signal?.throwIfAborted();
      return analysis;
    },
  };
}
