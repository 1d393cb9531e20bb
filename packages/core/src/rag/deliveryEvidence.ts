import { formatDate, lastDay } from '../dates';
import type { Action, DeliveryStatus, ProgressEntry } from '../model/plan';
import { negativeMarkers } from '../status/negativeMarkers';
import { parseStatusText, type StatusReading } from '../status/parseStatusText';
import { findSibling } from './findSibling';
import { tryDate } from './tryDate';

/**
 * What an action's own fields say about its delivery, gathered once for the RAG rules.
 *
 * @example
 * const { status, reading } = deliveryEvidence(action); // 'in-progress', { statusText: 'On track', … }
 */
export interface DeliveryEvidence {
  /** The action's status, else its latest progress entry's, else what the words of either say. */
  status: DeliveryStatus | null;
  /** The status words of the latest progress entry, else of the comments. */
  reading: StatusReading;
  /** When the latest progress entry was written, in words (`April 2011`), if known. */
  writtenIn: string | null;
  supportRequired: boolean | null;
  /** Words in the latest entry or the comments that contradict a Green (`not working`). */
  negatives: string[];
  /** The action whose status this one shares (`See (1) above`), when it was found. */
  sharedWith?: Action;
}

/**
 * Gathers what an action says about its own delivery: explicit status first, then the latest dated
 * progress entry (the last one written when none is dated), then the comments. An action whose
 * note says `See (1) above` takes the status and words of its sibling `(1)` when `actionsById` is
 * given (one step only, so notes pointing at each other cannot loop).
 *
 * @example
 * deliveryEvidence(action).status; // 'complete' for 000 2.1, from "April 2011 - Achieved."
 */
export function deliveryEvidence(action: Action, actionsById?: ReadonlyMap<string, Action>): DeliveryEvidence {
  const latest = latestEntry(action.progress);
  const fromEntry = latest ? parseStatusText(latest.statusText ?? latest.text) : undefined;
  const fromComments = parseStatusText(action.comments);
  const reading = [fromEntry, fromComments].find((each) => each?.statusText != null) ?? fromComments;
  const status = action.status ?? latest?.status ?? fromEntry?.status ?? fromComments.status;
  const sharedWith = status === null && reading.sameAs !== undefined && actionsById ? findSibling(action, reading.sameAs, actionsById) : undefined;
  if (sharedWith) {
    const shared = deliveryEvidence(sharedWith);
    return { ...shared, supportRequired: action.supportRequired ?? shared.supportRequired, sharedWith };
  }
  return {
    status,
    reading,
    writtenIn: writtenIn(latest?.date ?? null, fromEntry?.dateText),
    supportRequired: action.supportRequired ?? reading.supportRequired ?? null,
    negatives: [...negativeMarkers(latest?.text), ...negativeMarkers(action.comments)],
  };
}

function writtenIn(date: string | null, dateText: string | undefined): string | null {
  return (date ? tryDate(() => formatDate(date)) : dateText) ?? null;
}

/**
 * The most recent progress entry: the latest dated one (the later-listed on a tie), else the last
 * listed.
 *
 * @example
 * latestEntry(action.progress)?.statusText; // 'Achieved'
 */
export function latestEntry(progress: readonly ProgressEntry[]): ProgressEntry | undefined {
  let best: { entry: ProgressEntry; day: string } | undefined;
  for (const entry of progress) {
    const date = entry.date;
    const day = date ? tryDate(() => lastDay(date)) : undefined;
    if (day !== undefined && (best === undefined || day >= best.day)) best = { entry, day };
  }
  return best?.entry ?? progress[progress.length - 1];
}
