import { foldText } from '../match/index';

const ascii = /^[\x20-\x7e]*$/;

/**
 * A title folded for comparison, as `foldText` folds it (case, accents, punctuation and spacing
 * ignored). Plain ASCII titles take a shortcut with the same result: Unicode normalisation is the
 * slow part of folding.
 *
 * @example
 * titleKey('Review & revise the CAF.'); // 'review and revise the caf'
 */
export function titleKey(title: string): string {
  if (!ascii.test(title)) return foldText(title);
  return title.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * A number that is the same for any two titles with the same {@link titleKey}: a hash of the first
 * and last 16 letters and digits of the folded title. Titles whose ends are plain ASCII are read
 * inwards from both ends without building a string, so a plan's 100,000 titles are bucketed for a
 * few dozen characters each; any other title is folded once and its folded ends hashed. 0 for a
 * title that folds to nothing, and only for that.
 *
 * @example
 * titleBucket('Review & revise the CAF.') === titleBucket('review and revise the caf'); // true
 */
export function titleBucket(title: string): number {
  const head = rawHead(title);
  const tail = head === outside ? outside : rawTail(title);
  if (tail !== outside) return bucketOf(head, tail);
  // A character outside ASCII near an end folds in ways only `foldText` knows (`é`, `ﬁ`, `План`).
  const key = foldText(title);
  return bucketOf(foldedEnd(key, 1), foldedEnd(key, -1));
}

const bucketEnd = 16;
/** No letter or digit at all. */
const empty = -1;
/** A raw title with a character outside ASCII that folding may change. */
const outside = -2;
const fnvStart = 0x811c9dc5;
const fnvPrime = 0x01000193;

function bucketOf(head: number, tail: number): number {
  if (head === empty) return 0;
  return (Math.imul(head, 31) ^ tail) >>> 0 || 1;
}

// The two ends of a raw title are read by two loops, each with constant steps: one loop stepping
// either way (with the folding rules behind flags) ran about 1.7 times slower on 100,000 titles.

/**
 * The hash of the first 16 letters and digits of a raw title, as its folded form would give them;
 * `empty` when there are none, `outside` at a character outside ASCII that folding may change.
 */
function rawHead(text: string): number {
  let hash = fnvStart;
  let taken = 0;
  for (let i = 0; i < text.length && taken < bucketEnd; i += 1) {
    const code = letterOrDigit(text.charCodeAt(i));
    if (code > 0) {
      hash = Math.imul(hash ^ code, fnvPrime);
      taken += 1;
    } else if (code === ampersand) {
      // `&` folds to the word "and": stop inside it exactly where the folded title's count of 16 would.
      for (let k = 0; k < 3 && taken < bucketEnd; k += 1, taken += 1) hash = Math.imul(hash ^ and.charCodeAt(k), fnvPrime);
    } else if (code === notAscii) return outside;
  }
  return taken === 0 ? empty : hash >>> 0;
}

/** The hash of the last 16 letters and digits of a raw title, read backwards; see `rawHead`. */
function rawTail(text: string): number {
  let hash = fnvStart;
  let taken = 0;
  for (let i = text.length - 1; i >= 0 && taken < bucketEnd; i -= 1) {
    const code = letterOrDigit(text.charCodeAt(i));
    if (code > 0) {
      hash = Math.imul(hash ^ code, fnvPrime);
      taken += 1;
    } else if (code === ampersand) {
      for (let k = 2; k >= 0 && taken < bucketEnd; k -= 1, taken += 1) hash = Math.imul(hash ^ and.charCodeAt(k), fnvPrime);
    } else if (code === notAscii) return outside;
  }
  return taken === 0 ? empty : hash >>> 0;
}

const and = 'and';
const ampersand = -1;
const notAscii = -2;

/**
 * A character of a raw title as folding reads it: a letter (in lower case) or digit as its code,
 * `ampersand`, `notAscii` for a character outside ASCII folding may change, else 0 (a word break:
 * spaces and punctuation, and the no-break space, dashes, quotes and ellipses, as in `Feb 2011 – Rec 8`).
 */
function letterOrDigit(code: number): number {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 48 && code <= 57) return code;
  if (code < 128) return code === 38 ? ampersand : 0;
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f) ? 0 : notAscii;
}

/**
 * The hash of the first (step 1) or last (step -1) 16 characters of a folded title (`foldText`'s
 * output: lower-case letters, digits and single spaces) but its spaces; `empty` when there are none.
 */
function foldedEnd(key: string, step: 1 | -1): number {
  let hash = fnvStart;
  let taken = 0;
  for (let i = step === 1 ? 0 : key.length - 1; i >= 0 && i < key.length && taken < bucketEnd; i += step) {
    const code = key.charCodeAt(i);
    if (code === 32) continue;
    hash = Math.imul(hash ^ code, fnvPrime);
    taken += 1;
  }
  return taken === 0 ? empty : hash >>> 0;
}
