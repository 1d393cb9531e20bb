import { openHistory, queueHistoryRows } from './history';
import type { HistoryEntry } from './history';
import { queueTextSafeValues } from './safeText';
import type { HostContext } from './hostTypes';

/** One rating the officer accepted in the preview: the cell, what it says now and what it will say. */
export interface RatingChange {
  sheet: string;
  cell: string;
  ref: string;
  old: string;
  new: string;
  reason: string;
}

/**
 * Writes accepted ratings into their cells and appends one history row per change, in two syncs
 * whatever the number of changes (one to find the history sheet's end, one for all the writes).
 * Calculation is suspended for the write so a large plan does not recalculate per cell.
 *
 * @example
 * await host.run((context) => writeRatings(context, changes, { when: '2017-04-30T09:00:00.000Z', who: '' }));
 */
export async function writeRatings(
  context: HostContext,
  changes: RatingChange[],
  stamp: { when: string; who: string },
): Promise<HistoryEntry[]> {
  const cursor = await openHistory(context);
  context.application.suspendApiCalculationUntilNextSync();
  for (const change of changes) {
    queueTextSafeValues(context.workbook.worksheets.getItem(change.sheet).getRange(change.cell), [[change.new]]);
  }
  const entries: HistoryEntry[] = changes.map((change) => ({
    ...stamp,
    sheet: change.sheet,
    ref: change.ref,
    field: 'RAG',
    old: change.old,
    new: change.new,
    reason: change.reason,
  }));
  queueHistoryRows(cursor, entries);
  await context.sync();
  return entries;
}
