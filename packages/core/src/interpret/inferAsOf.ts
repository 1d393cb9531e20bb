import { formatDate, lastDay, parseDate } from '../dates';
import type { DateParseOptions } from '../dates';
import type { PlanIssue } from '../model/issue';
import type { IsoDay, PartialDate } from '../model/partialDate';
import type { Plan } from '../model/plan';
import { pastDateMentions } from './pastDateMentions';
import { stripHtml } from './stripHtml';

/** A dated text of the workbook and where it is. */
export interface LocatedText {
  text: string;
  sheet: string;
  cell: string;
}

/** Where {@link inferAsOf} looks for the date a plan describes, besides its actions. */
export interface AsOfSources {
  /** The plan's title and its cell (`… Milestone Report May 2011 …`). */
  title: LocatedText | null;
  /** `Last reviewed` cells (seed 002's `November 2016`). */
  reviewed: readonly LocatedText[];
  /** Banners and headings (`Report for: C&YP Scrutiny Panel – 13 December 2016`, `As at 31 May 2011`). */
  headings: readonly LocatedText[];
}

/** The inferred as-of date and the info issue saying where it came from. */
export interface InferredAsOf {
  asOf: IsoDay | null;
  issue: PlanIssue;
}

interface Candidate {
  date: PartialDate;
  why: string;
  sheet: string;
  cell: string;
}

const MONTH_YEAR =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{4}\b/gi;
// Words that date a snapshot: `As at 31 May 2011`, `Last reviewed: November 2016`, `Report for: … – 13 December 2016`.
const SNAPSHOT_WORDS = /\b(as at|as of|last (reviewed|updated)|updated|report(ed)? (for|date|to)|date of report|position at)\b/i;

/** Every `Month YYYY` or `D Month YYYY` date written in a text, parsed. */
function datesIn(text: string): Array<{ text: string; date: PartialDate }> {
  return [...stripHtml(text).matchAll(MONTH_YEAR)].flatMap((match) => {
    const parsed = parseDate(match[0].replace(/(\d)(st|nd|rd|th)\b/i, '$1'));
    return parsed.ok && parsed.date.value !== null ? [{ text: match[0], date: parsed.date.value }] : [];
  });
}

function latest(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates.reduce<Candidate | undefined>((best, each) => (best === undefined || lastDay(each.date) > lastDay(best.date) ? each : best), undefined);
}

/** The title's report period: a date in it other than the inspection's (`Milestone Report May 2011`, not `recommendations February 2011`). */
function fromTitle(title: LocatedText | null, inspectionDate: PartialDate | null): Candidate | undefined {
  if (!title) return undefined;
  const dates = datesIn(title.text).filter((each) => inspectionDate === null || !(each.date.startsWith(inspectionDate) || inspectionDate.startsWith(each.date)));
  const found = latest(dates.map((each) => ({ date: each.date, why: `the title's "${each.text}"`, sheet: title.sheet, cell: title.cell })));
  return found && (inspectionDate === null || lastDay(found.date) > lastDay(inspectionDate)) ? found : undefined;
}

function fromReviewed(reviewed: readonly LocatedText[], options: DateParseOptions): Candidate | undefined {
  return latest(
    reviewed.flatMap((each) => {
      const parsed = parseDate(stripHtml(each.text), options);
      return parsed.ok && parsed.date.value !== null ? [{ date: parsed.date.value, why: `the Last reviewed date "${each.text.trim()}"`, sheet: each.sheet, cell: each.cell }] : [];
    }),
  );
}

function fromHeadings(headings: readonly LocatedText[]): Candidate | undefined {
  return latest(
    headings
      .filter((heading) => SNAPSHOT_WORDS.test(heading.text))
      .flatMap((heading) => datesIn(heading.text).map((each) => ({ date: each.date, why: `the report date "${each.text}"`, sheet: heading.sheet, cell: heading.cell }))),
  );
}

function fromProgressDates(plan: Plan): Candidate | undefined {
  // One pass keeping the first latest note, as `latest` would, words built for that note alone (an import may date 100k notes).
  let best: { action: Plan['actions'][number]; date: PartialDate; day: IsoDay } | undefined;
  for (const action of plan.actions) {
    for (const entry of action.progress) {
      if (entry.date === null || entry.date === best?.date) continue;
      const day = lastDay(entry.date);
      if (best === undefined || day > best.day) best = { action, date: entry.date, day };
    }
  }
  if (!best) return undefined;
  const { action, date } = best;
  return { date, why: `the latest dated progress note (${formatDate(date)}, action ${action.ref ?? action.id})`, sheet: action.source?.sheet ?? '', cell: action.source?.cells?.progress ?? '' };
}

function fromMentions(plan: Plan, options: DateParseOptions): Candidate | undefined {
  return latest(
    plan.actions.flatMap((action) => {
      const notes = [...action.progress.map((entry) => ({ text: entry.text, cell: action.source?.cells?.progress })), { text: action.comments ?? '', cell: action.source?.cells?.comments }];
      return notes.flatMap((note) =>
        pastDateMentions(note.text, options).map((mention) => ({
          date: mention.date,
          why: `"${mention.text}"${mention.yearInferred ? ` (year ${mention.date.slice(0, 4)} from the plan's dates)` : ''}, the latest date a note of action ${action.ref ?? action.id} reports as passed`,
          sheet: action.source?.sheet ?? '',
          cell: note.cell ?? '',
        })),
      );
    }),
  );
}

/**
 * The date a legacy plan describes, so that it is judged as of then and not as of today: the report
 * period in its title (`… Milestone Report May 2011 …` → `2011-05-31`), else its latest `Last
 * reviewed` date, else a report date in a banner (`Report for: … – 13 December 2016`), else its latest
 * dated progress note, else the latest date its notes report as passed (`took place 11 th
 * September`, `(April 2017)`). Only dates of things that have happened count, never due dates or
 * plans, so the date is never in the future of what the workbook reports. A month stands for its last
 * day. The issue (`as-of-inferred`, or `as-of-unknown` when nothing dates the plan) says from what.
 *
 * @example
 * inferAsOf(plan, { title: { text: 'Milestone Report May 2011 – … February 2011', sheet: 'Plan', cell: 'A1' }, reviewed: [], headings: [] }, '2011-02-25');
 * // { asOf: '2011-05-31', issue: { code: 'as-of-inferred', … cell: 'A1' } }
 */
export function inferAsOf(plan: Plan, sources: AsOfSources, inspectionDate: PartialDate | null, options: DateParseOptions = {}): InferredAsOf {
  const found =
    fromTitle(sources.title, inspectionDate) ??
    fromReviewed(sources.reviewed, options) ??
    fromHeadings(sources.headings) ??
    fromProgressDates(plan) ??
    fromMentions(plan, options);
  if (!found) {
    return {
      asOf: null,
      issue: {
        code: 'as-of-unknown',
        severity: 'info',
        message: 'Nothing in the workbook dates the plan (no report date, review date or dated progress note): give the date it describes (--as-of), or it is judged as of today.',
        path: [],
      },
    };
  }
  const asOf = lastDay(found.date);
  return {
    asOf,
    issue: { code: 'as-of-inferred', severity: 'info', message: `The plan is read as of ${formatDate(asOf)}, from ${found.why}.`, path: [], sheet: found.sheet, cell: found.cell },
  };
}
