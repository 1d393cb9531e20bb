import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import type { AddinRun } from '../addin/addinRun';
import type { CaseOutcome } from './outcome';

const CHROMIUM = '/usr/bin/chromium';

/**
 * The add-in in headless Chromium against the fake Excel host: reads a generated sheet of `rows`
 * rows through the pane's chunked reader and, with `analyse`, runs the pane's analysis. Times are
 * taken inside the page; browser start-up is not counted.
 *
 * @example
 * await addinInChromium(10_000, true, 'addin-page.js'); // { ms, details: { syncs: 4, chunks: 3, … } }
 */
export async function addinInChromium(rows: number, analyse: boolean, bundlePath: string): Promise<CaseOutcome> {
  const script = await readFile(bundlePath, 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--enable-precise-memory-info'] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    const run = await page.evaluate(
      ([count, withAnalysis]) => (globalThis as unknown as { runAddinBench: (r: number, a: boolean) => Promise<AddinRun> }).runAddinBench(count, withAnalysis),
      [rows, analyse] as const,
    );
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    const { ms, ...details } = run;
    return { ms, details: { ...details, readMs: Math.round(details.readMs), analyseMs: Math.round(details.analyseMs), heapMB: Math.round(heap / 1e6) } };
  } finally {
    await browser.close();
  }
}
