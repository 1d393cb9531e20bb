/** A recommendation an action cites in its text: `(Ofsted Feb 2011 – Rec 8)`, `(CQC Rec 4)`. */
export interface RecommendationCitation {
  /** The citation as written. */
  raw: string;
  /** Who made the recommendation: `Ofsted`, `CQC`. */
  body: string;
  /** When, as written (`Feb 2011`), or null. */
  when: string | null;
  /** The recommendation number, or null when the citation gives none (`(Ofsted Feb 2011)`). */
  number: number | null;
}

// `(Ofsted Feb 2011 – Rec 8)`, `(Ofsted Feb 2011 - Rec 1)`, `(Ofsted Feb 2011 – Rec13)`,
// `(Ofsted Feb 2011 Rec - 4)`, `(Ofsted Feb 2011)`, `(CQC Rec 4)`.
const CITATION = /\(\s*(Ofsted|CQC|LSCB|JAR)\b\s*([A-Za-z]{3,9}\.?\s+\d{4})?\s*(?:[-–—]\s*)?(?:Rec(?:ommendation)?\s*[-–—]?\s*(\d{1,3}))?\s*\)/gi;

/** How every citation opens: a text without it holds none. */
const CITATION_START = /\(\s*(?:Ofsted|CQC|LSCB|JAR)\b/i;

/**
 * The recommendation citations in an action's text (also split over rows and rejoined).
 *
 * @example
 * parseRecLinks('1.1 All areas … supervised (in line with Working Together to Safeguard Children) (Ofsted Feb 2011 - Rec 1)');
 * // [{ raw: '(Ofsted Feb 2011 - Rec 1)', body: 'Ofsted', when: 'Feb 2011', number: 1 }]
 * parseRecLinks('(Ofsted Feb 2011 Rec - 4)')[0]?.number; // 4
 * parseRecLinks('14.4 NHS Haringey have ensured … (CQC Rec 4)')[0]?.body; // 'CQC'
 */
export function parseRecLinks(text: string): RecommendationCitation[] {
  // Most action texts cite nothing: told without a match iterator and two arrays.
  if (!text.includes('(') || !CITATION_START.test(text)) return [];
  return [...text.matchAll(CITATION)].map((match) => ({
    raw: match[0],
    body: (match[1] ?? '').toUpperCase() === 'OFSTED' ? 'Ofsted' : (match[1] ?? '').toUpperCase(),
    when: match[2] ? match[2].replace(/\s+/g, ' ') : null,
    number: match[3] === undefined ? null : Number(match[3]),
  }));
}
