import type { ProgressEntry } from '../model/plan';
import { parseStatusText } from '../status';
import type { StatusReading } from '../status';
import { parseRecommendationCode } from './parseRecommendationCode';
import type { RecommendationLabel } from './parseRecommendationCode';
import { readProgress } from './readProgress';
import { splitLeads } from './splitLeads';
import { splitLeadTitles } from './splitLeadTitles';
import type { LeadTitles } from './splitLeadTitles';
import { splitMeasures } from './splitMeasures';
import { stripHtml } from './stripHtml';

/**
 * The readers of an import's repeating cell texts, each distinct text read once: comment, measure,
 * lead and progress columns repeat a few texts (`Not yet consistently embedded across all
 * workers.`, `DCS`) down tens of thousands of rows. Results equal the uncached readers'; shared
 * ones must not be changed.
 */
export interface TextReaders {
  /** `stripHtml` of a cell and `parseStatusText` of the result (shared). */
  statusNote(text: string): { plain: string; reading: StatusReading };
  /** `parseStatusText` of the text as written (shared). */
  status(text: string): StatusReading;
  /** `splitMeasures(stripHtml(text))` (shared: spread it). */
  measures(text: string): readonly string[];
  /** `splitLeads(stripHtml(text))`, a new array each time. */
  involved(text: string): string[];
  /** `splitLeadTitles` of plain text (shared). */
  leadTitles(plain: string): Readonly<LeadTitles>;
  /** `readProgress`, a new entry each time (callers date it). */
  progress(text: string): ProgressEntry;
  /** `parseRecommendationCode` of plain text, a new label each time (a recommendation cell merged down its actions' rows is read on each). */
  recommendationLabel(plain: string): RecommendationLabel;
}

/** Texts remembered per reader before it starts again: a column of distinct texts cannot grow it without end. */
const MEMO_SIZE = 10_000;

function memo<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = read(text);
      if (known.size >= MEMO_SIZE) known.clear();
      known.set(text, value);
    }
    return value;
  };
}

/**
 * A fresh set of text readers for one import.
 *
 * @example
 * const readers = createTextReaders();
 * readers.statusNote('<b>Achieved</b>').reading.status; // 'complete'
 * readers.progress('May 2011 - Achieved. The procedure has been reviewed').date; // '2011-05'
 */
export function createTextReaders(): TextReaders {
  const progress = memo(readProgress);
  const involved = memo((text) => splitLeads(stripHtml(text)));
  const label = memo(parseRecommendationCode);
  return {
    statusNote: memo((text) => {
      const plain = stripHtml(text);
      return { plain, reading: parseStatusText(plain) };
    }),
    status: memo(parseStatusText),
    measures: memo((text) => splitMeasures(stripHtml(text))),
    involved: (text) => involved(text).slice(),
    leadTitles: memo(splitLeadTitles),
    progress: (text) => ({ ...progress(text) }),
    recommendationLabel: (plain) => {
      const read = label(plain);
      return { ...read, paragraphRefs: read.paragraphRefs.slice() };
    },
  };
}
