import type { RagLevel, RagScheme } from './scheme';

// Colours are Excel's standard palette, which is what hand-made plans use: Red FF0000, Orange
// FFC000 (read as amber), Green 00B050, Light Green 92D050, Blue 0070C0, grey BFBFBF.
const red: RagLevel = {
  id: 'red',
  label: 'Red',
  meaning: 'Off track: past due or unlikely to be delivered without intervention.',
  colour: 'FF0000',
  severity: 2,
  complete: false,
  aliases: ['R'],
};
const amber: RagLevel = {
  id: 'amber',
  label: 'Amber',
  meaning: 'At risk: slipping, waiting on something else, or not yet embedded.',
  colour: 'FFC000',
  severity: 1,
  complete: false,
  aliases: ['A'],
};
const green: RagLevel = {
  id: 'green',
  label: 'Green',
  meaning: 'On track, or complete where the scheme has no complete level.',
  colour: '00B050',
  severity: 0,
  complete: false,
  aliases: ['G'],
};
const blue: RagLevel = {
  id: 'blue',
  label: 'Blue',
  meaning: 'Complete.',
  colour: '0070C0',
  severity: 0,
  complete: true,
  aliases: ['B', 'Complete', 'Completed', 'C'],
};

/**
 * The grey level any scheme can carry: not started, or nothing to rate it on.
 *
 * @example
 * withNoDataLevel(dca5Scheme, { ...noDataLevel, label: 'Not started' });
 */
export const noDataLevel: RagLevel = {
  id: 'grey',
  label: 'Grey',
  meaning: 'Not started, or no data to rate it on.',
  colour: 'BFBFBF',
  severity: 0,
  complete: false,
  noData: true,
  aliases: ['Gray', 'Not started', 'No data'],
};

/**
 * Red, Amber, Green (seed 003's `RAG status:` column, open to Red). Green covers complete work,
 * as 003 uses it.
 *
 * @example
 * parseRagText('Amber', ragScheme); // 'amber'
 */
export const ragScheme: RagScheme = { id: 'rag', name: 'RAG', levels: [red, amber, green] };

/**
 * Blue, Red, Amber, Green: Blue is complete, Green on track.
 *
 * @example
 * parseRagText('Completed', bragScheme); // 'blue'
 */
export const bragScheme: RagScheme = {
  id: 'brag',
  name: 'BRAG',
  levels: [{ ...red, severity: 3 }, { ...amber, severity: 2 }, { ...green, severity: 1, meaning: 'On track.' }, blue],
};

/**
 * The four-level key of Haringey's May 2011 milestone report (seed 000), labels verbatim. The
 * swatches were lost from the source, so the colours here are the conventional red, amber, green
 * and blue: override them with {@link recolourScheme}. "Support required" is its own flag. The level
 * ids are colour words (`red`, `amber`, `green`, `blue`), the ratings `import --json` reports.
 *
 * @example
 * findLevel(haringey2011Scheme, 'red')?.supportRequired; // true
 */
export const haringey2011Scheme: RagScheme = {
  id: 'haringey-2011',
  name: 'Haringey milestone key (May 2011)',
  levels: [
    {
      id: 'red',
      label: 'Not achieved / not on track support required to address issues',
      meaning: 'Not achieved or not on track, and support is required to address the issues.',
      colour: 'FF0000',
      severity: 3,
      complete: false,
      supportRequired: true,
      aliases: ['Not achieved'],
    },
    {
      id: 'amber',
      label: 'Not on track but no support required to address issues',
      meaning: 'Not on track, but the issues can be addressed without support.',
      colour: 'FFC000',
      severity: 2,
      complete: false,
      supportRequired: false,
      aliases: ['Not on track'],
    },
    {
      id: 'green',
      label: 'Action in progress and on track to be completed',
      meaning: 'In progress and on track to be completed.',
      colour: '00B050',
      severity: 1,
      complete: false,
      supportRequired: false,
      aliases: ['On track'],
    },
    {
      id: 'blue',
      label: 'Action completed and desired outcome achieved',
      meaning: 'Completed, and the desired outcome achieved.',
      colour: '0070C0',
      severity: 0,
      complete: true,
      supportRequired: false,
      aliases: ['Achieved', 'Completed', 'Complete'],
    },
  ],
};

/**
 * The five-point delivery confidence assessment of the Infrastructure and Projects Authority.
 *
 * @example
 * parseRagText('A/G', dca5Scheme); // 'amber-green'
 */
export const dca5Scheme: RagScheme = {
  id: 'dca-5',
  name: 'Delivery confidence (5-point)',
  levels: [
    {
      id: 'green',
      label: 'Green',
      meaning: 'Successful delivery on time, budget and quality appears highly likely; no major outstanding issues.',
      colour: '00B050',
      severity: 0,
      complete: false,
      aliases: ['G'],
    },
    {
      id: 'amber-green',
      label: 'Amber/Green',
      meaning: 'Successful delivery appears probable, but constant attention is needed so that risks do not become major issues.',
      colour: '92D050',
      severity: 1,
      complete: false,
      aliases: ['A/G', 'AG', 'Green/Amber', 'G/A'],
    },
    {
      id: 'amber',
      label: 'Amber',
      meaning: 'Successful delivery appears feasible, but significant issues exist that need management attention.',
      colour: 'FFC000',
      severity: 2,
      complete: false,
      aliases: ['A'],
    },
    {
      id: 'amber-red',
      label: 'Amber/Red',
      meaning: 'Successful delivery is in doubt, with major risks or issues in a number of key areas; urgent action is needed.',
      colour: 'FF6600',
      severity: 3,
      complete: false,
      aliases: ['A/R', 'AR', 'Red/Amber', 'R/A'],
    },
    {
      id: 'red',
      label: 'Red',
      meaning: 'Successful delivery appears unachievable; there are major issues that do not appear manageable.',
      colour: 'FF0000',
      severity: 4,
      complete: false,
      aliases: ['R'],
    },
  ],
};

/**
 * The scheme with a grey "not started / no data" level added, under the id `<id>-grey`.
 *
 * @example
 * withNoDataLevel(ragScheme).levels.map((level) => level.id); // ['red', 'amber', 'green', 'grey']
 */
export function withNoDataLevel(scheme: RagScheme, level: RagLevel = noDataLevel): RagScheme {
  return { id: `${scheme.id}-grey`, name: `${scheme.name} with grey`, levels: [...scheme.levels, { ...level, noData: true }] };
}

const bases = [ragScheme, bragScheme, haringey2011Scheme, dca5Scheme];

/**
 * Every built-in scheme by id: `rag`, `brag`, `haringey-2011`, `dca-5`, and each with a grey
 * level (`rag-grey`, `brag-grey`, `haringey-2011-grey`, `dca-5-grey`).
 *
 * @example
 * Object.keys(builtInSchemes); // ['rag', 'brag', 'haringey-2011', 'dca-5', 'rag-grey', …]
 */
export const builtInSchemes: Readonly<Record<string, RagScheme>> = Object.fromEntries(
  [...bases, ...bases.map((scheme) => withNoDataLevel(scheme))].map((scheme) => [scheme.id, scheme]),
);
