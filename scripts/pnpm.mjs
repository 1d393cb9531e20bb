// Runs the pinned pnpm without corepack (corepack cannot verify signatures on this registry).
import { spawnSync } from 'node:child_process';

const pinned = 'pnpm@12.21.0'; // pinned here, not in packageManager: pnpm 12 tries to fetch its own binaries for that field
const result = spawnSync('npx', ['-y', pinned, ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
