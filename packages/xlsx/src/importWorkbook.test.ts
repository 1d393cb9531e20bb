import { fileURLToPath } from 'node:url';
import { profileFromColumns } from '@actionplan/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from './export/exportWorkbook';
import { importWorkbook } from './importWorkbook';
import { col2016Plan } from './testing/col2016Plan';
import { WorkbookError } from './workbookError';

const legacy = (name: string): string => fileURLToPath(new URL(`../../../examples/legacy/${name}`, import.meta.url));

async function workbook(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  rows.forEach((row) => ws.addRow(row));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('importWorkbook', () => {
  it('imports the seed 003 legacy workbook and round-trips it through the canonical workbook', async () => {
    const first = await importWorkbook(legacy('col-ofsted-2016.xlsx'), { asOf: '2017-04-30' });
    expect(first.canonical).toBe(false);
    const a11 = first.plan.actions.find((a) => a.ref === '1.1');
    expect(a11?.title).toBe('Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)');
    expect(a11?.rag).toBe('amber');
    const { fidelity } = first;
    expect(fidelity.nonEmptyCells).toBe(fidelity.mapped + fidelity.kept + fidelity.ignored.length);

    const again = await importWorkbook(await exportWorkbook(first.plan, { issues: first.issues }), { name: 'col-ofsted-2016 canonical.xlsx' });
    expect(again.canonical).toBe(true);
    expect(again.plan).toEqual(first.plan);
    expect(again.fidelity.nonEmptyCells).toBe(again.fidelity.mapped + again.fidelity.kept + again.fidelity.ignored.length);
  });

  it("passes the interpreter's options through: seed 004's inspection date resolves 'Within 3 months' to August 2012", async () => {
    const { plan, mapping } = await importWorkbook(legacy('harrow-improvement-2012.xlsx'), { inspection: { date: '2012-05' } });
    const s3 = plan.recommendations.find((r) => r.code === 'S3');
    expect(s3).toMatchObject({ timescale: 'Within 3 months', due: '2012-08' });
    expect(plan.recommendations.find((r) => r.code === 'S10')).toMatchObject({ timescale: 'Within 6 months', due: '2012-11' });
    expect(plan.inspections[0]?.date).toBe('2012-05');
    // The mapping the CLI saves as a profile for the council's template.
    const profile = profileFromColumns('Harrow 2012', null, mapping);
    expect(profile.columns.map((c) => c.field)).toContain('lead');
    const without = await importWorkbook(legacy('harrow-improvement-2012.xlsx'));
    expect(without.plan.recommendations.find((r) => r.code === 'S3')?.due).toBeNull();
    // Only the plan sheet: the Key sheet's role key is left out, and said to be.
    const planOnly = await importWorkbook(legacy('harrow-improvement-2012.xlsx'), { sheets: ['Improvement Plan'] });
    expect(without.plan.people.find((p) => p.key === 'Des Nurse')?.name).toBe('Designated Nurse (NHS Harrow)');
    expect(planOnly.plan.people).toEqual([]);
    expect(planOnly.fidelity.ignored.some((i) => i.sheet === 'Key')).toBe(true);
  });

  it('recognises a canonical workbook and reads it back exactly', async () => {
    const result = await importWorkbook(await exportWorkbook(col2016Plan()));
    expect(result.plan).toEqual(col2016Plan());
    expect(result.fidelity.ignored).toContainEqual({ sheet: 'Plan', cell: 'D1', reason: 'header row' });
  });

  it('says "empty" for a workbook with nothing in it and "no-plan" when no sheet holds a plan', async () => {
    await expect(importWorkbook(await workbook([]), { name: 'blank.xlsx' })).rejects.toMatchObject({ code: 'empty', message: '"blank.xlsx" is empty: it has nothing in it to import.' });
    const shopping = await workbook([['Milk', '2 pints'], ['Bread', '1 loaf']]);
    const error = await importWorkbook(shopping, { name: 'shopping.xlsx' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: 'no-plan' });
    expect((error as Error).message).toMatch(/^"shopping\.xlsx" has no improvement plan that could be recognised/);
  });
});
