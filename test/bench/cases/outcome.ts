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
 * Milliseconds taken by `work`, by the monotonic high-resolution clock, and the CPU milliseconds
 * the whole process spent meanwhile (every thread: zlib's pool and V8's background compiler
 * too). On a shared machine the CPU time says what a case costs when the wall time is mostly
 * waiting for a CPU: a case that keeps both CPUs busy slows down more under load than one that
 * keeps one busy.
 *
 * @example
 * const { ms, cpuMs, value } = await timed(() => readGrid(path));
 */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}
