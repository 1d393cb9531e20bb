// Verbatim wording from the seeds (../shared/docs/seed-domain.md §1.1 and §1.4), so generated plans
// carry cells as long and as irregular as the real ones: the bench measures text-heavy rows, not
// placeholders.

/** Seed 003's theme rows (note the space before the comma, as printed). */
export const THEMES_003: readonly string[] = [
  'The experiences and progress of children who need help and protection',
  'The experiences and progress of children looked after and achieving permanence',
  'Leadership , Management and Governance',
  'The experience and progress of Care Leavers',
];

/** Seed 003's table header, 10 columns. */
export const HEADER_003: readonly string[] = [
  'Recommendations:', 'Ref:', 'Action:', 'Start:', 'End date', 'Measure/outcome:', 'Lead officer:', 'DLT lead:', 'Comments:', 'RAG status:',
];

/** Seed 003's recommendation cells (first row of each group, merged down over it). */
export const RECOMMENDATIONS_003: readonly string[] = [
  'Ofsted recommendation 1: Further improve the quality and consistency of written plans for children, including early help plans, child in need plans, personal education plans and pathway plans. These should be clear and simple, fully integrate the views of children and young people and clearly state what is to be achieved by when.',
  "Ofsted recommendation 2: When families disengage from services and the threshold is not met to escalate the case further, ensure that any on-going work is purposeful and that case records clearly evidence managers' rationale for ceasing or continuing support",
  'All Children in Need cases, regardless of engagement or disengagement, to have up-to-date chronologies on file',
  'Research on neglect linked to affluence draws on practitioner experience and identifies strategies and practice methods to address non-engagement from these families.',
  '5. Explore provision of a range of placement options available for children looked after (Executive Summary - pg. 16)',
  'Ensure all initial health assessments are done promptly (Paragraph 39)',
  'Ofsted recommendation 4: Expedite the provision of health histories for all care leavers',
  'Ensure that Pathway Plans are shared with care leavers (Paragraph 55)',
];

/** Seed 003's action texts (one is truncated in the source, kept so). */
export const ACTIONS_003: readonly string[] = [
  'Review and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)',
  'Consult families/CYP and partners on the CAF',
  'Review and revise layout of Child Protection plans',
  'Review and revise layout of Care Plans and ensure that they are implemented in practice',
  "Virtual Head to ensure the language in the Personal Education Plan (PEP) is simple, SMART and that children and young people's views are incorporated in every PEP",
  'Sign-off the relevant plan templates through Children and Families Team, CSMT and SIB',
  'Initiate pilot of new plan templates in',
  'Thematic audit on closed cases',
  'Present findings of Goldsmith research to the SIB and CEB',
  'Complete an LSCB-led multi-agency audit on neglect cases',
];

/** Seed 003's measures, on the first row of a group only. */
export const MEASURES_003: readonly string[] = [
  "1) Written plans for children are consistently SMART 2) Children and young people's views are incorporated 3) Annual quality assurance audits of all cases confirm that actions on written plans have timescales, are achievable and reflect the voice of the child 4) Partner agencies are able to contribute to plans where appropriate",
  '1) Chronologies are updated every 3 months and maintain a clear record of significant incidents, themes and patterns in children\'s lives. 2) Families that disengage are signposted to other services/provided information for accessing other services',
  'Number of new early help assessments completed over the last year',
  '1) No drift on cases 2) Chronologies are updated every 3 months and this is reflected in the Practice Standards',
];

/** Seed 003's lead officer cells (initials, joint with `/`). */
export const LEADS_003: readonly string[] = ['RG', 'RG/JF', 'SK/RdP', 'PD', 'RG/PD', 'JH', 'IA', 'CP'];

/** Seed 003's comments, from one word to a paragraph. */
export const COMMENTS_003: readonly string[] = [
  'Early help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.',
  'Families have been consulted on the old CAF, and will be consulted on the new draft CAF.',
  'All templates updated with SMART plans. Including CP/CIN/PEP. These are in use. A review will take place to see if quality plans are SMARTer as a result of better form design.',
  'done',
  'on target',
  'Not yet consistently embedded across all workers.',
  'complete. Next review of practice standards is in June.',
  'in progress.',
  'to be done.',
  '',
];

/** Seed 000's themes, each a row of its own above a repeated header. */
export const THEMES_000: readonly string[] = [
  'Theme: Best practice',
  'Theme: Participation',
  'Theme: Quality Assurance and Performance Management',
  'Theme: Workforce development',
];

/** Seed 000's milestone table header, 8 columns (repeated under each theme and after page breaks). */
export const HEADER_000: readonly string[] = ['Action', 'Milestone', 'Start Date', 'Due Date', 'Status', 'Progress Note', 'Milestone Lead', 'Outcome'];

/** Seed 000's `Action Status` key, worst first, with the colours a Haringey key uses. */
export const KEY_000: ReadonlyArray<{ fill: string; meaning: string }> = [
  { fill: 'FF0000', meaning: 'Not achieved / not on track support required to address issues' },
  { fill: 'FFC000', meaning: 'Not on track but no support required to address issues' },
  { fill: '00B050', meaning: 'Action in progress and on track to be completed' },
  { fill: '0070C0', meaning: 'Action completed and desired outcome achieved' },
];

/** Seed 000's action texts (numbered in the cell, with a recommendation cross-reference). */
export const ACTIONS_000: readonly string[] = [
  'Ensure that the quality of all case recording, staff supervision, assessments and care planning consistently matches best practice (Ofsted Feb 2011 – Rec 8)',
  'Improve the standard of refuges',
  'Ensure that the quality of all staff supervision, consistently matches best practice (Ofsted Feb 2011 – Rec 8)',
];

/** Seed 000's milestone texts, without their `A.B` number. */
export const MILESTONES_000: readonly string[] = [
  'All areas where non qualified social workers operate reviewed to ensure they are appropriately allocated cases and supervised (in line with Working Together to Safeguard Children) (Ofsted Feb 2011 - Rec 1)',
  'System for attendance at child protection review medicals reviewed and attendance monitored (Ofsted Feb 2011 - Rec 2)',
  'Best Practice standards for attendance at strategy meetings [and child protection conferences] developed and attendance monitored by LSCB (Ofsted Feb 2011 – Rec 3)',
  'Review systems in place to ensure timely allocation of all children in need cases and regular review of service plans (Ofsted Feb 2011 - Rec 6)',
];

/** Seed 000's progress notes: a dated status prefix, then narrative. */
export const PROGRESS_000: ReadonlyArray<{ status: string; text: string }> = [
  { status: 'Achieved', text: 'The procedure for case record auditing has been reviewed and new arrangements will be in place from 01.06.11.' },
  { status: 'Achieved', text: 'Practice standards in place and in use. Heads of Service monitor compliance through audit.' },
  {
    status: 'On track',
    text: "Child in Need cases are subject to monthly review by Heads of Service and Multi Disciplinary Team manager, to ensure where safe and appropriate we can step down to Children and young people being managed through the role of lead practitioner and ' team around the child' with universal services.",
  },
  { status: 'On track', text: 'The Barnardos contract is now being finalised. Discussions on how to achieve the independent interviews are ongoing.' },
  { status: 'Not achieved', text: 'Team Manager and Senior Practitioner programme delayed.' },
];

/** Seed 000's milestone leads. */
export const LEADS_000: readonly string[] = ['Debbie Haith', 'Karen Baggaley', 'Marion Wheeler', 'Chris Chalmers', 'Debbie Haith (Chair QA Sub Group)'];

/** Seed 000's outcomes, on an action's first row. */
export const OUTCOMES_000: readonly string[] = [
  'Partnership assured that any safeguarding concerns for children with disabilities are being identified and investigated properly; Safeguarding services of a high quality are being delivered across the Borough',
  'Mothers placed in suitable refuges',
  'Increased attainment for looked after children',
];
