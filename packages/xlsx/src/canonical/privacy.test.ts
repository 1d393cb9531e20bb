import type { Plan } from '@actionplan/core';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../export/exportWorkbook';
import { importWorkbook } from '../importWorkbook';
import { readGrid } from '../readGrid';
import { col2016Plan } from '../testing/col2016Plan';
import { DATA_SHEET } from './dataSheet';

// Seed 003's chronology action, with a second lead in seed 2009's wording.
const LEAD = 'Det. Chief Inspector, CAIT, MPS';
const COMMENT = 'Not yet consistently embedded across all workers.';

function planWithLead(): Plan {
  const plan = col2016Plan();
  plan.actions[2]!.leads = ['RG', LEAD];
  return plan;
}

/** Every text value of a plan (and every key of its extra fields), however deep. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => textsOf(item, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'extra') out.push(...Object.keys(item as object));
      textsOf(item, out);
    }
  }
  return out;
}

async function editPlanSheet(bytes: Uint8Array, edit: (sheet: ExcelJS.Worksheet, column: (header: string) => number) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Plan')!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  edit(sheet, (header) => headers.indexOf(header));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('privacy of the canonical workbook', () => {
  it('keeps no text of the plan in the very hidden data sheet', async () => {
    const plan = planWithLead();
    const grid = await readGrid(await exportWorkbook(plan));
    const data = grid.sheets.find((s) => s.name === DATA_SHEET)!;
    const hidden = data.rows.flat().map((cell) => cell?.text ?? '').join('\n');
    const ids = new Set([plan.id, ...plan.actions.map((a) => a.id), ...plan.sections.map((s) => s.id), ...plan.recommendations.map((r) => r.id), ...plan.inspections.map((i) => i.id)]);
    // Ids, enums (`theme`, `in-progress`) and ISO dates are what the data sheet is for.
    const texts = textsOf(plan).filter((text) => text.length >= 4 && !ids.has(text) && !/^[a-z-]+$/.test(text) && !/^\d{4}(-|$)/.test(text));
    expect(texts).toContain(LEAD);
    expect(texts).toContain('Action Plan'); // a source sheet name
    expect(texts).toContain('DLT lead:'); // an extra column's field
    for (const text of texts) expect(hidden, text).not.toContain(text);
  });

  it('forgets a lead and a comment an officer deletes in Excel: gone from the re-imported plan and from every part of the saved file', async () => {
    const exported = await exportWorkbook(planWithLead());
    const all = (bytes: Uint8Array): string => Object.values(unzipSync(bytes)).map((part) => strFromU8(part)).join('\n');
    expect(all(exported)).toContain(LEAD);
    expect(all(exported)).toContain(COMMENT);

    const edited = await editPlanSheet(exported, (sheet, column) => {
      // Row 4 is the chronology action (blank ref): leads `RG⏎Det. Chief Inspector, CAIT, MPS`.
      expect(sheet.getCell(4, column('Lead officer(s)')).value).toBe(`RG\n${LEAD}`);
      sheet.getCell(4, column('Lead officer(s)')).value = 'RG';
      expect(sheet.getCell(4, column('Comments')).value).toBe(COMMENT);
      sheet.getCell(4, column('Comments')).value = null;
    });

    const back = await importWorkbook(edited, { name: 'edited.xlsx' });
    expect(back.canonical).toBe(true);
    const expected = col2016Plan();
    Object.assign(expected.actions[2]!, { leads: ['RG'], comments: null });
    expect(back.plan).toEqual(expected);
    expect(JSON.stringify(back.plan)).not.toContain('Chief Inspector');
    expect(JSON.stringify(back.plan)).not.toContain('consistently embedded');
    const parts = unzipSync(edited);
    expect(Object.keys(parts)).toContain('xl/sharedStrings.xml');
    for (const [path, part] of Object.entries(parts)) {
      const text = strFromU8(part);
      expect(text, path).not.toContain('Chief Inspector');
      expect(text, path).not.toContain('consistently embedded');
    }
  });
});
