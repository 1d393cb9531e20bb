import { foldText } from '../match/similarity';
import { namesOf, type RagScheme } from './scheme';
import type { RagLevelId } from '../model/plan';

// A cell may carry its column's label: `RAG status: Green`.
const label = /^(?:rag|brag)?\s*(?:status|rating)?\s+/;

/**
 * The level a RAG cell names in a scheme, ignoring case, punctuation and spacing (`Amber/Green`,
 * `amber - green`, `A/G`), or null when the text names no level of the scheme.
 *
 * @example
 * parseRagText('Green', ragScheme); // 'green'
 * parseRagText('A/G', dca5Scheme); // 'amber-green'
 * parseRagText('Complete', ragScheme); // null: plain RAG has no complete level
 */
export function parseRagText(text: string | null | undefined, scheme: RagScheme): RagLevelId | null {
  const folded = foldText(text ?? '');
  if (folded === '') return null;
  for (const candidate of [folded, folded.replace(label, '')]) {
    const level = scheme.levels.find((each) => namesOf(each).includes(candidate));
    if (level) return level.id;
  }
  return null;
}
