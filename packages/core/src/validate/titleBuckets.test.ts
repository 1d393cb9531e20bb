import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAction } from '../model/index';
import { sameBuckets } from './titleBuckets';
import { titleBucket } from './titleKey';

// Seed 004 repeats S7's actions under LAC4 word for word; seed 003's titles vary in case and spacing.
const titles = [
  "Review and implement Children's Services supervision policy",
  "Review and implement Children's Services Supervision Policy.",
  'Thematic audit on closed cases',
  'Thematic  audit on closed cases',
  'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
  '…',
  '',
];

describe('sameBuckets', () => {
  it('groups the positions of titles that can repeat each other, in plan order (seed 004 S7 and LAC4)', () => {
    const actions = [0, 2, 4, 1, 3, 5, 6, 0].map((t, i) => createAction({ id: `a${i}`, title: titles[t]! }));
    const groups = [...sameBuckets(actions)].sort((a, b) => a[0]! - b[0]!);
    expect(groups).toEqual([[0, 3, 7], [1, 4]]);
  });

  it('packs positions and buckets exactly as a map by bucket groups them, short plans and long ones', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...titles), { maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (drawn, packLimit) => {
        const actions = drawn.map((title, i) => createAction({ id: `a${i}`, title }));
        const naive = new Map<number, number[]>();
        actions.forEach((action, index) => {
          const bucket = titleBucket(action.title);
          if (bucket !== 0) naive.set(bucket, [...(naive.get(bucket) ?? []), index]);
        });
        const expected = [...naive].sort(([a], [b]) => a - b).map(([, members]) => members).filter((members) => members.length > 1);
        // A pack limit below the plan's length takes the map path; above it, the packed sort.
        expect([...sameBuckets(actions, packLimit)]).toEqual(expected);
        expect([...sameBuckets(actions)]).toEqual(expected);
      }),
    );
  });
});
