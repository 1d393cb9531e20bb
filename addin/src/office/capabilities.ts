/** A feature of the pane that depends on what the Excel host supports. */
export type Feature = 'validate' | 'readFormats' | 'readMerges' | 'highlight' | 'live' | 'newPlanSheet';

/** Whether a feature works on this host, and if not, a note saying why in plain words. */
export interface Capability {
  available: boolean;
  note: string;
}

const NEEDS: Record<Feature, { version: string; what: string }> = {
  validate: { version: '1.7', what: 'reading the sheet in chunks' },
  readFormats: { version: '1.9', what: 'reading cell colours (RAG shown only as a fill)' },
  readMerges: { version: '1.13', what: 'reading merged cells (a cell merged over several rows is read from its top row only)' },
  highlight: { version: '1.9', what: 'highlighting cells and restoring their fill exactly' },
  live: { version: '1.7', what: 'live checking as you edit' },
  newPlanSheet: { version: '1.8', what: 'inserting a plan sheet with a RAG dropdown' },
};

/**
 * Checks each feature's ExcelApi requirement set, so older Excel (2016 has only 1.1) gets a pane
 * that disables what cannot work and says so, instead of failing mid-way.
 *
 * @example
 * const caps = featureSupport((set, v) => Office.context.requirements.isSetSupported(set, v));
 * caps.highlight; // { available: false, note: 'This version of Excel cannot do highlighting … (needs ExcelApi 1.9).' }
 */
export function featureSupport(isSetSupported: (name: string, version: string) => boolean): Record<Feature, Capability> {
  const entries = Object.entries(NEEDS).map(([feature, need]) => {
    const available = isSetSupported('ExcelApi', need.version);
    const note = available ? '' : `This version of Excel cannot do ${need.what} (needs ExcelApi ${need.version}).`;
    return [feature, { available, note }];
  });
  return Object.fromEntries(entries) as Record<Feature, Capability>;
}
