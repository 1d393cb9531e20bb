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
 * and last 16 letters and digits of the folded title, found by reading inwards from both ends
 * without building a string. Bucketing by it costs a few dozen characters per title whatever its
 * length, so a plan's 100,000 titles are bucketed cheaply and only titles sharing a bucket are
 * folded and compared. 0 for a title that folds to nothing.
 *
 * @example
 * titleBucket('Review & revise the CAF.') === titleBucket('review and revise the caf'); // true
 */
export function titleBucket(title: string): number {
  const head = hashEnd(title, 1);
  const tail = hashEnd(title, -1);
  // Another character outside ASCII near an end folds in ways only `foldText` knows (`é`, `ﬁ`).
  if (head === undefined || tail === undefined) return titleBucket(foldText(title));
  return head === fnvStart ? 0 : (Math.imul(head, 31) ^ tail) >>> 0 || 1;
}

const bucketEnd = 16;
const fnvStart = 0x811c9dc5;
const fnvPrime = 0x01000193;
// `&` folds to the word "and", read forwards or backwards.
const and = [97, 110, 100];

function hashEnd(text: string, step: 1 | -1): number | undefined {
  let hash = fnvStart;
  let taken = 0;
  for (let i = step === 1 ? 0 : text.length - 1; i >= 0 && i < text.length && taken < bucketEnd; i += step) {
    let code = text.charCodeAt(i);
    // No-break space, dashes, quotes and ellipses fold to word breaks (`Feb 2011 – Rec 8`).
    if (code === 0xa0 || (code >= 0x2000 && code <= 0x206f)) continue;
    if (code >= 128) return undefined;
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      hash = Math.imul(hash ^ code, fnvPrime);
      taken += 1;
    } else if (code === 38) {
      for (let k = 0; k < 3; k += 1) hash = Math.imul(hash ^ and[step === 1 ? k : 2 - k]!, fnvPrime);
      taken += 3;
    }
  }
  return hash;
}
