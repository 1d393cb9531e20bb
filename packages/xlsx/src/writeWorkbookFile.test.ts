import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeWorkbookFile } from './writeWorkbookFile';

describe('writeWorkbookFile', () => {
  it('replaces the file whole and leaves no temporary file behind', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'xlsx-write-'));
    const path = join(folder, 'col-2016.xlsx');
    writeFileSync(path, 'old');
    await writeWorkbookFile(path, new TextEncoder().encode('PK new'));
    expect(readFileSync(path, 'utf8')).toBe('PK new');
    expect(readdirSync(folder)).toEqual(['col-2016.xlsx']);
  });

  it('fails without touching anything when the folder does not exist', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'xlsx-write-'));
    await expect(writeWorkbookFile(join(folder, 'missing', 'plan.xlsx'), new Uint8Array(1))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(folder)).toEqual([]);
  });
});
