import type { Action } from '../model/plan';

/** The tier a `MUST DO` / `EMBEDDING` marker sets. */
export type Tier = NonNullable<Action['tier']>;

/** One numbered item of a packed cell: `(2) Review hospital midwifery …`. */
export interface NumberedItem {
  /** The marker as written: `(2)`. */
  marker: string;
  number: number;
  text: string;
  /** The tier in force where the item stands (a marker before it, or the one carried in). */
  tier: Tier | null;
}

/** A packed cell split into its numbered items. */
export interface SplitCell {
  /** Text before the first marker: the end of an item carried over from the row above, or a lone title. */
  leading: string;
  items: NumberedItem[];
  /** The tier in force after the cell, for the rows that follow (`… EMBEDDING` at the end). */
  tierAfter: Tier | null;
}

// `(3)` standing as a word (not the `(1)` of `alert(1)`), or `3)` with its opening bracket lost
// (seed 004's S4), which counts only as the next number.
const TOKEN = /\b(MUST DO|EMBEDDING)\b|(?<!\S)\((\d{1,2})\)|(?<![\w(])(\d{1,2})\)/g;

/**
 * Splits a cell holding several numbered actions (`(1) … (2) …`) with `MUST DO` / `EMBEDDING`
 * tier markers (seed 004) into items, each with the tier in force. Expects plain text.
 *
 * @example
 * splitNumberedItems('MUST DO (1) Review and implement Children\'s Services supervision policy (2) C&F Commission training EMBEDDING (3) All agencies to review their own supervision policy').items.map((item) => [item.marker, item.tier]);
 * // [['(1)', 'must-do'], ['(2)', 'must-do'], ['(3)', 'embedding']]
 */
export function splitNumberedItems(text: string, tierBefore: Tier | null = null): SplitCell {
  let tier = tierBefore;
  let leading = '';
  const items: NumberedItem[] = [];
  let cursor = 0;
  const flush = (end: number): void => {
    const piece = text.slice(cursor, end).trim();
    const last = items.at(-1);
    if (last) last.text = [last.text, piece].filter(Boolean).join(' ');
    else leading = [leading, piece].filter(Boolean).join(' ');
  };
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index;
    if (match[3] !== undefined && Number(match[3]) !== (items.at(-1)?.number ?? -1) + 1) continue;
    flush(at);
    cursor = at + match[0].length;
    if (match[1] !== undefined) {
      tier = match[1] === 'MUST DO' ? 'must-do' : 'embedding';
      continue;
    }
    // A number in brackets mid-sentence is an item only when it follows the previous item's number.
    const number = Number(match[2] ?? match[3]);
    const previous = items.at(-1)?.number;
    if (previous !== undefined && number <= previous) {
      cursor = at;
      const last = items.at(-1);
      if (last) last.text = `${last.text} ${match[0]}`.trim();
      cursor = at + match[0].length;
      continue;
    }
    items.push({ marker: match[0], number, text: '', tier });
  }
  flush(text.length);
  return { leading: leading.trim(), items, tierAfter: tier };
}
