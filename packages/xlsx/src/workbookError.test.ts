import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGrid } from './readGrid';
import { WorkbookError, type WorkbookErrorCode } from './workbookError';

async function failure(input: string | Uint8Array, options: Parameters<typeof readGrid>[1] = {}): Promise<WorkbookError> {
  try {
    await readGrid(input, { name: 'plan.xlsx', ...options });
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error('expected a WorkbookError');
}

async function realWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.getRow(1).values = ['Ref:', 'Action:', 'Start:', 'End:', 'RAG status:'];
  ws.getRow(2).values = ['1.1', 'Review and revise layout of Early Help plans', 'Jan-17', 'Feb-17', 'Amber'];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function ole2(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (streamName) [...streamName].forEach((char, i) => (bytes[1024 + i * 2] = char.charCodeAt(0)));
  return bytes;
}

describe('WorkbookError', () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, WorkbookErrorCode, RegExp]> = [
    ['an empty file', () => new Uint8Array(0), 'empty', /^"plan\.xlsx" is empty/],
    ['a csv renamed .xlsx', () => strToU8('Ref,Action,By When\nS2 (1),Review thresholds,31.12.12\n'), 'csv', /text \(CSV\) file/],
    ['an old .xls (OLE2 with a Workbook stream)', () => ole2('Workbook'), 'xls', /^"plan\.xlsx" is an old \.xls workbook\. Open it in Excel and save it as \.xlsx, then try again\.$/],
    ['a password-protected .xlsx (OLE2 with EncryptionInfo)', () => ole2('EncryptionInfo'), 'encrypted', /protected with a password/],
    ['random binary', () => Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256), 'not-a-zip', /is not an Excel workbook/],
    ['a zip holding a Word document', () => zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'not-xlsx', /It is a Word document/],
    ['an HTML page renamed .xlsx', () => strToU8('<html><body><table><tr><td>1.1</td></tr></table></body></html>'), 'not-xlsx', /text file/],
  ];

  it.each(cases)('reports %s', async (_label, make, code, message) => {
    const error = await failure(await make());
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it.each([4, 30, 200, 0.5, 0.9, -10])('reports a workbook truncated at %s as truncated', async (at) => {
    const bytes = await realWorkbook();
    const end = at > 0 && at < 1 ? Math.floor(bytes.length * at) : at < 0 ? bytes.length + at : at;
    const error = await failure(bytes.subarray(0, end));
    expect(error.code).toBe('truncated');
    expect(error.message).toBe('"plan.xlsx" is damaged or incomplete (it may have been cut short while copying or downloading). Get a fresh copy and try again.');
  });

  it('stops a zip bomb from its declared sizes, before inflating it', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(20 * 1024 * 1024), '[Content_Types].xml': strToU8('<Types/>') }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const error = await failure(bomb, { limits: { maxUnzippedBytes: 10 * 1024 * 1024 } });
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('"plan.xlsx" is too large to import safely. Unpacked it would take 21 MB, more than the limit of 10 MB.');
  });

  it('enforces the file, row, column and cell-text limits', async () => {
    const bytes = await realWorkbook();
    expect((await failure(bytes, { limits: { maxFileBytes: 100 } })).code).toBe('too-large');
    expect((await failure(bytes, { limits: { maxRows: 1 } })).message).toMatch(/Sheet "Plan" has more than 1 rows/);
    expect((await failure(bytes, { limits: { maxColumns: 4 } })).message).toMatch(/more than 4 columns/);
    expect((await failure(bytes, { limits: { maxCellText: 20 } })).message).toMatch(/Cell Plan!B2 holds 44 characters; the limit is 20/);
    expect((await failure(bytes, { limits: { maxCells: 9 } })).message).toMatch(/It has 10 cells/);
  });

  it('names a missing file by its name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const error = await failure(join(folder, 'Improvement plan 2016.xlsx'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('"Improvement plan 2016.xlsx" was not found. Check the file name and folder, then try again.');
    writeFileSync(join(folder, 'old.xlsx'), ole2('Workbook'));
    expect((await failure(join(folder, 'old.xlsx'))).message).toMatch(/^"old\.xlsx" is an old \.xls workbook/);
  });
});
