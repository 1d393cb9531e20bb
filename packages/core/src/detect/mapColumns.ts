import { foldText, foldedWordCharacters, similarity } from '../match/similarity';
import { FIELD_SYNONYMS, GENERIC_SYNONYMS, PLAN_FIELDS, TITLE_FIELDS } from './fields';
import type { PlanField } from './fields';

/** Which field a column holds, how sure the mapping is (0..1) and why. */
export interface ColumnMapping {
  /** 0-based column index. */
  index: number;
  /** The header as written (`By When`, `Lead Officer/ Executive Head`). */
  header: string;
  /** The field, or `extra` for a column kept verbatim under its header. */
  field: PlanField | 'extra';
  confidence: number;
  evidence: string;
}

/** Below this a header is not trusted to name a field. */
export const MAPPING_THRESHOLD = 0.6;

/** How sure a column must be of its field for a row to read as a header. */
export const SURE_CONFIDENCE = 0.85;

interface Candidate {
  field: PlanField;
  confidence: number;
  evidence: string;
}

/** Whether `words` stands in `text` as whole words (`dlt lead` contains `lead`), without building padded copies. */
function containsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if ((at === 0 || text[at - 1] === ' ') && (end === text.length || text[end] === ' ')) return true;
  }
  return false;
}

const unitCounts = new Int32Array(0x10000);

/**
 * A floor under the edit distance of two strings: each edit adds, drops or swaps at most one
 * character of either side, so it is at least the larger count of characters one side has
 * beyond the other (a transposition changes no count).
 */
function editDistanceFloor(a: string, b: string): number {
  // Counts by UTF-16 unit, as editDistance compares them, in a scratch table reset after use.
  for (let at = 0; at < a.length; at++) unitCounts[a.charCodeAt(at)]!++;
  for (let at = 0; at < b.length; at++) unitCounts[b.charCodeAt(at)]!--;
  let onlyA = 0;
  let onlyB = 0;
  for (const text of [a, b]) {
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      const count = unitCounts[unit]!;
      if (count > 0) onlyA += count;
      else onlyB -= count;
      unitCounts[unit] = 0;
    }
  }
  return Math.max(onlyA, onlyB);
}

/** Whether `similarity` could reach 0.75 at all: folded text and synonyms fold to themselves, so the floor applies to what it compares. */
function mayBeAlike(folded: string, synonym: string): boolean {
  return 1 - editDistanceFloor(folded, synonym) / Math.max(folded.length, synonym.length) >= 0.75;
}

/**
 * How well one header names a field: exact synonym 1; synonym as the opening words 0.85
 * (`Actions (what needs to happen …)`); synonym among its words 0.7 (`DLT lead:`); else fuzzy.
 *
 * @example
 * scoreHeader('By When', 'due'); // { field: 'due', confidence: 1, evidence: 'header "By When" is a synonym of due' }
 */
export function scoreHeader(header: string, field: PlanField, folded: string = foldText(header)): Candidate | undefined {
  if (folded === '') return undefined;
  let best: Candidate | undefined;
  const consider = (confidence: number, evidence: string): void => {
    if (best === undefined || confidence > best.confidence) best = { field, confidence, evidence };
  };
  for (const synonym of FIELD_SYNONYMS[field]) {
    if (folded === synonym) consider(GENERIC_SYNONYMS.has(synonym) ? 0.95 : 1, `header "${header}" is a synonym of ${field}`);
    else if (folded.startsWith(synonym) && folded[synonym.length] === ' ') consider(0.85, `header "${header}" starts with "${synonym}"`);
    else if (containsWords(folded, synonym)) consider(0.7, `header "${header}" contains "${synonym}"`);
    // Fuzzy only when the lengths allow a score of 0.75 at all: long cells are never headers.
    else if (synonym.length > 3 && Math.abs(folded.length - synonym.length) <= synonym.length * 0.34 && mayBeAlike(folded, synonym)) {
      const score = similarity(folded, synonym);
      if (score >= 0.75) consider(Math.round(score * 0.9 * 100) / 100, `header "${header}" is like "${synonym}"`);
    }
  }
  return best;
}

// Every row of a sheet is tried as a header, and data repeats (dates, leads, ratings): each text is
// folded once, and scored in full only when its row could be a header. Bounded: when the newer half
// fills it becomes the older, so a huge sheet of distinct texts cannot grow it without end, and the
// texts read most recently survive the swap.
const CACHE_HALF_SIZE = 20_000;
type Scored = { folded: string; sure: number; candidates: readonly Candidate[] | null };
let newer = new Map<string, Scored>();
let older = new Map<string, Scored>();

const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);
const LETTER = /\p{L}/u;

function scored(header: string): Scored {
  const cached = newer.get(header) ?? older.get(header);
  if (cached) return cached;
  const folded = foldText(header);
  // Every synonym is words: folded text with no letter (`1164.4`, `42795`, `01/02/2017`) cannot hold one nor come
  // within a fuzzy match of one, and such texts are half the distinct short cells of a long plan. Not kept: folding is cheap.
  if (!LETTER.test(folded)) return { folded, sure: 0, candidates: NO_CANDIDATES };
  if (newer.size >= CACHE_HALF_SIZE) {
    older = newer;
    newer = new Map();
  }
  const entry: Scored = { folded, sure: sureMask(folded), candidates: null };
  newer.set(header, entry);
  return entry;
}

/** The fields a header could name, best first, each at least {@link MAPPING_THRESHOLD}. */
function candidatesFor(header: string): readonly Candidate[] {
  const entry = scored(header);
  entry.candidates ??= PLAN_FIELDS.map((field) => scoreHeader(header, field, entry.folded))
    .filter((candidate): candidate is Candidate => candidate !== undefined && candidate.confidence >= MAPPING_THRESHOLD)
    .sort((a, b) => b.confidence - a.confidence);
  return entry.candidates;
}

/** The fields each synonym names (`status` names the rating and the delivery status). */
const SYNONYM_FIELDS = new Map<string, PlanField[]>();
for (const field of PLAN_FIELDS) {
  for (const synonym of FIELD_SYNONYMS[field]) {
    const fields = SYNONYM_FIELDS.get(synonym) ?? [];
    if (!fields.includes(field)) fields.push(field);
    SYNONYM_FIELDS.set(synonym, fields);
  }
}

/** {@link sureMask} bits: some field named surely, a field naming the plan item named surely. */
const SURE_FIELD = 1;
const SURE_TITLE = 2;

function maskOf(fields: readonly PlanField[]): number {
  let mask = 0;
  for (const field of fields) mask |= TITLE_FIELDS.has(field) ? SURE_FIELD | SURE_TITLE : SURE_FIELD;
  return mask;
}

/**
 * Which fields folded text names with {@link SURE_CONFIDENCE}, as {@link SURE_FIELD} and
 * {@link SURE_TITLE} bits, without scoring every synonym: `scoreHeader` is that sure only of a
 * synonym the text is (1), opens with (0.85) or misses by so few edits that 0.9 × the similarity
 * rounds to 0.85. Containing a synonym (0.7) is never sure.
 */
function sureMask(folded: string): number {
  let mask = maskOf(SYNONYM_FIELDS.get(folded) ?? []);
  for (let space = folded.indexOf(' '); space > 0; space = folded.indexOf(' ', space + 1)) {
    mask |= maskOf(SYNONYM_FIELDS.get(folded.slice(0, space)) ?? []);
  }
  for (const [synonym, fields] of fuzzySynonyms(folded.length)) {
    if (mask === (SURE_FIELD | SURE_TITLE) || folded === synonym) continue;
    if ((folded.startsWith(synonym) && folded[synonym.length] === ' ') || containsWords(folded, synonym)) continue;
    if (Math.abs(folded.length - synonym.length) <= synonym.length * 0.34 && mayBeAlike(folded, synonym) && isSureLike(similarity(folded, synonym))) mask |= maskOf(fields);
  }
  return mask;
}

const fuzzyByLength = new Map<number, Array<[string, PlanField[]]>>();

/**
 * The synonyms text of a length could match surely by edit distance: another text is at least one
 * edit and the length difference away, so most synonyms are ruled out by length alone (all of them
 * for text shorter than 16 characters).
 */
function fuzzySynonyms(length: number): Array<[string, PlanField[]]> {
  let found = fuzzyByLength.get(length);
  if (!found) {
    found = [...SYNONYM_FIELDS].filter(([synonym]) => synonym.length > 3 && isSureLike(1 - Math.max(1, Math.abs(length - synonym.length)) / Math.max(length, synonym.length)));
    fuzzyByLength.set(length, found);
  }
  return found;
}

/** The first word of ASCII text as folding gives it (`lead` of `(Lead) officer`). */
function firstFoldedWord(text: string): string {
  let start = 0;
  while (start < text.length && !isWordUnit(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

function isWordUnit(unit: number): boolean {
  return (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);
}

/** The first word of every synonym: a text is, or opens with, a synonym only if its first word is one of these. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...SYNONYM_FIELDS.keys()].map((synonym) => synonym.split(' ')[0] ?? ''));

/**
 * The folded lengths at which some synonym can be matched surely by edit distance. A sure near miss
 * is under a tenth of the longer text away, so no text twice a synonym's length is one.
 */
const FUZZY_LENGTHS = Array.from({ length: 2 * Math.max(...[...SYNONYM_FIELDS.keys()].map((synonym) => synonym.length)) + 2 }, (_, length) => length).filter(
  (length) => fuzzySynonyms(length).length > 0,
);
const FUZZY_SHORTEST = FUZZY_LENGTHS[0] ?? Infinity;
const FUZZY_LONGEST = FUZZY_LENGTHS.at(-1) ?? -1;

/**
 * Whether a cell surely names no field, told without folding it: ASCII text whose first word opens
 * no synonym and whose length rules out a near miss of one (`Sep-17`, `JH`, most action texts).
 */
function namesNothingSurely(text: string): boolean {
  const characters = foldedWordCharacters(text);
  if (characters < 0) return false;
  // Folded, such text is at least its letters and digits long and at most as long as written.
  if (text.length >= FUZZY_SHORTEST && characters <= FUZZY_LONGEST) return false;
  return !FIRST_WORDS.has(firstFoldedWord(text));
}

/**
 * Whether two cells fold to the same text (a header repeated as written, or worded the same),
 * told without folding when their letters and digits differ in number.
 *
 * @example
 * foldsAlike('Lead officer:', 'LEAD OFFICER'); // true
 * foldsAlike('Sep-17', 'End date'); // false
 */
export function foldsAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const right = foldedWordCharacters(b);
  if (right >= 0 && hasMoreWordCharacters(a, right)) return false;
  const left = foldedWordCharacters(a);
  if (left >= 0 && right >= 0 && left !== right) return false;
  return foldedHeader(a) === foldedHeader(b);
}

/**
 * Whether text holds more than `most` ASCII letters and digits, counted only until it does:
 * folding keeps every one of them, so its folded form then holds more too, whatever else the
 * text holds. A data cell beside a short header is told apart from it in a few characters.
 */
function hasMoreWordCharacters(text: string, most: number): boolean {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (isWordUnit(unit) && ++count > most) return true;
  }
  return false;
}

/** Whether a fuzzy score makes a sure confidence, rounded as `scoreHeader` rounds it. */
function isSureLike(score: number): boolean {
  return Math.round(score * 0.9 * 100) / 100 >= SURE_CONFIDENCE;
}


/**
 * The fields one cell names with confidence enough to make its row a header. A column of a
 * mapped row is sure only of a field its own text names so, which rules out most rows unmapped.
 *
 * @example
 * surelyNamedFields('Due Date'); // ['due']
 * surelyNamedFields('Jan-17'); // []
 */
export function surelyNamedFields(text: string): PlanField[] {
  return candidatesFor(text).flatMap((candidate) => (candidate.confidence >= SURE_CONFIDENCE ? [candidate.field] : []));
}

/**
 * How surely a cell names fields, as {@link surelyNamedFields} would say without listing them:
 * 0 no field, 1 some field, 3 a field that names the plan item (recommendation, action or
 * milestone) too. Every row of a sheet asks this; only rows that could be headers are scored in full.
 *
 * @example
 * sureNaming('Due Date'); // 1
 * sureNaming('Milestone Lead'); // 3
 * sureNaming('Jan-17'); // 0
 */
export function sureNaming(text: string): 0 | 1 | 3 {
  if (namesNothingSurely(text)) return 0;
  const { sure } = scored(text);
  return sure & SURE_TITLE ? 3 : sure & SURE_FIELD ? 1 : 0;
}

/**
 * `foldText` of a cell tried as a header, from the cache {@link mapColumns} fills: a row mapped
 * and then compared word for word with the header folds each text once.
 *
 * @example
 * foldedHeader('Lead Officer/ Executive Head'); // 'lead officer executive head'
 */
export function foldedHeader(text: string): string {
  return scored(text).folded;
}

/**
 * Maps a header row to fields by synonyms and fuzzy matching. Each field goes to the column that
 * names it best; a second column naming the same field (`DLT lead:` beside `Lead officer:`) and
 * any column naming no field are `extra`, kept verbatim under their header.
 *
 * @example
 * mapColumns(['Ref:', 'Action:', 'End:', 'Lead officer:', 'DLT lead:', 'Evidence']).map((c) => c.field);
 * // ['ref', 'action', 'due', 'lead', 'extra', 'extra']
 */
export function mapColumns(headers: readonly string[]): ColumnMapping[] {
  const options = headers.map(candidatesFor);
  const owner = new Map<PlanField, { index: number; confidence: number }>();
  // Strongest claims first, so a field goes to the column that names it best.
  const claims = options
    .flatMap((candidates, index) => candidates.map((candidate, rank) => ({ index, rank, ...candidate })))
    .sort((a, b) => b.confidence - a.confidence || a.rank - b.rank || a.index - b.index);
  const taken = new Set<number>();
  for (const claim of claims) {
    if (taken.has(claim.index) || owner.has(claim.field)) continue;
    owner.set(claim.field, { index: claim.index, confidence: claim.confidence });
    taken.add(claim.index);
  }
  return headers.map((header, index) => {
    const won = options[index]?.find((candidate) => owner.get(candidate.field)?.index === index);
    if (won) return { index, header, field: won.field, confidence: won.confidence, evidence: won.evidence };
    const lost = options[index]?.[0];
    const evidence =
      header.trim() === ''
        ? 'no header'
        : lost
          ? `header "${header}" also names ${lost.field}, which another column holds better; kept verbatim`
          : `header "${header}" names no plan field; kept verbatim`;
    return { index, header, field: 'extra' as const, confidence: header.trim() === '' ? 0 : 1, evidence };
  });
}

/**
 * The fields a header row names with confidence, for telling a header from data.
 *
 * @example
 * mappedFields(mapColumns(['Action', 'Milestone', 'Due Date'])); // Set { 'action', 'milestone', 'due' }
 */
export function mappedFields(columns: readonly ColumnMapping[]): Set<PlanField> {
  return new Set(columns.flatMap((column) => (column.field === 'extra' ? [] : [column.field])));
}
