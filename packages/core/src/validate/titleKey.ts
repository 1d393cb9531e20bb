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
  const head = hashEnd(title, 1, false);
  const tail = hashEnd(title, -1, false);
  if (head !== undefined && tail !== undefined) return bucketOf(head, tail);
  // A character outside ASCII near an end folds in ways only `foldText` knows (`é`, `ﬁ`, `План`).
  const key = foldText(title);
  return bucketOf(hashEnd(key, 1, true) ?? empty, hashEnd(key, -1, true) ?? empty);
}

const bucketEnd = 16;
const empty = -1;
const fnvStart = 0x811c9dc5;
const fnvPrime = 0x01000193;
// `&` folds to the word "and", read forwards or backwards.
const and = [97, 110, 100];

function bucketOf(head: number, tail: number): number {
  if (head === empty) return 0;
  return (Math.imul(head, 31) ^ tail) >>> 0 || 1;
}

/**
 * The hash of the first (step 1) or last (step -1) 16 letters and digits, `empty` when there are
 * none. Raw text gives undefined at a character outside ASCII; folded text (`foldText`'s output:
 * lower-case letters, digits and single spaces) hashes every character but the space.
 */
function hashEnd(text: string, step: 1 | -1, folded: boolean): number | undefined {
  let hash = fnvStart;
  let taken = 0;
  for (let i = step === 1 ? 0 : text.length - 1; i >= 0 && i < text.length && taken < bucketEnd; i += step) {
    let code = text.charCodeAt(i);
    if (code >= 128) {
      if (folded) {
        hash = Math.imul(hash ^ code, fnvPrime);
        taken += 1;
        continue;
      }
      // No-break space, dashes, quotes and ellipses fold to word breaks (`Feb 2011 – Rec 8`).
      if (code === 0xa0 || (code >= 0x2000 && code <= 0x206f)) continue;
      return undefined;
    }
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      hash = Math.imul(hash ^ code, fnvPrime);
      taken += 1;
    } else if (code === 38) {
      // Stop inside "and" exactly where the folded title's count of 16 would stop.
      for (let k = 0; k < 3 && taken < bucketEnd; k += 1) {
        hash = Math.imul(hash ^ and[step === 1 ? k : 2 - k]!, fnvPrime);
        taken += 1;
      }
    }
  }
  return taken === 0 ? empty : hash >>> 0;
}
