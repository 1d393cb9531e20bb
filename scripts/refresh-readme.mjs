// Refreshes the README's real outputs: every ```console block that starts with `$ actionplan …` is
// re-run and its output replaced, and the validation rule table is rebuilt from `rules`.
// Run after `npm run build`: node scripts/refresh-readme.mjs
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { rules } from '../packages/core/dist/index.js';
import { main } from '../packages/cli/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const readmePath = join(root, 'README.md');
let readme = readFileSync(readmePath, 'utf8');

// The diff example compares the bundled plan with a later snapshot made here: 1.1 turned Green,
// and 9.3's due date slipped a month.
const work = mkdtempSync(join(tmpdir(), 'actionplan-readme-'));
const plan = JSON.parse(readFileSync(join(root, 'examples/plans/col-2016.plan.json'), 'utf8'));
for (const action of plan.actions) {
  if (action.ref === '1.1') action.rag = 'green';
  if (action.ref === '9.3') Object.assign(action, { due: '2017-04', dueText: 'Apr-17' });
}
writeFileSync(join(work, 'next-month.plan.json'), JSON.stringify(plan));

async function run(argv) {
  let text = '';
  const sink = new Writable({ write(chunk, _encoding, done) { text += chunk; done(); } });
  const args = argv.map((arg) => (arg === 'next-month.plan.json' ? join(work, arg) : arg));
  await main(args, { stdout: sink, stderr: sink, cwd: root });
  return text.trimEnd();
}

const blocks = [...readme.matchAll(/```console\n\$ actionplan ([^\n]*)\n[\s\S]*?```/g)];
for (const block of blocks) {
  const output = await run(block[1].split(/\s+/));
  readme = readme.replace(block[0], `\`\`\`console\n$ actionplan ${block[1]}\n${output}\n\`\`\``);
}

const table = [
  '| code | default | what it finds |',
  '|---|---|---|',
  ...rules.map((rule) => `| \`${rule.code}\` | ${rule.defaultSeverity} | ${rule.description} |`),
].join('\n');
readme = readme.replace(/<!-- rules:start -->[\s\S]*?<!-- rules:end -->/, `<!-- rules:start -->\n${table}\n<!-- rules:end -->`);
writeFileSync(readmePath, readme);
console.log(`Refreshed ${blocks.length} command outputs and ${rules.length} rules in README.md`);
