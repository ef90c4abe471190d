/**
 * Offline search from disk, measured: unzips an offline edition into a
 * temporary folder, opens an article from file:// in Chromium and, for each
 * query in a fresh browser context (nothing cached), opens search and types at
 * once. Reports the time from the keystroke to results on screen and the bytes
 * of the index files the query made the page load (every file:// request under
 * offline/ after the keystroke, sized on disk). Used by bench-scale.ts.
 */
import { chromium } from '@playwright/test';
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { timeQuery } from './search-timing.ts';

export interface OfflineQuery {
  query: string;
  ms: number;
  bytes: number;
  files: number;
}

export const PROBE_QUERIES = ['caching', 'what is cors', 'reverse proxy', 'salary', 'kubernets'];

export async function probeOfflineSearch(zipFile: string, queries = PROBE_QUERIES): Promise<OfflineQuery[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bg-offline-probe-'));
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath });
  try {
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
    const site = join(folder, 'backend-guide');
    const indexFolder = pathToFileURL(join(site, 'offline')).href;
    const results: OfflineQuery[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(site, 'skills', 'apis', 'index.html')).href, { waitUntil: 'load' });
      const loaded = new Set<string>();
      page.on('request', (request) => {
        if (request.url().startsWith(indexFolder)) loaded.add(request.url());
      });
      await page.keyboard.press('Control+k');
      await page.locator('dialog[open] input[type="search"]').waitFor();
      const ms = await timeQuery(page, query);
      const bytes = [...loaded].reduce((sum, url) => sum + statSync(fileURLToPath(url.split('?')[0]!)).size, 0);
      // PROBE_VERBOSE=1 lists the files each query loaded, to see which weigh most.
      if (process.env.PROBE_VERBOSE) console.log(query, [...loaded].map((url) => `${url.split('/offline/')[1]} ${statSync(fileURLToPath(url)).size}`));
      results.push({ query, ms: Math.round(ms), bytes, files: loaded.size });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const zip = process.argv[2] ?? join(import.meta.dirname, '..', 'dist', 'downloads', 'backend-guide-offline.zip');
  console.table(await probeOfflineSearch(zip));
}
