/**
 * Phrases that contradict a Green rating, from seed 003's Green rows with negative comments (6.1,
 * 7.1, A6.2) and seed 000's `Not achieved` note (23.1). One alternation, compiled once: a note is
 * scanned once whatever its length, and the hits come out in reading order.
 */
const markers = new RegExp(
  [
    String.raw`\bnot\s+(?:yet\s+|used\s+|applied\s+)?consistent(?:ly)?\b`,
    String.raw`\bnot\s+working\b`,
    String.raw`\bneeds?\s+(?:a\s+)?more\s+robust\b`,
    String.raw`\bnot\s+achieved\b`,
    String.raw`\bresource\s+issues?\b`,
    String.raw`\bnot\s+(?:yet\s+)?been\s+completed\b`,
  ].join('|'),
  'gi',
);

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
  return Array.from(text.matchAll(markers), (hit) => hit[0]);
}
