import { describe, expect, it } from 'vitest';
import { createAction, createPlan } from '../../model/index';
import type { Action, Section } from '../../model/index';
import { duplicateRef } from './duplicateRef';
import { refGap } from './refGap';
import { refOutsideParent } from './refOutsideParent';
import { planFacts } from '../../rag/index';
import type { RuleContext } from '../rule';

// Seed 000, Haringey milestone report May 2011: actions and the milestones under them, with the
// rows and cells they sit in on a sheet laid out like the report (B = Milestone, C = Start Date).
const qa: Section = { id: 'qa', kind: 'theme', title: 'Theme: Quality Assurance and Performance Management', parentId: null, aims: [] };

function action(ref: string, title: string, row: number): Action {
  return createAction({ id: `a${ref}`, ref, title, sectionId: 'qa', source: { sheet: 'Milestones', row, cells: { ref: `A${row}`, title: `A${row}` } } });
}

function milestone(ref: string, parent: string, title: string, row: number): Action {
  return createAction({
    id: `m${row}`,
    kind: 'milestone',
    ref,
    parentId: `a${parent}`,
    title,
    sectionId: 'qa',
    leads: ['Sarah Parker'],
    start: '2011-03-01',
    due: '2011-05-31',
    source: { sheet: 'Milestones', row, cells: { ref: `B${row}`, title: `B${row}`, start: `C${row}` } },
  });
}

const context = (actions: Action[]): RuleContext => ({
  plan: createPlan({ id: 'haringey-2011', title: 'Milestone Report May 2011', sections: [qa], actions }),
  asOf: '2011-05-31',
  scheme: undefined,
  staleDays: 60,
  facts: planFacts(actions),
});

const qaActions = [
  action('20.', 'Develop systems to monitor quality of healthcare provided to all looked after children and care leavers in all settings', 30),
  milestone('20.1', '20.', 'System developed to monitor the quality of healthcare provided to all looked after children and care leavers in all settings (Ofsted Feb 2011)', 30),
  milestone('20.1', '20.', 'System developed to monitor the quality of healthcare provided to all looked after children and care', 31),
  action('21.', 'Ensure performance management functions are realigned following partnership re-organisations', 34),
  milestone('20.2', '21.', 'Care pathway reviewed with compliance audits against it (CQC Rec 3)', 34),
];

describe('duplicate-ref', () => {
  it('reports the second copy of seed 000 milestone 20.1, at its own row', () => {
    expect(duplicateRef.check(context(qaActions))).toEqual([
      { message: 'Milestone 20.1 appears twice under action 20.', path: ['actions', 2, 'ref'], ref: '20.1', sheet: 'Milestones', cell: 'B31' },
    ]);
  });

  it('lets seed 004 restart (1), (2)… under each recommendation, but not repeat one within it', () => {
    const s7 = (ref: string, title: string) => createAction({ id: `s7${ref}${title.length}`, ref, title, recommendationIds: ['s7'] });
    const lac4 = createAction({ id: 'lac4-1', ref: '(1)', title: "Review and implement Children's Services supervision policy", recommendationIds: ['lac4'] });
    const plan = createPlan({
      id: 'harrow-2012',
      title: 'Improvement Development Plan',
      recommendations: ['s7', 'lac4'].map((id) => ({
        id, code: id.toUpperCase(), inspectionId: null, sectionId: null, text: 'Ensure supervision processes provide sufficient reflection and challenge',
        timescale: 'Within 3 months', due: null, paragraphRefs: [], outcomes: [], source: null,
      })),
      actions: [
        s7('(1)', "Review and implement Children's Services supervision policy"),
        s7('(2)', 'C&F Commission training on the new supervision policy'),
        s7('(2)', 'All agencies to review their own supervision policy with updates to follow'),
        lac4,
      ],
    });
    expect(duplicateRef.check({ ...context([]), plan })).toEqual([
      { message: 'Action (2) appears twice under recommendation S7.', path: ['actions', 2, 'ref'], ref: '(2)' },
    ]);
  });

  it('counts a third copy as such, and treats "1." and "1" as the same number', () => {
    const actions = ['1.', '1', '1'].map((ref, i) => createAction({ id: `x${i}`, ref, title: 'Review the deployment of social work assistants' }));
    expect(duplicateRef.check(context(actions)).map((issue) => issue.message)).toEqual([
      'Action 1 appears twice in the plan.',
      'Action 1 appears 3 times in the plan.',
    ]);
  });
});

describe('ref-outside-parent', () => {
  it('reports seed 000 action 21 holding milestone 20.2', () => {
    expect(refOutsideParent.check(context(qaActions))).toEqual([
      {
        message: 'Milestone 20.2 sits under action 21, but its number belongs to action 20.',
        path: ['actions', 4, 'ref'],
        ref: '20.2',
        sheet: 'Milestones',
        cell: 'B34',
      },
    ]);
  });

  it('says nothing of refs that do not name a parent: an unnumbered milestone (000 action 16) or (n) under a lettered ref', () => {
    const actions = [
      action('16.', 'Review and amend quality assurance framework', 20),
      createAction({ id: 'm16', kind: 'milestone', parentId: 'a16.', ref: null, title: 'Quality assurance framework developed to include: A system for collating, evaluating and reporting on audits (Ofsted Feb 2011).' }),
      action('A5', 'Increase the number of families taking up Early Help services', 22),
      createAction({ id: 'a5-1', kind: 'sub-action', parentId: 'aA5', ref: '(1)', title: 'Develop a user-friendly leaflet/poster' }),
    ];
    expect(refOutsideParent.check(context(actions))).toEqual([]);
  });
});

describe('ref-gap', () => {
  it('reports seed 000 milestone 1.4 missing between 1.3 and 1.5, as information', () => {
    const best = [
      action('1.', 'Ensure that the quality of all case recording, staff supervision, assessments and care planning consistently matches best practice (Ofsted Feb 2011 – Rec 8)', 10),
      milestone('1.1', '1.', 'All areas where non qualified social workers operate reviewed to ensure they are appropriately allocated cases and supervised', 10),
      milestone('1.2', '1.', 'System for attendance at child protection review medicals reviewed and attendance monitored (Ofsted Feb 2011 - Rec 2)', 11),
      milestone('1.3', '1.', 'Best Practice standards for attendance at strategy meetings [and child protection conferences] developed and attendance monitored by LSCB (Ofsted Feb 2011 – Rec 3)', 12),
      milestone('1.5', '1.', 'Review systems in place to ensure timely allocation of all children in need cases and regular review of service plans (Ofsted Feb 2011 - Rec 6)', 13),
      milestone('1.6', '1.', 'System developed to give children and young people who go missing from care the opportunity to have an', 14),
    ];
    expect(refGap.check(context(best))).toEqual([
      {
        message: 'The numbering under action 1 jumps from 1.3 to 1.5: 1.4 is missing.',
        path: ['actions', 4, 'ref'],
        ref: '1.5',
        sheet: 'Milestones',
        cell: 'B13',
      },
    ]);
  });

  it('reports seed 001 action 7.3.3 missing, in document order whatever the row order', () => {
    const area: Section = { id: 't7a3', kind: 'area-for-improvement', title: 'Area for improvement 3', parentId: null, aims: [] };
    const actions = ['7.3.4', '7.3.1', '7.3.2', '7.3.5'].map((ref) => createAction({ id: ref, ref, sectionId: 't7a3', title: 'Monitoring' }));
    const plan = createPlan({ id: 'jar-2009', title: 'Action Plan in Response to the Joint Area Review of Safeguarding in Haringey', sections: [area], actions });
    expect(refGap.check({ ...context([]), plan })).toEqual([
      { message: 'The numbering in section "Area for improvement 3" jumps from 7.3.2 to 7.3.4: 7.3.3 is missing.', path: ['actions', 0, 'ref'], ref: '7.3.4' },
    ]);
  });

  it('names two or more missing numbers, and leaves numbers before the first alone (000 shows 14.4 by itself)', () => {
    const actions = ['(9)', '(10)', '(13)', '(16)'].map((ref) => createAction({ id: ref, ref, title: 'Orphan action' }));
    expect(refGap.check(context(actions)).map((issue) => issue.message)).toEqual([
      'The numbering in the plan jumps from (10) to (13): (11) and (12) are missing.',
      'The numbering in the plan jumps from (13) to (16): (14) and (15) are missing.',
    ]);
    const wide = ['A5.1', 'A5.5'].map((ref) => createAction({ id: ref, ref, title: 'Early Help' }));
    expect(refGap.check(context(wide)).map((issue) => issue.message)).toEqual([
      'The numbering in the plan jumps from A5.1 to A5.5: A5.2 to A5.4 are missing.',
    ]);
  });
});
