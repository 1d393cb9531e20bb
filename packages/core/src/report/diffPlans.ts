import { daysBetween, lastDay } from '../dates';
import type { DeliveryStatus, Plan, ProgressEntry, RagLevelId } from '../model/plan';
import type { IsoDay, PartialDate } from '../model/partialDate';
import { deriveRag } from '../rag';
import type { RagScheme } from '../rag';
import { labelOf, type ActionLabel } from './actionLabel';
import { levelLabel, ragDirection, type RagDirection } from './levels';
import { matchActions, type ActionPair } from './matchActions';
import { resolveScheme } from './resolveScheme';

/** Which snapshot of a plan a diff side is. */
export interface SnapshotLabel {
  id: string;
  title: string;
  asOf: IsoDay | null;
}

/** A rating that moved between snapshots, with the scheme's words for both ends. */
export interface RagChange {
  action: ActionLabel;
  from: RagLevelId | null;
  to: RagLevelId | null;
  fromLabel: string;
  toLabel: string;
  direction: RagDirection;
  /** For a derived rating, why the later snapshot is rated as it is. */
  reason?: string;
}

/** A delivery status that moved between snapshots. */
export interface StatusChange {
  action: ActionLabel;
  from: DeliveryStatus | null;
  to: DeliveryStatus | null;
}

/** A start or due date that moved, set or cleared; `days` compares the days each falls due on. */
export interface DateChange {
  action: ActionLabel;
  field: 'start' | 'due';
  from: PartialDate | null;
  to: PartialDate | null;
  fromText: string | null;
  toText: string | null;
  /** Positive when the date slipped later. Null when one side has no date. */
  days: number | null;
  /** `restated` when the text changed but the date falls on the same day (`Feb-17` → `28/02/17`). */
  direction: 'later' | 'earlier' | 'set' | 'cleared' | 'restated';
}

/** Leads who joined or left an action. */
export interface LeadChange {
  action: ActionLabel;
  from: string[];
  to: string[];
  added: string[];
  removed: string[];
}

/** Progress notes the later snapshot has and the earlier did not. */
export interface NewProgress {
  action: ActionLabel;
  entries: ProgressEntry[];
}

/** A text field that was reworded between snapshots. */
export interface TextChange {
  action: ActionLabel;
  from: string | null;
  to: string | null;
}

/** An action matched by ref and title because its id changed between snapshots. */
export interface Rematch {
  before: ActionLabel;
  after: ActionLabel;
  score: number;
}

/** The change since the last report: what a committee asks for when it reviews a plan again. */
export interface PlanDiff {
  before: SnapshotLabel;
  after: SnapshotLabel;
  scheme: { id: string; name: string };
  /** The date the derived ratings of the later snapshot are taken at, if any. */
  asOf: IsoDay | null;
  added: ActionLabel[];
  removed: ActionLabel[];
  rematched: Rematch[];
  ragChanges: RagChange[];
  derivedRagChanges: RagChange[];
  statusChanges: StatusChange[];
  dateChanges: DateChange[];
  leadChanges: LeadChange[];
  newProgress: NewProgress[];
  /** The comments cell changed (seed 003 keeps its progress there, undated). */
  commentChanges: TextChange[];
  titleChanges: TextChange[];
  /** Actions in both snapshots with none of the changes above. */
  unchanged: number;
}

/** Options of {@link diffPlans}. */
export interface DiffOptions {
  /** Rate the later snapshot as of this day (default its own `asOf`); the earlier one uses its own, else this. */
  asOf?: IsoDay;
  /** The scheme ratings are compared in (default the later snapshot's `ragScheme`). */
  scheme?: RagScheme | string;
}

function snapshotOf(plan: Plan): SnapshotLabel {
  return { id: plan.id, title: plan.title, asOf: plan.asOf };
}

function ragChange(pair: ActionPair, from: RagLevelId | null, to: RagLevelId | null, scheme: RagScheme): RagChange {
  return {
    action: labelOf(pair.after),
    from,
    to,
    fromLabel: levelLabel(from, scheme),
    toLabel: levelLabel(to, scheme),
    direction: ragDirection(from, to, scheme),
  };
}

function dateChange(pair: ActionPair, field: 'start' | 'due'): DateChange | undefined {
  const from = pair.before[field];
  const to = pair.after[field];
  const fromText = pair.before[field === 'due' ? 'dueText' : 'startText'];
  const toText = pair.after[field === 'due' ? 'dueText' : 'startText'];
  if (from === to && fromText === toText) return undefined;
  const change = { action: labelOf(pair.after), field, from, to, fromText, toText };
  if (from === null && to === null) return { ...change, days: null, direction: 'restated' };
  if (from === null) return { ...change, days: null, direction: 'set' };
  if (to === null) return { ...change, days: null, direction: 'cleared' };
  // A month-precision date falls due on its last day, so Mar-17 → Apr-17 is a slip of 30 days.
  const days = daysBetween(lastDay(from), lastDay(to));
  return { ...change, days, direction: days > 0 ? 'later' : days < 0 ? 'earlier' : 'restated' };
}

function leadChange(pair: ActionPair): LeadChange | undefined {
  const from = pair.before.leads;
  const to = pair.after.leads;
  const added = to.filter((lead) => !from.includes(lead));
  const removed = from.filter((lead) => !to.includes(lead));
  if (added.length === 0 && removed.length === 0) return undefined;
  return { action: labelOf(pair.after), from, to, added, removed };
}

function newProgress(pair: ActionPair): NewProgress | undefined {
  const key = (entry: ProgressEntry) => `${entry.date ?? ''}\u0000${entry.text}`;
  const seen = new Set(pair.before.progress.map(key));
  const entries = pair.after.progress.filter((entry) => !seen.has(key(entry)));
  return entries.length > 0 ? { action: labelOf(pair.after), entries } : undefined;
}

/**
 * What changed between two snapshots of a plan: added and removed actions, reported and derived RAG
 * moves (improved or worsened by the scheme's severity), status changes, date slips in days, new
 * progress notes, changed leads and comments. Actions pair by id, else by ref and title similarity.
 *
 * @example
 * const diff = diffPlans(march, april, { asOf: '2017-04-30' });
 * diff.ragChanges[0]; // { action: { ref: '1.1', … }, fromLabel: 'Amber', toLabel: 'Green', direction: 'improved' }
 */
export function diffPlans(before: Plan, after: Plan, options: DiffOptions = {}): PlanDiff {
  const { scheme } = resolveScheme(after, options.scheme);
  const asOf = options.asOf ?? after.asOf;
  const beforeAsOf = before.asOf ?? asOf;
  const { pairs, added, removed } = matchActions(before.actions, after.actions);
  const beforeById = new Map(before.actions.map((action) => [action.id, action]));
  const afterById = new Map(after.actions.map((action) => [action.id, action]));

  const diff: PlanDiff = {
    before: snapshotOf(before),
    after: snapshotOf(after),
    scheme: { id: scheme.id, name: scheme.name },
    asOf,
    added: added.map(labelOf),
    removed: removed.map(labelOf),
    rematched: pairs
      .filter((pair) => pair.by !== 'id')
      .map((pair) => ({ before: labelOf(pair.before), after: labelOf(pair.after), score: pair.score })),
    ragChanges: [],
    derivedRagChanges: [],
    statusChanges: [],
    dateChanges: [],
    leadChanges: [],
    newProgress: [],
    commentChanges: [],
    titleChanges: [],
    unchanged: 0,
  };

  for (const pair of pairs) {
    const found: unknown[] = [];
    const note = <T>(list: T[], item: T | undefined) => {
      if (item === undefined) return;
      list.push(item);
      found.push(item);
    };
    if (pair.before.rag !== pair.after.rag) note(diff.ragChanges, ragChange(pair, pair.before.rag, pair.after.rag, scheme));
    if (asOf !== null && beforeAsOf !== null) {
      const was = deriveRag(pair.before, { asOf: beforeAsOf, scheme, actionsById: beforeById });
      const now = deriveRag(pair.after, { asOf, scheme, actionsById: afterById });
      if (was.level !== now.level) note(diff.derivedRagChanges, { ...ragChange(pair, was.level, now.level, scheme), reason: now.reason });
    }
    if (pair.before.status !== pair.after.status) {
      note(diff.statusChanges, { action: labelOf(pair.after), from: pair.before.status, to: pair.after.status });
    }
    note(diff.dateChanges, dateChange(pair, 'start'));
    note(diff.dateChanges, dateChange(pair, 'due'));
    note(diff.leadChanges, leadChange(pair));
    note(diff.newProgress, newProgress(pair));
    if (pair.before.comments !== pair.after.comments) {
      note(diff.commentChanges, { action: labelOf(pair.after), from: pair.before.comments, to: pair.after.comments });
    }
    if (pair.before.title !== pair.after.title) {
      note(diff.titleChanges, { action: labelOf(pair.after), from: pair.before.title, to: pair.after.title });
    }
    if (found.length === 0) diff.unchanged += 1;
  }
  return diff;
}
