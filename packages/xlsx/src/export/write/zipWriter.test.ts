import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { crc32Combine, DeflateBacklog, DeflatedPart, ZipWriter } from './zipWriter';

// Seed 003's wording, repeated until a part spans several pieces.
const NOTE = 'Early help plans are being reviewed by MAPF and parents. It is in the work plan this term. ';

describe('ZipWriter', () => {
  it('writes files fflate unzips back exactly, text as UTF-8', async () => {
    const zip = new ZipWriter();
    zip.add('[Content_Types].xml', '<Types/>');
    zip.add('xl/sharedStrings.xml', 'Café – “31.12.12” 😀');
    zip.add('xl/empty.xml', new Uint8Array(0));
    const files = unzipSync(await zip.finish());
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'xl/sharedStrings.xml', 'xl/empty.xml']);
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toBe('Café – “31.12.12” 😀');
    expect(files['xl/empty.xml']).toHaveLength(0);
  });

  it('joins a part deflated piece by piece into one stream with one CRC', async () => {
    const pieces = [NOTE.repeat(2000), NOTE.repeat(10), '', `${NOTE}RG to lead`];
    const part = new DeflatedPart();
    pieces.forEach((piece, i) => part.write(Buffer.from(piece), i === pieces.length - 1));
    const zip = new ZipWriter();
    zip.add('xl/worksheets/sheet1.xml', part);
    const bytes = await zip.finish();
    // fflate checks each file's CRC and size against its headers as it inflates.
    expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)).toBe(pieces.join(''));
  });

  it('puts a piece written first before the pieces already written, with the CRC of the whole', async () => {
    const part = new DeflatedPart();
    part.write(Buffer.from(NOTE.repeat(3000)));
    part.write(Buffer.from('<si><t>Review will go to SIB in June.</t></si></sst>'), true);
    part.writeFirst(Buffer.from('<sst count="2" uniqueCount="2">'));
    const zip = new ZipWriter();
    zip.add('xl/sharedStrings.xml', part);
    const bytes = await zip.finish();
    expect(strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']!)).toBe(`<sst count="2" uniqueCount="2">${NOTE.repeat(3000)}<si><t>Review will go to SIB in June.</t></si></sst>`);
    expect(() => part.writeFirst(Buffer.from('late'))).toThrow(/after it was collected/);
  });

  it('combines two CRCs into the CRC of the runs joined, as zlib does', () => {
    const cases: Array<[string, string]> = [
      ['Early help plans are being reviewed', ' by MAPF and parents.'],
      ['', 'RG to lead'],
      ['RG to lead', ''],
      [NOTE.repeat(700), 'Café – “31.12.12” 😀'],
    ];
    for (const [first, second] of cases) {
      const a = Buffer.from(first);
      const b = Buffer.from(second);
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
    }
  });

  it('ends a part left open when the archive is finished, and refuses bytes after its last piece', async () => {
    const part = new DeflatedPart();
    part.write(Buffer.from('Not yet consistently embedded across all workers.'));
    const zip = new ZipWriter();
    zip.add('note.txt', part);
    expect(strFromU8(unzipSync(await zip.finish())['note.txt']!)).toBe('Not yet consistently embedded across all workers.');
    expect(() => part.write(Buffer.from('more'))).toThrow(/after its last piece/);
  });

  it('counts bytes waiting to be compressed until the main thread has seen them done', async () => {
    const backlog = new DeflateBacklog(1000);
    const part = new DeflatedPart(backlog);
    part.write(Buffer.from(NOTE.repeat(100)));
    expect(backlog.full).toBe(true);
    await backlog.drain();
    expect(backlog.full).toBe(false);
    part.write(Buffer.from(NOTE), true);
    expect(backlog.full).toBe(false);
  });

  const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasUnzip)('passes Info-ZIP\'s integrity test (skipped only when unzip is missing)', async () => {
    const part = new DeflatedPart();
    part.write(Buffer.from(NOTE.repeat(5000)));
    part.write(Buffer.from('Review will go to SIB in June.'), true);
    const zip = new ZipWriter();
    zip.add('xl/worksheets/sheet1.xml', part);
    zip.add('docProps/app.xml', '<Properties/>');
    const file = join(mkdtempSync(join(tmpdir(), 'zip-writer-')), 'test.zip');
    writeFileSync(file, await zip.finish());
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });
});
