import { describe, expect, it } from 'vitest';
import { byFoldedLabel, byFoldedTitle, byId, findIn } from './planLookup';

// Seed 003's recommendations and themes, in the shape the plan holds them.
const recommendation = (id: string, code: string | null, text: string) => ({ id, code, text, sectionId: null, source: null, extra: {} }) as never;
const rec1 = recommendation('rec-1', 'Ofsted recommendation 1', 'Further improve the quality and consistency of written plans for children');
const rec2 = recommendation('rec-2', 'Ofsted recommendation 2', 'Reduce the number of families who disengage from early help');
const rec1Again = recommendation('rec-1b', 'OFSTED recommendation 1', 'A second row with the same label');

describe('findIn', () => {
  it('finds what find would: the first match, by id or by folded label', () => {
    const ctx = {};
    const items = [rec1, rec2, rec1Again];
    expect(findIn(ctx, items, byId, 'rec-2')).toBe(rec2);
    expect(findIn(ctx, items, byFoldedLabel, byFoldedLabel(recommendation('x', 'ofsted  recommendation 1', '')))).toBe(rec1);
    expect(findIn(ctx, items, byId, 'rec-9')).toBeUndefined();
    expect(findIn(ctx, items, byId, null)).toBeUndefined();
  });

  it('keeps an index for each array it is given in one context', () => {
    const ctx = {};
    const sections = [{ id: 'rec-2', title: 'A section whose id a recommendation shares' }];
    expect(findIn(ctx, [rec1], byId, 'rec-2')).toBeUndefined();
    expect(findIn(ctx, [rec1, rec2], byId, 'rec-2')).toBe(rec2);
    expect(findIn(ctx, sections, byId, 'rec-2')).toBe(sections[0]);
    const section = { id: 'sec-1', title: 'The experiences and progress of children who need help and protection' } as never;
    expect(findIn(ctx, [section], byFoldedTitle, byFoldedTitle({ title: 'THE EXPERIENCES AND PROGRESS OF CHILDREN WHO NEED HELP AND PROTECTION' } as never))).toBe(section);
  });

  it('builds each index once however many rows ask, a row asking about sections and recommendations in turn', () => {
    let keyed = 0;
    const countedId = (item: { id: string }): string => {
      keyed++;
      return item.id;
    };
    const ctx = {};
    const sections = [{ id: 'sec-1' }, { id: 'sec-2' }, { id: 'sec-3' }];
    const recommendations = [rec1, rec2] as Array<{ id: string }>;
    for (let row = 0; row < 100; row++) {
      expect(findIn(ctx, sections, countedId, 'sec-3')).toBe(sections[2]);
      expect(findIn(ctx, recommendations, countedId, 'rec-1')).toBe(rec1);
    }
    expect(keyed).toBe(5);
  });
});
