/** A reference at the start of a cell and the text after it. */
export interface LeadingRef {
  /** The reference as written, trailing dot kept: `1.`, `2.4.1.`, `A5.1`, `(3)`, `23`. */
  ref: string;
  /** The text after the reference. */
  rest: string;
}

// `1.`, `23`, `1.1`, `1.1.1`, `2.4.1.`, `2.1.10`, `A5.1`, `A7`, `(3)`. Numbers stay short so a year is never a ref,
// and a date such as `31.8.12` (a two-digit day, or a four-digit year) is refused below.
const LEADING_REF = /^\s*(\(\d{1,2}\)|[A-Z]?\d{1,3}(?:\.\d{1,3}){0,3}\.?)(?=\s|$)\s*([\s\S]*)$/;

/**
 * The action, milestone or item reference a cell starts with, if any.
 *
 * @example
 * parseLeadingRef('1.1 All areas where non qualified social workers operate …'); // { ref: '1.1', rest: 'All areas …' }
 * parseLeadingRef('23 Ensure that the quality of all staff supervision …')?.ref; // '23'
 * parseLeadingRef('2011)'); // undefined
 * parseLeadingRef('2.1.10 All agencies that hold case files …')?.ref; // '2.1.10'
 * parseLeadingRef('31.8.12'); // undefined
 */
export function parseLeadingRef(text: string): LeadingRef | undefined {
  // A ref opens with `(`, a capital or a digit, perhaps after white space: other text is ruled out unmatched.
  const first = text.charCodeAt(0);
  if (first > 32 && first < 127 && first !== 40 && !(first >= 48 && first <= 57) && !(first >= 65 && first <= 90)) return undefined;
  const match = LEADING_REF.exec(text);
  if (!match) return undefined;
  const ref = match[1] ?? '';
  if (DATE_LIKE.test(ref)) {
    const parts = ref.split('.');
    if (Number(parts[2]) > 9 && ((parts[0] ?? '').length === 2 || (parts[2] ?? '').length === 4)) return undefined;
  }
  return { ref, rest: (match[2] ?? '').trim() };
}

const DATE_LIKE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;

/**
 * Whether a whole cell is only a reference (a `Ref:` column cell, or `10.` in a number column).
 *
 * @example
 * isRef('A5.3'); // true
 * isRef('Thematic audit on closed cases'); // false
 */
export function isRef(text: string): boolean {
  const parsed = parseLeadingRef(text);
  return parsed !== undefined && parsed.rest === '';
}
