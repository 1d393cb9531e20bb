import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldsEqual } from './similarity';

/** foldText as first written: every text through NFKD and accent stripping. */
function foldEveryText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('foldText', () => {
  it('folds ASCII and other text as normalising every text would', () => {
    const units = fc.constantFrom(...'aZ9 &./-:()\t\n'.split(''), 'é', 'É', 'ﬁ', 'ａ', 'Å', '\u0301', '½', '–', 'ß', 'İ', '\u00a0');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: units, maxLength: 30 }), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 })), (text) => {
        expect(foldText(text)).toBe(foldEveryText(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('foldsEqual says whether two texts fold the same', () => {
    const units = fc.constantFrom(...'aA1 &.-'.split(''), 'é', 'É', '\u0301');
    const text = fc.string({ unit: units, maxLength: 8 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(foldsEqual(a, b)).toBe(foldEveryText(a) === foldEveryText(b));
      }),
      { numRuns: 5000 },
    );
    expect(foldsEqual('Improve the way that the Child Protection Advisers carry out their quality control.', 'improve the way that the child protection advisers carry out their quality control')).toBe(true);
    expect(foldsEqual('Within six months', 'Within 6 months')).toBe(false);
  });

  it('keeps seed wording as before', () => {
    expect(foldText('Lead Officer/ Executive Head')).toBe('lead officer executive head');
    expect(foldText('Café & Résumé')).toBe('cafe and resume');
  });
});
