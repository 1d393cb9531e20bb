import { describe, expect, it } from 'vitest';
import example from '../../../../examples/plans/col-2016.plan.json';
import { createAction, createPlan } from '../model/create';
import { PlanSchema } from '../model/plan';
import { planFacts, type PlanFacts } from '../rag/index';
import { validatePlan } from '../validate/index';
import { buildProgressReport } from './progressReport';
import { renderProgressReport } from './renderProgressReport';

// Seed 003 (City of London, Ofsted July 2016), rated as at 30 April 2017.
const plan = PlanSchema.parse(example);
const report = buildProgressReport(plan, { asOf: '2017-04-30' });
const refOrTitle = (item: { action: { ref: string | null; title: string } }) => item.action.ref ?? item.action.title.slice(0, 30);

describe('buildProgressReport on seed 003 as of 30 April 2017', () => {
  // Seven Green rows past their end date say the work is done without a status word (1.3–1.5 "These
  // are in use.", 1.6, 1.7, 4.1 "Audits evidenced this.", "All minutes are uploaded."): read as done,
  // they derive Green, not Red, so Red falls from 24 to 17 and the mismatches and exceptions from 25 to 18.
  it('counts reported and derived ratings: 52 Green and 3 Amber reported; 17 Red, 1 Amber and 37 Green derived', () => {
    expect(report.counts).toEqual([
      { level: 'red', label: 'Red', reported: 0, derived: 17 },
      { level: 'amber', label: 'Amber', reported: 3, derived: 1 },
      { level: 'green', label: 'Green', reported: 52, derived: 37 },
      { level: null, label: 'Not rated', reported: 0, derived: 0 },
    ]);
    expect(report.reported).toEqual({ level: 'amber', label: 'Amber' });
    expect(report.derived).toEqual({ level: 'red', label: 'Red' });
  });

  it('puts 1.1 side by side: reported Amber, derived Red because Feb-17 fell due on 28 February', () => {
    const rated = report.ratings.find((r) => r.action.ref === '1.1');
    expect(rated).toMatchObject({
      reported: { label: 'Amber' },
      derived: { label: 'Red' },
      rule: 'overdue',
      reason: 'Red: due 28 February 2017, 61 days ago, not complete',
      comparison: 'reported-better',
      mismatch: true,
    });
    expect(report.mismatches).toHaveLength(18);
  });

  it('reads 1.3 "These are in use." as done: derived Green, evidence implied, not overdue', () => {
    expect(report.ratings.find((r) => r.action.ref === '1.3')).toMatchObject({
      reported: { label: 'Green' },
      derived: { label: 'Green' },
      rule: 'complete',
      reason: 'Green: comment says "These are in use." (read as done)',
      mismatch: false,
    });
  });

  it('lists the overdue actions, longest overdue first, leaving out those whose comments say or report complete', () => {
    expect(report.overdue.map((item) => [refOrTitle(item), item.days])).toEqual([
      ['Social worker to inform young ', 151],
      ['Build requirement into Practic', 120],
      ['2.1', 89],
      ['7.1', 89],
      ['1.1', 61],
      ['1.2', 61],
      ['2.5', 30],
      ['Ensure that an up-to-date chro', 30],
      ['Draft child/language friendly ', 30],
      ['A presentation to the CiCC to ', 30],
      ['5.2', 30],
      ['6.1', 30],
      ['6.2', 30],
      ['6.3', 30],
      ['8.1', 30],
      ['9.1', 30],
      ['9.3', 30],
    ]);
    expect(report.overdue.find((item) => item.action.ref === '1.2')).toMatchObject({
      leads: ['RG', 'JF'],
      due: '2017-02',
      dueText: 'Feb-17',
      dueDay: '2017-02-28',
    });
    // 2.3 ("complete. Next review of practice standards is in June.") was due Jan-17 but is done.
    expect(report.overdue.some((item) => item.action.ref === '2.3')).toBe(false);
  });

  it('lists what falls due within 30 days of 5 June 2017: the Jun-17 and Jun-2017 actions not yet done', () => {
    const june = buildProgressReport(plan, { asOf: '2017-06-05' });
    expect(june.dueSoon.map(refOrTitle)).toEqual([
      '3.3', '3.4', 'A5.1', 'A5.2', 'A5.3', 'A5.5', 'A6.1', 'A6.2', 'A6.3', 'A8', '6.4',
      'Review Whittington provision', 'Review roles, responsibilities',
    ]);
    expect(june.dueSoon[0]).toMatchObject({ dueDay: '2017-06-30', days: 25 });
    expect(buildProgressReport(plan, { asOf: '2017-06-05', dueSoonDays: 20 }).dueSoon).toEqual([]);
  });

  it('makes every red and amber an exception with its reason, including the three reported Amber', () => {
    expect(report.exceptions).toHaveLength(18);
    // Reported Green, but its comment says "not used consistently yet across partnerhsip".
    expect(report.exceptions.find((item) => item.action.ref === 'A6.2')).toMatchObject({
      reported: { label: 'Green' },
      derived: { label: 'Amber' },
      exceptionReason: 'Amber: the latest note says "not used consistently", due 30 June 2017, in 61 days',
    });
    const draft = report.exceptions.find((item) => item.action.title.startsWith('Draft child/language friendly version'));
    expect(draft).toMatchObject({
      reported: { label: 'Amber' },
      derived: { label: 'Red' },
      exceptionReason: 'Red: due 31 March 2017, 30 days ago, not complete; waits for a post to be filled ("This will be led by permanent IRO once appointed.")',
    });
  });

  it('gives a reported-only Amber the plan\'s own comment as its reason (1 February 2017, before 1.1 fell due)', () => {
    const early = buildProgressReport(plan, { asOf: '2017-02-01' });
    const reasons = early.exceptions.map((item) => [refOrTitle(item), item.reported.label, item.derived.label, item.exceptionReason]);
    expect(reasons).toContainEqual([
      '1.1',
      'Amber',
      'Green',
      'Reported Amber: Early help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.',
    ]);
    expect(reasons).toContainEqual([
      'Ensure that an up-to-date chro',
      'Amber',
      'Amber',
      'Amber: the latest note says "Not yet consistently embedded", due 31 March 2017, in 58 days',
    ]);
  });

  it('rolls up per section and per recommendation, worst first', () => {
    expect(report.sections.map((s) => [s.title, s.actionCount, s.reported.label, s.derived.label])).toEqual([
      ['The experiences and progress of children who need help and protection', 31, 'Amber', 'Red'],
      ['The experiences and progress of children looked after and achieving permanence', 6, 'Amber', 'Red'],
      ['Leadership , Management and Governance', 14, 'Green', 'Red'],
      ['The experience and progress of Care Leavers', 4, 'Green', 'Red'],
    ]);
    const rec1 = report.recommendations.find((r) => r.code === 'Ofsted recommendation 1');
    expect(rec1).toMatchObject({ actionCount: 9, reported: { label: 'Amber' }, derived: { label: 'Red' } });
    expect(rec1?.counts.filter((c) => c.derived > 0).map((c) => [c.label, c.derived])).toEqual([
      ['Red', 2],
      ['Green', 7],
    ]);
    const research = report.recommendations.find((r) => r.title.startsWith('Research on neglect'));
    expect(research).toMatchObject({ actionCount: 4, reported: { label: 'Green' }, derived: { label: 'Green' } });
  });

  it('says so, and derives nothing, when there is no as-of date', () => {
    const undated = buildProgressReport({ ...plan, asOf: null });
    expect(undated.asOf).toBeNull();
    expect(undated.overdue).toEqual([]);
    expect(undated.counts.find((c) => c.level === null)?.derived).toBe(55);
    expect(undated.issues.map((issue) => issue.code)).toEqual(['no-as-of-date']);
    // The reported Amber still stand out.
    expect(undated.exceptions.map((item) => item.action.ref)).toEqual(['1.1', null, null]);
  });

  it('falls back to plain RAG, with a warning, for a scheme it does not know', () => {
    const odd = buildProgressReport({ ...plan, ragScheme: 'traffic-lights' }, { asOf: '2017-04-30' });
    expect(odd.scheme.id).toBe('rag');
    expect(odd.issues[0]).toMatchObject({ code: 'unknown-rag-scheme', severity: 'warning', path: ['ragScheme'] });
  });
});

describe('renderProgressReport', () => {
  // A small plan whose text tries to break a Markdown table and to smuggle HTML in.
  const small = createPlan({
    id: 'small',
    title: 'Improvements following from the OFSTED Report - July 2016',
    organisation: 'City of London Corporation',
    asOf: '2017-04-30',
    sections: [{ id: 's1', kind: 'theme', title: 'Leadership , Management and Governance', parentId: null, aims: [] }],
    recommendations: [
      {
        id: 'r1', code: 'Ofsted recommendation 6', inspectionId: null, sectionId: 's1',
        text: 'Strengthen the inclusion of the perspective of children, families and partners in case auditing, in order to improve services',
        timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null,
      },
    ],
    actions: [
      createAction({
        id: 'a1', ref: '9.1', sectionId: 's1', recommendationIds: ['r1'], leads: ['PD'], rag: 'green',
        title: 'Safeguarding and Quality Assurance to contact all families | <b>QA</b>',
        start: '2016-11', startText: 'Nov-16', due: '2017-03', dueText: 'Mar-17', comments: 'all families contacted',
      }),
      createAction({
        id: 'a2', ref: '9.3', sectionId: 's1', recommendationIds: ['r1'], leads: ['PD'], rag: 'amber',
        title: 'Update the QA strategy\nto reflect this',
        start: '2016-11', startText: 'Nov-16', due: '2017-05', dueText: 'May-17', comments: 'QA audit framework updated. Strategy to be updated.',
      }),
    ],
  });
  const smallReport = buildProgressReport(small);

  it('writes Markdown a clerk can paste, escaping | and <, with ratings as words', () => {
    expect(renderProgressReport(smallReport, 'markdown')).toMatchInlineSnapshot(`
      "# Progress report: Improvements following from the OFSTED Report - July 2016

      City of London Corporation  
      as of 30 April 2017; RAG ratings; roll-up: worst.

      2 actions. Reported: Amber 1, Green 1. Derived: Red 1, Green 1. Plan roll-up: reported Amber, derived Red. 1 overdue, 0 due within 30 days, 2 reported ratings differing from the evidence.

      | Rating | Reported | Derived |
      | --- | ---: | ---: |
      | Red | 0 | 1 |
      | Amber | 1 | 0 |
      | Green | 1 | 1 |

      ## Sections

      | Section | Actions | Reported | Derived | Reported counts | Derived counts |
      | --- | ---: | --- | --- | --- | --- |
      | Leadership , Management and Governance | 2 | Amber | Red | Amber 1, Green 1 | Red 1, Green 1 |

      ## Recommendations

      | Recommendation | Actions | Reported | Derived | Reported counts | Derived counts |
      | --- | ---: | --- | --- | --- | --- |
      | Ofsted recommendation 6: Strengthen the inclusion of the perspective of children, families and partners in case auditing, in order to improve services | 2 | Amber | Red | Amber 1, Green 1 | Red 1, Green 1 |

      ## Overdue (1)

      | Ref | Action | Lead | Due | Days overdue |
      | --- | --- | --- | --- | ---: |
      | 9.1 | Safeguarding and Quality Assurance to contact all families \\| &lt;b&gt;QA&lt;/b&gt; | PD | March 2017 (31 March 2017) | 30 |

      ## Due within 30 days (0)

      None.

      ## Exceptions: red and amber (2)

      | Ref | Action | Lead | Reported | Derived | Reason |
      | --- | --- | --- | --- | --- | --- |
      | 9.1 | Safeguarding and Quality Assurance to contact all families \\| &lt;b&gt;QA&lt;/b&gt; | PD | Green | Red | Red: due 31 March 2017, 30 days ago, not complete |
      | 9.3 | Update the QA strategy<br>to reflect this | PD | Amber | Green | Reported Amber: QA audit framework updated. Strategy to be updated. |

      ## Reported rating differs from the evidence (2)

      | Ref | Action | Lead | Reported | Derived | Reason |
      | --- | --- | --- | --- | --- | --- |
      | 9.1 | Safeguarding and Quality Assurance to contact all families \\| &lt;b&gt;QA&lt;/b&gt; | PD | Green | Red | Red: due 31 March 2017, 30 days ago, not complete |
      | 9.3 | Update the QA strategy<br>to reflect this | PD | Amber | Green | Green: due 31 May 2017, in 31 days |"
    `);
  });

  it('writes aligned plain text with no colour codes', () => {
    const text = renderProgressReport(smallReport, 'text');
    const tinted = structuredClone(small);
    tinted.actions[1]!.title = '\u001b[31mUpdate the QA strategy\u001b[0m';
    expect(renderProgressReport(buildProgressReport(tinted), 'text').includes('\u001b')).toBe(false);
    expect(text).toContain(
      '9.1  Safeguarding and Quality Assurance to contact all families …  PD    Green     Red      Red: due 31 March 2017, 30 days ago, not complete',
    );
    expect(text).toContain('Rating  Reported  Derived\n------  --------  -------\nRed            0        1');
  });
});

describe('buildProgressReport sharing a validation run’s facts', () => {
  it('reads each action through the facts it is given and reports as it would alone (seed 003, 1.1 Red)', () => {
    const facts = planFacts(plan.actions);
    const issues = validatePlan(plan, { asOf: '2017-04-30', facts });
    const asked = new Set<string>();
    const counted: PlanFacts = { ...facts, actionsById: facts.actionsById, of: (action) => (asked.add(action.id), facts.of(action)) };
    const shared = buildProgressReport(plan, { asOf: '2017-04-30', facts: counted });
    expect(shared).toEqual(report);
    expect(asked.size).toBe(plan.actions.length);
    expect(shared.ratings.find((r) => r.action.ref === '1.1')?.reason).toBe('Red: due 28 February 2017, 61 days ago, not complete');
    expect(issues.some((issue) => issue.code === 'green-but-overdue')).toBe(true);
  });
});
