import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, runnerImport } from 'vite';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const legacyFolder = resolve(here, '../examples/legacy');
const xlsxEntry = resolve(here, '../packages/xlsx/src/index.ts');
const VIRTUAL = 'virtual:example-workbooks';

function titleOf(file: string): string {
  const words = basename(file, '.xlsx').split('-');
  return words.map((word) => (/^\d+$/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1))).join(' ');
}

/**
 * Reads every workbook in examples/legacy/ into a Grid at build time, with the importer's own
 * reader (exceljs in Node), so the preview opens the same files the importer's tests read.
 */
function exampleWorkbooks(): Plugin {
  return {
    name: 'actionplan-example-workbooks',
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    async load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const files = (await readdir(legacyFolder).catch(() => [] as string[])).filter((f) => f.endsWith('.xlsx')).sort();
      if (files.length === 0) return 'export default [];';
      const { module } = await runnerImport<{ readGrid(path: string): Promise<unknown> }>(xlsxEntry, {
        configFile: false,
        logLevel: 'silent',
        resolve: { conditions: ['source'] },
        ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
      });
      const workbooks = [];
      for (const file of files) {
        const path = join(legacyFolder, file);
        this.addWatchFile(path);
        workbooks.push({ id: basename(file, '.xlsx'), title: titleOf(file), grid: await module.readGrid(path) });
      }
      return `export default ${JSON.stringify(workbooks)};`;
    },
  };
}

export default defineConfig(async ({ command, mode }) => ({
  root: here,
  // Workspace packages resolve to their TypeScript source, as in the tests.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  plugins: [exampleWorkbooks()],
  // The pipeline worker is an ES module worker (`new Worker(url, { type: 'module' })`), served from this origin.
  worker: { format: 'es' as const },
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    rolldownOptions: { input: { taskpane: resolve(here, 'taskpane.html'), preview: resolve(here, 'preview.html') } },
  },
  server: {
    port: 3000,
    strictPort: true,
    // Excel loads add-ins over https only; office-addin-dev-certs makes and trusts a localhost certificate.
    https: command === 'serve' && mode !== 'http' ? await (await import('office-addin-dev-certs')).getHttpsServerOptions() : undefined,
  },
  preview: { port: 4173, open: '/preview.html' },
}));
