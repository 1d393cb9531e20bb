/**
 * The last position of each id in a list of records, for lists as long as a plan's 100,000
 * actions: an open-addressed table of positions in one typed array, hashed on the ids' characters.
 * A `Map` from 100,000 fresh id strings to positions costs several times more to build (an entry
 * per id, and the table regrown as it fills), and a roll-up only needs positions.
 *
 * @example
 * const positions = idPositions(plan.actions);
 * positions.find('action-20'); // 14, the last action with that id; -1 for an id no action has
 */
export interface IdPositions {
  /** The last position holding this id, or -1. */
  find(id: string): number;
  /** The last position holding the id of the record at `position` (itself, unless a later record repeats its id). */
  lastOf(position: number): number;
}

/**
 * Indexes the ids of a list in one pass (see {@link IdPositions}).
 *
 * @example
 * idPositions([{ id: 'a' }, { id: 'b' }, { id: 'a' }]).lastOf(0); // 2
 */
export function idPositions(records: ReadonlyArray<{ id: string }>): IdPositions {
  let size = 16;
  while (size < records.length * 2) size *= 2;
  const mask = size - 1;
  // The slot of each id holds its last position; each record remembers its id's slot.
  const slots = new Int32Array(size).fill(-1);
  // The id of each slot, so that probing compares strings without reading the records again.
  const ids = new Array<string | undefined>(size);
  const slotOf = new Int32Array(records.length);
  const slotFor = (id: string): number => {
    let slot = hashId(id) & mask;
    for (let held = ids[slot]; held !== undefined && held !== id; held = ids[slot]) slot = (slot + 1) & mask;
    return slot;
  };
  for (let position = 0; position < records.length; position += 1) {
    const { id } = records[position]!;
    const slot = slotFor(id);
    slots[slot] = position;
    ids[slot] = id;
    slotOf[position] = slot;
  }
  return {
    find: (id) => slots[slotFor(id)]!,
    lastOf: (position) => slots[slotOf[position]!]!,
  };
}

/** FNV-1a over the id's UTF-16 units: ids are short (`c-a8300-5`), so every unit is read. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  // Ids differ in their last units (`c-a1-1`, `c-a1-2`): mixing the high bits into the low ones
  // keeps such runs from landing in neighbouring slots and probing each other.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
