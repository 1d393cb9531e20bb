import { crc32, deflateRaw, type ZlibOptions } from 'node:zlib';

interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  compressed: Promise<Uint8Array>;
}

// 1 January 1980 00:00, the earliest DOS date: the same bytes every time for the same workbook.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;

/**
 * A zip archive built in memory, each file deflated by Node's zlib on its thread pool as soon as it
 * is added, so compressing one part overlaps building the next. Plain zip (no zip64): a workbook
 * stays far below 4 GB.
 *
 * @example
 * const zip = new ZipWriter();
 * zip.add('[Content_Types].xml', contentTypes);
 * const bytes = await zip.finish();
 */
export class ZipWriter {
  private readonly entries: ZipEntry[] = [];

  constructor(private readonly options: { level: number } = { level: 6 }) {}

  /** Adds a file; text is written as UTF-8. */
  add(path: string, content: string | Uint8Array): void {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    this.entries.push({ name: Buffer.from(path, 'utf8'), crc: crc32(data), size: data.length, compressed: deflated(data, this.options.level) });
  }

  /** The archive's bytes, once every file is compressed. */
  async finish(): Promise<Uint8Array> {
    const compressed = await Promise.all(this.entries.map((entry) => entry.compressed));
    const local = this.entries.reduce((n, entry, i) => n + LOCAL_HEADER + entry.name.length + compressed[i]!.length, 0);
    const central = this.entries.reduce((n, entry) => n + CENTRAL_HEADER + entry.name.length, 0);
    const out = Buffer.alloc(local + central + END_RECORD);
    const offsets: number[] = [];
    let at = 0;
    this.entries.forEach((entry, i) => {
      const data = compressed[i]!;
      offsets.push(at);
      at = out.writeUInt32LE(0x04034b50, at);
      at = out.writeUInt16LE(20, at); // version needed: deflate
      at = out.writeUInt16LE(0, at); // flags
      at = writeEntryFields(out, at, entry, data.length);
      at = out.writeUInt16LE(0, at); // extra field length
      out.set(entry.name, at);
      at += entry.name.length;
      out.set(data, at);
      at += data.length;
    });
    const centralStart = at;
    this.entries.forEach((entry, i) => {
      at = out.writeUInt32LE(0x02014b50, at);
      at = out.writeUInt16LE(20, at); // version made by
      at = out.writeUInt16LE(20, at); // version needed
      at = out.writeUInt16LE(0, at); // flags
      at = writeEntryFields(out, at, entry, compressed[i]!.length);
      at = out.writeUInt16LE(0, at); // extra field length
      at = out.writeUInt16LE(0, at); // comment length
      at = out.writeUInt16LE(0, at); // disk number
      at = out.writeUInt16LE(0, at); // internal attributes
      at = out.writeUInt32LE(0, at); // external attributes
      at = out.writeUInt32LE(offsets[i]!, at);
      out.set(entry.name, at);
      at += entry.name.length;
    });
    at = out.writeUInt32LE(0x06054b50, at);
    at = out.writeUInt16LE(0, at); // this disk
    at = out.writeUInt16LE(0, at); // disk with the central directory
    at = out.writeUInt16LE(this.entries.length, at);
    at = out.writeUInt16LE(this.entries.length, at);
    at = out.writeUInt32LE(at - 12 - centralStart, at);
    at = out.writeUInt32LE(centralStart, at);
    out.writeUInt16LE(0, at); // comment length
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }
}

// Method, time, date, CRC, sizes and name length: the run of fields both headers share.
function writeEntryFields(out: Buffer, start: number, entry: ZipEntry, compressedSize: number): number {
  let at = out.writeUInt16LE(8, start); // deflate
  at = out.writeUInt16LE(DOS_TIME, at);
  at = out.writeUInt16LE(DOS_DATE, at);
  at = out.writeUInt32LE(entry.crc >>> 0, at);
  at = out.writeUInt32LE(compressedSize, at);
  at = out.writeUInt32LE(entry.size, at);
  return out.writeUInt16LE(entry.name.length, at);
}

function deflated(data: Uint8Array, level: number): Promise<Uint8Array> {
  // An output chunk large enough for the whole result keeps each file one task on the thread pool,
  // with no round trip through the (busy) main thread per 16 kB.
  const options: ZlibOptions = { level, chunkSize: Math.max(64 * 1024, data.length >>> 1) };
  return new Promise((resolve, reject) => deflateRaw(data, options, (error, result) => (error ? reject(error) : resolve(result))));
}
