import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { CaseOutcome } from '../cases/outcome';
import { RESULT_PREFIX, type CaseRequest } from './caseRequest';

const GNU_TIME = '/usr/bin/time';

/** One child run's outcome with its peak RSS (from `/usr/bin/time -v` when present). */
export type ChildResult = CaseOutcome & { rssMb: number; rssSource: 'time -v' | 'maxRSS' };

/** How to start the child processes. */
export interface ChildOptions {
  workerPath: string;
  /** Extra flags for node, such as `--cpu-prof`. */
  nodeFlags?: string[];
  timeoutMs?: number;
}

/**
 * Peak RSS in MB from `/usr/bin/time -v`'s report, or undefined when it is not there.
 *
 * @example
 * peakRssFromTime('\tMaximum resident set size (kbytes): 202752\n'); // 198
 */
export function peakRssFromTime(stderr: string): number | undefined {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

/**
 * Runs one request in a fresh node process (so each case has its own heap and its own peak RSS)
 * and returns what it printed. A crash or a timeout rejects with the end of its stderr.
 *
 * @example
 * await runChild({ case: 'core', rows: 1000 }, { workerPath });
 */
export function runChild(request: CaseRequest, options: ChildOptions): Promise<ChildResult> {
  // --expose-gc lets a case weigh its result after the timing (no collection runs inside it).
  const nodeArgs = ['--max-old-space-size=8192', '--expose-gc', ...(options.nodeFlags ?? []), options.workerPath, JSON.stringify(request)];
  const useTime = existsSync(GNU_TIME);
  const [command, args] = useTime ? [GNU_TIME, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout ends node (under time) and any Chromium it started.
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timeoutMs = options.timeoutMs ?? 600_000;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (timedOut) {
        reject(new Error(`${request.case} did not finish within ${timeoutMs / 1000} s`));
        return;
      }
      if (code !== 0 || !line) {
        // GNU time appends its report after the child's own stderr.
        const own = useTime && stderr.includes('\tCommand being timed') ? stderr.slice(0, stderr.lastIndexOf('\tCommand being timed')) : stderr;
        reject(new Error(`${request.case} failed (exit ${code ?? 'killed'}):\n${own.split('\n').slice(-15).join('\n')}`));
        return;
      }
      const outcome = JSON.parse(line.slice(RESULT_PREFIX.length)) as CaseOutcome & { maxRssKb: number };
      const timed = peakRssFromTime(stderr);
      const { maxRssKb, ...rest } = outcome;
      resolve({ ...rest, rssMb: timed ?? Math.round(maxRssKb / 1024), rssSource: timed === undefined ? 'maxRSS' : 'time -v' });
    });
  });
}
