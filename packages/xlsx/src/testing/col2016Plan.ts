import { createAction, createPlan, type Plan } from '@actionplan/core';

/**
 * A hand-built slice of seed 003 (City of London, Ofsted July 2016), wording verbatim: theme row,
 * two recommendations, refs 1.1, 1.8, 2.5 and a blank ref, Mon-yy dates, joint leads, Amber and Green.
 *
 * @example
 * exportWorkbook(col2016Plan());
 */
export function col2016Plan(): Plan {
  const section = 'The experiences and progress of children who need help and protection';
  return createPlan({
    id: 'col-2016',
    title: 'Improvements following from the OFSTED Report - July 2016',
    organisation: 'City of London',
    asOf: '2017-04-30',
    inspections: [{ id: 'ofsted-2016', bodies: ['Ofsted'], title: 'Ofsted inspection', date: '2016-07', judgement: null }],
    sections: [{ id: 's1', kind: 'theme', title: section, parentId: null, aims: [] }],
    recommendations: [
      {
        id: 'r1',
        code: 'Ofsted recommendation 1',
        inspectionId: 'ofsted-2016',
        sectionId: 's1',
        text: 'Further improve the quality and consistency of written plans for children, including early help plans, child in need plans, personal education plans and pathway plans.',
        timescale: null,
        due: null,
        paragraphRefs: [],
        outcomes: ['1) Written plans for children are consistently SMART', "2) Children and young people's views are incorporated"],
        source: { sheet: 'Action Plan', row: 3 },
      },
      {
        id: 'r2',
        code: null,
        inspectionId: null,
        sectionId: 's1',
        text: 'All Children in Need cases, regardless of engagement or disengagement, to have up-to-date chronologies on file',
        timescale: null,
        due: null,
        paragraphRefs: [],
        outcomes: [],
        source: null,
      },
    ],
    actions: [
      createAction({
        id: 'a1',
        ref: '1.1',
        sectionId: 's1',
        title: 'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
        leads: ['RG'],
        start: '2017-01',
        startText: 'Jan-17',
        due: '2017-02',
        dueText: 'Feb-17',
        rag: 'amber',
        status: 'in-progress',
        comments: 'Early help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.',
        recommendationIds: ['r1'],
        extra: { 'DLT lead:': 'CP' },
        progress: [{ date: '2017-04', status: 'in-progress', statusText: 'in progress.', text: 'Early help plans are being reviewed by MAPF and parents.' }],
        source: { sheet: 'Action Plan', row: 3, cells: { ref: 'B3', title: 'C3' } },
      }),
      createAction({
        id: 'a2',
        ref: '1.8',
        sectionId: 's1',
        title: 'Initiate pilot of new plan templates in',
        leads: ['RG'],
        start: '2017-03-01',
        startText: '1.3.17',
        due: '2017-03-31',
        dueText: '31.3.17',
        rag: 'green',
        status: 'complete',
        comments: 'done',
        recommendationIds: ['r1'],
        extra: { 'DLT lead:': 'CP' },
      }),
      createAction({
        id: 'a3',
        ref: null,
        sectionId: 's1',
        title: 'Ensure that an up-to-date chronology is on file and has been reviewed by the Team Manager as part of the sign off process (RG to lead)',
        leads: ['RG', 'JF'],
        start: '2016-09',
        startText: 'Sep-16',
        due: '2017-03',
        dueText: 'Mar-17',
        rag: 'amber',
        comments: 'Not yet consistently embedded across all workers.',
        recommendationIds: ['r2'],
        measures: ['1) No drift on cases', '2) Chronologies are updated every 3 months'],
      }),
      createAction({
        id: 'a4',
        ref: '2.5',
        sectionId: 's1',
        title: '=SUM(A1) +44 -1 @x <b>Update report</b> on compliance to go to',
        leads: ['PD'],
        due: '2011-05-31',
        dueText: '31.5.11',
        rag: 'green',
        comments: 'Review will go to SIB in June.\nline two',
      }),
    ],
  });
}
