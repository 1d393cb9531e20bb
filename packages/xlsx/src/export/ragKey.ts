import { foldText, getScheme, type Plan } from '@actionplan/core';

/** A RAG level as the exporter shows it; core's `RagLevel` fits this shape. */
export interface RagKeyLevel {
  id: string;
  label: string;
  meaning: string;
  colour: string;
}

/** A RAG scheme as the exporter shows it; core's `RagScheme` fits this shape. */
export interface RagKey {
  id: string;
  name: string;
  levels: RagKeyLevel[];
}

/**
 * The RAG key for a plan: the scheme given, else the plan's scheme from core's built-in schemes, else
 * red/amber/green.
 * Every rating the plan uses gets a level, so a rating outside the scheme still shows and round-trips.
 *
 * @example
 * ragKeyFor(plan).levels.map((level) => level.label); // ['Red', 'Amber', 'Green']
 */
export function ragKeyFor(plan: Plan, scheme?: RagKey): RagKey {
  const base = scheme ?? getScheme(plan.ragScheme) ?? { ...getScheme('rag')!, id: plan.ragScheme, name: plan.ragScheme };
  const levels = [...base.levels];
  for (const action of plan.actions) {
    if (action.rag !== null && !levels.some((level) => level.id === action.rag)) {
      levels.push({ id: action.rag, label: action.rag, meaning: 'A rating the plan uses that its scheme does not define', colour: 'BFBFBF' });
    }
  }
  return { ...base, levels };
}

/**
 * The level a RAG cell names, by label or id (case and punctuation ignored), or null.
 *
 * @example
 * ragLevelNamed('amber ', key); // 'amber'
 */
export function ragLevelNamed(text: string, key: RagKey): string | null {
  const folded = foldText(text);
  if (folded === '') return null;
  return key.levels.find((level) => foldText(level.label) === folded || foldText(level.id) === folded)?.id ?? null;
}

/**
 * The label a rating shows as.
 *
 * @example
 * ragLabel('amber', key); // 'Amber'
 */
export function ragLabel(id: string | null, key: RagKey): string {
  if (id === null) return '';
  return key.levels.find((level) => level.id === id)?.label ?? id;
}
