import { constants, crc32, deflateRaw, type ZlibOptions } from 'node:zlib';

// zlib's default: what exceljs wrote before, and about 30% smaller than level 1 for sheet XML.
const LEVEL = 6;
// 1 January 1980 00:00, the earliest DOS date: the same bytes every time for the same workbook.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;

/**
 * The bytes handed to zlib and not yet compressed, across the parts of one workbook. A piece's
 * bytes are freed only once the main thread has seen it done, so a writer that never stops to
 * look keeps its whole XML: it waits on {@link drain} whenever the backlog is over its limit.
 *
 * @example
 * if (backlog.full) await backlog.drain();
 */
export class DeflateBacklog {
  private bytes = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit = 16 * 1024 * 1024) {}

  /** Whether more bytes wait than the limit allows. */
  get full(): boolean {
    return this.bytes > this.limit;
  }

  /** Counts bytes handed to zlib until `done` settles. */
  track(bytes: number, done: Promise<unknown>): void {
    this.bytes += bytes;
    const settle = (): void => {
      this.bytes -= bytes;
      if (!this.full) for (const resume of this.waiting.splice(0)) resume();
    };
    done.then(settle, settle);
  }

  /** Waits until the backlog is under its limit. */
  async drain(): Promise<void> {
    while (this.full) await new Promise<void>((resume) => this.waiting.push(resume));
  }
}

/**
 * One file of the archive, deflated piece by piece as its bytes come: each piece is compressed on
 * zlib's thread pool at once, so compressing overlaps writing the rest. Every piece but the last
 * ends on a sync flush (a byte boundary, not final), so the pieces joined are one deflate stream,
 * as pigz does it.
 *
 * @example
 * const part = new DeflatedPart();
 * part.write(firstMegabyte);
 * part.write(rest, true);
 */
export class DeflatedPart {
  private readonly pieces: Array<Promise<Buffer>> = [];
  private crc = 0;
  private size = 0;
  private ended = false;
  // Set once `done` has collected the pieces: nothing may be put before them after that.
  private sealed = false;

  constructor(private readonly backlog?: DeflateBacklog) {}

  /** Adds the next bytes of the file; `last` ends it. */
  write(bytes: Uint8Array, last = false): void {
    if (this.ended) throw new Error('DeflatedPart: written after its last piece.');
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    const piece = deflated(bytes, last);
    // Seen by `done`; until then a failure must not count as unhandled.
    piece.catch(() => undefined);
    this.backlog?.track(bytes.length, piece);
    this.pieces.push(piece);
    this.ended = last;
  }

  /**
   * Puts `bytes` before everything written so far: for a header whose numbers are known only once
   * the rest is written (the shared string table's counts), so the rest need not wait to be compressed.
   */
  writeFirst(bytes: Uint8Array): void {
    if (this.sealed) throw new Error('DeflatedPart: written first after it was collected.');
    this.crc = crc32Combine(crc32(bytes), this.crc, this.size);
    this.size += bytes.length;
    const piece = deflated(bytes, false);
    piece.catch(() => undefined);
    this.backlog?.track(bytes.length, piece);
    this.pieces.unshift(piece);
  }

  /** The file's CRC, size and compressed pieces, once every piece is compressed. */
  async done(): Promise<{ crc: number; size: number; pieces: Buffer[] }> {
    if (!this.ended) this.write(new Uint8Array(0), true);
    this.sealed = true;
    return { crc: this.crc, size: this.size, pieces: await Promise.all(this.pieces) };
  }
}

/**
 * A zip archive built in memory from deflated parts. Plain zip (no zip64): a workbook stays far
 * below 4 GB.
 *
 * @example
 * const zip = new ZipWriter();
 * zip.add('[Content_Types].xml', contentTypes);
 * const bytes = await zip.finish();
 */
export class ZipWriter {
  private readonly entries: Array<{ name: Buffer; part: DeflatedPart }> = [];

  /** Adds a file (text is written as UTF-8), or a part still being written. */
  add(path: string, content: string | Uint8Array | DeflatedPart): void {
    let part = content;
    if (!(part instanceof DeflatedPart)) {
      part = new DeflatedPart();
      part.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : (content as Uint8Array), true);
    }
    this.entries.push({ name: Buffer.from(path, 'utf8'), part });
  }

  /** The archive's bytes, once every file is compressed. */
  async finish(): Promise<Uint8Array> {
    const files = await Promise.all(this.entries.map(async ({ name, part }) => {
      const { crc, size, pieces } = await part.done();
      return { name, crc, size, pieces, compressed: pieces.reduce((n, piece) => n + piece.length, 0) };
    }));
    const total = files.reduce((n, file) => n + LOCAL_HEADER + CENTRAL_HEADER + 2 * file.name.length + file.compressed, END_RECORD);
    const out = Buffer.alloc(total);
    const offsets: number[] = [];
    let at = 0;
    for (const file of files) {
      offsets.push(at);
      at = out.writeUInt32LE(0x04034b50, at);
      at = out.writeUInt16LE(20, at); // version needed: deflate
      at = writeSharedFields(out, at, file);
      at = out.writeUInt16LE(0, at); // extra field length
      at += file.name.copy(out, at);
      for (const piece of file.pieces) at += piece.copy(out, at);
    }
    const centralStart = at;
    files.forEach((file, i) => {
      at = out.writeUInt32LE(0x02014b50, at);
      at = out.writeUInt16LE(20, at); // version made by
      at = out.writeUInt16LE(20, at); // version needed
      at = writeSharedFields(out, at, file);
      at = out.writeUInt16LE(0, at); // extra field length
      at = out.writeUInt16LE(0, at); // comment length
      at = out.writeUInt16LE(0, at); // disk number
      at = out.writeUInt16LE(0, at); // internal attributes
      at = out.writeUInt32LE(0, at); // external attributes
      at = out.writeUInt32LE(offsets[i]!, at);
      at += file.name.copy(out, at);
    });
    const centralSize = at - centralStart;
    at = out.writeUInt32LE(0x06054b50, at);
    at = out.writeUInt16LE(0, at); // this disk
    at = out.writeUInt16LE(0, at); // disk with the central directory
    at = out.writeUInt16LE(files.length, at);
    at = out.writeUInt16LE(files.length, at);
    at = out.writeUInt32LE(centralSize, at);
    at = out.writeUInt32LE(centralStart, at);
    out.writeUInt16LE(0, at); // comment length
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }
}

// Flags, method, time, date, CRC, sizes and name length: the run of fields both headers share.
function writeSharedFields(out: Buffer, start: number, file: { name: Buffer; crc: number; size: number; compressed: number }): number {
  let at = out.writeUInt16LE(0, start); // flags
  at = out.writeUInt16LE(8, at); // deflate
  at = out.writeUInt16LE(DOS_TIME, at);
  at = out.writeUInt16LE(DOS_DATE, at);
  at = out.writeUInt32LE(file.crc >>> 0, at);
  at = out.writeUInt32LE(file.compressed, at);
  at = out.writeUInt32LE(file.size, at);
  return out.writeUInt16LE(file.name.length, at);
}

function deflated(bytes: Uint8Array, last: boolean): Promise<Buffer> {
  const options: ZlibOptions = {
    level: LEVEL,
    // Room for the whole result keeps each piece one task on the thread pool, with no round trip
    // through the (busy) main thread per 16 kB of output.
    // Sheet XML deflates to a seventh of its size or less; more output only takes another turn.
    chunkSize: Math.max(64 * 1024, bytes.length >>> 2),
    finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
  };
  return new Promise((resolve, reject) => deflateRaw(bytes, options, (error, result) => (error ? reject(error) : resolve(result))));
}

/**
 * The CRC-32 of two byte runs joined, from the CRC of each and the second's length (zlib's
 * `crc32_combine`, which Node does not expose): the second run's CRC register is advanced over
 * `length` zero bits by repeated squaring of the one-zero-bit operator in GF(2).
 *
 * @example
 * crc32Combine(crc32('Review '), crc32('in June'), 7) === crc32('Review in June'); // true
 */
export function crc32Combine(first: number, second: number, length: number): number {
  if (length <= 0) return (first ^ second) >>> 0;
  const even = new Array<number>(32);
  const odd = new Array<number>(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  square(even, odd);
  square(odd, even);
  let crc = first >>> 0;
  let rest = length;
  for (;;) {
    square(even, odd);
    if (rest % 2 === 1) crc = times(even, crc);
    rest = Math.floor(rest / 2);
    if (rest === 0) break;
    square(odd, even);
    if (rest % 2 === 1) crc = times(odd, crc);
    rest = Math.floor(rest / 2);
    if (rest === 0) break;
  }
  return (crc ^ second) >>> 0;
}

function times(matrix: number[], vector: number): number {
  let sum = 0;
  for (let i = 0, v = vector >>> 0; v !== 0; i++, v >>>= 1) if (v & 1) sum ^= matrix[i]!;
  return sum >>> 0;
}

function square(to: number[], matrix: number[]): void {
  for (let n = 0; n < 32; n++) to[n] = times(matrix, matrix[n]!);
}
