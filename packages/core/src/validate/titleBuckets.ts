import type { Action } from '../model/index';
import { titleBucket } from './titleKey';

/**
 * The positions of actions whose titles share a {@link titleBucket} (the only titles that can repeat
 * each other), bucket by bucket in ascending bucket order, each in plan order. Buckets with one
 * title are left out, and so are titles that fold to nothing (bucket 0). One number per title is
 * sorted rather than a map entry made per title: a plan holds 100,000 titles and almost all of them
 * are alone in their bucket.
 *
 * @example
 * [...sameBuckets(plan.actions)]; // [[12, 40]]: seed 004's S7 (5) and LAC4 (5) share a title
 */
export function* sameBuckets(actions: readonly Action[], packLimit = positions): Generator<number[]> {
  if (actions.length >= packLimit) {
    yield* mappedBuckets(actions);
    return;
  }
  // Bucket and position packed in one number, which sorts by bucket, then by plan order.
  const packed = new Float64Array(actions.length);
  let count = 0;
  for (let index = 0; index < actions.length; index += 1) {
    const bucket = titleBucket(actions[index]!.title);
    if (bucket !== 0) packed[count++] = bucket * packLimit + index;
  }
  const sorted = packed.subarray(0, count).sort();
  for (let start = 0; start < count; ) {
    const bucket = Math.floor(sorted[start]! / packLimit);
    let end = start + 1;
    while (end < count && Math.floor(sorted[end]! / packLimit) === bucket) end += 1;
    if (end - start > 1) yield Array.from(sorted.subarray(start, end), (value) => value - bucket * packLimit);
    start = end;
  }
}

// Positions below 2^21 (two million actions) pack with a 32-bit bucket exactly into a double's 53 bits.
const positions = 2 ** 21;

/** The same buckets through a map, for plans too long to pack. */
function* mappedBuckets(actions: readonly Action[]): Generator<number[]> {
  const buckets = new Map<number, number[]>();
  actions.forEach((action, index) => {
    const bucket = titleBucket(action.title);
    if (bucket === 0) return;
    const members = buckets.get(bucket);
    if (members === undefined) buckets.set(bucket, [index]);
    else members.push(index);
  });
  for (const bucket of [...buckets.keys()].sort((a, b) => a - b)) {
    const members = buckets.get(bucket)!;
    if (members.length > 1) yield members;
  }
}
