import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAction } from '../model/create';
import type { Action } from '../model/plan';
import { builtInSchemes, levelFor, planFacts, ragScheme, type RagScheme } from '../rag/index';
import { ActionFlag, flagAction, flagLookups } from './actionFlags';
import { readRef } from './refNumber';

// Eleven rules read these bits instead of walking the actions. Each bit must say exactly what the
// rule used to test on every action (the conditions below are the rules' own, as they were written
// before the flags); `dateToCheck` may be narrower than invalid-date's old pre-check, but must keep
// every action whose start or due date it reports.

const blank = (text: string) => text.trim() === '';

function naiveFlags(action: Action, scheme: RagScheme | undefined, recommendationIds: ReadonlySet<string>, facts: ReturnType<typeof planFacts>): number {
  const { title, leads, start, due, startText, dueText, rag } = action;
  const onTrack = scheme === undefined ? undefined : levelFor(scheme, 'on-track');
  const worst = scheme === undefined ? undefined : levelFor(scheme, 'off-track');
  const startDays = facts.days(start);
  const dueDays = facts.days(due);
  const dateProblem = (value: string | null, text: string | null) => (value !== null ? facts.days(value) === undefined : text !== null && !blank(text));
  let flags = 0;
  if (blank(title)) flags |= ActionFlag.blankTitle;
  if (leads.every(blank)) flags |= ActionFlag.blankLeads;
  if (due === null && blank(dueText ?? '')) flags |= ActionFlag.noDue;
  if (dateProblem(start, startText) || dateProblem(due, dueText)) flags |= ActionFlag.dateToCheck;
  if (startDays !== undefined && dueDays !== undefined && startDays.first > dueDays.last) flags |= ActionFlag.startAfterDue;
  if (scheme !== undefined && rag !== null && !scheme.levels.some((level) => level.id === rag)) flags |= ActionFlag.ragOutsideScheme;
  if (onTrack !== undefined && rag === onTrack.id) flags |= ActionFlag.ragOnTrack;
  if (worst !== undefined && rag === worst.id) flags |= ActionFlag.ragWorst;
  if (!action.recommendationIds.every((id) => recommendationIds.has(id))) flags |= ActionFlag.citesUnknown;
  const ref = action.ref === null || blank(action.ref) ? null : readRef(action.ref);
  if (action.parentId !== null && ref?.number != null) flags |= ActionFlag.numberedChild;
  return flags;
}

/** invalid-date's pre-check before the flags: an action it let through could be reported. */
function oldDatePreCheck(action: Action, facts: ReturnType<typeof planFacts>): boolean {
  return !((action.start === null || facts.days(action.start)) && (action.due === null || facts.days(action.due)) && !action.startText && !action.dueText);
}

const dates = fc.constantFrom(null, '2017-02', '2017-02-30', '2017-06-31', '2017', '2017-Q1', '2016-09', '2011-05-31');
const texts = fc.constantFrom(null, '', ' ', 'Feb-17', '31.9.12', 'Within three months');
const schemes = fc.constantFrom<RagScheme | undefined>(...Object.values(builtInSchemes), undefined);

describe('ActionFlag bits against the rules\' own conditions', () => {
  it('flags what each rule tested on every action, for any fields (blank, unreadable dates, unknown ratings and recommendations)', () => {
    const actions = fc.record({
      title: fc.constantFrom('', ' ', '\u00a0', 'Review Whittington provision'),
      leads: fc.array(fc.constantFrom('', ' ', 'RG', 'Des. Nurse'), { maxLength: 3 }),
      start: dates,
      startText: texts,
      due: dates,
      dueText: texts,
      rag: fc.constantFrom(null, 'red', 'amber', 'green', 'blue', 'grey', 'purple', 'not-achieved-support-required'),
      recommendationIds: fc.array(fc.constantFrom('r1', 'r2', 'rx'), { maxLength: 2 }),
      parentId: fc.constantFrom(null, 'a1'),
      ref: fc.constantFrom(null, '', ' ', '20.1', '(1)', 'A5.1', 'a)', '21.'),
    });
    fc.assert(
      fc.property(schemes, actions, (scheme, fields) => {
        const action = createAction({ id: 'a2', ...fields });
        const facts = planFacts([action]);
        const recommendations = new Set(['r1', 'r2']);
        const ref = action.ref === null || blank(action.ref) ? null : readRef(action.ref);
        const flags = flagAction(action, ref, flagLookups([{ id: 'r1' }, { id: 'r2' }], scheme), facts);
        expect(flags).toBe(naiveFlags(action, scheme, recommendations, facts));
        if (flags & ActionFlag.dateToCheck) expect(oldDatePreCheck(action, facts)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('flags seed 004 LAC11\'s unreadable due date "31.9.12" and seed 003 A6.2\'s blank title', () => {
    const facts = planFacts([]);
    const lookups = flagLookups([{ id: 'lac11' }], ragScheme);
    const lac11 = createAction({ id: 'lac11-1', ref: '(1)', title: 'Review care plans', dueText: '31.9.12', recommendationIds: ['lac11'], leads: ['Des Nurse'] });
    const a62 = createAction({ id: 'a6-2', ref: 'A6.2', title: '', due: '2017-06', rag: 'green', leads: ['RG'], recommendationIds: ['lac11'] });
    expect(flagAction(lac11, readRef('(1)'), lookups, facts)).toBe(ActionFlag.dateToCheck);
    expect(flagAction(a62, readRef('A6.2'), lookups, facts)).toBe(ActionFlag.blankTitle | ActionFlag.ragOnTrack);
  });
});
