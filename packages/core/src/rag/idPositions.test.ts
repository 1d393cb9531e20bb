import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idPositions } from './idPositions';

describe('idPositions', () => {
  it('finds the last position of each id, as a map by id keeps it (seed 004 repeats S7 (5) as LAC4 (5))', () => {
    const positions = idPositions([{ id: 's7-5' }, { id: 'lac4-5' }, { id: 's7-5' }]);
    expect([positions.find('s7-5'), positions.find('lac4-5'), positions.find('s7-6')]).toEqual([2, 1, -1]);
    expect([0, 1, 2].map((position) => positions.lastOf(position))).toEqual([2, 1, 2]);
  });

  it('agrees with a map of last positions for any ids, repeated or not, long lists and empty ones', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('', 'a', 'c-a1-1', 'c-a1-2', 'c-a10-1'), fc.string()), { maxLength: 80 }), fc.array(fc.string(), { maxLength: 5 }), (ids, others) => {
        const records = ids.map((id) => ({ id }));
        const last = new Map(ids.map((id, position) => [id, position]));
        const positions = idPositions(records);
        for (const id of [...ids, ...others]) expect(positions.find(id)).toBe(last.get(id) ?? -1);
        ids.forEach((id, position) => expect(positions.lastOf(position)).toBe(last.get(id)));
      }),
    );
  });
});
