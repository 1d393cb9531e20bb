import { createAction, createPlan } from '@actionplan/core';
import type { Action, DeliveryStatus, Grid, GridCell, GridMerge, GridSheet, Plan, Recommendation, Section } from '@actionplan/core';
import { dayText, excelSerial, isoMonth, lastDayOf, monthIndex, monthWords, shortMonthText, type MonthIndex } from './calendar';
import { seededRandom, type Random } from './random';
import * as seed from './seedText';

/** The two seed layouts the generator copies: seed 003's 10-column plan and seed 000's milestone report. */
export type BenchLayout = 'col-2016' | 'haringey-2011';

/** What to generate. */
export interface BenchWorkbookOptions {
  /** Data rows (actions and milestones), spread over the layouts; theme, header and title rows come on top. */
  rows: number;
  /** Which layouts, each on its own sheet; seed 003's gets three quarters of the rows when both are asked for. */
  layouts?: readonly BenchLayout[];
  seed?: number;
}

/** A generated workbook as the readers see it (a Grid) and the plan an ideal importer would build from it. */
export interface BenchWorkbook {
  grid: Grid;
  plan: Plan;
  /** Column widths per sheet, in characters, for the written workbook. */
  widths: number[][];
}

const FILLS = { Green: '00B050', Amber: 'FFC000', Red: 'FF0000' } as const;
type RagWord = keyof typeof FILLS;

interface SheetBuild {
  rows: Array<Array<GridCell | null>>;
  merges: GridMerge[];
  sections: Section[];
  recommendations: Recommendation[];
  actions: Action[];
}

const text = (value: string, extra: Omit<GridCell, 'text'> = {}): GridCell | null => (value === '' && !extra.fill ? null : { text: value, ...extra });
const bold = (value: string): GridCell | null => text(value, { bold: true });

/** A real date cell: the first of the month formatted `mmm-yy`, so the format says it means the month. */
function monthCell(m: MonthIndex, random: Random): GridCell {
  if (random.chance(0.1)) return { text: shortMonthText(m) };
  if (random.chance(0.05)) return { text: shortMonthText(m, true) };
  const day = `${isoMonth(m)}-01`;
  return { text: shortMonthText(m), number: excelSerial(day), date: day, numFmt: 'mmm-yy' };
}

/** A seed 000 day: text such as `31-May-2017`, or a real date formatted `dd-mmm-yyyy`. */
function dayCell(m: MonthIndex, first: boolean, random: Random): GridCell {
  const words = dayText(m, first);
  if (random.chance(0.7)) return { text: words };
  const day = first ? `${isoMonth(m)}-01` : lastDayOf(m);
  return { text: words, number: excelSerial(day), date: day, numFmt: 'dd-mmm-yyyy' };
}

function ragWord(random: Random): RagWord {
  const roll = random.next();
  return roll < 0.8 ? 'Green' : roll < 0.95 ? 'Amber' : 'Red';
}

function statusOfComment(comment: string): DeliveryStatus | null {
  if (/^(done|complete)/i.test(comment)) return 'complete';
  if (/^(in progress|on target)/i.test(comment)) return 'in-progress';
  return null;
}

/**
 * An action number as a ref: plain up to 999, then `A1`…`A999`, `B1`… Real plans stop long before
 * 999 (the importer reads a longer number as a year, not a ref); a plan stretched to 100k rows must
 * keep refs of the shapes the seeds use (`A5.1`) or its milestones read as page-break continuations.
 */
function refNumber(number: number): string {
  const block = Math.floor((number - 1) / 999);
  return `${block === 0 ? '' : String.fromCharCode(64 + block)}${((number - 1) % 999) + 1}`;
}

function sectionFor(build: SheetBuild, title: string, prefix: string): Section {
  const found = build.sections.find((section) => section.title === title);
  if (found) return found;
  const section: Section = { id: `${prefix}-s${build.sections.length + 1}`, kind: 'theme', title, parentId: null, aims: [] };
  build.sections.push(section);
  return section;
}

/** Seed 003's layout: title, then blocks of theme row, header and recommendation groups of 3–9 actions. */
function buildCol2016(dataRows: number, random: Random): SheetBuild {
  const build: SheetBuild = { rows: [[bold('Improvements following from the OFSTED Report - July 2016')], []], merges: [], sections: [], recommendations: [], actions: [] };
  let section = sectionFor(build, seed.THEMES_003[0] ?? '', 'c');
  for (let group = 1, written = 0; written < dataRows; group += 1) {
    if (group % 6 === 1) {
      const theme = seed.THEMES_003[Math.floor(group / 6) % seed.THEMES_003.length] ?? '';
      section = sectionFor(build, theme, 'c');
      build.rows.push([bold(theme), ...Array<null>(9).fill(null)], seed.HEADER_003.map(bold));
    }
    const size = Math.min(random.int(3, 9), dataRows - written);
    const base = random.pick(seed.RECOMMENDATIONS_003);
    const code = base.startsWith('Ofsted recommendation') ? `Ofsted recommendation ${group}` : null;
    const recText = code ? `${code}:${base.slice(base.indexOf(':') + 1)}` : `${base} (Paragraph ${group})`;
    const recommendation: Recommendation = {
      id: `c-r${group}`, code, inspectionId: null, sectionId: section.id, text: recText, timescale: null, due: null, paragraphRefs: [], outcomes: [], source: null,
    };
    build.recommendations.push(recommendation);
    const measures = random.pick(seed.MEASURES_003);
    const top = build.rows.length;
    for (let i = 0; i < size; i += 1) {
      const start = monthIndex(2016, 8) + random.int(0, 12);
      const due = start + random.int(0, 6);
      const ref = random.chance(0.1) ? null : `${refNumber(group)}.${i + 1}`;
      const leads = random.pick(seed.LEADS_003);
      const comment = random.pick(seed.COMMENTS_003);
      const rag = ragWord(random);
      const startCell = monthCell(start, random);
      const dueCell = monthCell(due, random);
      // Real plans repeat an action under another recommendation now and then (seed 004), not wholesale.
      const title = random.chance(0.02) ? random.pick(seed.ACTIONS_003) : `${random.pick(seed.ACTIONS_003)} (cluster ${group})`;
      build.rows.push([
        i === 0 ? text(recText) : null, ref === null ? null : text(ref), text(title), startCell, dueCell,
        i === 0 ? text(measures) : null, text(leads), text('CP'), text(comment), text(rag, { fill: FILLS[rag] }),
      ]);
      build.actions.push(createAction({
        id: `c-a${group}-${i + 1}`, ref, sectionId: section.id, title, leads: leads.split('/'),
        start: isoMonth(start), startText: startCell.text, due: isoMonth(due), dueText: dueCell.text,
        status: statusOfComment(comment), rag: rag.toLowerCase(), measures: i === 0 ? [measures] : [], comments: comment === '' ? null : comment,
        recommendationIds: [recommendation.id], extra: { 'DLT lead:': 'CP' },
      }));
    }
    if (size > 1) build.merges.push({ top, left: 0, bottom: top + size - 1, right: 0 }, { top, left: 5, bottom: top + size - 1, right: 5 });
    written += size;
  }
  return build;
}

const PROGRESS_RAG: Record<string, { fill: string; rag: string; status: DeliveryStatus }> = {
  Achieved: { fill: '0070C0', rag: 'blue', status: 'complete' },
  'On track': { fill: '00B050', rag: 'green', status: 'in-progress' },
  'Not achieved': { fill: 'FF0000', rag: 'red', status: 'in-progress' },
};

/** Seed 000's layout: title, the colour key, then themes, repeated headers and actions of 1–6 milestones. */
function buildHaringey2011(dataRows: number, random: Random): SheetBuild {
  const build: SheetBuild = {
    rows: [
      [bold('Safeguarding and Looked After Children Action Plan Milestone Report May 2011 – Actions resulting from Ofsted/CQC recommendations February 2011')],
      [bold('Haringey Council')], [], [bold('Action Status'), null],
      ...seed.KEY_000.map(({ fill, meaning }) => [{ text: '', fill }, text(meaning)]), [],
    ],
    merges: [], sections: [], recommendations: [], actions: [],
  };
  let section = sectionFor(build, seed.THEMES_000[0] ?? '', 'h');
  let sinceHeader = 0;
  for (let number = 1, written = 0; written < dataRows; number += 1) {
    if (number % 8 === 1) {
      const theme = seed.THEMES_000[Math.floor(number / 8) % seed.THEMES_000.length] ?? '';
      section = sectionFor(build, theme, 'h');
      build.rows.push([bold(theme), ...Array<null>(7).fill(null)], seed.HEADER_000.map(bold));
      sinceHeader = 0;
    } else if (sinceHeader > 40) {
      // A page break in the source repeats the header mid-table.
      build.rows.push(seed.HEADER_000.map(bold));
      sinceHeader = 0;
    }
    const size = Math.min(random.int(1, 6), dataRows - written);
    const actionText = `${refNumber(number)}. ${random.pick(seed.ACTIONS_000)}`;
    const outcome = random.pick(seed.OUTCOMES_000);
    const parent = createAction({ id: `h-a${number}`, ref: refNumber(number), sectionId: section.id, title: actionText.replace(/^[A-Z]?\d+\.\s*/, ''), measures: [outcome] });
    build.actions.push(parent);
    const top = build.rows.length;
    for (let j = 1; j <= size; j += 1) {
      const start = monthIndex(2016, 8) + random.int(0, 8);
      const due = start + random.int(2, 6);
      const note = random.pick(seed.PROGRESS_000);
      const reported = PROGRESS_RAG[note.status] ?? { fill: 'FFC000', rag: 'amber', status: 'in-progress' };
      const noteMonth = monthIndex(2017, 4);
      const lead = random.pick(seed.LEADS_000);
      const milestone = random.pick(seed.MILESTONES_000);
      const noteText = `${monthWords(noteMonth)} - ${note.status}. ${note.text}`;
      const startCell = dayCell(start, true, random);
      const dueCell = dayCell(due, false, random);
      build.rows.push([
        j === 1 ? text(actionText) : null, text(`${refNumber(number)}.${j} ${milestone}`), startCell, dueCell,
        { text: '', fill: reported.fill }, text(noteText), text(lead), j === 1 ? text(outcome) : null,
      ]);
      build.actions.push(createAction({
        id: `h-a${number}-${j}`, kind: 'milestone', ref: `${refNumber(number)}.${j}`, parentId: parent.id, sectionId: section.id, title: milestone,
        leads: [lead], start: `${isoMonth(start)}-01`, startText: startCell.text, due: lastDayOf(due), dueText: dueCell.text,
        status: reported.status, rag: reported.rag,
        progress: [{ date: isoMonth(noteMonth), status: reported.status, statusText: note.status, text: note.text }],
      }));
    }
    if (size > 1) build.merges.push({ top, left: 0, bottom: top + size - 1, right: 0 }, { top, left: 7, bottom: top + size - 1, right: 7 });
    written += size;
    sinceHeader += size;
  }
  return build;
}

const LAYOUTS: Record<BenchLayout, { sheet: string; widths: number[]; build: (rows: number, random: Random) => SheetBuild }> = {
  'col-2016': { sheet: 'Action plan', widths: [60, 6, 50, 8, 8, 60, 10, 8, 50, 10], build: buildCol2016 },
  'haringey-2011': { sheet: 'Milestone report', widths: [50, 60, 12, 12, 8, 70, 20, 50], build: buildHaringey2011 },
};

/**
 * Generates a plan workbook shaped like the seeds: long texts, `mmm-yy` real dates beside text
 * dates, RAG words on their fills and colour-only status cells, merged recommendation cells, theme
 * rows and repeated headers. The same seed always gives the same workbook.
 *
 * @example
 * const { grid, plan } = generateBenchWorkbook({ rows: 1000 });
 * grid.sheets.map((s) => s.name); // ['Action plan', 'Milestone report']
 */
export function generateBenchWorkbook(options: BenchWorkbookOptions): BenchWorkbook {
  const layouts = options.layouts ?? ['col-2016', 'haringey-2011'];
  const random = seededRandom(options.seed ?? 2016);
  const share = (index: number): number => {
    if (layouts.length === 1) return options.rows;
    const first = Math.round(options.rows * 0.75);
    return index === 0 ? first : Math.max(1, options.rows - first);
  };
  const builds = layouts.map((layout, index) => ({ layout: LAYOUTS[layout], build: LAYOUTS[layout].build(share(index), random) }));
  const sheets: GridSheet[] = builds.map(({ layout, build }) => ({ name: layout.sheet, rows: build.rows, merges: build.merges }));
  const plan = createPlan({
    id: 'bench',
    title: 'Improvements following from the OFSTED Report - July 2016',
    asOf: '2017-04-30',
    ragScheme: 'brag',
    sections: builds.flatMap(({ build }) => build.sections),
    recommendations: builds.flatMap(({ build }) => build.recommendations),
    actions: builds.flatMap(({ build }) => build.actions),
  });
  return { grid: { sheets }, plan, widths: builds.map(({ layout }) => layout.widths) };
}
