import { z } from 'zod';
import { foldText } from '../match/similarity';
import type { PlanIssue } from '../model/issue';
import { columnLetter } from './columnLetter';
import { PLAN_FIELDS } from './fields';
import type { PlanField } from './fields';
import { mapColumns } from './mapColumns';
import type { ColumnMapping } from './mapColumns';

/**
 * A saved column mapping for a council's own template (JSON): which header in which column
 * holds which field. Saved from a detection, reused on the next month's workbook.
 *
 * @example
 * const profile = MappingProfileSchema.parse(JSON.parse(text));
 */
export const MappingProfileSchema = z.object({
  name: z.string(),
  /** The sheet the plan was on, when the template names one. */
  sheet: z.string().nullable(),
  columns: z.array(
    z.object({
      /** Column letter when the profile was saved (`E`). */
      column: z.string().regex(/^[A-Z]+$/),
      header: z.string(),
      field: z.enum([...PLAN_FIELDS, 'extra']),
    }),
  ),
});
export type MappingProfile = z.infer<typeof MappingProfileSchema>;

/**
 * A profile from a detected column mapping, ready to save as JSON.
 *
 * @example
 * profileFromColumns('harrow-improvement-2012', 'Plan', table.columns);
 */
export function profileFromColumns(name: string, sheet: string | null, columns: readonly ColumnMapping[]): MappingProfile {
  return {
    name,
    sheet,
    columns: columns
      .filter((column) => column.header.trim() !== '')
      .map((column) => ({ column: columnLetter(column.index), header: column.header, field: column.field })),
  };
}

/**
 * How many of a profile's headers a row holds, for finding the header row of a known template.
 *
 * @example
 * profileHeaderHits(profile, ['Ref:', 'Action:', 'End:']); // 3
 */
export function profileHeaderHits(profile: MappingProfile, texts: readonly string[]): number {
  const folded = new Set(texts.map(foldText));
  return profile.columns.filter((column) => folded.has(foldText(column.header))).length;
}

/**
 * Maps a header row with a saved profile. Headers are found by their wording wherever they now
 * stand; issues say exactly which columns moved (`"By When" moved from column E to F`), which
 * vanished, and which are new (mapped by synonyms, or kept verbatim).
 *
 * @example
 * applyProfile(profile, ['Recommendations', 'Outcomes required', 'Lead', 'Actions', 'Status', 'By When'], 'Plan', 3).issues[0]?.message;
 * // '"By When" moved from column E to F.'
 */
export function applyProfile(
  profile: MappingProfile,
  headers: readonly string[],
  sheet: string,
  headerRow: number,
): { columns: ColumnMapping[]; issues: PlanIssue[] } {
  const issues: PlanIssue[] = [];
  const claimed = new Map<number, MappingProfile['columns'][number]>();
  for (const saved of profile.columns) {
    const want = foldText(saved.header);
    const candidates = headers.flatMap((header, index) => (foldText(header) === want && !claimed.has(index) ? [index] : []));
    const index = candidates.find((candidate) => columnLetter(candidate) === saved.column) ?? candidates[0];
    const cell = `${saved.column}${headerRow + 1}`;
    if (index === undefined) {
      issues.push({
        code: 'column-vanished',
        severity: saved.field === 'extra' ? 'info' : 'warning',
        message: `"${saved.header}" (column ${saved.column} in profile "${profile.name}") is no longer in the header row.`,
        path: [],
        sheet,
        cell,
      });
      continue;
    }
    claimed.set(index, saved);
    if (columnLetter(index) !== saved.column) {
      issues.push({
        code: 'column-moved',
        severity: 'info',
        message: `"${saved.header}" moved from column ${saved.column} to ${columnLetter(index)}.`,
        path: [],
        sheet,
        cell: `${columnLetter(index)}${headerRow + 1}`,
      });
    }
  }
  const byWording = mapColumns(headers);
  const fieldsTaken = new Set<PlanField | 'extra'>([...claimed.values()].map((saved) => saved.field));
  const columns = headers.map((header, index): ColumnMapping => {
    const saved = claimed.get(index);
    if (saved) return { index, header, field: saved.field, confidence: 1, evidence: `profile "${profile.name}" maps "${saved.header}" to ${saved.field}` };
    const guess = byWording[index];
    const field = guess && guess.field !== 'extra' && !fieldsTaken.has(guess.field) ? guess.field : 'extra';
    if (header.trim() !== '') {
      issues.push({
        code: 'column-new',
        severity: 'info',
        message: `Column ${columnLetter(index)} "${header}" is not in profile "${profile.name}"; ${field === 'extra' ? 'kept verbatim' : `read as ${field}`}.`,
        path: [],
        sheet,
        cell: `${columnLetter(index)}${headerRow + 1}`,
      });
    }
    return { index, header, field, confidence: field === 'extra' ? 1 : (guess?.confidence ?? 0), evidence: guess?.evidence ?? 'no header' };
  });
  return { columns, issues };
}
