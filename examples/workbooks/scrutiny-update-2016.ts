import { scrutinyRecommendations } from '../data/scrutiny-update-2016-recommendations';
import { boldRow } from '../workbook-spec';
import type { Cell, SheetSpec, WorkbookSpec } from '../workbook-spec';

/**
 * The link an officer pasted as text: it must stay text, never become a formula.
 * (The file name is made up; the seed gives none.)
 */
export const scrutinyReportLinkText = '=HYPERLINK("Ofsted SIF report July 2014.pdf","Ofsted report published July 2014")';

const HEADER = ['Ref', 'Recommendation', 'Progress', 'Last reviewed'];

function recommendationRows(): Cell[][] {
  const rows: Cell[][] = [
    boldRow(["Ofsted Recommendation Review of Progress for Children's Services"]),
    ['Report for: C&YP Scrutiny Panel – 13 December 2016'],
    [scrutinyReportLinkText],
    [],
    boldRow(HEADER),
  ];
  let section = '';
  for (const recommendation of scrutinyRecommendations) {
    if (recommendation.section !== section) {
      section = recommendation.section;
      rows.push([{ value: section, bold: true, mergeRight: HEADER.length - 1 }]);
    }
    rows.push([recommendation.code, recommendation.text, recommendation.progress, 'November 2016']);
  }
  return rows;
}

const percent = (fraction: number): Cell => ({ value: fraction, numFmt: '0%' });

/**
 * Seed-domain §7.2's 002 figures. Some are real percentages, some were typed as text
 * (`90% target`, `statutory 45 days`), as they were in the report. A recommendation is named
 * only where its text names the measure.
 */
function indicatorRows(): Cell[][] {
  return [
    boldRow(['Indicator', 'Baseline', 'Target', 'Actual', 'Period', 'Recommendation']),
    ['LAC dental checks up to date', percent(0.79), '90% target', percent(0.84), 'end of Sept', 'Recommendation 14'],
    ['Care leavers in ETE', percent(0.45), null, percent(0.34), 'end 2015/16 → now', 'Recommendation 14'],
    ['Care leavers in suitable accommodation', percent(0.69), null, '52%; 156 from 175', 'end 2015/16 → now', 'Recommendation 14'],
    ['ICPCs within 15 working days', null, 'our target', percent(0.98), null, 'Recommendation 6'],
    ['Assessment timeliness', null, 'statutory 45 days', 'Most assessments are completed within the statutory 45 days', null, null],
    ['Care plans up to date', null, null, percent(0.9), 'most recent', null],
    ['LAC aged over 16 with pathway plan < 6 months old', null, null, percent(0.89), null, 'Recommendation 9'],
    ['PEPs up to date', null, null, percent(0.8), null, null],
    ['LAC reviews in timescale', null, null, percent(0.92), null, null],
    ['LAC health assessments', null, null, percent(0.94), 'year to September', null],
    ['18-year-old care leavers receiving health history', null, null, percent(0.83), 'As at the end of August 2016', 'Recommendation 16'],
  ];
}

const recommendationsSheet: SheetSpec = {
  name: 'Recommendations',
  columnWidths: [18, 60, 90, 16],
  rows: recommendationRows(),
};

const indicatorsSheet: SheetSpec = {
  name: 'Indicators',
  columnWidths: [46, 10, 18, 30, 28, 18],
  rows: indicatorRows(),
};

/**
 * Seed 002 has no table: this is the tracker a council would keep from it (recommendations
 * 1–17 under their Key Judgement Areas, the progress text, and the indicators it quotes).
 *
 * @example
 * writeWorkbook(scrutinyUpdate2016).xlsx.writeFile('scrutiny-update-2016.xlsx');
 */
export const scrutinyUpdate2016: WorkbookSpec = {
  fileName: 'scrutiny-update-2016.xlsx',
  savedOn: '2016-12-05',
  author: 'Haringey CYPS',
  sheets: [recommendationsSheet, indicatorsSheet],
};
