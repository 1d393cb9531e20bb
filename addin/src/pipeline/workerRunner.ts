import type { Analysis } from './analyseGrid';
import { abortReason } from './analysisRunner';
import type { AnalysisJob, AnalysisOptions, AnalysisRunner } from './analysisRunner';
import type { JobMessage, JobRequest } from './pipelineMessages';

/** The part of a `Worker` the runner uses (so tests can hand it a stand-in). */
export interface WorkerPort {
  onmessage: ((event: MessageEvent<JobMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: JobRequest): void;
  terminate(): void;
}

interface Pending {
  id: number;
  resolve(analysis: Analysis): void;
  reject(reason: unknown): void;
  options: AnalysisOptions;
}

/**
 * The pipeline worker as vite bundles it (a module worker from this folder, same origin, so the
 * CSP's `worker-src 'self'` allows it).
 *
 * @example
 * const runner = workerRunner(createPipelineWorker);
 */
export function createPipelineWorker(): WorkerPort {
  return new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort;
}

/**
 * Runs analyses in a Web Worker, one at a time: the Grid is posted, stages come back as they start,
 * and the analysis arrives as plain data. Cancelling (the signal) or starting a newer analysis
 * terminates the worker — the only way to stop synchronous work there — and rejects the old
 * promise; a fresh worker starts on the next job. Messages from an abandoned job are ignored.
 *
 * @example
 * const analysis = await workerRunner(createPipelineWorker).analyse(job, { onStage: (s) => show(s), signal });
 */
export function workerRunner(create: () => WorkerPort): AnalysisRunner {
  let worker: WorkerPort | null = null;
  let pending: Pending | null = null;
  let nextId = 1;

  const stop = (reason: unknown): void => {
    const current = pending;
    pending = null;
    worker?.terminate();
    worker = null;
    current?.reject(reason);
  };

  const receive = (event: MessageEvent<JobMessage>): void => {
    const message = event.data;
    const current = pending;
    if (current === null || message.id !== current.id) return;
    if (message.type === 'stage') {
      current.options.onStage?.(message.stage);
      return;
    }
    pending = null;
    if (message.type === 'done') current.resolve(message.analysis);
    else current.reject(new Error(message.message));
  };

  const started = (): WorkerPort => {
    if (worker !== null) return worker;
    const port = create();
    port.onmessage = receive;
    port.onerror = (event) => stop(new Error(event.message || 'The checking worker failed to start.'));
    worker = port;
    return port;
  };

  return {
    analyse(job: AnalysisJob, options: AnalysisOptions = {}): Promise<Analysis> {
      if (pending !== null) stop(abortReason('Superseded by a newer check.'));
      const { signal } = options;
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<Analysis>((resolve, reject) => {
        const id = nextId++;
        const finish = (): void => signal?.removeEventListener('abort', onAbort);
        const onAbort = (): void => {
          if (pending?.id === id) stop(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort);
        pending = {
          id,
          options,
          resolve: (analysis) => {
            finish();
            resolve(analysis);
          },
          reject: (reason) => {
            finish();
            reject(reason);
          },
        };
        started().postMessage({ id, job });
      });
    },
  };
}
