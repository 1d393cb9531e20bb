import { z } from 'zod';

/**
 * A calendar date at the precision the source gives, in ISO 8601 form and free of any time zone:
 * `2011-05-31` (day), `2017-02` (month), `2017-Q1` (quarter) or `2017` (year).
 *
 * @example
 * PartialDateSchema.parse('2017-02'); // '2017-02'
 */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4])?$/, 'a date as YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY');
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** A whole calendar day, `YYYY-MM-DD`. */
export const IsoDaySchema = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD');
export type IsoDay = z.infer<typeof IsoDaySchema>;
