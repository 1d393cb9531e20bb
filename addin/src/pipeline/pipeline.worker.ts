// The Web Worker the pane's analyses run in (see workerRunner.ts): the core pipeline on a thread of
// its own, so reading a large sheet never freezes the pane.
import { answerJob } from './pipelineMessages';
import type { JobMessage, JobRequest } from './pipelineMessages';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(message: JobMessage): void;
};

scope.onmessage = (event) => answerJob(event.data, (message) => scope.postMessage(message));
