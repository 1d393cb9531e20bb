import { describe, expect, it } from 'vitest';
import example from '../../../../examples/plans/col-2016.plan.json';
import { PlanSchema } from '../model/index';
import { validatePlan } from './validatePlan';

// The bundled plan: seed 003 (City of London, Ofsted July 2016) as at 30 April 2017.
const plan = PlanSchema.parse(example);
const issues = validatePlan(plan);
const refOrTitle = (index: number) => plan.actions[index]!.ref ?? plan.actions[index]!.title.slice(0, 30);

describe('validatePlan on the bundled seed 003 plan', () => {
  it('reports 14 Green rows past their end date, leaving out the 7 whose comments report the work done', () => {
    const overdue = issues.filter((issue) => issue.code === 'green-but-overdue').map((issue) => refOrTitle(issue.path[1] as number));
    expect(overdue).toEqual([
      '1.2', '2.1', '2.5', 'Social worker to inform young ', 'A presentation to the CiCC to ', '5.2', '6.1', '6.2', '6.3', '7.1',
      'Build requirement into Practic', '8.1', '9.1', '9.3',
    ]);
    // 1.3–1.5 "These are in use.", 1.6 "have been updated", 1.7 "are in use", 4.1 "Audits evidenced this.",
    // and "All minutes are uploaded." (a row with no ref) are read as done.
    for (const done of ['1.3', '1.4', '1.5', '1.6', '1.7', '4.1']) expect(overdue).not.toContain(done);
    expect(overdue).not.toContain('Minutes of Permanency Planning');
  });

  it('still flags 6.1, whose comment says "not working consistently", on both counts', () => {
    const about61 = issues.filter((issue) => issue.ref === '6.1').map((issue) => issue.code);
    expect(about61).toEqual(['green-but-overdue', 'green-with-negative-comment']);
  });

  it('does not ask for evidence from work a comment reports done (implied completion is its own evidence)', () => {
    const evidence = issues.filter((issue) => issue.code === 'complete-without-evidence').map((issue) => refOrTitle(issue.path[1] as number));
    expect(evidence).toEqual(['1.8', 'November audits to review evid', 'A6.4', 'Independent Reviewing Officer ', '5.1', '9.2']);
  });
});
