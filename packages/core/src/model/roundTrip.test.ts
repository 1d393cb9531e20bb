import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActionSchema, PlanSchema, type Action, type Plan } from './index';

// Text as officers and partner agencies type it, including what must stay inert text.
const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom('=SUM(A1)', '+44 20 7946 0000', '-', '@risk', '<b>May 2011 - Achieved.</b>', '__proto__', 'constructor', 'Des. Nurse', 'RG/JF'),
);
const nullableText = fc.option(cellText, { nil: null });
const day = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const partialDate = fc.option(
  fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4)), fc.tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`)),
  { nil: null },
);
const ragLevel = fc.option(fc.constantFrom('red', 'amber', 'green', 'blue', 'grey', 'amber-green'), { nil: null });
const status = fc.option(fc.constantFrom('not-started', 'in-progress', 'complete', 'blocked'), { nil: null });

const action: fc.Arbitrary<Action> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('action', 'milestone', 'sub-action'),
  ref: nullableText,
  parentId: fc.option(fc.uuid(), { nil: null }),
  sectionId: fc.option(fc.uuid(), { nil: null }),
  title: cellText,
  tier: fc.option(fc.constantFrom('must-do', 'embedding'), { nil: null }),
  leads: fc.array(cellText, { maxLength: 3 }),
  involved: fc.array(cellText, { maxLength: 2 }),
  start: partialDate,
  startText: nullableText,
  due: partialDate,
  dueText: nullableText,
  status,
  rag: ragLevel,
  supportRequired: fc.option(fc.boolean(), { nil: null }),
  measures: fc.array(cellText, { maxLength: 3 }),
  comments: nullableText,
  progress: fc.array(fc.record({ date: partialDate, status, statusText: nullableText, text: cellText }), { maxLength: 2 }),
  recommendationIds: fc.array(fc.uuid(), { maxLength: 2 }),
  dependencies: fc.array(fc.uuid(), { maxLength: 2 }),
  extra: fc.dictionary(cellText, cellText, { maxKeys: 2 }),
  source: fc.option(fc.record({ sheet: cellText, row: fc.integer({ min: 1, max: 1_048_576 }) }), { nil: null }),
});

const plan: fc.Arbitrary<Plan> = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: fc.uuid(),
  title: cellText,
  organisation: nullableText,
  version: nullableText,
  asOf: fc.option(day, { nil: null }),
  ragScheme: fc.constantFrom('rag', 'brag', 'haringey-2011', 'dca-5'),
  inspections: fc.array(
    fc.record({ id: fc.uuid(), bodies: fc.array(cellText, { maxLength: 2 }), title: cellText, date: partialDate, judgement: nullableText }),
    { maxLength: 1 },
  ),
  sections: fc.array(
    fc.record({
      id: fc.uuid(),
      kind: fc.constantFrom('theme', 'key-judgement-area', 'area-for-improvement', 'section'),
      title: cellText,
      parentId: fc.option(fc.uuid(), { nil: null }),
      aims: fc.array(cellText, { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  recommendations: fc.array(
    fc.record({
      id: fc.uuid(),
      code: nullableText,
      inspectionId: fc.option(fc.uuid(), { nil: null }),
      sectionId: fc.option(fc.uuid(), { nil: null }),
      text: cellText,
      timescale: nullableText,
      due: partialDate,
      paragraphRefs: fc.array(cellText, { maxLength: 2 }),
      outcomes: fc.array(cellText, { maxLength: 2 }),
      source: fc.constant(null),
    }),
    { maxLength: 2 },
  ),
  actions: fc.array(action, { maxLength: 4 }),
  people: fc.array(fc.record({ key: cellText, name: cellText, aliases: fc.array(cellText, { maxLength: 2 }) }), { maxLength: 2 }),
  indicators: fc.array(
    fc.record({
      id: fc.uuid(),
      name: cellText,
      unit: nullableText,
      baseline: nullableText,
      target: nullableText,
      actual: nullableText,
      period: nullableText,
      recommendationId: fc.option(fc.uuid(), { nil: null }),
    }),
    { maxLength: 1 },
  ),
});

describe('plan documents', () => {
  it('survive JSON and the schema unchanged', () => {
    fc.assert(
      fc.property(plan, (original) => {
        const parsed = PlanSchema.parse(JSON.parse(JSON.stringify(original)));
        expect(parsed).toEqual(original);
      }),
      { numRuns: 200 },
    );
  });

  it('keep "__proto__" as an ordinary extra column, polluting nothing', () => {
    const parsed = ActionSchema.parse(JSON.parse('{"id":"a","kind":"action","ref":null,"parentId":null,"sectionId":null,"title":"x","tier":null,"leads":[],"involved":[],"start":null,"startText":null,"due":null,"dueText":null,"status":null,"rag":null,"supportRequired":null,"measures":[],"comments":null,"progress":[],"recommendationIds":[],"dependencies":[],"extra":{"__proto__":"Evidence: audit","constructor":"x"},"source":null}'));
    expect(Object.keys(parsed.extra)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(parsed.extra['__proto__']).toBe('Evidence: audit');
  });
});
