import { z } from 'zod';
import { foldText } from '../match/similarity';
import { RagLevelIdSchema } from '../model/plan';

/**
 * A colour as six hexadecimal digits, `RRGGBB`, stored upper case (`FFC000`).
 *
 * @example
 * RgbSchema.parse('ffc000'); // 'FFC000'
 */
export const RgbSchema = z
  .string()
  .regex(/^[0-9a-f]{6}$/i, 'a colour as six hexadecimal digits RRGGBB, such as "FFC000"')
  .transform((rgb) => rgb.toUpperCase());

/**
 * One level of a RAG scheme. `severity` orders the levels: 0 is best (complete or on track) and
 * higher is worse. A `noData` level (grey: not started, no data) stands outside that order and is
 * ignored by roll-ups and comparisons. `supportRequired` carries the Haringey key's second
 * dimension apart from the colour.
 *
 * @example
 * RagLevelSchema.parse({ id: 'amber', label: 'Amber', meaning: 'At risk', colour: 'FFC000', severity: 1, complete: false, aliases: ['A'] });
 */
export const RagLevelSchema = z.object({
  id: RagLevelIdSchema,
  label: z.string().min(1),
  meaning: z.string(),
  colour: RgbSchema,
  severity: z.number().int().min(0),
  complete: z.boolean(),
  supportRequired: z.boolean().optional(),
  noData: z.boolean().optional(),
  /** Other words a sheet may use for the level (`A`, `Amber/Green`, `Complete`). */
  aliases: z.array(z.string()).default([]),
});
export type RagLevel = z.infer<typeof RagLevelSchema>;

/**
 * A RAG scheme as data: its levels, their colours, meanings and the words that name them. Checked
 * so that every word names one level, there is at most one "no data" level and at least one level
 * that is neither complete nor "no data".
 *
 * @example
 * const result = RagSchemeSchema.safeParse(JSON.parse(text));
 */
export const RagSchemeSchema = z
  .object({
    id: RagLevelIdSchema,
    name: z.string().min(1),
    levels: z.array(RagLevelSchema).min(1),
  })
  .superRefine((scheme, context) => {
    const ids = new Set<string>();
    const words = new Map<string, string>();
    scheme.levels.forEach((level, index) => {
      if (ids.has(level.id)) context.addIssue({ code: 'custom', path: ['levels', index, 'id'], message: `level id "${level.id}" is used twice` });
      ids.add(level.id);
      if (level.noData && level.complete) {
        context.addIssue({ code: 'custom', path: ['levels', index], message: `level "${level.id}" cannot be both complete and "no data"` });
      }
      for (const word of namesOf(level)) {
        const owner = words.get(word);
        if (owner !== undefined && owner !== level.id) {
          context.addIssue({ code: 'custom', path: ['levels', index, 'aliases'], message: `"${word}" names both "${owner}" and "${level.id}"` });
        }
        words.set(word, level.id);
      }
    });
    if (scheme.levels.filter((level) => level.noData).length > 1) {
      context.addIssue({ code: 'custom', path: ['levels'], message: 'a scheme can have only one "no data" level' });
    }
    if (!scheme.levels.some((level) => !level.complete && !level.noData)) {
      context.addIssue({ code: 'custom', path: ['levels'], message: 'a scheme needs at least one level that is neither complete nor "no data"' });
    }
  });
export type RagScheme = z.infer<typeof RagSchemeSchema>;
/**
 * A scheme as written by hand, before defaults (`aliases`) are filled in.
 *
 * @example
 * const input: RagSchemeInput = { id: 'rg', name: 'Red/Green', levels }; // each level may leave out aliases
 */
export type RagSchemeInput = z.input<typeof RagSchemeSchema>;

/**
 * The folded words that name a level: its id, label and aliases (`Amber/Green` → `amber green`).
 *
 * @example
 * namesOf(dca5Scheme.levels[1]!); // ['amber green', 'a g', 'ag', 'green amber', 'g a']
 */
export function namesOf(level: Pick<RagLevel, 'id' | 'label' | 'aliases'>): string[] {
  return [...new Set([level.id, level.label, ...level.aliases].map(foldText).filter((word) => word !== ''))];
}

/**
 * The level of a scheme with this id, if there is one.
 *
 * @example
 * findLevel(rag, 'amber')?.label; // 'Amber'
 */
export function findLevel(scheme: RagScheme, id: string | null | undefined): RagLevel | undefined {
  if (id == null) return undefined;
  // A loop rather than `find`: rules ask once per action, and a scheme has four or five levels.
  for (const level of scheme.levels) if (level.id === id) return level;
  return undefined;
}
