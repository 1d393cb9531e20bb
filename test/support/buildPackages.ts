// Tests that spawn the real `actionplan` binary need the packages built. `npm test` builds first;
// when a test file runs alone, `ensurePackagesBuilt()` in its beforeAll builds what is stale.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const packages = ['core', 'xlsx', 'cli'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(name: string): boolean {
  const dist = join(root, 'packages', name, 'dist', 'index.js');
  return !existsSync(dist) || newestMtime(join(root, 'packages', name, 'src')) > statSync(dist).mtimeMs;
}

export function ensurePackagesBuilt(): void {
  const stale = packages.filter(isStale);
  if (stale.length === 0) return;
  for (const name of packages) {
    execFileSync('npx', ['tsup', '--silent'], { cwd: join(root, 'packages', name), stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
