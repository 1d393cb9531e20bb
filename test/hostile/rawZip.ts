// A zip writer small enough to lie with: the corpus needs entries whose declared sizes are chosen
// by the test (a bomb that says it is huge, a bomb that says it is small), which no zip library writes.
import { crc32, deflateRawSync } from 'node:zlib';

/** One zip entry: bytes to deflate, or data deflated already with the sizes to declare. */
export type RawEntry =
  | { name: string; data: Uint8Array }
  | { name: string; deflated: Uint8Array; crc: number; size: number };

/**
 * A zip archive of the entries (deflate, no zip64), with whatever sizes and CRCs they declare.
 *
 * @example
 * rawZip([{ name: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') }]);
 */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = 'data' in entry ? { deflated: deflateRawSync(entry.data), crc: crc32(entry.data), size: entry.data.length } : entry;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(body.crc >>> 0, 14);
    local.writeUInt32LE(body.deflated.length, 18);
    local.writeUInt32LE(body.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.crc >>> 0, 16);
    central.writeUInt32LE(body.deflated.length, 20);
    central.writeUInt32LE(body.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(body.deflated));
    centrals.push(central, name);
    offset += local.length + name.length + body.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * A deflate stream of `chunk` repeated `times` times, built without inflating it: the chunk is
 * deflated once with a sync flush (so it ends on a byte and refers only to itself), repeated, and
 * closed with an empty final block. Returns the stream with the CRC and size of what it inflates to.
 *
 * @example
 * const bomb = repeatedDeflate(new TextEncoder().encode('<row/>'.repeat(100_000)), 1_000); // 600 MB inflated
 */
export function repeatedDeflate(chunk: Uint8Array, times: number): { deflated: Uint8Array; crc: number; size: number } {
  const once = deflateRawSync(chunk, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  const deflated = Buffer.alloc(once.length * times + 2);
  let crc = 0;
  for (let i = 0; i < times; i++) {
    once.copy(deflated, i * once.length);
    crc = crc32(chunk, crc);
  }
  deflated.set([0x03, 0x00], once.length * times); // final fixed-Huffman block holding only its end code
  return { deflated: new Uint8Array(deflated), crc, size: chunk.length * times };
}
