// A seeded fuzzer over the example workbooks: byte mutations of the file (flip, truncate, splice,
// duplicate a range) and mutations of the XML inside it, re-zipped. The same seed gives the same
// case on any machine, so a failure is replayed with FUZZ_SEED=<seed> FUZZ_CASES=1.
import { readdirSync, readFileSync } from 'node:fs';
import { partText, textPart, unzipParts, zipParts } from '../../packages/xlsx/src/testing/zipParts';

/** One generated case: the seed that makes it, what was done, and the bytes. */
export interface FuzzCase {
  seed: number;
  description: string;
  bytes: Uint8Array;
}

type Random = () => number;

/**
 * A small, fast, seeded PRNG (mulberry32): numbers in [0, 1).
 *
 * @example
 * const random = seededRandom(42); random(); // always the same first number
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const examplesFolder = new URL('../../examples/legacy/', import.meta.url);

/** The example workbooks the fuzzer mutates, by file name. */
export const fuzzSources: ReadonlyArray<{ name: string; bytes: Uint8Array }> = readdirSync(examplesFolder)
  .filter((name) => name.endsWith('.xlsx'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, examplesFolder))) }));

const int = (random: Random, below: number): number => Math.floor(random() * below);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;

// Text an XML mutation drops in: structure that breaks or stretches the reader.
const SNIPPETS = ['<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>', '</sheetData>', '<c r="A1" t="s"><v>99999</v></c>', '&amp;', '&#0;', '_xD800_', '<f>1/0</f>', 's="9999"', 'r="0"', '<mergeCell ref="A1:XFD1048576"/>', '\u0000', '<v>1e308</v>', '<![CDATA[x]]>'];

type Mutation = (bytes: Uint8Array, random: Random) => { bytes: Uint8Array; what: string };

const byteMutations: Record<string, Mutation> = {
  flip: (bytes, random) => {
    const out = bytes.slice();
    const count = 1 + int(random, 8);
    const at: number[] = [];
    for (let i = 0; i < count; i++) {
      const p = int(random, out.length);
      out[p]! ^= 1 << int(random, 8);
      at.push(p);
    }
    return { bytes: out, what: `flip bits at ${at.join(', ')}` };
  },
  truncate: (bytes, random) => {
    const end = int(random, bytes.length);
    return { bytes: bytes.subarray(0, end), what: `truncate at ${end}` };
  },
  splice: (bytes, random) => {
    const from = int(random, bytes.length);
    const length = 1 + int(random, 512);
    const to = int(random, bytes.length);
    const out = bytes.slice();
    out.set(bytes.subarray(from, Math.min(from + length, bytes.length)).subarray(0, out.length - to), to);
    return { bytes: out, what: `splice ${length} bytes from ${from} over ${to}` };
  },
  duplicate: (bytes, random) => {
    const from = int(random, bytes.length);
    const length = 1 + int(random, 2048);
    const range = bytes.subarray(from, Math.min(from + length, bytes.length));
    const at = int(random, bytes.length);
    const out = new Uint8Array(bytes.length + range.length);
    out.set(bytes.subarray(0, at));
    out.set(range, at);
    out.set(bytes.subarray(at), at + range.length);
    return { bytes: out, what: `duplicate ${range.length} bytes from ${from} at ${at}` };
  },
};

const textMutations: Record<string, (xml: string, random: Random) => { xml: string; what: string }> = {
  deleteRange: (xml, random) => {
    const at = int(random, xml.length);
    const length = 1 + int(random, 200);
    return { xml: xml.slice(0, at) + xml.slice(at + length), what: `delete ${length} chars at ${at}` };
  },
  duplicateRange: (xml, random) => {
    const at = int(random, xml.length);
    const length = 1 + int(random, 4000);
    return { xml: xml.slice(0, at) + xml.slice(at, at + length) + xml.slice(at), what: `duplicate ${length} chars at ${at}` };
  },
  insertSnippet: (xml, random) => {
    const at = int(random, xml.length);
    const snippet = pick(random, SNIPPETS);
    return { xml: xml.slice(0, at) + snippet + xml.slice(at), what: `insert ${JSON.stringify(snippet)} at ${at}` };
  },
  changeNumber: (xml, random) => {
    const numbers = [...xml.matchAll(/\d+/g)];
    if (numbers.length === 0) return { xml, what: 'no number to change' };
    const match = pick(random, numbers);
    const value = pick(random, ['0', '-1', '4294967296', '1048577', '99999999999999999999', '1e9', 'NaN']);
    return { xml: xml.slice(0, match.index) + value + xml.slice(match.index + match[0].length), what: `number ${match[0]} at ${match.index} → ${value}` };
  },
};

function mutateXml(bytes: Uint8Array, random: Random): { bytes: Uint8Array; what: string } {
  const parts = unzipParts(bytes);
  const xmlPaths = Object.keys(parts).filter((path) => /\.(xml|rels)$/.test(path)).sort();
  const path = pick(random, xmlPaths);
  const name = pick(random, Object.keys(textMutations).sort());
  const { xml, what } = textMutations[name]!(partText(parts[path]), random);
  return { bytes: zipParts({ ...parts, [path]: textPart(xml) }, 1), what: `${path}: ${name} (${what})` };
}

/**
 * The fuzz case of a seed: an example workbook, mutated one to three times.
 *
 * @example
 * fuzzCase(20_240_601).description; // 'harrow-improvement-2012.xlsx: xl/worksheets/sheet1.xml: deleteRange (…)'
 */
export function fuzzCase(seed: number): FuzzCase {
  const random = seededRandom(seed);
  const source = pick(random, fuzzSources);
  let bytes = source.bytes;
  const steps: string[] = [];
  const count = 1 + int(random, 3);
  for (let i = 0; i < count; i++) {
    // Half the cases mutate the XML (and reach exceljs and the interpreter); half the raw bytes.
    const step = random() < 0.5 ? mutateXml(bytes, random) : byteMutations[pick(random, Object.keys(byteMutations).sort())]!(bytes, random);
    bytes = step.bytes;
    steps.push(step.what);
    // Raw byte damage usually leaves no zip to open; later XML steps need one.
    if (i < count - 1 && !isZip(bytes)) break;
  }
  return { seed, description: `${source.name}: ${steps.join('; ')}`, bytes };
}

function isZip(bytes: Uint8Array): boolean {
  try {
    unzipParts(bytes);
    return true;
  } catch {
    return false;
  }
}
