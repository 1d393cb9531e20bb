// SECURITY.md promises that core, importer, CLI and add-in make no network calls and send no
// telemetry. This test holds the code to it: any network API in a package's source or built dist,
// or in the add-in's sources, fails unless it is on the allow-list with a reason.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const NETWORK = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bhttps?\.(request|get)\s*\(/, /\bWebSocket\b/, /navigator\.sendBeacon/, /\bEventSource\b/, /\bimportScripts\s*\(/, /from ['"]node:(http|https|net|dgram|tls)['"]/];

// [file relative to the repo, pattern source, why it is allowed]. Empty: nothing needs the network.
const ALLOWED: Array<[string, string, string]> = [];

// Tests and the add-in's end-to-end harness drive a local browser; they are not shipped code.
const SKIP = /(\.test\.ts|\.map)$|[\\/](e2e|node_modules|fixtures|testing)[\\/]/;

function filesUnder(dir: string, extensions: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (SKIP.test(path)) return [];
    return statSync(path).isDirectory() ? filesUnder(path, extensions) : extensions.test(name) ? [path] : [];
  });
}

/**
 * Every use of a network API in the files: `file: pattern`.
 *
 * @example
 * networkUses(['addin/src/app.ts']); // ['addin/src/app.ts: /\bfetch\s*\(/']
 */
function networkUses(files: string[], read: (file: string) => string = (file) => readFileSync(file, 'utf8')): string[] {
  return files.flatMap((file) => {
    const text = read(file);
    return NETWORK.filter((pattern) => pattern.test(text))
      .map((pattern) => [relative(root, file), pattern.source] as const)
      .filter(([path, pattern]) => !ALLOWED.some(([allowedPath, allowedPattern]) => allowedPath === path && allowedPattern === pattern))
      .map(([path, pattern]) => `${path}: /${pattern}/`);
  });
}

const shipped = [
  ...['core', 'xlsx', 'cli'].flatMap((name) => [
    ...filesUnder(join(root, 'packages', name, 'src'), /\.ts$/),
    ...filesUnder(join(root, 'packages', name, 'dist'), /\.js$/),
    ...filesUnder(join(root, 'packages', name, 'bin'), /\.js$/),
  ]),
  ...filesUnder(join(root, 'addin', 'src'), /\.(ts|html)$/),
  ...filesUnder(join(root, 'addin'), /^(taskpane|preview)\.html$/),
  ...filesUnder(join(root, 'addin', 'dist'), /\.(js|html)$/),
];

describe('no network calls, no telemetry', () => {
  it('finds no network API in core, xlsx, cli (source and dist) or the add-in', () => {
    expect(shipped.filter((file) => file.includes('/packages/xlsx/src/')).length).toBeGreaterThan(10);
    expect(shipped.some((file) => file.includes('/addin/src/'))).toBe(true);
    expect(networkUses(shipped)).toEqual([]);
  });

  it('would catch each API (negative control)', () => {
    const samples = ['await fetch(url)', 'new XMLHttpRequest()', 'http.request(options)', 'new WebSocket(url)', 'navigator.sendBeacon(url, data)', "import http from 'node:https'"];
    for (const sample of samples) expect(networkUses([join(root, 'sample.ts')], () => sample), sample).toHaveLength(1);
  });
});
