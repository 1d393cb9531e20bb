import { groupRows, stepSummary, type GroupResult, type Row } from './results';

/** The machine and command a run was measured with. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  rssSource: string;
  command: string;
  /** The commit whose packages were measured. */
  commit: string;
  date: string;
  totalMinutes: number;
  /** The 1-minute load average before each group and at the end. */
  loads: number[];
}

/** Excel on the web rejects a request or response larger than 5 MB. */
const PAYLOAD_CAP_BYTES = 5 * 1024 * 1024;

const seconds = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const times = (value: number | null): string => (value === null || Number.isNaN(value) ? '–' : `${value.toFixed(2)}×`);
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const count = (n: number): string => n.toLocaleString('en-GB');

function detailText(details: Record<string, number | string>): string {
  return Object.entries(details)
    .filter(([key]) => !['pipeline'].includes(key))
    .map(([key, value]) => `${key} ${typeof value === 'number' ? count(value) : value}`)
    .join(', ');
}

function table(rows: Row[]): string {
  const lines = ['| case | × baseline (median) | × baseline (min) | min | median | peak RSS | × baseline RSS | runs | details |', '|---|---|---|---|---|---|---|---|---|'];
  for (const row of rows) {
    const s = row.summary;
    lines.push(
      `| ${row.label} | ${times(row.timeRatio)} | ${times(row.minRatio)} | ${s ? seconds(s.minMs) : '–'} | ${s ? seconds(s.medianMs) : '–'} | ${s ? `${s.rssMb} MB` : '–'} | ${times(row.rssRatio)} | ${s?.runs ?? 0} | ${row.note ?? detailText(row.details)} |`,
    );
  }
  return lines.join('\n');
}

/** How busy the machine was: the bench itself keeps about one CPU busy. */
function loadLine(machine: MachineInfo): string {
  const loads = machine.loads;
  const range = loads.length > 0 ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` : 'not sampled';
  return `- Load average (1 minute) before each group: ${range}. The bench itself counts about 1; above ${machine.cpus}, cases waited for a CPU and their ratios are less trustworthy. \`cpuMs\` in the details is the CPU the case's process spent (all its threads).`;
}

/** What a group's numbers mean for an officer, in one sentence (or nothing when the case has not run). */
function meaning(result: GroupResult): string | null {
  const { group } = result;
  switch (group.kind) {
    case 'import': {
      const imported = stepSummary(result, 'import');
      const read = stepSummary(result, 'read-grid');
      if (imported) return `A ${count(group.rows)}-row plan imports (read, mapped, validated) in ${seconds(imported.summary.medianMs)}, peaking at ${imported.summary.rssMb} MB.`;
      return read ? `Reading a ${count(group.rows)}-row plan into a Grid (the importer's first half) takes ${seconds(read.summary.medianMs)}; the full import is not built yet.` : null;
    }
    case 'padded': {
      const [plain, padded] = result.steps.map((s) => (s.runs.length > 0 ? Math.min(...s.runs.map((r) => r.ms)) : null));
      if (plain == null || padded == null) return null;
      return `A 500-row plan imports in ${seconds(plain)}; the same plan padded with hundreds of thousands of formatted empty rows imports in ${seconds(padded)}.`;
    }
    case 'export': {
      const exported = stepSummary(result, 'export');
      return exported ? `Writing the canonical workbook of a ${count(group.rows)}-row plan (${count(Number(exported.details['actions']))} actions) takes ${seconds(exported.summary.medianMs)}.` : null;
    }
    case 'core': {
      const core = stepSummary(result, 'core');
      if (!core) return null;
      const actions = Number(core.details['actions']);
      return `Checking, rating and rolling up ${count(actions)} actions takes ${seconds(core.summary.medianMs)} (${((core.summary.medianMs * 1000) / actions).toFixed(1)} µs an action).`;
    }
    case 'addin': {
      const addin = stepSummary(result, 'addin-validate');
      if (!addin) return null;
      const d = addin.details;
      const largest = Math.max(Number(d['maxRequestBytes']), Number(d['maxResponseBytes']));
      return `In the add-in, reading and validating a ${count(group.rows)}-row sheet takes ${seconds(addin.summary.medianMs)} in ${d['syncs']} calls to Excel (${d['chunks']} chunks + 1); the largest payload is ${mb(largest)} (cap ${mb(PAYLOAD_CAP_BYTES)}). Pipeline: ${d['pipeline']}.`;
    }
  }
}

function perRow(results: readonly GroupResult[], kind: 'import' | 'core', caseName: string, label: string): string | null {
  const points = results
    .filter((r) => r.group.kind === kind)
    .map((r) => ({ rows: r.group.rows, found: stepSummary(r, caseName) }))
    .filter((p): p is { rows: number; found: NonNullable<typeof p.found> } => p.found !== null);
  if (points.length === 0) return null;
  const first = points[0];
  // Against the previous size too: the smallest size's cost carries process warm-up (JIT), which
  // can hide growth between the larger sizes.
  const lines = [`| ${label} | rows | median | µs per row | × the smallest size's cost per row | × the previous size's |`, '|---|---|---|---|---|---|'];
  const costOf = (p: { rows: number; found: { summary: { medianMs: number } } }): number => (p.found.summary.medianMs * 1000) / p.rows;
  points.forEach((point, index) => {
    const cost = costOf(point);
    const previous = points[index - 1];
    lines.push(`| ${caseName} | ${count(point.rows)} | ${seconds(point.found.summary.medianMs)} | ${cost.toFixed(1)} | ${times(first ? cost / costOf(first) : 1)} | ${previous ? times(cost / costOf(previous)) : '–'} |`);
  });
  return lines.join('\n');
}

/**
 * The generated part of RESULTS.md: the machine, the command, a table per group with what it
 * means for an officer, and cost per row across sizes.
 *
 * @example
 * renderResults(results, machine); // '## Machine\n…'
 */
export function renderResults(results: readonly GroupResult[], machine: MachineInfo): string {
  const parts = [
    '## Machine and command',
    '',
    `- ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB memory, Node ${machine.node}; shared and noisy, so read the ratios, not the absolute times.`,
    `- Command: \`${machine.command}\` at commit ${machine.commit}, ${machine.date}, ${machine.totalMinutes.toFixed(1)} minutes in all.`,
    loadLine(machine),
    `- Each run is its own \`node\` process; peak RSS from ${machine.rssSource}. Rounds interleave the cases (the order rotates each round); min and median over rounds.`,
    '- A case stops taking rounds once one more run would take its runs past its budget (always at least one run), and a run is stopped at its time limit: both are in each table\'s title. The `runs` column says how many runs a case got.',
  ];
  for (const result of results) {
    parts.push('', `### ${result.group.title} (${result.group.rounds} rounds; budget ${result.group.budgetMs / 1000} s a case, ${result.group.timeoutMs / 1000} s a run)`, '', table(groupRows(result)));
    const sentence = meaning(result);
    if (sentence) parts.push('', `For an officer: ${sentence}`);
  }
  const scaling = [perRow(results, 'import', 'read-grid', 'readGrid'), perRow(results, 'import', 'import', 'import'), perRow(results, 'core', 'core', 'core')].filter(Boolean);
  if (scaling.length > 0) parts.push('', '### Scaling: cost per row (flat is linear)', '', scaling.join('\n\n'));
  return parts.join('\n');
}
