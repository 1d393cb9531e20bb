// Ordinals (`1 st` → `1#`) lose at most two of the characters counted.
const ORDINAL = /st|nd|rd|th/gi;
// A leading weekday or `by`/`on`/`due`/`the` is dropped whole: texts that may open with one are not judged.
const MAY_LEAD = /^(?:by|on|du|th|mo|tu|we|fr|sa|su)/i;
// Tags, entities and anything beyond printable ASCII and its white space: not judged.
const NOT_JUDGED = /[^\x20-\x7e\t\n\r\f\v]|[<&]/;

/** A letter or digit (ASCII) or `#`: kept by every step, and a space between two of them stays one space. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 35;
}

/** The ASCII white space `\s` matches. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * Whether `normaliseDateText(text)` is surely longer than `limit`, judged in one pass without
 * normalising: it counts what every normalising step keeps (ASCII letters and digits, `#`, `-`, `/`,
 * and one space for each run of white space between two words). False means "not sure", never
 * "shorter": text with tags, entities or any non-ASCII character, or that may open with a word the
 * normaliser drops, is not judged. Lets a reader refuse a run of many dates (`01-Dec-2016 01-Nov-2016
 * …`, a cell joined over page breaks) as one date without building its canonical text.
 *
 * @example
 * surelyLongerWhenNormalised('01-Dec-2016 01-Nov-2016 01-Dec-2016 01-Sep-2016 01-Mar-2017 01-May-2017 01-Jun-2017', 80); // true
 * // Not judged: the normaliser drops `by the`.
 * surelyLongerWhenNormalised('by the 31 October', 5); // false
 */
export function surelyLongerWhenNormalised(text: string, limit: number): boolean {
  if (text.length <= limit || NOT_JUDGED.test(text)) return false;
  const first = text.search(/[a-z0-9]/i);
  if (first < 0 || MAY_LEAD.test(text.slice(first, first + 2))) return false;
  let kept = 0;
  let afterWord = false;
  let gap = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) {
      gap = afterWord;
      continue;
    }
    const word = isWordChar(code);
    if (word || code === 45 || code === 47) kept++;
    if (gap && word) kept++;
    gap = false;
    afterWord = word;
  }
  kept -= 2 * (text.match(ORDINAL)?.length ?? 0);
  return kept > limit;
}
