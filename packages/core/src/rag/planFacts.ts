import { dayNumberOf, formatDate, safeFirstDay, safeLastDay } from '../dates/index';
import type { IsoDay, PartialDate } from '../model/partialDate';
import type { Action, ProgressEntry } from '../model/plan';
import { negativeMarkers } from '../status/negativeMarkers';
import { parseStatusText, type StatusReading } from '../status/parseStatusText';
import { readEvidence, type DeliveryEvidence } from './deliveryEvidence';
import { siblingIndex, type SiblingIndex } from './findSibling';
import { idPositions, type IdPositions } from './idPositions';

/**
 * The facts of one action that several rules and {@link deriveRag} need, worked out once per run.
 *
 * @example
 * const { evidence, dueDay }: ActionFacts = facts.of(action); // status 'complete', '2017-02-28'
 */
export interface ActionFacts {
  evidence: DeliveryEvidence;
  /** The first day of the start date; undefined without one or for a date that only looks real. */
  startDay: IsoDay | undefined;
  /** The last day of the due date: a month falls due on its last day. */
  dueDay: IsoDay | undefined;
  /** The most recent progress entry (see `latestEntry`). */
  latest: ProgressEntry | undefined;
}

/**
 * Per-run memory of a plan's facts: every action's evidence, dates and words are read at most once
 * however many rules ask, and each distinct note text is parsed once (plans repeat `complete` and
 * `On track` hundreds of times). Build one per run; it does not watch the plan for edits.
 *
 * @example
 * const facts = planFacts(plan.actions);
 * facts.of(action).evidence.status; // 'complete'
 * plan.actions.map((action, index) => facts.of(action, index).dueDay); // in plan order, each found at once
 */
export interface PlanFacts {
  readonly actionsById: ReadonlyMap<string, Action>;
  /**
   * The facts of an action. A caller walking the plan passes the action's `position` in the list
   * the facts were built from, which finds it at once; a wrong or missing position costs a search.
   */
  of(action: Action, position?: number): ActionFacts;
  /** The status words of a note or comment (`parseStatusText`), read once per distinct text. */
  reading(text: string | null | undefined): StatusReading;
  /** The phrases of a note or comment that contradict a Green (`negativeMarkers`), read once per distinct text. */
  negatives(text: string | null | undefined): string[];
  /** The first and last day a date covers, or undefined for a date that only looks real. */
  days(date: PartialDate | null | undefined): { first: IsoDay; last: IsoDay } | undefined;
  /** A date in words (`May 2011`), undefined for a date that only looks real. */
  words(date: PartialDate): string | undefined;
  /** The sibling a note names by number (`See (1) above`), found through an index. */
  sibling(action: Action, number: string): Action | undefined;
  /** Days since 1970-01-01 of a whole day (`dayNumberOf`), worked out once per distinct day: many actions share a due date. */
  dayNumber(day: IsoDay): number;
}

/**
 * Starts the facts of one run over a plan's actions (or a map of them by id).
 *
 * @example
 * const facts = planFacts(plan.actions);
 * validatePlan(plan, { asOf }); deriveRag(action, { asOf, scheme, facts });
 */
export function planFacts(actions: readonly Action[] | ReadonlyMap<string, Action>): PlanFacts {
  const list: readonly Action[] = isMap(actions) ? [...actions.values()] : actions;
  let byId: ReadonlyMap<string, Action> | undefined = isMap(actions) ? actions : undefined;
  const positions = actionPositions(list);
  const byPosition = new Array<ActionFacts | undefined>(list.length);
  // Actions outside the list (a caller may rate any action with these facts) are remembered by identity.
  const strays = new Map<Action, ActionFacts>();
  const readings = memo((text: string) => parseStatusText(text));
  const negatives = memo((text: string) => negativeMarkers(text));
  const spans = new Map<PartialDate, { first: IsoDay; last: IsoDay } | null>();
  const wordsOf = new Map<PartialDate, string | undefined>();
  const dayNumbers = new Map<IsoDay, number>();
  let siblings: SiblingIndex | undefined;

  const facts: PlanFacts = {
    // Built when first asked: most runs look few actions up by id, and a plan holds 100,000.
    get actionsById() {
      byId ??= idMap(list);
      return byId;
    },
    of(action, position) {
      const at = position !== undefined && list[position] === action ? positions.seen(position) : positions.find(action);
      let found = at === undefined ? strays.get(action) : byPosition[at];
      if (found === undefined) {
        const latest = latestEntry(action.progress, facts);
        found = { evidence: readEvidence(action, latest, facts), startDay: facts.days(action.start)?.first, dueDay: facts.days(action.due)?.last, latest };
        if (at === undefined) strays.set(action, found);
        else byPosition[at] = found;
      }
      return found;
    },
    reading: (text) => readings(text ?? ''),
    negatives: (text) => negatives(text ?? ''),
    days(date) {
      if (date == null) return undefined;
      let span = spans.get(date);
      if (span === undefined) {
        const first = safeFirstDay(date);
        const last = safeLastDay(date);
        span = first === undefined || last === undefined ? null : { first, last };
        spans.set(date, span);
      }
      return span ?? undefined;
    },
    words(date) {
      if (!wordsOf.has(date)) wordsOf.set(date, facts.days(date) === undefined ? undefined : formatDate(date));
      return wordsOf.get(date);
    },
    sibling(action, number) {
      siblings ??= siblingIndex(facts.actionsById.values());
      return siblings.find(action, number);
    },
    dayNumber(day) {
      let number = dayNumbers.get(day);
      if (number === undefined) {
        number = dayNumberOf(day);
        dayNumbers.set(day, number);
      }
      return number;
    },
  };
  return facts;
}

/** Where an action sits in the list the facts were built from. */
interface ActionPositions {
  find(action: Action): number | undefined;
  /** Notes where a caller found an action itself, so the next search starts there; gives the position back. */
  seen(position: number): number;
}

/**
 * Finds actions in their list without a map in the common case: rules and ratings ask for the
 * actions in plan order, often skipping some (a rule about Green actions only), so the next 64
 * places after the last one found are looked at first. Anything else (a sibling, a predecessor, a
 * repeat met much later) goes through the positions of the ids (`idPositions`), built the first
 * time one is needed; from then on only the next 8 places are looked at before them, and the walk
 * goes on from where the action was found.
 */
function actionPositions(list: readonly Action[]): ActionPositions {
  let cursor = 0;
  let byId: IdPositions | undefined;
  let byAction: Map<Action, number> | undefined;
  return {
    seen(position) {
      cursor = position;
      return position;
    },
    find(action) {
      // Once the index exists a miss costs a lookup, so only the nearest places are looked at first.
      const end = Math.min(cursor + (byId === undefined ? lookAhead : nearby), list.length);
      for (let at = cursor; at < end; at += 1) {
        if (list[at] === action) {
          cursor = at;
          return at;
        }
      }
      if (list[0] === action) {
        cursor = 0;
        return 0;
      }
      // By id first: an id no action holds means an action outside the list. Only an id held by
      // another action too (repeated ids, or a copy from outside) needs a map of the actions themselves.
      byId ??= idPositions(list);
      let at: number | undefined = byId.find(action.id);
      if (at === -1) return undefined;
      if (list[at] !== action) {
        if (byAction === undefined) {
          byAction = new Map();
          for (let position = 0; position < list.length; position += 1) byAction.set(list[position]!, position);
        }
        at = byAction.get(action);
      }
      if (at !== undefined) cursor = at;
      return at;
    },
  };
}

const lookAhead = 64;
const nearby = 8;

function idMap(list: readonly Action[]): Map<string, Action> {
  const byId = new Map<string, Action>();
  for (const action of list) byId.set(action.id, action);
  return byId;
}

const byMap = new WeakMap<ReadonlyMap<string, Action>, PlanFacts>();

/**
 * The facts of the run a map of actions by id stands for: callers that rate a plan action by
 * action with one `actionsById` share one set of facts. Build a new map after editing actions.
 *
 * @example
 * const actionsById = new Map(plan.actions.map((a) => [a.id, a]));
 * factsFor(actionsById) === factsFor(actionsById); // true
 */
export function factsFor(actionsById: ReadonlyMap<string, Action>): PlanFacts {
  let facts = byMap.get(actionsById);
  if (facts === undefined) {
    facts = planFacts(actionsById);
    byMap.set(actionsById, facts);
  }
  return facts;
}

/**
 * The most recent progress entry: the latest dated one (the later-listed on a tie), else the last
 * listed.
 *
 * @example
 * latestEntry(action.progress)?.statusText; // 'Achieved'
 */
export function latestEntry(progress: readonly ProgressEntry[], facts?: Pick<PlanFacts, 'days'>): ProgressEntry | undefined {
  let best: { entry: ProgressEntry; day: string } | undefined;
  for (const entry of progress) {
    const day = facts ? facts.days(entry.date)?.last : safeLastDay(entry.date);
    if (day !== undefined && (best === undefined || day >= best.day)) best = { entry, day };
  }
  return best?.entry ?? progress[progress.length - 1];
}

function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = read(text);
      known.set(text, value);
    }
    return value;
  };
}

function isMap(actions: readonly Action[] | ReadonlyMap<string, Action>): actions is ReadonlyMap<string, Action> {
  return !Array.isArray(actions);
}
