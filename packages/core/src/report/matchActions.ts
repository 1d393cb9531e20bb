import { closestMatch, foldText, similarity } from '../match/similarity';
import type { Action } from '../model/plan';

/** An action of the earlier snapshot paired with its counterpart in the later one. */
export interface ActionPair {
  before: Action;
  after: Action;
  /** `id` when the ids agree; else how ref and title paired them, with the score. */
  by: 'id' | 'ref-and-title' | 'ref' | 'similarity';
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

/** Same ref, and the titles alike or one the start of the other (seed 003's truncated `… templates in`). */
function sameRefAlike(a: Action, b: Action): boolean {
  if (a.ref === null || a.ref !== b.ref) return false;
  const [x, y] = [foldText(a.title), foldText(b.title)];
  return x.startsWith(y) || y.startsWith(x) || similarity(x, y) >= 0.5;
}

/**
 * Pairs the actions of two snapshots of a plan: by id; then, for actions whose ids differ (a re-import
 * that numbered rows differently), by identical ref and title; by the same ref where it is unique and the
 * titles are alike; and last by ref-and-title similarity, taking only pairs that are each other's closest
 * match at `threshold` (default 0.8, so `A6.2` with no title does not pair with `A6.3`).
 *
 * @example
 * const { pairs, added, removed } = matchActions(lastMonth.actions, thisMonth.actions);
 */
export function matchActions(before: readonly Action[], after: readonly Action[], threshold = 0.8): ActionMatching {
  const pairs: ActionPair[] = [];
  let removed = [...before];
  let added = [...after];
  const pair = (a: Action, b: Action, by: ActionPair['by'], score: number) => {
    pairs.push({ before: a, after: b, by, score });
    removed = removed.filter((action) => action !== a);
    added = added.filter((action) => action !== b);
  };
  const pairWhere = (by: ActionPair['by'], same: (a: Action, b: Action) => boolean, unique = false) => {
    for (const b of [...added]) {
      const candidates = removed.filter((a) => same(a, b));
      if (candidates.length === 0 || (unique && (candidates.length > 1 || added.filter((x) => same(candidates[0]!, x)).length > 1))) continue;
      pair(candidates[0]!, b, by, by === 'ref' ? similarity(candidates[0]!.title, b.title) : 1);
    }
  };

  pairWhere('id', (a, b) => a.id === b.id);
  pairWhere('ref-and-title', (a, b) => foldText(matchKey(a)) === foldText(matchKey(b)));
  pairWhere('ref', sameRefAlike, true);
  // Mutual best matches only; a pairing can free a better match for another action, hence the passes.
  const options = { key: matchKey, threshold };
  for (let paired = true; paired; ) {
    paired = false;
    for (const action of [...added]) {
      const best = closestMatch(matchKey(action), removed, options);
      if (!best || closestMatch(matchKey(best.candidate), added, options)?.candidate !== action) continue;
      pair(best.candidate, action, 'similarity', best.score);
      paired = true;
    }
  }
  return { pairs, removed, added };
}
