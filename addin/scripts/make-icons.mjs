// Draws the add-in's icons (three RAG bars on a navy tile) as PNGs with no dependency beyond zlib.
// Run: node addin/scripts/make-icons.mjs — writes addin/public/assets/*.png.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'assets');

const table = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const bars = [
  [0.2, [0xc0, 0x00, 0x00]],
  [0.42, [0xff, 0xc0, 0x00]],
  [0.64, [0x00, 0xb0, 0x50]],
];
const colour = (u, v) => {
  const inTile = u > 0.04 && u < 0.96 && v > 0.04 && v < 0.96;
  if (!inTile) return [0, 0, 0, 0];
  const bar = bars.find(([top]) => v >= top && v < top + 0.16 && u > 0.2 && u < 0.8);
  return bar ? [...bar[1], 255] : [0x1f, 0x3a, 0x5f, 255];
};
// The unified manifest's outline icon is white on transparent.
const outline = (u, v) => {
  const edge = (u > 0.06 && u < 0.94 && v > 0.06 && v < 0.94) && !(u > 0.14 && u < 0.86 && v > 0.14 && v < 0.86);
  const bar = bars.some(([top]) => v >= top && v < top + 0.12 && u > 0.25 && u < 0.75);
  return edge || bar ? [255, 255, 255, 255] : [0, 0, 0, 0];
};

mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128, 192]) writeFileSync(join(out, `icon-${size}.png`), png(size, colour));
writeFileSync(join(out, 'outline-32.png'), png(32, outline));
