/**
 * Builds the bundled example plan `col-2016.plan.json` from `col-2016.tsv`, a verbatim copy of seed 003
 * (City of London, "Improvements following from the OFSTED Report - July 2016"). The derivation lives
 * here so that every value in the JSON can be traced to a row of the TSV; `col2016.test.ts` checks the
 * committed JSON is exactly what this builds.
 *
 * Regenerate from the repository root:
 *   npx esbuild examples/plans/buildCol2016.ts --bundle --platform=node --format=esm --conditions=source \
 *     --log-level=warning | node --input-type=module - --write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PlanSchema, createAction, createPlan } from '@actionplan/core';
import type { Action, Plan, Recommendation, Section } from '@actionplan/core';

const TSV_PATH = 'examples/plans/col-2016.tsv';
const JSON_PATH = 'examples/plans/col-2016.plan.json';
const SHEET = 'col-2016.tsv';

/** The seed's progress snapshot is undated; comments mention April 2017, so we rate as at its last day. */
export const COL_2016_AS_OF = '2017-04-30';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A `Mon-yy` or `Mon-yyyy` cell (`Jan-17`, `Jun-2017`) as a month-precision date, or null when blank.
 * Seed 003 writes no other date form.
 */
function monthOf(text: string): string | null {
  if (text === '') return null;
  const match = /^([A-Za-z]{3})-(\d{2}|\d{4})$/.exec(text);
  const month = match ? MONTHS.indexOf(match[1]!.toLowerCase()) + 1 : 0;
  if (!match || month === 0) throw new Error(`Seed 003 date not in Mon-yy form: "${text}"`);
  const year = match[2]!.length === 2 ? `20${match[2]}` : match[2]!;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** `1) Written plans … 2) Children …` as one measure per number; an unnumbered cell is one measure. */
function splitMeasures(text: string): string[] {
  if (text === '') return [];
  return text
    .split(/(?:^|\s+)\d+\)\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** `Ofsted recommendation 1: Further improve …` or `5. Explore provision …` → code and text. */
function splitRecommendationLabel(label: string): { code: string | null; text: string } {
  const ofsted = /^(Ofsted recommendation \d+): (.*)$/s.exec(label);
  if (ofsted) return { code: ofsted[1]!, text: ofsted[2]! };
  const numbered = /^(\d+)\. (.*)$/s.exec(label);
  if (numbered) return { code: numbered[1]!, text: numbered[2]! };
  return { code: null, text: label };
}

/** `(Paragraph 39)`, `(Executive Summary - pg. 16)` cited in a recommendation, without brackets. */
function paragraphRefsOf(text: string): string[] {
  return [...text.matchAll(/\((Paragraph \d+|Executive Summary - pg\. \d+)\)/g)].map((match) => match[1]!);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The City of London July 2016 Ofsted improvement plan (seed 003) as a Plan: 4 theme sections,
 * 15 recommendation groups and 55 actions, every cell kept verbatim.
 *
 * @example
 * const plan = buildCol2016Plan(readFileSync('examples/plans/col-2016.tsv', 'utf8'));
 * plan.actions.find((a) => a.ref === '1.1')?.due; // '2017-02'
 */
export function buildCol2016Plan(tsv: string): Plan {
  const sections: Section[] = [];
  const recommendations: Recommendation[] = [];
  const actions: Action[] = [];
  let title = '';
  let section: Section | null = null;
  let recommendation: Recommendation | null = null;
  let unnumbered = 0;

  tsv.split('\n').forEach((line, index) => {
    const row = index + 1;
    const cells = line.split('\t');
    if (cells.every((cell) => cell === '')) return;
    if (cells.length === 1) {
      title = cells[0]!;
      return;
    }
    if (cells[0] === 'Recommendations:') return; // a header row, repeated before every block
    if (cells.slice(1).every((cell) => cell === '')) {
      // A theme row: the same title recurs before several blocks, but it is one section.
      const existing = sections.find((s) => s.title === cells[0]);
      section = existing ?? { id: `theme-${slug(cells[0]!)}`, kind: 'theme', title: cells[0]!, parentId: null, aims: [] };
      if (!existing) sections.push(section);
      return;
    }
    const [label, ref, text, start, due, measure, lead, dltLead, comments, rag] = cells as [
      string, string, string, string, string, string, string, string, string, string,
    ];
    if (label !== '') {
      // The Paragraph 39 group repeats its label on three rows: one recommendation.
      const { code, text: recText } = splitRecommendationLabel(label);
      const existing = recommendations.find((r) => r.code === code && r.text === recText);
      if (existing) recommendation = existing;
      else {
        recommendation = {
          id: `rec-${recommendations.length + 1}`,
          code,
          inspectionId: 'ofsted-2016',
          sectionId: section?.id ?? null,
          text: recText,
          timescale: null,
          due: null,
          paragraphRefs: paragraphRefsOf(recText),
          outcomes: [],
          source: { sheet: SHEET, row },
        };
        recommendations.push(recommendation);
        unnumbered = 0;
      }
    }
    const id = ref !== '' ? `act-${ref}` : `${recommendation?.id ?? 'rec-0'}-row-${++unnumbered}`;
    actions.push(
      createAction({
        id,
        ref: ref === '' ? null : ref,
        sectionId: section?.id ?? null,
        title: text,
        leads: lead === '' ? [] : lead.split('/'),
        start: monthOf(start),
        startText: start === '' ? null : start,
        due: monthOf(due),
        dueText: due === '' ? null : due,
        rag: rag === '' ? null : rag.toLowerCase(),
        measures: splitMeasures(measure),
        comments: comments === '' ? null : comments,
        recommendationIds: recommendation ? [recommendation.id] : [],
        extra: dltLead === '' ? {} : { 'DLT lead:': dltLead },
        source: { sheet: SHEET, row },
      }),
    );
  });

  return PlanSchema.parse(
    createPlan({
      id: 'col-2016',
      title: `${title} (progress snapshot undated; comments mention April 2017, so rated as at 30 April 2017)`,
      organisation: 'City of London Corporation',
      asOf: COL_2016_AS_OF,
      ragScheme: 'rag',
      inspections: [
        { id: 'ofsted-2016', bodies: ['Ofsted'], title: 'OFSTED Report - July 2016', date: '2016-07', judgement: null },
      ],
      sections,
      recommendations,
      actions,
    }),
  );
}

/**
 * Reads the TSV and writes the plan JSON, both relative to the repository root.
 *
 * @example
 * writeCol2016Plan(); // rewrites examples/plans/col-2016.plan.json
 */
export function writeCol2016Plan(): void {
  const plan = buildCol2016Plan(readFileSync(TSV_PATH, 'utf8'));
  writeFileSync(JSON_PATH, `${JSON.stringify(plan, null, 2)}\n`);
  console.log(`Wrote ${JSON_PATH}: ${plan.actions.length} actions, ${plan.recommendations.length} recommendations.`);
}

if (process.argv.includes('--write')) writeCol2016Plan();
