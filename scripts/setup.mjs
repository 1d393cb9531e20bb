// Installs the workspace from the lockfile with the pinned pnpm, once per lockfile change.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const stamp = new URL('node_modules/.actionplan-lock', root);
const lock = readFileSync(new URL('pnpm-lock.yaml', root), 'utf8');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) process.exit(0);
const args = ['install', '--frozen-lockfile', '--reporter=append-only'];
const result = spawnSync(process.execPath, [new URL('pnpm.mjs', import.meta.url).pathname, ...args], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
const { writeFileSync } = await import('node:fs');
writeFileSync(stamp, lock);
