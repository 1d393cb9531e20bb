import { z } from 'zod';
import { IsoDaySchema, PartialDateSchema } from './partialDate';
import { SourceRefSchema } from './source';

/** Delivery status of an action, normalised from words such as `Achieved`, `On track`, `Held`. */
export const DeliveryStatusSchema = z.enum(['not-started', 'in-progress', 'complete', 'blocked']);
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;

/**
 * A RAG level id of the plan's scheme: `red`, `amber`, `green`, `blue`, `grey`, or a scheme's own
 * level such as `amber-green`. Lower-case, hyphenated.
 */
export const RagLevelIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case RAG level id such as "amber"');
export type RagLevelId = z.infer<typeof RagLevelIdSchema>;

/** The inspection a plan answers: `Ofsted`, `CQC`, a joint area review. */
export const InspectionSchema = z.object({
  id: z.string(),
  bodies: z.array(z.string()),
  title: z.string(),
  /** When the inspection reported; relative timescales (`Within three months`) count from here. */
  date: PartialDateSchema.nullable(),
  judgement: z.string().nullable(),
});
export type Inspection = z.infer<typeof InspectionSchema>;

/** A theme, key judgement area or area for improvement that groups recommendations and actions. */
export const SectionSchema = z.object({
  id: z.string(),
  kind: z.enum(['theme', 'key-judgement-area', 'area-for-improvement', 'section']),
  title: z.string(),
  parentId: z.string().nullable(),
  aims: z.array(z.string()),
});
export type Section = z.infer<typeof SectionSchema>;

/** Something the inspection asked for: `S2`, `LAC1`, `Rec 8`, `Ofsted recommendation 1`. */
export const RecommendationSchema = z.object({
  id: z.string(),
  /** The code as the source writes it, normalised lightly (`S2`, `LAC10`, `Rec 8`), or null. */
  code: z.string().nullable(),
  inspectionId: z.string().nullable(),
  sectionId: z.string().nullable(),
  text: z.string(),
  /** Timescale as written: `Immediate`, `Within three months`. */
  timescale: z.string().nullable(),
  /** The timescale resolved against the inspection date, when it can be. */
  due: PartialDateSchema.nullable(),
  /** Inspection report references: `Paragraph 39`, `Executive Summary - pg. 16`. */
  paragraphRefs: z.array(z.string()),
  outcomes: z.array(z.string()),
  source: SourceRefSchema.nullable(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/**
 * Text values by column header (`{ 'DLT lead:': 'CP' }`). Parsed into an object without a prototype,
 * so a header such as `__proto__` stays ordinary data: it is neither lost nor able to reach
 * `Object.prototype` (a plain `z.record` drops that key).
 *
 * @example
 * ExtraColumnsSchema.parse(JSON.parse('{"__proto__":"Evidence: audit"}'))['__proto__']; // 'Evidence: audit'
 */
export const ExtraColumnsSchema = z
  .custom<Record<string, string>>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((entry) => typeof entry === 'string'),
    { message: 'extra columns must be text values by column header' },
  )
  .transform((value) => {
    const copy = Object.create(null) as Record<string, string>;
    for (const [header, text] of Object.entries(value)) copy[header] = text;
    return copy;
  });

/** A dated progress note: `May 2011 - Achieved. The procedure for case record auditing …`. */
export const ProgressEntrySchema = z.object({
  date: PartialDateSchema.nullable(),
  status: DeliveryStatusSchema.nullable(),
  /** The status words as written (`Achieved`, `On track`, `Awaiting sign-off`). */
  statusText: z.string().nullable(),
  text: z.string(),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;

/** An action, a milestone under an action, or a sub-action. */
export const ActionSchema = z.object({
  id: z.string(),
  kind: z.enum(['action', 'milestone', 'sub-action']),
  /** The reference as written (`1.1`, `A5.1`, `(3)`, `20.2`), or null when the source left it blank. */
  ref: z.string().nullable(),
  parentId: z.string().nullable(),
  sectionId: z.string().nullable(),
  title: z.string(),
  tier: z.enum(['must-do', 'embedding']).nullable(),
  leads: z.array(z.string()),
  involved: z.array(z.string()),
  start: PartialDateSchema.nullable(),
  startText: z.string().nullable(),
  due: PartialDateSchema.nullable(),
  dueText: z.string().nullable(),
  status: DeliveryStatusSchema.nullable(),
  /** The reported RAG level, as the plan says it, in the plan's scheme. */
  rag: RagLevelIdSchema.nullable(),
  /** The 4-level key's "support required" dimension, kept apart from the colour. */
  supportRequired: z.boolean().nullable(),
  measures: z.array(z.string()),
  comments: z.string().nullable(),
  progress: z.array(ProgressEntrySchema),
  recommendationIds: z.array(z.string()),
  /** Ids of actions this one waits for (`Held: Will follow completion of 1 & 2`). */
  dependencies: z.array(z.string()),
  /** Columns the model has no field for, by header (`Evidence`, `DLT lead:`), kept verbatim. */
  extra: ExtraColumnsSchema,
  source: SourceRefSchema.nullable(),
});
export type Action = z.infer<typeof ActionSchema>;

/** An entry of the role key: an abbreviation and who it stands for (`Des Nurse` → `Designated Nurse (NHS Harrow)`). */
export const PersonSchema = z.object({
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
});
export type Person = z.infer<typeof PersonSchema>;

/** A performance indicator: `LAC dental checks up to date`, baseline 79%, target 90%, actual 84%. */
export const IndicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  baseline: z.string().nullable(),
  target: z.string().nullable(),
  actual: z.string().nullable(),
  period: z.string().nullable(),
  recommendationId: z.string().nullable(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/**
 * An improvement plan: what the inspection asked for, the actions that answer it and how they stand.
 *
 * @example
 * const result = PlanSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.error(result.error.issues);
 */
export const PlanSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  title: z.string(),
  organisation: z.string().nullable(),
  version: z.string().nullable(),
  /** The date the plan's statuses describe; reports and derived ratings default to it. */
  asOf: IsoDaySchema.nullable(),
  /** Id of the RAG scheme the reported ratings use (`rag`, `brag`, `haringey-2011`, `dca-5`). */
  ragScheme: z.string(),
  inspections: z.array(InspectionSchema),
  sections: z.array(SectionSchema),
  recommendations: z.array(RecommendationSchema),
  actions: z.array(ActionSchema),
  people: z.array(PersonSchema),
  indicators: z.array(IndicatorSchema),
});
export type Plan = z.infer<typeof PlanSchema>;
