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
 * A reference as the numbering rules use it, worked out once per distinct ref: its number (null
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
 * Reads references into {@link RefReading}s, remembering what it read: plans repeat the same refs
 * (`1.1`, `1.2`, …) in every series, so each distinct ref is read once per run.
 *
 * @example
 * const read = refReader(); read('20.1') === read('20.1'); // true: read once
 * read('20.1').series; // '|20'
 */
export function refReader(): (ref: string) => RefReading {
  const known = new Map<string, RefReading>();
  return (ref) => {
    let reading = known.get(ref);
    if (reading === undefined) {
      reading = readRef(ref);
      known.set(ref, reading);
    }
    return reading;
  };
}

function readRef(ref: string): RefReading {
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

/**
 * Whether two references carry the same numbers, whatever their style (`1.` and `1`, `(4)` and `4`).
 *
 * @example
 * sameRefNumber(parseRefNumber('21.')!, parseRefNumber('21')!); // true
 */
export function sameRefNumber(a: RefNumber, b: RefNumber): boolean {
  return a.prefix === b.prefix && a.parts.length === b.parts.length && a.parts.every((part, i) => part === b.parts[i]);
}
