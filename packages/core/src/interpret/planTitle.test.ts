import { describe, expect, it } from 'vitest';
import { sheetFromRows } from './fixtures/sheetFromRows';
import { interpretGrid } from './interpretGrid';

const BANNER = 'AREAS FOR IMPROVEMENT IDENTIFIED IN OFSTED REPORT';
const HEADER = 'Recommendations\tOutcomes required\tLead Officer/ Executive Head\tActions (what needs to happen to achieve the outcomes required)\tBy When\tProgress Update';
const PAGE = [BANNER, HEADER, '(S2) The local council should ensure that pre-birth safeguarding concerns are identified early\tTimely pre-birth planning.\tLSCB SP\t(1) Revise multi-agency pre-birth protocol\t27.9.12.\t(1) Awaiting sign-off'];

describe('the plan title (seed 004)', () => {
  it('is the document title above the table, not the banner repeated on every page', () => {
    const rows = ['Children and Families Improvement Board Improvement Development Plan', 'Part 1 – Inspection Recommendations', ...PAGE, ...PAGE];
    const { plan, issues } = interpretGrid({ sheets: [sheetFromRows('Improvement Plan', rows)] });
    expect(plan.title).toBe('Children and Families Improvement Board Improvement Development Plan');
    expect(issues.some((issue) => issue.code === 'title-from-sheet')).toBe(false);
  });

  it('is the sheet name, with a note, when only the repeated banner stands above the header', () => {
    const { plan, issues } = interpretGrid({ sheets: [sheetFromRows('Improvement Plan', ['Part 1 – Inspection Recommendations', ...PAGE, ...PAGE])] });
    expect(plan.title).toBe('Improvement Plan');
    expect(issues).toContainEqual(expect.objectContaining({ code: 'title-from-sheet', severity: 'info', sheet: 'Improvement Plan' }));
  });

  it('is a banner printed once', () => {
    const { plan } = interpretGrid({ sheets: [sheetFromRows('Improvement Plan', ['Part 1 – Inspection Recommendations', ...PAGE])] });
    expect(plan.title).toBe(BANNER);
  });
});
