// A minimal OLE2 compound file (the container of an old .xls, and of an .xlsx that Office encrypted
// with a password: streams `EncryptionInfo` and `EncryptedPackage`). Laid out as the format says:
// header, one FAT sector, one directory sector, then each stream in whole 512-byte sectors
// (each at least 4,096 bytes, so no mini stream is needed).
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

/**
 * An OLE2 compound file holding the named streams, each `size` bytes of a repeating pattern.
 *
 * @example
 * ole2File(['EncryptionInfo', 'EncryptedPackage']); // what Office writes for a password-protected .xlsx
 */
export function ole2File(streams: string[], size = 4096): Uint8Array {
  const sectorsPerStream = Math.ceil(size / SECTOR);
  const total = 2 + streams.length * sectorsPerStream;
  const file = Buffer.alloc(SECTOR * (1 + total));
  // Header.
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x003e, 24); // minor version
  file.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  file.writeUInt16LE(0xfffe, 28); // little-endian
  file.writeUInt16LE(9, 30); // sector shift: 512
  file.writeUInt16LE(6, 32); // mini sector shift: 64
  file.writeUInt32LE(1, 44); // FAT sectors
  file.writeUInt32LE(1, 48); // first directory sector
  file.writeUInt32LE(4096, 56); // mini stream cutoff
  file.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  file.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  file.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) file.writeUInt32LE(FREE, 76 + i * 4);
  const sectorAt = (n: number): number => SECTOR * (1 + n);
  // FAT: sector 0 is the FAT, 1 the directory, then one chain per stream.
  const fat = new Array<number>(SECTOR / 4).fill(FREE);
  fat[0] = FAT_SECTOR;
  fat[1] = END_OF_CHAIN;
  streams.forEach((_, s) => {
    const first = 2 + s * sectorsPerStream;
    for (let k = 0; k < sectorsPerStream; k++) fat[first + k] = k === sectorsPerStream - 1 ? END_OF_CHAIN : first + k + 1;
  });
  fat.forEach((value, i) => file.writeUInt32LE(value, sectorAt(0) + i * 4));
  // Directory: the root entry, then the streams as a right-leaning chain of siblings.
  const entry = (index: number, name: string, type: number, start: number, length: number, right: number): void => {
    const at = sectorAt(1) + index * 128;
    file.write(`${name}\0`, at, 'utf16le');
    file.writeUInt16LE((name.length + 1) * 2, at + 64);
    file.writeUInt8(type, at + 66);
    file.writeUInt8(1, at + 67); // black
    file.writeUInt32LE(FREE, at + 68); // left sibling
    file.writeUInt32LE(right, at + 72);
    file.writeUInt32LE(type === 5 && streams.length > 0 ? 1 : FREE, at + 76); // child
    file.writeUInt32LE(start, at + 116);
    file.writeUInt32LE(length, at + 120);
  };
  entry(0, 'Root Entry', 5, END_OF_CHAIN, 0, FREE);
  streams.forEach((name, s) => {
    entry(s + 1, name, 2, 2 + s * sectorsPerStream, size, s + 1 < streams.length ? s + 2 : FREE);
    for (let b = 0; b < size; b++) file[sectorAt(2 + s * sectorsPerStream) + b] = (b * 31 + s) & 0xff;
  });
  for (let i = streams.length + 1; i < 4; i++) {
    const at = sectorAt(1) + i * 128;
    file.writeUInt32LE(FREE, at + 68);
    file.writeUInt32LE(FREE, at + 72);
    file.writeUInt32LE(FREE, at + 76);
  }
  return new Uint8Array(file);
}
