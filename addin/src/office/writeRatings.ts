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

/** A change "Apply" refused because the cell no longer says what the preview showed. */
export interface RefusedChange {
  change: RatingChange;
  /** What the cell says now. */
  found: string;
}

/** What "Apply" did: the history rows it wrote (one per cell written) and the changes it refused. */
export interface WriteResult {
  entries: HistoryEntry[];
  refused: RefusedChange[];
}

/**
 * Writes accepted ratings into their cells and appends one history row per change. In the same
 * batch it first re-reads every target cell and refuses to overwrite one whose text differs from
 * what the preview showed (`change.old`): the officer changed it since, and their word wins. Two
 * syncs whatever the number of changes (three when the history sheet already exists): the re-read
 * and the history sheet's end, then all the writes. Calculation is suspended for the write so a
 * large plan does not recalculate per cell.
 *
 * @example
 * const { entries, refused } = await host.run((context) => writeRatings(context, changes, { when: '2017-04-30T09:00:00.000Z', who: '' }));
 */
export async function writeRatings(context: HostContext, changes: RatingChange[], stamp: { when: string; who: string }): Promise<WriteResult> {
  const targets = changes.map((change) => ({ change, range: context.workbook.worksheets.getItem(change.sheet).getRange(change.cell).load('text') }));
  // The re-read travels with openHistory's first sync.
  const cursor = await openHistory(context);
  const refused: RefusedChange[] = [];
  const accepted: RatingChange[] = [];
  for (const { change, range } of targets) {
    const found = range.text[0]?.[0] ?? '';
    if (found === change.old) accepted.push(change);
    else refused.push({ change, found });
  }
  context.application.suspendApiCalculationUntilNextSync();
  for (const change of accepted) {
    queueTextSafeValues(context.workbook.worksheets.getItem(change.sheet).getRange(change.cell), [[change.new]]);
  }
  const entries: HistoryEntry[] = accepted.map((change) => ({
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
  return { entries, refused };
}
