import type { Buffer } from 'node:buffer';
import type { GridMerge } from '@actionplan/core';
import { cutMergeCells, disjointMerges } from '../mergeCells';
import { decodeXmlText } from '../sheetNames';
import type { SheetLayout } from './sheetPart';

/** What a sheet's XML says after its rows, needed while reading them. */
export interface SheetTail {
  /** Disjoint merges in file order. */
  merges: GridMerge[];
  /** Hyperlink targets by cell ref, as exceljs maps them (only links through a relationship). */
  hyperlinks: Map<string, string>;
}

const HYPERLINKS = /<hyperlinks\b[^>]*?(?:\/>|>[\s\S]*?<\/hyperlinks>)/;
const HYPERLINK = /<hyperlink\b[^>]*>/g;

/**
 * The merges and hyperlinks of a sheet, read from the XML after its rows (where they are) before
 * the rows are scanned. A hyperlink whose relationship is missing is an error, as it is for exceljs.
 *
 * @example
 * readSheetTail(bytes, sheetLayout(bytes), relationships).merges; // [{ top: 4, left: 0, bottom: 12, right: 0 }]
 */
export function readSheetTail(bytes: Buffer, layout: SheetLayout, relationships: ReadonlyMap<string, string>): SheetTail {
  const from = layout.dataEnd >= 0 ? layout.dataEnd : 0;
  const tail = bytes.toString('utf8', from);
  const merges = disjointMerges(cutMergeCells(tail).merges);
  const hyperlinks = new Map<string, string>();
  const block = HYPERLINKS.exec(tail)?.[0];
  if (block) {
    for (const [tag] of block.matchAll(HYPERLINK)) {
      const rId = attribute(tag, 'r:id');
      if (!rId) continue;
      const target = relationships.get(rId);
      if (target === undefined) throw new Error('a hyperlink without its relationship');
      hyperlinks.set(attribute(tag, 'ref') ?? 'undefined', target);
    }
  }
  return { merges, hyperlinks };
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return value ? decodeXmlText(value[1] ?? value[2] ?? '') : undefined;
}
