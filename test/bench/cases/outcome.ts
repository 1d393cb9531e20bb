/** What one measured run reports back to the harness (one JSON line on stdout). */
export type CaseOutcome =
  | {
      /** Wall-clock milliseconds of the measured work only (generation and process start excluded). */
      ms: number;
      /** Case-specific counts: rows, issues, sync calls, payload bytes, sub-timings. */
      details: Record<string, number | string>;
    }
  | {
      /** The API the case needs is not there yet (a colleague is still building it), in words. */
      missing: string;
    };

/**
 * Milliseconds taken by `work`, by the monotonic high-resolution clock.
 *
 * @example
 * const { ms, value } = await timed(() => readGrid(path));
 */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}
