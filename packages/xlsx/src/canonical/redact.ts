import type { Action, Indicator, Inspection, Person, Recommendation, Section } from '@actionplan/core';
import type { NameRow, PlanDetails, ProgressRow } from './otherColumns';
import { redactSource, type NameTable } from './sourceNames';

// Each record below is written out field by field, never spread, so a text field core adds later
// fails to compile here instead of slipping into the data sheet.

/** Null stays null (the cell shows nothing); text becomes `''`: the data sheet keeps only which it was. */
const presence = (text: string | null): string | null => (text === null ? null : '');

/**
 * An action with its text taken out: ids, enums, ISO dates and whether each text field was null.
 *
 * @example
 * redactAction(action, names).title; // ''
 */
export function redactAction(a: Action, names: NameTable): Action {
  return {
    id: a.id,
    kind: a.kind,
    ref: presence(a.ref),
    parentId: a.parentId,
    sectionId: a.sectionId,
    title: '',
    tier: a.tier,
    leads: [],
    involved: [],
    start: a.start,
    startText: presence(a.startText),
    due: a.due,
    dueText: presence(a.dueText),
    status: a.status,
    rag: a.rag,
    supportRequired: a.supportRequired,
    measures: [],
    comments: presence(a.comments),
    progress: [],
    recommendationIds: a.recommendationIds,
    dependencies: a.dependencies,
    extra: {},
    source: redactSource(a.source, names),
  };
}

/**
 * A recommendation with its text taken out.
 *
 * @example
 * redactRecommendation(recommendation, names).text; // ''
 */
export function redactRecommendation(r: Recommendation, names: NameTable): Recommendation {
  return {
    id: r.id,
    code: presence(r.code),
    inspectionId: r.inspectionId,
    sectionId: r.sectionId,
    text: '',
    timescale: presence(r.timescale),
    due: r.due,
    paragraphRefs: [],
    outcomes: [],
    source: redactSource(r.source, names),
  };
}

/**
 * A section with its text taken out.
 *
 * @example
 * redactSection(section).title; // ''
 */
export function redactSection(s: Section): Section {
  return { id: s.id, kind: s.kind, title: '', parentId: s.parentId, aims: [] };
}

/**
 * An inspection with its text taken out.
 *
 * @example
 * redactInspection(inspection).title; // ''
 */
export function redactInspection(i: Inspection): Inspection {
  return { id: i.id, bodies: [], title: '', date: i.date, judgement: presence(i.judgement) };
}

/**
 * An indicator with its text taken out.
 *
 * @example
 * redactIndicator(indicator).name; // ''
 */
export function redactIndicator(i: Indicator): Indicator {
  return {
    id: i.id,
    name: '',
    unit: presence(i.unit),
    baseline: presence(i.baseline),
    target: presence(i.target),
    actual: presence(i.actual),
    period: presence(i.period),
    recommendationId: i.recommendationId,
  };
}

/**
 * An entry of the role key with its text taken out: nothing is left but its place.
 *
 * @example
 * redactPerson(person); // { key: '', name: '', aliases: [] }
 */
export function redactPerson(_: Person): Person {
  return { key: '', name: '', aliases: [] };
}

/**
 * The plan's details with their text taken out.
 *
 * @example
 * redactDetails(details).title; // ''
 */
export function redactDetails(d: PlanDetails): PlanDetails {
  return { schemaVersion: d.schemaVersion, id: d.id, title: '', organisation: presence(d.organisation), version: presence(d.version), asOf: d.asOf, ragScheme: d.ragScheme };
}

/**
 * A progress entry with its text taken out.
 *
 * @example
 * redactProgress(row).entry.text; // ''
 */
export function redactProgress(row: ProgressRow): ProgressRow {
  const { entry } = row;
  return { actionId: row.actionId, entry: { date: entry.date, status: entry.status, statusText: presence(entry.statusText), text: '' } };
}

/**
 * A name with its text taken out.
 *
 * @example
 * redactName({ id: '#1', use: 'source sheet', name: 'Action Plan' }); // { id: '#1', use: '', name: '' }
 */
export function redactName(n: NameRow): NameRow {
  return { id: n.id, use: '', name: '' };
}
