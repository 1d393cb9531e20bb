// Buffers grow from 64 kB (most sheets are small) fourfold to 1 MB as a sheet's XML grows: each
// full one is a piece for zlib, and every piece costs a compressor set up on the main thread. Not
// larger: a workbook's last pieces are compressed while it waits, and a 4 MB piece took 20-25 ms.
const FIRST_CHUNK = 64 * 1024;
const LAST_CHUNK = 1024 * 1024;

/**
 * UTF-8 bytes appended piece by piece into large buffers, each full buffer handed to `sink` when
 * there is one (a part being compressed) or kept. A sheet's XML held this way is a few buffers
 * the garbage collector never looks into, where the same XML as strings is millions of small
 * objects it has to trace and move.
 *
 * @example
 * const out = new ByteWriter();
 * out.ascii('<v>');
 * out.integer(42);
 * out.ascii('</v>');
 * out.toBuffer().toString(); // '<v>42</v>'
 */
export class ByteWriter {
  private readonly full: Buffer[] = [];
  private buffer: Buffer;
  private at = 0;

  private chunkSize = FIRST_CHUNK;

  constructor(private readonly sink?: (full: Buffer) => void) {
    this.buffer = Buffer.allocUnsafe(this.chunkSize);
  }

  /** How many bytes are written. */
  get length(): number {
    return this.full.reduce((n, chunk) => n + chunk.length, 0) + this.at;
  }

  /** Text known to be ASCII (tags, attribute names, numbers), one byte a character. */
  ascii(text: string): void {
    const { length } = text;
    this.room(length);
    const { buffer } = this;
    let at = this.at;
    for (let i = 0; i < length; i++) buffer[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** Any text, as UTF-8. */
  utf8(text: string): void {
    // Three bytes for each UTF-16 unit at most (a surrogate pair takes four for two units).
    this.room(text.length * 3);
    this.at += this.buffer.write(text, this.at, 'utf8');
  }

  /** A number as XML writes it: digits for a whole number, JavaScript's form otherwise. */
  number(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
      this.ascii(String(value));
      return;
    }
    this.integer(value);
  }

  /** A whole number from 0 to 2^32 - 1, digit by digit: no string made for it. */
  integer(value: number): void {
    this.room(10);
    const { buffer } = this;
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let rest = value;
    do {
      buffer[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Appends another writer's bytes. */
  append(other: ByteWriter): void {
    for (const chunk of other.full) this.raw(chunk);
    this.raw(other.buffer.subarray(0, other.at));
  }

  /** Forgets what was written, keeping the current buffer for reuse. */
  clear(): void {
    this.full.length = 0;
    this.at = 0;
  }

  /** The bytes written (not yet handed to the sink), as one buffer. */
  toBuffer(): Buffer {
    return Buffer.concat([...this.full, this.buffer.subarray(0, this.at)]);
  }

  private raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    if (this.at > 0) {
      const full = this.buffer.subarray(0, this.at);
      if (this.sink) this.sink(full);
      else this.full.push(full);
    }
    this.chunkSize = Math.min(this.chunkSize * 4, LAST_CHUNK);
    this.buffer = Buffer.allocUnsafe(Math.max(this.chunkSize, bytes));
    this.at = 0;
  }
}
