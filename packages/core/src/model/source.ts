import { z } from 'zod';

/**
 * Where a record came from in a workbook: its sheet, its 1-based row as Excel shows it, and the
 * cell each field was read from (`{ title: 'B7', due: 'D7' }`), so every value can be traced back.
 */
export const SourceRefSchema = z.object({
  sheet: z.string(),
  row: z.number().int().positive(),
  cells: z.record(z.string(), z.string()).optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;
