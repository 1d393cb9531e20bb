import { analyseGrid } from './analyseGrid';
import type { Analysis, AnalysisStage } from './analyseGrid';
import type { AnalysisJob } from './analysisRunner';

/** The pane asks the worker to analyse a job; `id` pairs answers with their request. */
export interface JobRequest {
  id: number;
  job: AnalysisJob;
}

/** What the worker sends back: the stage it is at, the analysis, or why it failed. */
export type JobMessage =
  | { id: number; type: 'stage'; stage: AnalysisStage }
  | { id: number; type: 'done'; analysis: Analysis }
  | { id: number; type: 'failed'; message: string };

/**
 * The worker's side of the protocol: analyses one request, posting each stage as it starts and then
 * the result (plain data, so it survives structured cloning), or the failure as a message.
 *
 * @example
 * self.onmessage = (event) => answerJob(event.data, (message) => self.postMessage(message));
 */
export function answerJob(request: JobRequest, post: (message: JobMessage) => void): void {
  const { id, job } = request;
  try {
    const analysis = analyseGrid(job.grid, job.settings, job.today, (stage) => post({ id, type: 'stage', stage }));
    post({ id, type: 'done', analysis });
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}
