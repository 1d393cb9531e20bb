import type { LegendEntry } from '../detect/legend';
import { closestMatch } from '../match/similarity';
import type { RagLevelId } from '../model/plan';
import { bragScheme, haringey2011Scheme, nearestLevelByColour, parseRagText, ragScheme } from '../rag';
import type { RagScheme } from '../rag';

/** A rating read from a status cell, and how it was read. */
export interface RagReading {
  rag: RagLevelId | null;
  /** `text` (the words), `legend` or `colour` (the fill), or null when nothing was read. */
  from: 'text' | 'legend' | 'colour' | null;
}

// Status columns repeat a handful of words (`Green`, `Amber`) down thousands of rows: each is read once per scheme.
const ragTextCache = new WeakMap<RagScheme, Map<string, RagLevelId | null>>();
const RAG_TEXT_CACHE_SIZE = 5_000;

/** `parseRagText`, remembered per scheme and text. */
function ragOfText(text: string, scheme: RagScheme): RagLevelId | null {
  let known = ragTextCache.get(scheme);
  if (!known) ragTextCache.set(scheme, (known = new Map()));
  const cached = known.get(text);
  if (cached !== undefined) return cached;
  const rag = parseRagText(text, scheme);
  if (known.size >= RAG_TEXT_CACHE_SIZE) known.clear();
  known.set(text, rag);
  return rag;
}

/**
 * The scheme a workbook's ratings are in: seed 000's four-level key when its legend uses those
 * labels, plain RAG when every rating word is Red/Amber/Green, else Blue-Red-Amber-Green.
 *
 * @example
 * chooseScheme(['Green', 'Amber'], []).id; // 'rag'
 * chooseScheme(['Complete'], []).id; // 'brag'
 */
export function chooseScheme(statusTexts: readonly string[], legend: readonly LegendEntry[]): RagScheme {
  if (legend.filter((entry) => parseRagText(entry.label, haringey2011Scheme) !== null).length >= 2) return haringey2011Scheme;
  const words = statusTexts.filter((text) => text.trim() !== '');
  return words.every((text) => ragOfText(text, ragScheme) !== null) ? ragScheme : bragScheme;
}

/**
 * The colours a sheet's legend gives the levels of a scheme (`{ 'FF0000': 'red' }`),
 * matching each label to a level by name or, failing that, by meaning.
 *
 * @example
 * legendColours([{ label: 'Action completed and desired outcome achieved', fill: '0070C0', row: 24, column: 1 }], haringey2011Scheme);
 * // { '0070C0': 'blue' }
 */
export function legendColours(legend: readonly LegendEntry[], scheme: RagScheme): Record<string, RagLevelId> {
  const colours: Record<string, RagLevelId> = {};
  for (const entry of legend) {
    if (entry.fill === null) continue;
    const level =
      parseRagText(entry.label, scheme) ??
      closestMatch(entry.label, scheme.levels, { key: (each) => `${each.label} ${each.meaning}`, threshold: 0.5 })?.candidate.id ??
      null;
    if (level !== null) colours[entry.fill] = level;
  }
  return colours;
}

/**
 * Reads a status cell: the rating its words name, or, when it has no words but a fill, the
 * level of the nearest colour (the sheet's legend first, then the scheme's own colours).
 *
 * @example
 * readRag('Amber', undefined, ragScheme, {}); // { rag: 'amber', from: 'text' }
 * readRag('', 'FF0000', ragScheme, {}); // { rag: 'red', from: 'colour' }
 */
export function readRag(text: string, fill: string | undefined, scheme: RagScheme, legend: Readonly<Record<string, RagLevelId>>): RagReading {
  if (text.trim() !== '') {
    const rag = ragOfText(text, scheme);
    return { rag, from: rag === null ? null : 'text' };
  }
  if (fill === undefined) return { rag: null, from: null };
  let byLegend = fillCache.get(scheme);
  if (!byLegend) fillCache.set(scheme, (byLegend = new WeakMap()));
  let byFill = byLegend.get(legend);
  if (!byFill) byLegend.set(legend, (byFill = new Map()));
  const cached = byFill.get(fill);
  if (cached) return { rag: cached.rag, from: cached.from };
  const match = nearestLevelByColour(fill, scheme, legend);
  const reading: RagReading = match ? { rag: match.levelId, from: legend[match.colour] === match.levelId ? 'legend' : 'colour' } : { rag: null, from: null };
  if (byFill.size >= RAG_TEXT_CACHE_SIZE) byFill.clear();
  byFill.set(fill, reading);
  return { rag: reading.rag, from: reading.from };
}

// A rated column repeats a few fills down thousands of rows: each is matched once per scheme and
// legend (a sheet's legend is made once and not changed after).
const fillCache = new WeakMap<RagScheme, WeakMap<object, Map<string, RagReading>>>();
