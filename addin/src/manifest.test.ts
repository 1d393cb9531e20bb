import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const addin = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(addin, 'node_modules', 'office-addin-manifest', 'cli.js');

function validate(path: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, 'validate', path], { cwd: addin, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('manifests', () => {
  it('the unified manifest validates offline, and a broken copy does not', async () => {
    expect(await validate(join(addin, 'manifest.json'))).toMatchObject({ code: 0 });
    const broken = JSON.parse(await readFile(join(addin, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    delete broken['id'];
    const path = join(await mkdtemp(join(tmpdir(), 'addin-manifest-')), 'manifest.json');
    await writeFile(path, JSON.stringify(broken));
    expect((await validate(path)).code).not.toBe(0);
  });

  it('the XML manifest has the same id, pane URL and icons as the unified one', async () => {
    const json = JSON.parse(await readFile(join(addin, 'manifest.json'), 'utf8')) as {
      id: string;
      extensions: Array<{ runtimes: Array<{ code: { page: string } }> }>;
    };
    const xml = await readFile(join(addin, 'manifest.xml'), 'utf8');
    expect(xml).toContain(`<Id>${json.id}</Id>`);
    const page = json.extensions[0]?.runtimes[0]?.code.page ?? '';
    expect(page).toBe('https://localhost:3000/taskpane.html');
    expect(xml).toContain(`<SourceLocation DefaultValue="${page}"/>`);
    for (const size of [16, 32, 80]) expect(xml).toContain(`https://localhost:3000/assets/icon-${size}.png`);
  });
});
