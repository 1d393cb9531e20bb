import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInSchemes } from './builtInSchemes';
import { compareRatings } from './compareRatings';
import { ordinaryLevels } from './levelFor';
import { findLevel, type RagScheme } from './scheme';
import { mapLevel } from './mapLevel';
import { rollUp } from './rollUp';

const schemes = Object.values(builtInSchemes);
const schemeAndLevels = fc.constantFrom(...schemes).chain((scheme) =>
  fc.tuple(fc.constant(scheme), fc.array(fc.constantFrom(...scheme.levels.map((level) => level.id)), { maxLength: 12 })),
);

describe('RAG properties, over every built-in scheme', () => {
  it('the worst roll-up is no better than any rated child, the best no worse', () => {
    fc.assert(
      fc.property(schemeAndLevels, ([scheme, levels]) => {
        const worst = rollUp(levels, scheme, 'worst');
        const best = rollUp(levels, scheme, 'best');
        for (const id of levels) {
          if (findLevel(scheme, id)?.noData) continue;
          expect(compareRatings(worst, id, scheme)).not.toBe('reported-better');
          expect(compareRatings(best, id, scheme)).not.toBe('reported-worse');
        }
        expect(worst === null).toBe(levels.length === 0);
      }),
    );
  });

  it('comparison is antisymmetric', () => {
    const flip = { same: 'same', 'reported-better': 'reported-worse', 'reported-worse': 'reported-better', 'not-comparable': 'not-comparable' };
    fc.assert(
      fc.property(schemeAndLevels, ([scheme, levels]) => {
        const [a = null, b = null] = levels;
        expect(compareRatings(b, a, scheme)).toBe(flip[compareRatings(a, b, scheme)]);
      }),
    );
  });

  it('mapping keeps the order of levels: a worse level never maps to a better one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...schemes), fc.constantFrom(...schemes), (from, to) => {
        for (const a of from.levels) {
          for (const b of from.levels) {
            if (a.noData || b.noData || a.severity >= b.severity) continue;
            expect(compareRatings(mapLevel(a.id, from, to), mapLevel(b.id, from, to), to)).not.toBe('reported-worse');
          }
        }
      }),
    );
  });

  it('every level maps back to itself between schemes with as many delivery levels (RAG, BRAG, Haringey)', () => {
    const alike = schemes.filter((scheme) => ordinaryLevels(scheme).length === 3);
    for (const from of alike) {
      for (const to of alike.filter((scheme) => hasLike(scheme, from, 'complete') && hasLike(scheme, from, 'noData'))) {
        for (const level of from.levels) {
          const there = mapLevel(level.id, from, to);
          expect(there === null ? null : mapLevel(there, to, from), `${from.id} → ${to.id}: ${level.id}`).toBe(level.id);
        }
      }
    }
  });
});

function hasLike(to: RagScheme, from: RagScheme, flag: 'complete' | 'noData'): boolean {
  return !from.levels.some((level) => level[flag]) || to.levels.some((level) => level[flag]);
}
