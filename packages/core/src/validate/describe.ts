import type { Action, Recommendation } from '../model/index';

const kindNames: Record<Action['kind'], string> = { action: 'action', milestone: 'milestone', 'sub-action': 'sub-action' };

/**
 * A reference as an officer reads it: trimmed, without the trailing dot some plans write (`21.`).
 *
 * @example
 * displayRef(' 2.4.1. '); // '2.4.1'
 */
export function displayRef(ref: string): string {
  const text = ref.trim();
  return text.endsWith('.') ? text.replace(/\.+$/, '') : text;
}

/**
 * Quotes the start of a long text, cut at a word, so a message stays readable.
 *
 * @example
 * quoteShort('Review and revise layout of Early Help plans in partnership with MAPF');
 * // '"Review and revise layout of Early Help plans…"'
 */
export function quoteShort(text: string, limit = 50): string {
  // Only the opening words can show: a long text (a recommendation, a note) is flattened from its
  // first `limit * 4` characters, the whole of it only when those flatten to `limit` or fewer.
  const head = text.length > limit * 4 ? text.slice(0, limit * 4) : text;
  let flat = head.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit && head !== text) flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return `"${flat}"`;
  const cut = flat.slice(0, limit);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2));
  return `"${atWord.trimEnd()}…"`;
}

/**
 * How a message names an action: by kind and ref, else by its title, else as untitled.
 *
 * @example
 * describeAction(createAction({ id: 'm', kind: 'milestone', ref: '20.1' })); // 'milestone 20.1'
 * describeAction(createAction({ id: 'a', title: 'Review Whittington provision' }));
 * // 'action "Review Whittington provision"'
 */
export function describeAction(action: Action): string {
  const kind = kindNames[action.kind];
  if (action.ref !== null && action.ref.trim() !== '') return `${kind} ${displayRef(action.ref)}`;
  if (action.title.trim() !== '') return `${kind} ${quoteShort(action.title)}`;
  return action.source === null ? `an untitled ${kind}` : `the untitled ${kind} in row ${action.source.row}`;
}

/**
 * How a message names a recommendation: by its code (`Rec 8` as written, `S7` as `recommendation S7`),
 * else by the start of its text.
 *
 * @example
 * describeRecommendation({ ...rec, code: 'S7' }); // 'recommendation S7'
 * describeRecommendation({ ...rec, code: 'Rec 8' }); // 'Rec 8'
 */
export function describeRecommendation(recommendation: Recommendation): string {
  const code = recommendation.code?.trim() ?? '';
  if (code === '') return `the recommendation ${quoteShort(recommendation.text)}`;
  return /\brec/i.test(code) ? code : `recommendation ${code}`;
}

/**
 * How a message names the recommendations an action answers: `recommendation S7 and recommendation
 * LAC4`; an id the plan does not hold is quoted as it is.
 *
 * @example
 * describeRecommendations(byId(plan.recommendations), ['s7']); // 'recommendation S7'
 */
export function describeRecommendations(recommendations: ReadonlyMap<string, Recommendation>, ids: readonly string[]): string {
  if (ids.length === 0) return 'no recommendation';
  return ids
    .map((id) => {
      const recommendation = recommendations.get(id);
      return recommendation === undefined ? `"${id}"` : describeRecommendation(recommendation);
    })
    .join(' and ');
}

/**
 * The first letter in upper case, for names that open a sentence.
 *
 * @example
 * sentenceCase('milestone 20.1'); // 'Milestone 20.1'
 */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
