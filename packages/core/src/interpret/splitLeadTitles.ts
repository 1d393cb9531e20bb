import { splitLeads } from './splitLeads';

/** A lead cell read into leads, with the leads kept whole though an `and` might join two. */
export interface LeadTitles {
  leads: string[];
  /** Leads kept as written because the `and` in them may join two roles or may be part of one. */
  unsplit: string[];
}

// Words that make a part a role title of its own (`… Co-ordinator`, `Head of …`, `Youth Director C&YPS`).
const ROLE_WORD =
  /\b(director|manager|co-?ordinator|chair|inspector|head|lead|officer|executive|commander|member|superintendent|adviser|advisor|nurse|doctor|lawyer|practitioner|principal|secretary|leader|chief)\b/i;
// Separators a role title may hold: `Training & Development Manager`, `Inspector, CAIT, MPS`.
const SOFT = /(\s+(?:and|&)\s+|\s*,\s*)/i;

function isRole(part: string): boolean {
  return ROLE_WORD.test(part);
}

/** Splits one piece (no `/`, `;` or line break in it) on `and`, `&` and commas, only between role titles. */
function splitPiece(piece: string): string[] {
  const bits = piece.split(SOFT);
  const parts = bits.filter((_, index) => index % 2 === 0).map((part) => part.trim());
  const separators = bits.filter((_, index) => index % 2 === 1);
  if (parts.length < 2 || !parts.some(isRole)) return splitLeads(piece);
  const isComma = (separator: string | undefined): boolean => separator?.trim() === ',';
  const leads: string[] = [];
  let pending = '';
  parts.forEach((part, index) => {
    const before = separators[index - 1];
    const after = separators[index];
    const text = pending + part;
    pending = '';
    const next = parts[index + 1];
    if (isRole(part)) leads.push(text);
    // A name or qualifier before the first title belongs to it (`Jon Abbey, Director of …`).
    else if (leads.length === 0 && after !== undefined) pending = text + after;
    else if (leads.length === 0) leads.push(text);
    // A comma qualifies the title before it (`Det. Chief Inspector, CAIT, MPS`).
    else if (isComma(before)) leads[leads.length - 1] += `${before ?? ''}${text}`;
    // `and` before a title shares its noun (`Integrated Working & Workforce Dev Manager`).
    else if (after !== undefined && !isComma(after) && next !== undefined && isRole(next)) pending = text + after;
    // Otherwise it ends the title before it (`Head of Service for Safeguarding and Children in Need`).
    else leads[leads.length - 1] += `${before ?? ''}${text}`;
  });
  return leads;
}

/**
 * Splits a lead cell of role titles: always on `/`, `;` and line breaks, and on `and`, `&` or a
 * comma only between two role titles. `Acting Chief Inspector for Partnership and Youth Director
 * C&YPS` is two leads; `North MDT Co-ordinator and Integrated Working & Workforce Dev Manager` is two,
 * not three; `Det. Chief Inspector, CAIT, MPS` is one. Cells of abbreviations or names with no role
 * word (`RG/JF`, `C&YPS DDC&F`) split as {@link splitLeads} does. A lead kept whole that still holds
 * `and` is listed in `unsplit`, for the officer to check.
 *
 * @example
 * splitLeadTitles('North MDT Co-ordinator and Integrated Working & Workforce Dev Manager').leads;
 * // ['North MDT Co-ordinator', 'Integrated Working & Workforce Dev Manager']
 * splitLeadTitles('Head of Service for Safeguarding and Children in Need');
 * // { leads: ['Head of Service for Safeguarding and Children in Need'], unsplit: ['Head of Service for Safeguarding and Children in Need'] }
 */
export function splitLeadTitles(text: string): LeadTitles {
  const pieces = text.split(/\s*(?:\/|;|\n)\s*/).filter((piece) => piece.trim() !== '');
  const leads = pieces.flatMap(splitPiece);
  return { leads, unsplit: leads.filter((lead) => /\sand\s/i.test(lead) && isRole(lead)) };
}
