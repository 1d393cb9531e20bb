/**
 * The plan fields a column can hold. `section` … `id` map onto the Plan model; anything else is
 * kept verbatim in the action's `extra` under its header.
 */
export const PLAN_FIELDS = [
  'section',
  'recommendation',
  'outcome',
  'ref',
  'action',
  'milestone',
  'start',
  'due',
  'lead',
  'involved',
  'measures',
  'status',
  'progress',
  'comments',
  'tier',
  'id',
  'reviewed',
  'delivery',
  'kind',
] as const;

/** A field a column maps to (see {@link PLAN_FIELDS}). */
export type PlanField = (typeof PLAN_FIELDS)[number];

/**
 * Header wordings seen in the seed plans and in common templates, folded (see `foldText`).
 * The first synonym is the field's own name as an officer would write it.
 *
 * @example
 * FIELD_SYNONYMS.due.includes('by when'); // true
 */
export const FIELD_SYNONYMS: Readonly<Record<PlanField, readonly string[]>> = {
  section: ['section', 'theme', 'key judgement area', 'judgement area', 'category'],
  recommendation: [
    'recommendations',
    'recommendation',
    'recommendation code',
    'areas for improvement',
    'area for improvement',
    'ofsted recommendation',
    'inspection recommendation',
  ],
  outcome: ['outcomes required', 'outcome required', 'outcome', 'outcomes', 'desired outcome'],
  ref: ['ref', 'reference', 'ref no', 'action no', 'action ref', 'no', 'number'],
  action: ['actions', 'action', 'action required', 'actions required', 'task'],
  milestone: ['milestone', 'milestones'],
  start: ['start', 'start date', 'date started', 'from'],
  due: ['due date', 'due', 'by when', 'end date', 'end', 'target date', 'timescale', 'timescales', 'deadline', 'completion date', 'date due'],
  lead: [
    'lead officer',
    'lead',
    'milestone lead',
    'lead officer executive head',
    'owner',
    'action owner',
    'responsible officer',
    'lead officers',
    'lead officer s',
  ],
  involved: ['involved groups', 'involved', 'partners involved', 'partners'],
  measures: ['measure outcome', 'measures', 'measure', 'targets and outcomes', 'success measures', 'success criteria', 'targets', 'measures of success'],
  status: ['rag status', 'rag', 'status', 'action status', 'rag rating', 'brag', 'rating'],
  progress: ['progress note', 'progress update', 'progress and outcomes', 'progress', 'update', 'progress notes', 'latest update', 'latest progress'],
  comments: ['comments', 'comment', 'notes'],
  tier: ['tier', 'priority'],
  id: ['id'],
  /** When the progress was last reviewed (seed 002's `Last reviewed`): the date of the progress note beside it. */
  /** Delivery status beside a RAG column (the canonical workbook's `Status`); alone, `Status` is the rating. */
  delivery: ['delivery status', 'status'],
  /** Action, milestone or sub-action (the canonical workbook's `Kind`). */
  kind: ['kind', 'item type'],
  reviewed: ['last reviewed', 'date reviewed', 'reviewed', 'review date', 'last updated', 'date of update', 'as at'],
};

/**
 * Synonyms too general to win a column outright: `Status` names the rating in seed 000 but the
 * delivery status beside a `RAG` column, so an exact `RAG` claim comes first.
 *
 * @example
 * GENERIC_SYNONYMS.has('status'); // true
 */
export const GENERIC_SYNONYMS: ReadonlySet<string> = new Set(['status']);

/** Fields whose cells hold running text that can carry on across rows. */
export const LONG_TEXT_FIELDS: ReadonlySet<PlanField> = new Set(['outcome', 'measures', 'progress', 'comments', 'involved']);

/** Fields that name a plan item (and so start one). */
export const TITLE_FIELDS: ReadonlySet<PlanField> = new Set(['recommendation', 'action', 'milestone']);
