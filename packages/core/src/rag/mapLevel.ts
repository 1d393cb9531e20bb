import type { RagLevelId } from '../model/plan';
import { levelFor, ordinaryLevels } from './levelFor';
import { findLevel, type RagScheme } from './scheme';

/**
 * The level of scheme `to` that means what `levelId` means in scheme `from`, or null when
 * `levelId` is not a level of `from` (or is grey and `to` has no grey level).
 *
 * Complete maps to complete (or to the best level where `to` has none, as RAG's Green covers
 * complete work); "support required" maps to "support required" where `to` has it; the rest map
 * by their rank among the delivery levels. Where a rank falls between two levels the worse is
 * taken, so that a mapped rating never looks better than the original: `dca-5` Amber/Green →
 * RAG Amber, Amber/Red → Red. Pass `between: 'better'` for the other choice.
 *
 * @example
 * mapLevel('red', haringey2011Scheme, bragScheme); // 'red'
 * mapLevel('blue', haringey2011Scheme, bragScheme); // 'blue'
 * mapLevel('amber-green', dca5Scheme, ragScheme); // 'amber'
 */
export function mapLevel(
  levelId: RagLevelId,
  from: RagScheme,
  to: RagScheme,
  options: { between?: 'worse' | 'better' } = {},
): RagLevelId | null {
  const level = findLevel(from, levelId);
  if (!level) return null;
  if (level.noData) return levelFor(to, 'no-data')?.id ?? null;
  if (level.complete) return (levelFor(to, 'complete') ?? levelFor(to, 'on-track'))?.id ?? null;
  if (level.supportRequired === true) {
    const support = ordinaryLevels(to).find((each) => each.supportRequired === true);
    if (support) return support.id;
  }
  const source = ordinaryLevels(from);
  const target = ordinaryLevels(to);
  const rank = source.indexOf(level);
  const position = source.length > 1 ? (rank * (target.length - 1)) / (source.length - 1) : 0;
  const index = options.between === 'better' ? Math.floor(position + 1e-9) : Math.ceil(position - 1e-9);
  return target[index]?.id ?? null;
}
