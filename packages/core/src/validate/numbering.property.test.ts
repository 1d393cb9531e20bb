import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../model/index';
import type { Action, Plan, PlanIssue } from '../model/index';
import { byId } from './byId';
import { describeAction, describeRecommendations, displayRef, sentenceCase } from './describe';
import { formatRefNumber, parseRefNumber, readRef, type RefNumber, type RefReading } from './refNumber';
import { validatePlan } from './validatePlan';

// The numbering rules read each ref once through a hand-written scanner and share one grouping of
// the plan; these are the straightforward versions they replaced (a regex per ref, a map per
// series), kept here as the reference the fast ones must agree with on any plan.

function naiveReading(ref: string): RefReading {
  const number = parseRefNumber(ref);
  if (number === null) return { number, series: undefined, last: 0, repeatKey: displayRef(ref).toLowerCase() };
  return {
    number,
    series: `${number.prefix}|${number.parts.slice(0, -1).join('.')}`,
    last: number.parts[number.parts.length - 1] ?? 0,
    repeatKey: formatRefNumber({ ...number, bracketed: false }),
  };
}

interface Group {
  where: string;
  members: Array<{ action: Action; index: number }>;
}

function naiveGroups(plan: Plan, perRecommendation: boolean): Group[] {
  const groups = new Map<string, Group>();
  const actions = byId(plan.actions);
  const recommendations = byId(plan.recommendations);
  const sections = byId(plan.sections);
  plan.actions.forEach((action, index) => {
    const ids = [...action.recommendationIds].sort();
    const citing = action.parentId === null && perRecommendation && ids.length > 0;
    const key = action.parentId !== null ? `p:${action.parentId}` : citing ? `r:${action.sectionId ?? ''}|${ids.join('+')}` : `s:${action.sectionId}`;
    let group = groups.get(key);
    if (group === undefined) {
      const parent = action.parentId === null ? undefined : actions.get(action.parentId);
      const section = action.sectionId === null ? undefined : sections.get(action.sectionId);
      const where =
        action.parentId !== null
          ? parent === undefined ? 'under the same parent' : `under ${describeAction(parent)}`
          : citing ? `under ${describeRecommendations(recommendations, ids)}`
          : action.sectionId === null ? 'in the plan'
          : section === undefined ? 'in the same section' : `in section "${section.title}"`;
      group = { where, members: [] };
      groups.set(key, group);
    }
    group.members.push({ action, index });
  });
  return [...groups.values()];
}

function issue(code: string, severity: PlanIssue['severity'], action: Action, index: number, message: string): PlanIssue {
  return { code, severity, message, path: ['actions', index, 'ref'], ref: action.ref };
}

function naiveDuplicateRefs(plan: Plan): PlanIssue[] {
  const found: PlanIssue[] = [];
  for (const { where, members } of naiveGroups(plan, true)) {
    const seen = new Map<string, number>();
    for (const { action, index } of members) {
      if (action.ref === null || action.ref.trim() === '') continue;
      const key = naiveReading(action.ref).repeatKey;
      const count = (seen.get(key) ?? 0) + 1;
      seen.set(key, count);
      if (count > 1) found.push(issue('duplicate-ref', 'warning', action, index, `${sentenceCase(describeAction(action))} appears ${count === 2 ? 'twice' : `${count} times`} ${where}.`));
    }
  }
  return found;
}

function naiveOutsideParent(plan: Plan): PlanIssue[] {
  const actions = byId(plan.actions);
  return plan.actions.flatMap((action, index) => {
    const parent = action.parentId === null ? undefined : actions.get(action.parentId);
    if (parent === undefined || action.ref === null || parent.ref === null) return [];
    const own = naiveReading(action.ref).number;
    const parentRef = naiveReading(parent.ref).number;
    if (own === null || own.parts.length < 2 || parentRef === null) return [];
    const implied: RefNumber = { prefix: own.prefix, parts: own.parts.slice(0, -1), bracketed: false };
    if (implied.parts.length !== parentRef.parts.length) return [];
    if (implied.prefix === parentRef.prefix && implied.parts.every((part, i) => part === parentRef.parts[i])) return [];
    const message = `${sentenceCase(describeAction(action))} sits under ${describeAction(parent)}, but its number belongs to ${parent.kind} ${formatRefNumber(implied)}.`;
    return [issue('ref-outside-parent', 'warning', action, index, message)];
  });
}

function naiveGaps(plan: Plan): PlanIssue[] {
  const found: PlanIssue[] = [];
  for (const { where, members } of naiveGroups(plan, false)) {
    const series = new Map<string, Array<{ action: Action; index: number; number: RefNumber; last: number }>>();
    for (const { action, index } of members) {
      const reading = action.ref === null ? undefined : naiveReading(action.ref);
      if (reading?.number == null || reading.series === undefined) continue;
      series.set(reading.series, [...(series.get(reading.series) ?? []), { action, index, number: reading.number, last: reading.last }]);
    }
    for (const list of series.values()) {
      const ordered = [...list].sort((a, b) => a.last - b.last);
      for (let i = 1; i < ordered.length; i += 1) {
        const [previous, current] = [ordered[i - 1]!, ordered[i]!];
        const count = current.last - previous.last - 1;
        if (count < 1) continue;
        const at = (n: number) => formatRefNumber({ ...current.number, parts: [...current.number.parts.slice(0, -1), n] });
        const [first, lastMissing] = [previous.last + 1, current.last - 1];
        const missing = first === lastMissing ? at(first) : first + 1 === lastMissing ? `${at(first)} and ${at(lastMissing)}` : `${at(first)} to ${at(lastMissing)}`;
        const message = `The numbering ${where} jumps from ${displayRef(previous.action.ref ?? '')} to ${displayRef(current.action.ref ?? '')}: ${missing} ${count === 1 ? 'is' : 'are'} missing.`;
        found.push({ ...issue('ref-gap', 'info', current.action, current.index, message) });
      }
    }
  }
  return found;
}

// Refs in every style the plans use, and the odd ones the scanner must hand to the regex: spaces,
// lower-case prefixes, leading zeros, brackets around trailing dots, letters alone.
const refPiece = fc.constantFrom('1', '2', '3', '10', '0', '05', '.', '..', '(', ')', 'A', 'a', 'S', ' ', '\u00a0', 'x)');
const refs = fc.oneof(
  fc.constantFrom('1', '1.', '1.1', '1.2', '1.4', '1.1.', '(1)', '(2)', '(4)', '2', '2.1', '2.3', '20.1', '20.2', 'A5.1', 'A5.3', 'a5.2', '01.2', ' 1.3 ', '', ' ', 'a)'),
  fc.string({ unit: refPiece, maxLength: 6 }),
);

const actionsArb = fc.array(
  fc.record({
    // Mostly a few refs, so that series repeat and skip numbers.
    ref: fc.option(fc.oneof({ arbitrary: fc.constantFrom('1', '1.', '(1)', '2', '4', '1.1', '1.3', '2.1'), weight: 3 }, { arbitrary: refs, weight: 1 }), { nil: null }),
    parent: fc.option(fc.nat({ max: 12 }), { nil: null, freq: 2 }),
    section: fc.constantFrom(null, 's1', 's2', 'gone'),
    recommendations: fc.shuffledSubarray(['r1', 'r2', 'rx']),
    kind: fc.constantFrom('action' as const, 'milestone' as const),
  }),
  { minLength: 4, maxLength: 30 },
);

function planOf(drawn: Array<{ ref: string | null; parent: number | null; section: string | null; recommendations: string[]; kind: Action['kind'] }>): Plan {
  return createPlan({
    id: 'p',
    title: 'Random plan',
    sections: [
      { id: 's1', kind: 'theme', title: 'Quality Assurance and Performance Management', parentId: null, aims: [] },
      { id: 's2', kind: 'theme', title: 'Safeguarding', parentId: null, aims: [] },
    ],
    recommendations: ['r1', 'r2'].map((id) => ({ id, code: id === 'r1' ? 'S7' : 'Rec 8', inspectionId: null, sectionId: 's1', text: `Recommendation ${id}`, timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null })),
    actions: drawn.map((a, i) =>
      createAction({
        id: `a${i}`,
        kind: a.kind,
        ref: a.ref,
        title: `Action ${i}`,
        // A parent is an earlier action, the action itself (a loop) or one the plan does not hold.
        parentId: a.parent === null ? null : `a${a.parent}`,
        sectionId: a.section,
        recommendationIds: a.recommendations,
      }),
    ),
  });
}

const only = (issues: PlanIssue[], code: string) => issues.filter((i) => i.code === code);

describe('numbering rules against their straightforward versions', () => {
  it('read any ref as parseRefNumber does', () => {
    fc.assert(
      fc.property(refs, (ref) => {
        expect(readRef(ref)).toEqual(naiveReading(ref));
      }),
      { numRuns: 2000 },
    );
  });

  it('report the same duplicates, gaps and misplaced numbers on any plan', () => {
    fc.assert(
      fc.property(actionsArb, (drawn) => {
        const plan = planOf(drawn);
        const issues = validatePlan(plan, { asOf: '2011-05-31' });
        expect(only(issues, 'duplicate-ref')).toEqual(naiveDuplicateRefs(plan));
        expect(only(issues, 'ref-gap')).toEqual(naiveGaps(plan));
        expect(only(issues, 'ref-outside-parent')).toEqual(naiveOutsideParent(plan));
      }),
      { numRuns: 500 },
    );
  });

  it('count repeats in a series longer than the small-series scan (seed 000 style refs, 20 under one action)', () => {
    const children = Array.from({ length: 20 }, (_, i) => ({ ref: `20.${(i % 7) + 1}`, parent: 0, section: 'qa', recommendations: [], kind: 'milestone' as const }));
    const plan = planOf([{ ref: '20.', parent: null, section: 's1', recommendations: [], kind: 'action' }, ...children]);
    const found = only(validatePlan(plan, { asOf: '2011-05-31' }), 'duplicate-ref');
    expect(found).toEqual(naiveDuplicateRefs(plan));
    expect(found.map((i) => i.message)).toContain('Milestone 20.1 appears 3 times under action 20.');
  });
});
