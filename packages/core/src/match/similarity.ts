const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Folds text for comparison: lower case, accents and punctuation dropped, runs of space collapsed.
 * `Des. Nurse`, `des nurse` and `DES  NURSE` all fold to `des nurse`.
 *
 * @example
 * foldText('Lead Officer/ Executive Head'); // 'lead officer executive head'
 */
export function foldText(text: string): string {
  // ASCII text has no compatibility forms nor accents to take apart: most cells skip that step.
  return (NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How many letters and digits the folded form of ASCII text without `&` holds (folding keeps them
 * all, lower case), or -1 for other text, whose folding may add or take apart characters. Texts
 * that fold alike have the same count, so a differing count tells them apart without folding.
 *
 * @example
 * foldedWordCharacters('Lead officer:'); // 11
 * foldedWordCharacters('Café'); // -1
 */
export function foldedWordCharacters(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit >= 128 || unit === 38) return -1;
    if ((unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122)) count++;
  }
  return count;
}

/**
 * Whether two texts fold alike (`foldText(a) === foldText(b)`), folding them only when their
 * letters and digits agree in number.
 *
 * @example
 * foldsEqual('Improve the way that the Child Protection Advisers carry out their functions.', 'Improve the way that the child protection advisers carry out their functions'); // true
 * foldsEqual('Within six months', 'Immediate'); // false
 */
export function foldsEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const left = foldedWordCharacters(a);
  const right = foldedWordCharacters(b);
  if (left >= 0 && right >= 0 && left !== right) return false;
  return foldText(a) === foldText(b);
}

/**
 * Optimal-string-alignment edit distance (Levenshtein plus adjacent transpositions).
 *
 * @example
 * editDistance('DD DWD', 'DD CWD'); // 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/**
 * How alike two strings are after folding, from 0 (nothing alike) to 1 (the same).
 *
 * @example
 * similarity('Des Nurse', 'Des. Nurse'); // 1
 * similarity('SM Per', 'SM Perf.'); // 0.8
 */
export function similarity(a: string, b: string): number {
  const x = foldText(a);
  const y = foldText(b);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return 1 - editDistance(x, y) / longest;
}

/** A candidate chosen by {@link closestMatch}, with how alike it is. */
export interface Match<T> {
  candidate: T;
  score: number;
}

/**
 * The candidate most like `text`, if any reaches `threshold` (default 0.75). Ties keep the first.
 *
 * @example
 * closestMatch('Des Nurse', ['Des. Nurse', 'SM CLA'])?.candidate; // 'Des. Nurse'
 * closestMatch('Imp. Board members', ['DD TS', 'SM QA']); // undefined
 */
export function closestMatch<T>(
  text: string,
  candidates: Iterable<T>,
  options: { threshold?: number; key?: (candidate: T) => string } = {},
): Match<T> | undefined {
  const { threshold = 0.75, key = String } = options;
  let best: Match<T> | undefined;
  for (const candidate of candidates) {
    const score = similarity(text, key(candidate));
    if (score >= threshold && (best === undefined || score > best.score)) best = { candidate, score };
  }
  return best;
}
