import type { Action } from '../model/index';
import { titleBucket } from './titleKey';

/**
 * The positions of actions whose titles share a {@link titleBucket} (the only titles that can repeat
 * each other), bucket by bucket in ascending bucket order, each in plan order. Buckets with one
 * title are left out, and so are titles that fold to nothing (bucket 0). The titles are bucketed in
 * an open-addressed table of typed arrays that chains each bucket's members in plan order, and only
 * the buckets holding two or more titles are sorted: a plan holds 100,000 titles and most of them
 * are alone in their bucket, so no map entry, array or sort key is made for those. Plans of
 * `mapLimit` actions or more (a million) take a map.
 *
 * @example
 * [...sameBuckets(plan.actions)]; // [[12, 40]]: seed 004's S7 (5) and LAC4 (5) share a title
 */
export function* sameBuckets(actions: readonly Action[], mapLimit = positions): Generator<number[]> {
  if (actions.length >= mapLimit) {
    yield* mappedBuckets(actions);
    return;
  }
  const { keys, heads, sizes, next, shared, sharedCount } = bucketTable(actions);
  // Bucket and slot packed in one number, which sorts by bucket (slots are below 2^21).
  const packed = new Float64Array(sharedCount);
  for (let k = 0; k < sharedCount; k += 1) packed[k] = keys[shared[k]!]! * slotLimit + shared[k]!;
  packed.sort();
  for (const value of packed) {
    const slot = value % slotLimit;
    const members = new Array<number>(sizes[slot]!);
    for (let at = heads[slot]!, k = 0; at !== -1; at = next[at]!, k += 1) members[k] = at;
    yield members;
  }
}

// Plans below 2^20 actions (a million) leave a table of at most 2^21 slots, so a 32-bit bucket and
// a slot pack exactly into a double's 53 bits.
const positions = 2 ** 20;
const slotLimit = 2 ** 21;

/** Each bucket's slot: its key, its first and last member, how many it holds; `next` chains members. */
interface BucketTable {
  keys: Uint32Array;
  heads: Int32Array;
  sizes: Int32Array;
  next: Int32Array;
  /** The slots of buckets with two or more members, in the order their second member came. */
  shared: Int32Array;
  sharedCount: number;
}

function bucketTable(actions: readonly Action[]): BucketTable {
  let size = 16;
  while (size < actions.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const heads = new Int32Array(size).fill(-1);
  const tails = new Int32Array(size);
  const sizes = new Int32Array(size);
  const next = new Int32Array(actions.length).fill(-1);
  const shared = new Int32Array(actions.length);
  let sharedCount = 0;
  for (let index = 0; index < actions.length; index += 1) {
    const bucket = titleBucket(actions[index]!.title);
    if (bucket === 0) continue;
    // Buckets are already hashes; a multiply spreads them over the slots.
    let slot = Math.imul(bucket, 0x9e3779b1) & mask;
    while (heads[slot] !== -1 && keys[slot] !== bucket) slot = (slot + 1) & mask;
    if (heads[slot] === -1) {
      keys[slot] = bucket;
      heads[slot] = index;
    } else {
      next[tails[slot]!] = index;
      if (sizes[slot] === 1) shared[sharedCount++] = slot;
    }
    tails[slot] = index;
    sizes[slot] = sizes[slot]! + 1;
  }
  return { keys, heads, sizes, next, shared, sharedCount };
}

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
