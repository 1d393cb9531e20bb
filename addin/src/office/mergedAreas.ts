import type { GridMerge } from '@actionplan/core';
import { parseA1 } from './a1';

/** Splits `Plan!A5:A13, 'My, plan'!B2:C2` at the commas between blocks, not those inside quoted sheet names. */
function blockAddresses(address: string): string[] {
  const blocks: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i += 1) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      blocks.push(address.slice(start, i).trim());
      start = i + 1;
    }
  }
  blocks.push(address.slice(start).trim());
  return blocks.filter((block) => block !== '');
}

/**
 * The merges named by a `RangeAreas` address, as Office.js reports merged areas
 * (`Plan!A5:A13, Plan!A17:A21`), in 0-based indexes. Single cells and unreadable blocks are skipped.
 *
 * @example
 * mergesFromAddress('Plan!A5:A13, Plan!A17:A21'); // [{ top: 4, left: 0, bottom: 12, right: 0 }, { top: 16, left: 0, bottom: 20, right: 0 }]
 */
export function mergesFromAddress(address: string): GridMerge[] {
  return blockAddresses(address).flatMap((block) => {
    const at = parseA1(block);
    if (at === null || (at.top === at.bottom && at.left === at.right)) return [];
    return [{ top: at.top, left: at.left, bottom: at.bottom, right: at.right }];
  });
}
