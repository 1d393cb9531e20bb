import type { Grid, GridCell } from '@actionplan/core';

/**
 * The first rows of the City of London plan (seed 003, `Improvements following from the OFSTED
 * Report - July 2016`), verbatim, one tab-separated line per row: the sheet the preview opens first
 * and the tests' seed-layout sheet.
 */
export const SEED_003_LINES: readonly string[] = [
  "Improvements following from the OFSTED Report - July 2016",
  "",
  "The experiences and progress of children who need help and protection\t\t\t\t\t\t\t\t\t",
  "Recommendations:\tRef:\tAction:\tStart:\tEnd date\tMeasure/outcome:\tLead officer:\tDLT lead:\tComments:\tRAG status:",
  "Ofsted recommendation 1: Further improve the quality and consistency of written plans for children, including early help plans, child in need plans, personal education plans and pathway plans. These should be clear and simple, fully integrate the views of children and young people and clearly state what is to be achieved by when.\t1.1\tReview and revise layout of Early Help plans in partnership with Multi-Agency Practitioner Forum (MAPF)\tJan-17\tFeb-17\t1) Written plans for children are consistently SMART 2) Children and young people's views are incorporated 3) Annual quality assurance audits of all cases confirm that actions on written plans have timescales, are achievable and reflect the voice of the child 4) Partner agencies are able to contribute to plans where appropriate\tRG\tCP\tEarly help plans are being reviewed by MAPF and parents. It is in the work plan this term, as the MAPF was completing other work in February.\tAmber",
  "\t1.2\tConsult families/CYP and partners on the CAF\tJan-17\tFeb-17\t\tRG/JF\tCP\tFamilies have been consulted on the old CAF, and will be consulted on the new draft CAF.\tGreen",
  "\t1.3\tReview and revise layout of Child Protection plans\tJan-17\tFeb-17\t\tRG\tCP\tAll templates updated with SMART plans. Including CP/CIN/PEP. These are in use. A review will take place to see if quality plans are SMARTer as a result of better form design.\tGreen",
  "\t1.4\tReview and revise layout of Care Plans and ensure that they are implemented in practice\tJan-17\tFeb-17\t\tRG\tCP\tAll templates updated with SMART plans. Including CP/CIN/PEP. These are in use. A review will take place to see if quality plans are SMARTer as a result of better form design.\tGreen",
  "\t1.5\tVirtual Head to ensure the language in the Personal Education Plan (PEP) is simple, SMART and that children and young people's views are incorporated in every PEP\tJan-17\tFeb-17\t\tJH\tCP\tAll templates updated with SMART plans. Including CP/CIN/PEP. These are in use. A review will take place to see if quality plans are SMARTer as a result of better form design.\tGreen",
  "\t1.6\tService Manager to develop an example Pathway Plan with simple targets. Staff to use group supervision to look at SMART targets and simple writing for Pathway Plan\tJan-17\tFeb-17\t\tRG\tCP\tPathway plans have been updated with SMART plans.\tGreen",
  "\t1.7\tSign-off the relevant plan templates through Children and Families Team, CSMT and SIB\tFeb-17\tFeb-17\t\tRG\tCP\tTemplates are in use, and will be reviewed at the next SIB.\tGreen",
  "\t1.8\tInitiate pilot of new plan templates in\tMar-17\tMar-17\t\tRG\tCP\tdone\tGreen",
  "\t1.9\tBegin evaluation of new plan templates\tSep-17\tSep-17\t\tRG\tCP\t\tGreen",
  "",
  "The experiences and progress of children who need help and protection\t\t\t\t\t\t\t\t\t",
  "Recommendations:\tRef:\tAction:\tStart:\tEnd date\tMeasure/outcome:\tLead officer:\tDLT lead:\tComments:\tRAG status:",
  "Ofsted recommendation 2: When families disengage from services and the threshold is not met to escalate the case further, ensure that any on-going work is purposeful and that case records clearly evidence managers' rationale for ceasing or continuing support\t2.1\tAll open cases to children social care where the family disengages will activate the triple-lock mechanism to support decision-making regarding closure or continuation of case\tJan-17\tJan-17\t1) Chronologies are updated every 3 months and maintain a clear record of significant incidents, themes and patterns in children's lives. 2) Families that disengage are signposted to other services/provided information for accessing other services\tRG/PD\tCP\tCase notes show the triple lock management system on next steps after disengagement. Casenotes also show a thorough review of threshold where there is a clear 'no' to further intervention.\tGreen",
  "\t2.2\tIf case continues, review and revise the plan with clear timescales with a further review at no later than 3 months to determine case status\tJan-17\tJan-17\t\tRG\tCP\tIn place. Once permanent IRO/CP chair is in place, CIN reviews can be chaired by this person, to add additional robust review and external challenge to CIN cases.\tGreen",
  "\t2.3\tReview Practice Standards and revise accordingly to reflect: 1) requirement for chronologies to be updated every 3 months 2) triple lock mechanism\tJan-17\tJan-17\t\tRG\tCP\tcomplete. Next review of practice standards is in June.\tGreen",
  "\t2.4\tThematic audit on closed cases\tSep-17\tSep-17\t\tPD\tCP\ton target\tGreen",
  "\t2.5\tUpdate report on compliance to go to\tMar-17\tMar-17\t\tPD\tCP\tReview will go to SIB in June.\tGreen",
  "",
  "All Children in Need cases, regardless of engagement or disengagement, to have up-to-date chronologies on file\t\tEnsure that an up-to-date chronology is on file and has been reviewed by the Team Manager as part of the sign off process (RG to lead)\tSep-16\tMar-17\t1) No drift on cases 2) Chronologies are updated every 3 months and this is reflected in the Practice Standards\tRG\tCP\tNot yet consistently embedded across all workers.\tAmber",
  "\t\tNovember audits to review evidence that the plan is updated to reflect continuation of work and plan meets requirements as set out above in A1 (PD to lead)\tSep-16\tMar-17\t1) Measure compliance through audits and supervision\tPD\tCP\tcomplete.\tGreen",
  "Research on neglect linked to affluence draws on practitioner experience and identifies strategies and practice methods to address non-engagement from these families.\t3.1\tPresent findings of Goldsmith research to the SIB and CEB\tSep-17\tSep-17\t1) Clearer planning and risk evaluation with clear outcomes 2) Multi-agency approach to identify risk/decision-making and who is best placed to work with the families 3) Co-produced research between City of London and Goldsmiths University is completed and published in 2017\tCP\tCP\tin progress.\tGreen",
  "\t3.2\tDevelop and implement single-agency training and support for social workers and managers alongside CHSCB training offer to address non-engagement from families where neglect linked to affluence is evident\tSep-17\tSep-17\t\tIA\tCP\t\tGreen",
  "\t3.3\tComplete an LSCB-led multi-agency audit on neglect cases\tJun-17\tJun-17\t\t\t\t\tGreen",
  "\t3.4\tInclude a session on neglect linked to affluence at the next Multi-Agency Partnership Event in 2017 to support practitioners in working with these families\tJun-17\tJun-2017\t\tCP\tCP\t\tGreen"
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const RAG_FILLS: Record<string, string> = { Red: 'FF0000', Amber: 'FFC000', Green: '00B050' };
const DAY_MS = 86_400_000;

/**
 * A seed cell as Excel would hold it: `Jan-17` / `Jun-2017` as a real date formatted `mmm-yy` /
 * `mmm-yyyy` (the first of the month; the format says it means the month), RAG words on their colour.
 *
 * @example
 * seedCell('Jan-17'); // { text: 'Jan-17', number: 42736, date: '2017-01-01', numFmt: 'mmm-yy' }
 */
export function seedCell(text: string): GridCell | null {
  if (text === '') return null;
  const month = /^([A-Z][a-z]{2})-(\d{2}|\d{4})$/.exec(text);
  const index = month ? MONTHS.indexOf(month[1] ?? '') : -1;
  if (month && index >= 0) {
    const digits = month[2] ?? '';
    const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
    const utc = Date.UTC(year, index, 1);
    return {
      text,
      number: Math.round((utc - Date.UTC(1899, 11, 30)) / DAY_MS),
      date: new Date(utc).toISOString().slice(0, 10),
      numFmt: digits.length === 2 ? 'mmm-yy' : 'mmm-yyyy',
    };
  }
  const fill = RAG_FILLS[text];
  return fill ? { text, fill } : { text };
}

/**
 * A one-sheet Grid from tab-separated lines, each line a row.
 *
 * @example
 * linesToGrid('Plan', ['Ref:\tAction:', '1.1\tReview']).sheets[0]?.rows[1]?.[0]?.text; // '1.1'
 */
export function linesToGrid(name: string, lines: readonly string[]): Grid {
  const rows = lines.map((line) => (line === '' ? [] : line.split('\t').map(seedCell)));
  return { sheets: [{ name, rows, merges: [] }] };
}
