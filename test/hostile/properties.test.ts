import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCellText, importWorkbook } from '../../packages/xlsx/src/index';

// Seed 003's header; the generated text goes into the Action cell of 1.1, and in one run into a header.
const HEADER = ['Ref:', 'Action:', 'Start:', 'End:', 'Lead officer:', 'RAG status:'];
// Markup is the exception, by core's design: seeds carry HTML remnants (`<b>May 2011 - Achieved.</b>`),
// which core's interpret/stripHtml.ts turns into plain text. So `<`, `&` and `*` are tested apart, below.
const hostile = fc.oneof(
  fc.constantFrom('=SUM(A1)', '=HYPERLINK("http://example.invalid","x")', '+44 20 7946 0000', '-1+1', '@SUM(A1)', '__proto__', 'constructor', 'prototype', 'toString'),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\u0007', '\u001b', '\u0000'), fc.string({ minLength: 1, maxLength: 30 })).map(([start, rest]) => `${start}${rest}`),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
).filter((text) => text.trim() === text && /\p{L}|[=+@_]/u.test(text) && !/[<&*]/.test(text));

async function legacyWorkbook(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Action Plan');
  rows.forEach((row, r) => row.forEach((text, c) => (sheet.getCell(r + 1, c + 1).value = encodeCellText(text))));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

describe('hostile cell text in a legacy workbook', () => {
  it('stays text: the action title is exactly what the cell held (never a formula, never markup)', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const bytes = await legacyWorkbook([HEADER, ['1.1', text, 'Jan-17', 'Feb-17', 'RG', 'Amber'], ['1.8', 'Initiate pilot of new plan templates in', '1.3.17', '31.3.17', 'RG', 'Green']]);
        const { plan, grid } = await importWorkbook(bytes, { name: 'hostile.xlsx' });
        expect(grid.sheets[0]!.rows[1]![1]).toEqual({ text });
        expect(plan.actions.find((a) => a.ref === '1.1')?.title).toBe(text);
        expectNoPollution();
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('drops formatting remnants but keeps every word, and other markup as literal text', async () => {
    const bytes = await legacyWorkbook([HEADER, ['1.1', '<b>Review</b> <img src=x onerror=alert(1)><script>alert(1)</script>', 'Jan-17', 'Feb-17', 'RG', 'Amber']]);
    const { plan } = await importWorkbook(bytes, { name: 'markup.xlsx' });
    expect(plan.actions[0]?.title).toBe('Review <img src=x onerror=alert(1)><script>alert(1)</script>');
  });

  it('cannot pollute objects through a header row of __proto__ | constructor | toString', async () => {
    const bytes = await legacyWorkbook([
      [...HEADER, '__proto__', 'constructor', 'toString'],
      ['1.1', 'Review and revise layout of Early Help plans', 'Jan-17', 'Feb-17', 'RG', 'Amber', '{"polluted":"yes"}', 'polluted', 'x'],
    ]);
    const { plan } = await importWorkbook(bytes, { name: 'proto.xlsx' });
    expectNoPollution();
    const extra = plan.actions[0]!.extra;
    expect(Object.getOwnPropertyDescriptor(extra, 'constructor')?.value).toBe('polluted');
    expect(Object.getOwnPropertyDescriptor(extra, 'toString')?.value).toBe('x');
  });

  it('keeps a column headed __proto__ as an own extra field', async () => {
    const bytes = await legacyWorkbook([[...HEADER, '__proto__'], ['1.1', 'Review and revise layout of Early Help plans', 'Jan-17', 'Feb-17', 'RG', 'Amber', 'kept?']]);
    const { plan } = await importWorkbook(bytes, { name: 'proto.xlsx' });
    expect(Object.getOwnPropertyDescriptor(plan.actions[0]!.extra, '__proto__')?.value).toBe('kept?');
  });
});
