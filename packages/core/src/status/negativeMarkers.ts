/**
 * Phrases that contradict a Green rating, from seed 003's Green rows with negative comments (6.1,
 * 7.1, A6.2) and seed 000's `Not achieved` note (23.1).
 */
const markers: readonly RegExp[] = [
  /\bnot\s+(?:yet\s+|used\s+|applied\s+)?consistent(?:ly)?\b/gi,
  /\bnot\s+working\b/gi,
  /\bneeds?\s+(?:a\s+)?more\s+robust\b/gi,
  /\bnot\s+achieved\b/gi,
  /\bresource\s+issues?\b/gi,
  /\bnot\s+(?:yet\s+)?been\s+completed\b/gi,
];

/**
 * The words in a comment or progress note that contradict a Green rating, as written and in the
 * order they appear, for the validator's "reported RAG contradicts the evidence" rule.
 *
 * @example
 * negativeMarkers('Use is not consistent and needs more robust management.');
 * // ['not consistent', 'needs more robust']
 */
export function negativeMarkers(text: string | null | undefined): string[] {
  if (!text) return [];
  const hits = markers.flatMap((marker) => [...text.matchAll(marker)]);
  return hits.sort((a, b) => a.index - b.index).map((hit) => hit[0]);
}
