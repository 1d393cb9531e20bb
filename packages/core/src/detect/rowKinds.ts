import { foldText } from '../match/similarity';
import { withoutTags } from './withoutTags';

/** What a row of a sheet is, as far as the plan is concerned. */
export type RowKind =
  | 'header'
  | 'repeated-header'
  | 'banner'
  | 'legend'
  | 'section'
  | 'data'
  | 'continuation'
  | 'blank'
  | 'page-marker'
  | 'tier-marker'
  | 'aims';

/** A row with its kind and, for rows the plan does not take data from, the reason in plain English. */
export interface ClassifiedRow {
  /** 0-based row index. */
  row: number;
  kind: RowKind;
  reason: string | null;
}

const PAGE_MARKERS: readonly RegExp[] = [
  /^appendix\s+\d+[a-z]?\.?$/i,
  /^v\.?\s*\d+(\.\d+)+$/i,
  /^this page is intentionally left blank\.?$/i,
  /^page\s+\d+(\s+of\s+\d+)?$/i,
  /^-{2,}$/,
];

const PAGE_MARKER_OPENINGS: ReadonlySet<string> = new Set(['a', 'A', 'v', 'V', 't', 'T', 'p', 'P', '-']);

/**
 * Whether text could fold to a short phrase holding one of `words`, of at most `letters` letters
 * and digits. Folding keeps every ASCII letter and digit, whatever else the text holds, so text
 * with more is refused; ASCII text must also hold the word as written (in any case); other text is
 * folded to see.
 */
function mayFoldToHold(text: string, words: RegExp, letters: number): boolean {
  let count = 0;
  for (let at = 0; at < text.length && count <= letters; at++) {
    const unit = text.charCodeAt(at);
    if ((unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122)) count++;
  }
  if (count > letters) return false;
  return NON_ASCII.test(text) || words.test(text);
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Whether text is page furniture a document left behind: `Appendix 1`, `V 2.01`,
 * `This page is intentionally left blank`, `Page 3 of 9`, a markdown `--` rule.
 *
 * @example
 * isPageMarker('V 2.01'); // true
 */
export function isPageMarker(text: string): boolean {
  const trimmed = text.trim();
  // Every marker opens with one of these letters or a dash: most cells are ruled out without a pattern.
  if (!PAGE_MARKER_OPENINGS.has(trimmed.charAt(0))) return false;
  return PAGE_MARKERS.some((pattern) => pattern.test(trimmed));
}

/**
 * Whether text is only a tier marker, `MUST DO` or `EMBEDDING` (seed 004), possibly in `<p>`.
 *
 * @example
 * isTierMarker('<p>MUST DO</p>'); // true
 */
export function isTierMarker(text: string): boolean {
  const bare = withoutTags(text);
  if (!mayFoldToHold(bare, /must|embed/i, 'embedding'.length)) return false;
  return /^(must do|embedding)$/.test(foldText(bare));
}

/** Headings that introduce a colour key above a table. */
const LEGEND_HEADINGS = new Set(['key', 'action status', 'status key', 'rag key', 'rag status', 'rag rating', 'legend', 'status']);

/**
 * Whether text heads a colour key (`Action Status` in seed 000, `Key`, `RAG key`).
 *
 * @example
 * isLegendHeading('Action Status'); // true
 */
export function isLegendHeading(text: string): boolean {
  return LEGEND_HEADINGS.has(foldText(text));
}

/**
 * Whether text is shouted: letters all upper case, at least two of them (`SAFEGUARDING`,
 * `AREAS FOR IMPROVEMENT IDENTIFIED IN OFSTED REPORT`).
 *
 * @example
 * isUpperCase('LOOKED AFTER CHILDREN'); // true
 */
export function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

// `Theme 1 – …`, `Theme: Best practice`, `Area for improvement 2: …`, `Key Judgement Area: …`, `Part 1 – …`.
const SECTION_HEADING = /^(theme\b|area for improvement\s+\d|key judgement area\b|part\s+\d+\b)/i;

/**
 * Whether a heading names a level of the plan's structure by its wording (seed 001's themes and
 * areas, seed 002's key judgement areas, seed 004's parts), wherever it stands.
 *
 * @example
 * isSectionHeading('Area for improvement 1: Creating a leadership team for safeguarding'); // true
 * isSectionHeading('Haringey Council'); // false
 */
export function isSectionHeading(text: string): boolean {
  return SECTION_HEADING.test(withoutTags(text).trim());
}

/**
 * Whether a heading opens a theme's aims (`Aims`, seed 001), whose lines follow it.
 *
 * @example
 * isAimsHeading('Aims'); // true
 */
export function isAimsHeading(text: string): boolean {
  if (!mayFoldToHold(text, /aim/i, 'ouraims'.length)) return false;
  return /^(aims?|our aims)$/.test(foldText(text));
}
