import type { ChangeCounter } from '../office/changeCounter';

/** The two steps of one check: read from the workbook, then analyse what was read. */
export interface CheckSteps<R extends { worksheetId: string }, A> {
  read(): Promise<R>;
  analyse(reading: R): Promise<A>;
}

/** A check whose sheet did not change while it ran, or the news that it kept changing. */
export type CheckOutcome<R, A> = { ok: true; reading: R; analysis: A; attempts: number } | { ok: false; attempts: number };

/**
 * Reads and analyses until a run completes with no change event on its sheet between the start of
 * the read and the end of the analysis. A run whose sheet changed meanwhile is discarded — its
 * result is never returned, so the pane never shows or applies it — and the check starts again,
 * at most `maxAttempts` times in all.
 *
 * @example
 * const outcome = await analyseUntilUnchanged({ read, analyse }, counter);
 * if (outcome.ok) show(outcome.analysis);
 */
export async function analyseUntilUnchanged<R extends { worksheetId: string }, A>(
  steps: CheckSteps<R, A>,
  counter: ChangeCounter,
  maxAttempts = 3,
): Promise<CheckOutcome<R, A>> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    // Counts are per sheet, and the sheet is known only once read: remember them all.
    const before = counter.snapshot();
    const reading = await steps.read();
    const analysis = await steps.analyse(reading);
    if (counter.count(reading.worksheetId) === (before.get(reading.worksheetId) ?? 0)) return { ok: true, reading, analysis, attempts: attempt };
  }
  return { ok: false, attempts: maxAttempts };
}
