import type { Action, DeliveryStatus, ProgressEntry } from '../model/plan';
import type { StatusReading } from '../status/parseStatusText';
import { factsFor, latestEntry, planFacts, type PlanFacts } from './planFacts';

/**
 * A sentence read as evidence that the work is done though no status word says so, and where it
 * was written.
 *
 * @example
 * const implied: ImpliedCompletion = { words: 'These are in use.', source: 'comment' };
 */
export interface ImpliedCompletion {
  words: string;
  source: 'comment' | 'latest note';
}

/**
 * What an action's own fields say about its delivery, gathered once for the RAG rules.
 *
 * @example
 * const { status, reading } = deliveryEvidence(action); // 'in-progress', { statusText: 'On track', … }
 */
export interface DeliveryEvidence {
  /** The action's status, else its latest progress entry's, else what the words of either say. */
  status: DeliveryStatus | null;
  /**
   * How `status` is known: `stated` by a status field or status words; `implied` when only a
   * sentence reports the work done (`These are in use.`), a weaker signal; null when nothing says.
   */
  evidence: 'stated' | 'implied' | null;
  /** The sentence read as done, when `evidence` is `implied`. */
  impliedBy?: ImpliedCompletion;
  /** The status words of the latest progress entry, else of the comments. */
  reading: StatusReading;
  /** When the latest progress entry was written, in words (`April 2011`), if known. */
  writtenIn: string | null;
  supportRequired: boolean | null;
  /** Words in the latest entry or the comments that contradict a Green (`not working`). */
  negatives: string[];
  /** The sentence saying the work waits for a post to be filled (`… once appointed.`). */
  waitsForAppointment?: string;
  /** The action whose status this one shares (`See (1) above`), when it was found. */
  sharedWith?: Action;
}

/**
 * Gathers what an action says about its own delivery: explicit status first, then the latest dated
 * progress entry (the last one written when none is dated), then the comments; failing all of
 * those, a sentence that reports the work done (`All minutes are uploaded.`) implies completion
 * unless a phrase in the same words contradicts it (`not working consistently`). An action whose
 * note says `See (1) above` takes the status and words of its sibling `(1)` when `actionsById` is
 * given (one step only, so notes pointing at each other cannot loop). With a map, facts are read
 * once per map (see `factsFor`).
 *
 * @example
 * deliveryEvidence(action).status; // 'complete' for 000 2.1, from "April 2011 - Achieved."
 * deliveryEvidence(action003).evidence; // 'implied' for 003 1.6, "Pathway plans have been updated with SMART plans."
 */
export function deliveryEvidence(action: Action, actionsById?: ReadonlyMap<string, Action>): DeliveryEvidence {
  return (actionsById ? factsFor(actionsById) : planFacts([action])).of(action).evidence;
}

/**
 * The evidence of one action, from its latest entry, through a run's facts (see `planFacts`).
 *
 * @example
 * readEvidence(action, latestEntry(action.progress), facts).status; // 'complete'
 */
export function readEvidence(action: Action, latest: ProgressEntry | undefined, facts: PlanFacts): DeliveryEvidence {
  const own = ownEvidence(action, latest, facts);
  const sameAs = own.status === null ? own.reading.sameAs : undefined;
  const sharedWith = sameAs === undefined ? undefined : facts.sibling(action, sameAs);
  if (sharedWith === undefined) return own;
  // The sibling's own words only, not its facts: two notes pointing at each other must not loop.
  const shared = ownEvidence(sharedWith, latestEntry(sharedWith.progress, facts), facts);
  return { ...shared, supportRequired: action.supportRequired ?? shared.supportRequired, sharedWith };
}

function ownEvidence(action: Action, latest: ProgressEntry | undefined, facts: PlanFacts): DeliveryEvidence {
  const fromEntry = latest ? facts.reading(latest.statusText ?? latest.text) : undefined;
  const fromComments = facts.reading(action.comments);
  const reading = fromEntry?.statusText != null ? fromEntry : fromComments;
  const stated = action.status ?? latest?.status ?? fromEntry?.status ?? fromComments.status;
  const negatives = [...facts.negatives(latest?.text), ...facts.negatives(action.comments)];
  const impliedBy = stated === null && negatives.length === 0 ? impliedCompletion(fromEntry, fromComments) : undefined;
  const waits = fromEntry?.waitsForAppointment ?? fromComments.waitsForAppointment;
  const evidence: DeliveryEvidence = {
    status: stated ?? (impliedBy ? 'complete' : null),
    evidence: stated !== null ? 'stated' : impliedBy ? 'implied' : null,
    reading,
    writtenIn: writtenIn(latest, fromEntry, facts),
    supportRequired: action.supportRequired ?? reading.supportRequired ?? null,
    negatives,
  };
  if (impliedBy) evidence.impliedBy = impliedBy;
  if (waits !== undefined) evidence.waitsForAppointment = waits;
  return evidence;
}

function impliedCompletion(fromEntry: StatusReading | undefined, fromComments: StatusReading): ImpliedCompletion | undefined {
  if (fromEntry?.impliedComplete !== undefined) return { words: fromEntry.impliedComplete, source: 'latest note' };
  return fromComments.impliedComplete === undefined ? undefined : { words: fromComments.impliedComplete, source: 'comment' };
}

function writtenIn(latest: ProgressEntry | undefined, fromEntry: StatusReading | undefined, facts: PlanFacts): string | null {
  const date = latest?.date;
  return (date ? facts.words(date) : fromEntry?.dateText) ?? null;
}
