/**
 * A short, stable id fragment from text: lower case, runs of other characters as `-`.
 *
 * @example
 * slug('Part 1 – Inspection Recommendations'); // 'part-1-inspection-recommendations'
 * slug('(S2)'); // 's2'
 */
export function slug(text: string, longest = 40): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return base.slice(0, longest).replace(/[-.]+$/, '') || 'x';
}

/**
 * Makes ids unique within a plan: the first use of a base keeps it, later ones add `-2`, `-3`.
 *
 * @example
 * const unique = uniqueIds(); unique('plan-20.1'); unique('plan-20.1'); // 'plan-20.1', then 'plan-20.1-2'
 */
export function uniqueIds(): (base: string) => string {
  const used = new Map<string, number>();
  return (base) => {
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
