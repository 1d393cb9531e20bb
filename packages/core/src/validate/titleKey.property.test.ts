import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../match/index';
import { titleBucket, titleKey } from './titleKey';

// Characters where folding and the ASCII shortcut part ways: accents and combining marks, ligatures,
// non-Latin letters (`ƀ` and Cyrillic once sent titleBucket into endless recursion), `&`, dashes,
// ellipses, no-break space, dotted capital I, astral letters and lone surrogates.
const tricky = fc.constantFrom('ƀ', 'П', 'л', 'н', '&', 'é', 'e\u0301', 'ﬁ', '–', '…', '\u00a0', 'İ', 'ß', '𝐀', '\ud800', 'A', 'z', '7', ' ', '.', '(');
const titles = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: tricky, maxLength: 60 }),
  fc.string({ unit: fc.oneof(tricky, fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz')), minLength: 10, maxLength: 60 }),
);
/** Rewrites that keep the folded title: case, `&` spelled out, punctuation and spacing around, NFC/NFD. */
const sameKey = fc.constantFrom(
  (title: string) => title.replace(/[a-z]/g, (letter) => letter.toUpperCase()),
  (title: string) => title.replace(/&/g, ' and '),
  (title: string) => ` — ${title.replace(/ /g, '  ')}. `,
  (title: string) => title.normalize('NFD'),
  (title: string) => title.normalize('NFC'),
  (title: string) => titleKey(title),
);

describe('titleKey / titleBucket over arbitrary text', () => {
  it('never throw, fold as foldText does, and give 0 exactly to titles that fold to nothing', () => {
    fc.assert(
      fc.property(titles, (title) => {
        const key = titleKey(title);
        expect(key).toBe(foldText(title));
        expect(titleBucket(title) === 0).toBe(key === '');
      }),
      { numRuns: 2000 },
    );
  });

  it('give one bucket to titles with one key', () => {
    fc.assert(
      fc.property(titles, sameKey, (title, rewrite) => {
        const other = rewrite(title);
        if (titleKey(other) === titleKey(title)) expect(titleBucket(other)).toBe(titleBucket(title));
        expect(titleBucket(titleKey(title))).toBe(titleBucket(title));
      }),
      { numRuns: 2000 },
    );
  });

  it('bucket the titles that once recursed forever, with the bucket of their folded form', () => {
    for (const title of ['ƀ', 'Plan ƀ', 'План действий', 'Review the CAF ƀ', 'ƀ & Review']) {
      expect(titleBucket(title)).toBe(titleBucket(foldText(title)));
      expect(titleBucket(title)).not.toBe(0);
    }
    expect(titleBucket('План')).not.toBe(titleBucket('Плат'));
    // An `&` read as the 15th letter counts as far as the spelled-out "and" would.
    expect(titleBucket('Audit LAC health & report')).toBe(titleBucket('audit lac health and report'));
  });
});
