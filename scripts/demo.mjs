// `npm run demo`: the main job, end to end, on the bundled examples.
// 1. The progress report of the bundled plan (seed 003's City of London plan) as of its date.
// 2. Every legacy workbook in examples/legacy/: imported (summary and fidelity), exported as the
//    canonical workbook and reported in Markdown under out/.
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { main } from '../packages/cli/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const terminal = { stdout: process.stdout, stderr: process.stderr, cwd: root };
const run = async (...argv) => {
  const code = await main(argv, terminal);
  if (code > 1) process.exitCode = code;
  return code;
};
const heading = (text) => console.log(`\n${'='.repeat(text.length)}\n${text}\n${'='.repeat(text.length)}`);

heading('Bundled plan: actionplan report examples/plans/col-2016.plan.json');
await run('report', 'examples/plans/col-2016.plan.json');

const legacy = join(root, 'examples', 'legacy');
const workbooks = readdirSync(legacy).filter((name) => name.endsWith('.xlsx')).sort();
mkdirSync(join(root, 'out'), { recursive: true });
for (const name of workbooks) {
  const stem = basename(name, '.xlsx');
  const input = join('examples', 'legacy', name);
  heading(`Legacy workbook: ${input}`);
  await run('import', input, '-o', join('out', `${stem}.plan.json`), '--force');
  await run('export', input, '-o', join('out', `${stem}.xlsx`), '--force');
  await run('report', input, '--format', 'md', '-o', join('out', `${stem}.report.md`), '--force');
}
console.log(`\nCanonical workbooks, plans and Markdown reports are in out/.`);
