/** What a recommendation cell says: its timescale, code, text and report references. */
export interface RecommendationLabel {
  /** `Immediate`, `Within 3 months`, as written; null when the cell gives none. */
  timescale: string | null;
  /** `S2`, `LAC10`, `Ofsted recommendation 1`, `5`, or null. */
  code: string | null;
  /** The number in the code (`2` of `S2`), for resolving `Rec 2` links. */
  number: number | null;
  /** The series of the code: `S`, `LAC`, `Ofsted`, or null for a bare number. */
  series: string | null;
  /** The recommendation itself, without timescale or code. */
  text: string;
  /** Inspection report references cited: `Paragraph 39`, `Executive Summary - pg. 16`. */
  paragraphRefs: string[];
}

const TIMESCALE = /^(immediate(?:ly)?|within\s+(?:\d+|one|two|three|four|five|six|nine|twelve)\s+months?)\b[:.]?\s*/i;
const BRACKET_CODE = /^\(\s*([A-Z]{1,4})\s*(\d{1,3})\s*\)\s*/;
const NAMED_CODE = /^((?:ofsted|cqc|lscb)\s+)?recommendation\s+(\d{1,3})\s*[:.-]?\s*/i;
const NUMBER_CODE = /^(\d{1,3})[.)](?:\s+|$)/;
const REPORT_REF = /\(((?:paragraph|para\.?|executive summary|ref)\b[^()]*)\)/gi;

/**
 * Reads a recommendation cell: an optional timescale (`Immediate`, `Within 3 months`), a code
 * (`(S2)`, `(LAC1)`, `Ofsted recommendation 1:`, `5.`) and the text, with the report paragraphs
 * it cites. Expects plain text (see `stripHtml`).
 *
 * @example
 * parseRecommendationCode('Within 6 months (LAC10) Reduce the number of changes of social worker experienced by looked after children');
 * // { timescale: 'Within 6 months', code: 'LAC10', number: 10, series: 'LAC', text: 'Reduce the number …', paragraphRefs: [] }
 * parseRecommendationCode('5. Explore provision of a range of placement options available for children looked after (Executive Summary - pg. 16)').paragraphRefs;
 * // ['Executive Summary - pg. 16']
 */
export function parseRecommendationCode(cell: string): RecommendationLabel {
  let rest = cell.replace(/\s+/g, ' ').trim();
  let timescale: string | null = null;
  const time = TIMESCALE.exec(rest);
  if (time) {
    timescale = (time[1] ?? '').trim();
    rest = rest.slice(time[0].length);
  }
  let code: string | null = null;
  let number: number | null = null;
  let series: string | null = null;
  const bracket = BRACKET_CODE.exec(rest);
  const named = bracket ? null : NAMED_CODE.exec(rest);
  const numbered = bracket || named ? null : NUMBER_CODE.exec(rest);
  if (bracket) {
    series = bracket[1] ?? null;
    number = Number(bracket[2]);
    code = `${series}${number}`;
    rest = rest.slice(bracket[0].length);
  } else if (named) {
    const body = (named[1] ?? '').trim();
    series = body === '' ? 'Recommendation' : body.charAt(0).toUpperCase() + body.slice(1).toLowerCase();
    number = Number(named[2]);
    code = `${body === '' ? 'Recommendation' : `${series} recommendation`} ${number}`;
    rest = rest.slice(named[0].length);
  } else if (numbered) {
    number = Number(numbered[1]);
    code = String(number);
    rest = rest.slice(numbered[0].length);
  }
  const paragraphRefs = [...rest.matchAll(REPORT_REF)].map((match) => (match[1] ?? '').trim());
  return { timescale, code, number, series, text: rest.trim(), paragraphRefs };
}
