import { parseDate, resolveTimescale } from '../dates';
import type { Inspection, Plan } from '../model/plan';
import { stripHtml } from './stripHtml';

/** The inspection a workbook names, and where it names it. */
export interface FoundInspection {
  inspection: Inspection;
  /** Index (into the texts given) of the text the date was read from, or null. */
  dateFrom: number | null;
}

const BODY = /\b(ofsted|cqc)\b|\b(joint area review|jar)\b|\b(inspection)\b/gi;
const DATE_IN_TEXT =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{4}\b/i;

/**
 * The inspection named in a workbook's titles and banners: who inspected (`Ofsted`, `CQC`), a
 * joint area review, and the date written after the name (`Ofsted/CQC recommendations February
 * 2011`, `Inspection of … 25th February 2011`, `Ofsted report published July 2014`). A day beats a
 * month of the same inspection. Null when no text names an inspection.
 *
 * @example
 * findInspection(['Improvements following from the OFSTED Report - July 2016'])?.inspection;
 * // { id: 'inspection', bodies: ['Ofsted'], title: 'Ofsted inspection', date: '2016-07', judgement: null }
 */
export function findInspection(texts: readonly string[]): FoundInspection | null {
  const bodies = new Set<string>();
  let joint = false;
  let best: { date: string; index: number } | null = null;
  for (const [index, raw] of texts.entries()) {
    const text = stripHtml(raw);
    let firstMention = -1;
    for (const match of text.matchAll(BODY)) {
      if (match[1]) bodies.add(match[1].toLowerCase() === 'cqc' ? 'CQC' : 'Ofsted');
      if (match[2]) joint = true;
      if (firstMention < 0) firstMention = match.index;
    }
    const found = firstMention < 0 ? null : DATE_IN_TEXT.exec(text.slice(firstMention));
    const parsed = found ? parseDate(found[0].replace(/(\d)(st|nd|rd|th)\b/i, '$1')) : null;
    const date = parsed?.ok ? parsed.date.value : null;
    // A day of the same month (`25th February 2011`) refines `February 2011`.
    if (date !== null && (best === null || (date.length > best.date.length && date.startsWith(best.date)))) best = { date, index };
  }
  if (bodies.size === 0 && !joint && best === null) return null;
  const named = [...bodies];
  const title = joint ? 'Joint Area Review' : `${named.length > 0 ? named.join('/') : 'Inspection'}${named.length > 0 ? ' inspection' : ''}`;
  return {
    inspection: { id: 'inspection', bodies: named, title, date: best?.date ?? null, judgement: null },
    dateFrom: best?.index ?? null,
  };
}

/**
 * Links every recommendation to the inspection and, when the inspection is dated, resolves its
 * timescale to a due date (`Within three months` of 25 February 2011 is `2011-05-25`; `Immediate`
 * is the inspection date).
 *
 * @example
 * resolveRecommendationDues(plan, { id: 'inspection', bodies: ['Ofsted'], title: 'Ofsted inspection', date: '2011-02-25', judgement: null });
 * plan.recommendations[0]?.due; // '2011-05-25'
 */
export function resolveRecommendationDues(plan: Plan, inspection: Inspection): void {
  for (const recommendation of plan.recommendations) {
    recommendation.inspectionId = inspection.id;
    if (inspection.date !== null && recommendation.timescale !== null && recommendation.due === null) {
      recommendation.due = resolveTimescale(recommendation.timescale, inspection.date);
    }
  }
}
