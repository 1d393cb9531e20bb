import { displayRef } from './describe';

/**
 * A reference read as numbers: `1.3` → `{ prefix: '', parts: [1, 3] }`, `A5.1` → prefix `A`,
 * `(4)` → bracketed. Plans number actions in these styles; anything else (`a)`, free text) is not
 * a number and the numbering rules leave it alone.
 */
export interface RefNumber {
  prefix: string;
  parts: number[];
  bracketed: boolean;
}

/**
 * Reads a reference such as `1.3`, `2.4.1.` (trailing dot), `23`, `A5.1` or `(4)`; null when the
 * reference is not numbered that way.
 *
 * @example
 * parseRefNumber('2.4.1.'); // { prefix: '', parts: [2, 4, 1], bracketed: false }
 * parseRefNumber('(4)'); // { prefix: '', parts: [4], bracketed: true }
 * parseRefNumber('a)'); // null
 */
export function parseRefNumber(ref: string): RefNumber | null {
  const text = ref.trim();
  const bracketed = /^\(.*\)$/.test(text);
  const inner = bracketed ? text.slice(1, -1).trim() : text.replace(/\.+$/, '');
  const match = /^([A-Za-z]*)(\d+(?:\.\d+)*)$/.exec(inner);
  if (match === null) return null;
  return { prefix: match[1]!.toUpperCase(), parts: match[2]!.split('.').map(Number), bracketed };
}

/**
 * A reference as the numbering rules use it, worked out once per action and run: its number (null
 * when it is not numbered), the series it numbers (`|20` for `20.1` and `20.2`: the prefix and every
 * part but the last), its last part, and the key two refs share when they repeat each other (`1.`
 * and `(1)` both `1`; an unnumbered ref as an officer reads it, in lower case).
 */
export interface RefReading {
  number: RefNumber | null;
  series: string | undefined;
  last: number;
  repeatKey: string;
}

/**
 * Reads a reference into a {@link RefReading}. The plain styles plans use on every row (`1.3`,
 * `2.4.1.`, `A5.1`, `(4)`) are read character by character with no regex and no intermediate
 * strings, since a plan reaches 100,000 refs; anything else (spaces, leading zeros, lower-case
 * prefixes, free text) takes {@link parseRefNumber}, which gives the same reading.
 *
 * @example
 * readRef('20.1').series; // '|20'
 * readRef('(1)').repeatKey; // '1'
 * readRef('a)').number; // null
 */
export function readRef(ref: string): RefReading {
  return plainReading(ref) ?? slowReading(ref);
}

function slowReading(ref: string): RefReading {
  const number = parseRefNumber(ref);
  if (number === null) return { number, series: undefined, last: 0, repeatKey: displayRef(ref).toLowerCase() };
  return {
    number,
    series: `${number.prefix}|${number.parts.slice(0, -1).join('.')}`,
    last: number.parts[number.parts.length - 1] ?? 0,
    repeatKey: formatRefNumber({ ...number, bracketed: false }),
  };
}

/**
 * The reading of a ref written `PREFIX1.2.3`, optionally with trailing dots or in brackets, with an
 * upper-case (or no) prefix and no leading zeros: there the key and series are slices of the ref
 * itself. Undefined for anything else.
 */
function plainReading(ref: string): RefReading | undefined {
  let end = ref.length;
  const bracketed = end > 2 && ref.charCodeAt(0) === 40 && ref.charCodeAt(end - 1) === 41;
  let start = bracketed ? 1 : 0;
  if (bracketed) end -= 1;
  else while (end > 0 && ref.charCodeAt(end - 1) === 46) end -= 1;
  const prefixStart = start;
  while (start < end && isUpperLetter(ref.charCodeAt(start))) start += 1;
  const parts: number[] = [];
  let lastDot = -1;
  let value = 0;
  let digits = 0;
  for (let i = start; i <= end; i += 1) {
    const code = i === end ? 46 : ref.charCodeAt(i);
    if (code === 46) {
      if (digits === 0) return undefined;
      parts.push(value);
      if (i < end) lastDot = i;
      value = 0;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      // A leading zero (`01`) is read as 1 and keyed without it: leave that to the slow path.
      if (digits === 0 && code === 48 && i + 1 < end && ref.charCodeAt(i + 1) !== 46) return undefined;
      if (digits === 15) return undefined;
      value = value * 10 + (code - 48);
      digits += 1;
    } else return undefined;
  }
  const prefix = ref.slice(prefixStart, start);
  const number: RefNumber = { prefix, parts, bracketed };
  return {
    number,
    series: lastDot === -1 ? `${prefix}|` : `${prefix}|${ref.slice(start, lastDot)}`,
    last: parts[parts.length - 1]!,
    repeatKey: ref.slice(prefixStart, end),
  };
}

function isUpperLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/**
 * Writes a reference number back in its own style.
 *
 * @example
 * formatRefNumber({ prefix: '', parts: [7, 3, 3], bracketed: false }); // '7.3.3'
 * formatRefNumber({ prefix: '', parts: [8], bracketed: true }); // '(8)'
 */
export function formatRefNumber(ref: RefNumber): string {
  const text = `${ref.prefix}${ref.parts.join('.')}`;
  return ref.bracketed ? `(${text})` : text;
}

/**
 * The reference of the parent a numbered reference implies: `20.2` belongs to `20`.
 * Null for a one-part reference, which implies no parent.
 *
 * @example
 * impliedParent(parseRefNumber('20.2')!); // { prefix: '', parts: [20], bracketed: false }
 */
export function impliedParent(ref: RefNumber): RefNumber | null {
  if (ref.parts.length < 2) return null;
  return { prefix: ref.prefix, parts: ref.parts.slice(0, -1), bracketed: false };
}
