import { describe, expect, it } from 'vitest';
import { builtInSchemes, bragScheme, dca5Scheme, haringey2011Scheme, ragScheme } from './builtInSchemes';
import { compareRatings } from './compareRatings';
import { levelFor } from './levelFor';
import { mapLevel } from './mapLevel';

describe('levelFor', () => {
  it('picks the level that says what is meant in each scheme', () => {
    expect(['complete', 'on-track', 'at-risk', 'off-track', 'no-data'].map((intent) => levelFor(bragScheme, intent as never)?.id)).toEqual([
      'blue',
      'green',
      'amber',
      'red',
      undefined,
    ]);
    expect(levelFor(dca5Scheme, 'at-risk')?.id).toBe('amber');
    expect(levelFor(ragScheme, 'complete')).toBeUndefined();
    expect(levelFor(builtInSchemes['rag-grey']!, 'no-data')?.id).toBe('grey');
  });

  it('keeps the Haringey key\'s support dimension', () => {
    expect(levelFor(haringey2011Scheme, 'off-track')?.id).toBe('red');
    expect(levelFor(haringey2011Scheme, 'off-track', { supportRequired: false })?.id).toBe('amber');
    expect(levelFor(haringey2011Scheme, 'at-risk')?.id).toBe('amber');
    expect(levelFor(haringey2011Scheme, 'at-risk', { supportRequired: true })?.id).toBe('red');
  });
});

describe('the Haringey key in the report contract', () => {
  it('names its levels with colour words and keeps the seed 000 labels verbatim', () => {
    expect(haringey2011Scheme.levels.map(({ id, label, supportRequired, complete }) => ({ id, label, supportRequired, complete }))).toEqual([
      { id: 'red', label: 'Not achieved / not on track support required to address issues', supportRequired: true, complete: false },
      { id: 'amber', label: 'Not on track but no support required to address issues', supportRequired: false, complete: false },
      { id: 'green', label: 'Action in progress and on track to be completed', supportRequired: false, complete: false },
      { id: 'blue', label: 'Action completed and desired outcome achieved', supportRequired: false, complete: true },
    ]);
  });
});

describe('mapLevel', () => {
  it('maps the Haringey key to BRAG by meaning', () => {
    expect(haringey2011Scheme.levels.map((level) => mapLevel(level.id, haringey2011Scheme, bragScheme))).toEqual(['red', 'amber', 'green', 'blue']);
    expect(bragScheme.levels.map((level) => mapLevel(level.id, bragScheme, haringey2011Scheme))).toEqual([
      'red',
      'amber',
      'green',
      'blue',
    ]);
  });

  it('maps the five-point scale to RAG taking the worse of two neighbours, unless asked otherwise', () => {
    expect(dca5Scheme.levels.map((level) => mapLevel(level.id, dca5Scheme, ragScheme))).toEqual(['green', 'amber', 'amber', 'red', 'red']);
    expect(dca5Scheme.levels.map((level) => mapLevel(level.id, dca5Scheme, ragScheme, { between: 'better' }))).toEqual([
      'green',
      'green',
      'amber',
      'amber',
      'red',
    ]);
    expect(ragScheme.levels.map((level) => mapLevel(level.id, ragScheme, dca5Scheme))).toEqual(['red', 'amber', 'green']);
  });

  it('maps complete to the best level of a scheme without one, and grey only to grey', () => {
    expect(mapLevel('blue', bragScheme, ragScheme)).toBe('green');
    expect(mapLevel('grey', builtInSchemes['brag-grey']!, builtInSchemes['rag-grey']!)).toBe('grey');
    expect(mapLevel('grey', builtInSchemes['brag-grey']!, ragScheme)).toBeNull();
    expect(mapLevel('purple', bragScheme, ragScheme)).toBeNull();
  });
});

describe('compareRatings', () => {
  it('says how a reported rating stands against the derived one (003 1.1: Amber reported, Red derived)', () => {
    expect(compareRatings('amber', 'red', ragScheme)).toBe('reported-better');
    expect(compareRatings('red', 'amber', ragScheme)).toBe('reported-worse');
    expect(compareRatings('green', 'green', ragScheme)).toBe('same');
    expect(compareRatings('green', 'blue', bragScheme)).toBe('reported-worse');
  });

  it('does not compare what is missing, outside the scheme, or grey', () => {
    expect(compareRatings(null, 'red', ragScheme)).toBe('not-comparable');
    expect(compareRatings('blue', 'red', ragScheme)).toBe('not-comparable');
    expect(compareRatings('green', 'grey', builtInSchemes['rag-grey']!)).toBe('not-comparable');
    expect(compareRatings('grey', 'grey', builtInSchemes['rag-grey']!)).toBe('same');
  });
});
