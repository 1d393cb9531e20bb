import { parseA1 } from './a1';
import type { HostChangedEvent, ExcelHost } from './hostTypes';

/** Options for live checking. `schedule` and `cancel` default to the browser's timers. */
export interface WatchOptions {
  debounceMs?: number;
  schedule?: (run: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

/**
 * The 0-based rows an `onChanged` event touched, from its address. Whole-column or unparseable
 * addresses return null, meaning "re-check everything".
 *
 * @example
 * changedRows({ address: 'B7:C9', worksheetId: 'w1', changeType: 'RangeEdited' }); // [6, 7, 8]
 */
export function changedRows(event: HostChangedEvent): number[] | null {
  const block = parseA1(event.address);
  if (block === null || block.bottom - block.top > 100_000) return null;
  return Array.from({ length: block.bottom - block.top + 1 }, (_, i) => block.top + i);
}

/**
 * Watches a sheet's `onChanged` events and calls `onRows` once edits pause, with every row changed
 * since the last call (or null when a change was too broad to pin down). Events do not fire for
 * some dropdown picks and pastes, which is why the pane also offers a whole-sheet check.
 * Returns a function that stops the watching.
 *
 * @example
 * const stop = await watchSheetChanges(host, 'Plan', (rows) => recheck(rows), { debounceMs: 400 });
 */
export async function watchSheetChanges(
  host: ExcelHost,
  sheetName: string,
  onRows: (rows: number[] | null) => void,
  options: WatchOptions = {},
): Promise<() => void> {
  const schedule = options.schedule ?? ((run, ms) => setTimeout(run, ms));
  const cancel = options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let active = true;
  let pending: Set<number> | null = new Set();
  let timer: unknown = null;
  const flush = (): void => {
    timer = null;
    const rows = pending === null ? null : [...pending].sort((a, b) => a - b);
    pending = new Set();
    if (active) onRows(rows);
  };
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).onChanged.add(async (event) => {
      if (!active) return;
      const rows = changedRows(event);
      if (rows === null) pending = null;
      else if (pending !== null) for (const row of rows) pending.add(row);
      if (timer !== null) cancel(timer);
      timer = schedule(flush, options.debounceMs ?? 400);
    });
    await context.sync();
  });
  return () => {
    active = false;
    if (timer !== null) cancel(timer);
  };
}
