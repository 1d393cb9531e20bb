import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../match/similarity';
import { PLAN_FIELDS } from './fields';
import { MAPPING_THRESHOLD, mapColumns, scoreHeader, surelyNamedFields } from './mapColumns';

// Refs, serials and numeric dates of a long plan (`1164.4`, `42795`, `01/02/2017`), and symbols beside them
// (`&` folds to `and`, `½` to `1⁄2`: what counts is the folded text).
const letterless = fc.string({ unit: fc.constantFrom(...'0123456789 ./-()#&,:%£+*½\t'.split('')), maxLength: 40 }).filter((text) => !/\p{L}/u.test(foldText(text)));

describe('header scoring of text without letters', () => {
  it('names no field at any confidence the mapping uses, so the scorer may skip it', () => {
    fc.assert(
      fc.property(letterless, (text) => {
        for (const field of PLAN_FIELDS) expect(scoreHeader(text, field)?.confidence ?? 0).toBeLessThan(MAPPING_THRESHOLD);
        expect(surelyNamedFields(text)).toEqual([]);
      }),
    );
  });

  it('leaves such a column unmapped beside seed 003 headers', () => {
    expect(mapColumns(['Ref:', '1164.4', 'Action:', 'End date']).map((column) => column.field)).toEqual(['ref', 'extra', 'action', 'due']);
  });
});
