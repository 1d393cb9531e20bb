import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Records every import of a Node built-in instead of letting esbuild guess. */
function recordNodeBuiltins(found: string[]): Plugin {
  return {
    name: 'record-node-builtins',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, (args) => {
        if (builtins.has(args.path) || args.path.startsWith('node:')) {
          found.push(`${args.path} (imported by ${args.importer})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

async function bundleForBrowser(entry: string) {
  const found: string[] = [];
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    conditions: ['source'],
    plugins: [recordNodeBuiltins(found)],
  });
  return { found, bytes: result.outputFiles[0]?.contents.length ?? 0 };
}

describe('@actionplan/core in the browser', () => {
  it('bundles for the browser without a single Node built-in', async () => {
    const { found, bytes } = await bundleForBrowser(fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url)));
    expect(found).toEqual([]);
    expect(bytes).toBeGreaterThan(10_000);
  });

  it('would catch a Node built-in (the check itself can fail)', async () => {
    const { found } = await bundleForBrowser(fileURLToPath(new URL('./fixtures/usesNodeFs.ts', import.meta.url)));
    expect(found).toEqual([expect.stringMatching(/^node:fs /)]);
  });
});
