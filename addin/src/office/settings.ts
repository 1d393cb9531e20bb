import type { HostSettings } from './hostTypes';

/** The choices that travel with the workbook: RAG scheme, as-of date and stale-update threshold. */
export interface AddinSettings {
  /** A RAG scheme id, or `auto` for the scheme the sheet itself suggests. */
  schemeId: string;
  /** `YYYY-MM-DD`, or null for "today". */
  asOf: string | null;
  /** Days after which a progress update counts as stale. */
  staleDays: number;
}

/** The scheme setting that means "the one the sheet's legend and rating words suggest". */
export const AUTO_SCHEME = 'auto';

export const DEFAULT_SETTINGS: AddinSettings = { schemeId: AUTO_SCHEME, asOf: null, staleDays: 60 };

const KEY = 'actionplan.settings';

/**
 * Reads the add-in's settings from the document, falling back field by field to the defaults when
 * a value is missing or malformed (a workbook may have been edited by an older version).
 *
 * @example
 * readSettings(Office.context.document.settings); // { schemeId: 'rag', asOf: '2017-04-30', staleDays: 60 }
 */
export function readSettings(settings: HostSettings): AddinSettings {
  const raw: unknown = settings.get(KEY);
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const { schemeId, asOf, staleDays } = stored;
  return {
    schemeId: typeof schemeId === 'string' && /^[a-z][a-z0-9-]*$/.test(schemeId) ? schemeId : DEFAULT_SETTINGS.schemeId,
    asOf: typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : DEFAULT_SETTINGS.asOf,
    staleDays:
      typeof staleDays === 'number' && Number.isInteger(staleDays) && staleDays > 0 ? staleDays : DEFAULT_SETTINGS.staleDays,
  };
}

/**
 * Stores the settings in the document and saves them, resolving once Office confirms.
 *
 * @example
 * await writeSettings(Office.context.document.settings, { schemeId: 'brag', asOf: '2011-05-31', staleDays: 30 });
 */
export function writeSettings(settings: HostSettings, value: AddinSettings): Promise<void> {
  settings.set(KEY, { ...value });
  return saveSettings(settings);
}

/**
 * Saves pending document settings (Office keeps `set` values in memory until `saveAsync`).
 *
 * @example
 * await saveSettings(Office.context.document.settings);
 */
export function saveSettings(settings: HostSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === 'failed') reject(new Error(result.error?.message ?? 'Could not save the document settings.'));
      else resolve();
    });
  });
}
