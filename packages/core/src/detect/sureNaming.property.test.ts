import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_SYNONYMS, PLAN_FIELDS, TITLE_FIELDS } from './fields';
import { foldText } from '../match/similarity';
import { foldsAlike, sureNaming, surelyNamedFields } from './mapColumns';

/** What sureNaming must say, from the full scoring of every synonym. */
function expectedNaming(text: string): number {
  const fields = surelyNamedFields(text);
  if (fields.some((field) => TITLE_FIELDS.has(field))) return 3;
  return fields.length > 0 ? 1 : 0;
}

const synonyms = PLAN_FIELDS.flatMap((field) => FIELD_SYNONYMS[field]);
const letters = 'abcdefghijklmnopqrstuvwxyz ';

/** A synonym as a header might write it: one or two characters changed, dropped, added or swapped, words around it. */
const headerLike = fc
  .record({
    synonym: fc.constantFrom(...synonyms),
    edits: fc.array(fc.record({ at: fc.nat(), kind: fc.constantFrom('change', 'drop', 'add', 'swap'), unit: fc.constantFrom(...letters.split('')) }), { maxLength: 2 }),
    before: fc.constantFrom('', 'Proposed ', 'the ', 'Ofsted '),
    after: fc.constantFrom('', ':', ' (what needs to happen)', ' date', 's', '/ Executive Head'),
    upper: fc.boolean(),
  })
  .map(({ synonym, edits, before, after, upper }) => {
    let text = synonym;
    for (const { at, kind, unit } of edits) {
      const place = at % (text.length + 1);
      if (kind === 'change') text = text.slice(0, place) + unit + text.slice(place + 1);
      else if (kind === 'drop') text = text.slice(0, place) + text.slice(place + 1);
      else if (kind === 'add') text = text.slice(0, place) + unit + text.slice(place);
      else if (place + 1 < text.length) text = text.slice(0, place) + (text[place + 1] ?? '') + (text[place] ?? '') + text.slice(place + 2);
    }
    const written = `${before}${text}${after}`;
    return upper ? written.toUpperCase() : written;
  });

describe('sureNaming', () => {
  it('says what the full scoring of every synonym says, for header-like text', () => {
    fc.assert(
      fc.property(headerLike, (text) => {
        expect(sureNaming(text)).toBe(expectedNaming(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('says what the full scoring says for any short text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...`${letters}ABCDEFGHIJ0123456789&/.-:()é`.split('')), maxLength: 40 }), (text) => {
        expect(sureNaming(text)).toBe(expectedNaming(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('says what the full scoring says for long text opening with a synonym or not', () => {
    const words = fc.constantFrom(...synonyms, 'Sep-17', 'JH', '1.1', 'Review', 'and', 'the', 'plan', '(Ofsted Feb 2011 - Rec 7)', '–', '&', ':');
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '', '/ '), (parts, joiner) => {
        const text = parts.join(joiner);
        expect(sureNaming(text)).toBe(expectedNaming(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('foldsAlike says whether two texts fold the same', () => {
    const cell = fc.oneof(headerLike, fc.string({ unit: fc.constantFrom(...`${letters}ABC09&/.-:é`.split('')), maxLength: 20 }));
    fc.assert(
      fc.property(cell, cell, (a, b) => {
        expect(foldsAlike(a, b)).toBe(foldText(a) === foldText(b));
        expect(foldsAlike(a, a.toUpperCase())).toBe(foldText(a) === foldText(a.toUpperCase()));
      }),
      { numRuns: 3000 },
    );
    expect(foldsAlike('Lead officer:', 'LEAD OFFICER')).toBe(true);
    expect(foldsAlike('End:', 'End date')).toBe(false);
  });

  it('reads seed headers and data as the scoring does', () => {
    const seen = ['Milestone Lead', 'Due Date', 'Lead officer:', 'Areas for improvement', 'Lead Officer/ Executive Head', 'Jan-17', 'DD CWD', 'Green', 'Progress and Outcomes', 'Inspection recommendatoin'];
    expect(seen.map(sureNaming)).toEqual([3, 1, 1, 3, 1, 0, 0, 0, 1, 3]);
    expect(seen.map(expectedNaming)).toEqual(seen.map(sureNaming));
  });
});
