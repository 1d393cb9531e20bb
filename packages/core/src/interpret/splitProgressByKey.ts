/** Progress text split by the action numbers it is keyed with. */
export interface KeyedProgress {
  /** Text before the first key. */
  unkeyed: string;
  /** Entries in order: the numbers a key covers (`(2-3)` → [2, 3]) and the text after it. */
  entries: Array<{ key: string; numbers: number[]; text: string }>;
}

const KEY = /\((\d{1,2})[a-z]?(?:\s*[-–]\s*(\d{1,2}))?\)/g;

/**
 * Splits a packed progress cell on its action keys: `(1) On track: … (2) Completed: … (3) Ongoing`,
 * `(2-3) A Strengthening Families project board …` (covers 2 and 3), `(2a)` (counts for 2).
 * A bracketed number that does not move forward is text, not a key.
 *
 * @example
 * splitProgressByKey('(1) On track: Draft protocol … (2) Completed: This has been developed … (3) Ongoing').entries.map((e) => e.numbers);
 * // [[1], [2], [3]]
 */
export function splitProgressByKey(text: string): KeyedProgress {
  const entries: KeyedProgress['entries'] = [];
  let unkeyed = '';
  let cursor = 0;
  const flush = (end: number): void => {
    const piece = text.slice(cursor, end).trim();
    const last = entries.at(-1);
    if (last) last.text = [last.text, piece].filter(Boolean).join(' ');
    else unkeyed = [unkeyed, piece].filter(Boolean).join(' ');
  };
  for (const match of text.matchAll(KEY)) {
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    const previous = entries.at(-1)?.numbers.at(-1);
    if (previous !== undefined && first <= previous && !/[a-z]\)$/.test(match[0])) continue;
    flush(match.index);
    cursor = match.index + match[0].length;
    const numbers = Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => first + i);
    entries.push({ key: match[0], numbers, text: '' });
  }
  flush(text.length);
  return { unkeyed, entries };
}
