import { describe, expect, it } from 'vitest';
import { linesToGrid, SEED_003_LINES } from '../preview/seedSample';
import { analyseGrid } from './analyseGrid';
import type { AnalysisJob } from './analysisRunner';
import { answerJob } from './pipelineMessages';
import type { JobMessage, JobRequest } from './pipelineMessages';
import { workerRunner } from './workerRunner';
import type { WorkerPort } from './workerRunner';

const job: AnalysisJob = { grid: linesToGrid('Action plan', SEED_003_LINES), settings: { schemeId: 'auto', asOf: '2017-04-30', staleDays: 60 }, today: '2017-04-30' };

/** A stand-in for the worker: answers with the real worker code, through structured cloning, when told to. */
class PortStandIn implements WorkerPort {
  onmessage: ((event: MessageEvent<JobMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly inbox: JobRequest[] = [];
  terminated = false;

  postMessage(message: JobRequest): void {
    this.inbox.push(structuredClone(message));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Runs the oldest request as the worker would, delivering each message it posts. */
  answer(): void {
    const request = this.inbox.shift();
    if (request) answerJob(request, (message) => this.onmessage?.({ data: structuredClone(message) } as MessageEvent<JobMessage>));
  }
}

describe('workerRunner', () => {
  it('posts the Grid, reports each stage, and returns the analysis the pipeline gives, as plain data', async () => {
    const ports: PortStandIn[] = [];
    const runner = workerRunner(() => ports[ports.push(new PortStandIn()) - 1] as PortStandIn);
    const stages: string[] = [];
    const result = runner.analyse(job, { onStage: (stage) => stages.push(stage) });
    ports[0]?.answer();
    const analysis = await result;
    expect(stages).toEqual(['interpreting', 'validating', 'rating']);
    expect(analysis).toEqual(analyseGrid(job.grid, job.settings, job.today));
    expect(analysis.issues.map((issue) => issue.message)).toContain('Action 3.3 has no lead officer.');
  });

  it('cancels by terminating the worker, ignores what the old worker still sends, and starts a fresh one', async () => {
    const ports: PortStandIn[] = [];
    const runner = workerRunner(() => ports[ports.push(new PortStandIn()) - 1] as PortStandIn);
    const controller = new AbortController();
    const cancelled = runner.analyse(job, { signal: controller.signal });
    controller.abort(new Error('Cancelled by the officer.'));
    await expect(cancelled).rejects.toThrow('Cancelled by the officer.');
    expect(ports[0]?.terminated).toBe(true);

    const next = runner.analyse(job);
    expect(ports).toHaveLength(2);
    ports[0]?.answer(); // a late answer from the terminated worker goes nowhere
    ports[1]?.answer();
    expect((await next).plan.actions[0]?.ref).toBe('1.1');
  });

  it('abandons an analysis when a newer one starts, so only the latest result arrives', async () => {
    const ports: PortStandIn[] = [];
    const runner = workerRunner(() => ports[ports.push(new PortStandIn()) - 1] as PortStandIn);
    const first = runner.analyse(job);
    const second = runner.analyse({ ...job, settings: { ...job.settings, asOf: '2017-02-01' } });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    ports[1]?.answer();
    expect((await second).asOf).toBe('2017-02-01');
  });
});
