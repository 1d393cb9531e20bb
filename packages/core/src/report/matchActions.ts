import { closestMatch } from '../match/similarity';
import type { Action } from '../model/plan';

/** An action of the earlier snapshot paired with its counterpart in the later one. */
export interface ActionPair {
  before: Action;
  after: Action;
  /** `id` when the ids agree; `similarity` when paired by ref and title, with the score. */
  by: 'id' | 'similarity';
  score: number;
}

/** Pairs, plus the actions only one snapshot has. */
export interface ActionMatching {
  pairs: ActionPair[];
  removed: Action[];
  added: Action[];
}

/** Ref and title together, so `1.1 Review and revise …` pairs with itself even after a light edit. */
function matchKey(action: Action): string {
  return `${action.ref ?? ''} ${action.title}`;
}

/**
 * Pairs the actions of two snapshots of a plan: by id first; then, for actions whose ids differ (a
 * re-import that numbered rows differently), by ref and title similarity, taking only pairs that are each
 * other's closest match at `threshold` (default 0.8, so `A6.2` with no title does not pair with `A6.3`).
 *
 * @example
 * const { pairs, added, removed } = matchActions(lastMonth.actions, thisMonth.actions);
 */
export function matchActions(before: readonly Action[], after: readonly Action[], threshold = 0.8): ActionMatching {
  const afterById = new Map(after.map((action) => [action.id, action]));
  const pairs: ActionPair[] = [];
  let removed: Action[] = [];
  for (const action of before) {
    const counterpart = afterById.get(action.id);
    if (counterpart) {
      pairs.push({ before: action, after: counterpart, by: 'id', score: 1 });
      afterById.delete(action.id);
    } else removed.push(action);
  }
  let added = after.filter((action) => afterById.has(action.id));

  // Mutual best matches only; a pairing can free a better match for another action, hence the passes.
  const options = { key: matchKey, threshold };
  for (let paired = true; paired; ) {
    paired = false;
    for (const action of [...added]) {
      const best = closestMatch(matchKey(action), removed, options);
      if (!best || closestMatch(matchKey(best.candidate), added, options)?.candidate !== action) continue;
      pairs.push({ before: best.candidate, after: action, by: 'similarity', score: best.score });
      removed = removed.filter((candidate) => candidate !== best.candidate);
      added = added.filter((candidate) => candidate !== action);
      paired = true;
    }
  }
  return { pairs, removed, added };
}
