/** What one add-in run in Chromium reports: times, sync calls, chunks and the largest payloads. */
export interface AddinRun {
  ms: number;
  readMs: number;
  analyseMs: number;
  rows: number;
  /** `context.sync()` calls in all: one for the used range, then one per chunk. */
  syncs: number;
  chunks: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  pipeline: string;
  issues: number;
}
