import { createAction, createPlan, type Action, type Plan } from '@actionplan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportWorkbook } from '../export/exportWorkbook';
import { readGrid } from '../readGrid';
import { readCanonical } from './readCanonical';

// Text that tries hard to stop being text: formula starts, markup, line breaks, controls, escapes.
const tricky = fc.constantFrom(
  '=SUM(A1)', '=HYPERLINK("http://example.invalid","x")', '+44', '-', '-1+1', '@x', '@SUM(A1)', '<b>bold</b>', '<ul><li>', '<img src=x onerror=alert(1)>',
  'line 1\nline 2', 'cr\r\nlf', '  padded  ', '', '_x0041_', 'bell\u0007', '\u0000\u001f\u007f', '\uD800 lone', 'Café – “31.12.12”', '😀', '1.1', 'TRUE', '00123', 'Jan-17',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
);
const text = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const partialDate = fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => `${d.slice(0, 4)}-Q${1 + (Number(d.slice(5, 7)) % 4)}`), day.map((d) => d.slice(0, 4)));
const status = nullable(fc.constantFrom('not-started' as const, 'in-progress' as const, 'complete' as const, 'blocked' as const));

function action(id: string, sectionIds: string[], recommendationIds: string[]): fc.Arbitrary<Action> {
  return fc
    .record({
      kind: fc.constantFrom('action' as const, 'milestone' as const, 'sub-action' as const),
      ref: nullable(text),
      sectionId: nullable(fc.constantFrom(...sectionIds, 'missing')),
      title: text,
      tier: nullable(fc.constantFrom('must-do' as const, 'embedding' as const)),
      leads: fc.array(text, { maxLength: 3 }),
      involved: fc.array(text, { maxLength: 2 }),
      start: nullable(partialDate),
      startText: nullable(text),
      due: nullable(partialDate),
      dueText: nullable(text),
      status,
      rag: nullable(fc.constantFrom('red', 'amber', 'green', 'blue', 'amber-green')),
      supportRequired: nullable(fc.boolean()),
      measures: fc.array(text, { maxLength: 2 }),
      comments: nullable(text),
      progress: fc.array(fc.record({ date: nullable(partialDate), status, statusText: nullable(text), text }), { maxLength: 3 }),
      recommendationIds: fc.subarray(recommendationIds),
      extra: fc.dictionary(fc.oneof(fc.constantFrom('Evidence', 'DLT lead:', 'Comments', 'RAG', '', '__proto__', 'constructor', 'prototype'), text), text, { maxKeys: 3 }),
    })
    .map((fields) => createAction({ id, ...fields }));
}

const plan: fc.Arbitrary<Plan> = fc
  .record({ sections: fc.array(text, { maxLength: 3 }), recommendations: fc.array(fc.record({ code: nullable(text), text }), { maxLength: 3 }), actions: fc.nat(5), title: text })
  .chain(({ sections, recommendations, actions, title }) => {
    const sectionIds = sections.map((_, i) => `s${i + 1}`);
    const recommendationIds = recommendations.map((_, i) => `r${i + 1}`);
    return fc.tuple(...Array.from({ length: actions }, (_, i) => action(`a${i + 1}`, sectionIds, recommendationIds))).map((generated) =>
      createPlan({
        id: 'generated',
        title,
        sections: sections.map((t, i) => ({ id: sectionIds[i]!, kind: 'theme', title: t, parentId: null, aims: [] })),
        recommendations: recommendations.map((r, i) => ({
          id: recommendationIds[i]!, code: r.code, inspectionId: null, sectionId: sectionIds[0] ?? null, text: r.text,
          timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null,
        })),
        actions: generated,
      }),
    );
  });

const prototypeNames = Object.getOwnPropertyNames(Object.prototype);

describe('canonical round trip', () => {
  it('readCanonical(readGrid(exportWorkbook(plan))) equals plan for generated plans', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async (p) => {
        expect(readCanonical(await readGrid(await exportWorkbook(p)))).toEqual(p);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
